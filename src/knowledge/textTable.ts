/**
 * A table of figures as a web page's text leaves it: an optional caption line ending in a colon,
 * then rows of a label and a figure apart by dot leaders, a tab or a run of spaces
 * ("Units recalled by market:" / "Canada ............... 35,000"). Healed as one paragraph the rows
 * run together ("United States 240,000 Canada 35,000 …"), and a figure reads as the next label's;
 * written as one sentence a row ("Units recalled by market, Canada: 35,000.") keeps its label and
 * figure together and carries the caption's words for the question to match.
 */
import { MAX_TABLE_ROW_CHARS } from './limits.ts';

/**
 * What parts a row's label from its figure: spaces around a leader of three dots or more, or
 * ellipses; or spaces only, holding a tab or two spaces in a row. Tested on one run of such
 * characters at a time, so each test is linear (one pattern over the whole row, with its three
 * runs of spaces that could each take the same spaces, took 129 s for a word and 500 spaces).
 */
const DOT_LEADER = /^\s*(?:\.{3,}|…+)\s*$/u;
const SPACES = /^\s+$/u;
const SPACE_LEADER = /\t| {2}/u;
/** A figure and its unit, the rest of the row after its leader. */
const FIGURE = /^[-+−]?[$€£¥]?\d[\d.,]*\s*(?:%|[\p{L}$€£]{1,12})?$/u;
/** Runs of the characters a leader is made of. */
const LEADER_RUN = /[\s.…]+/gu;
/** What cannot be in a label: a line break other than \n (the lines are split at \n). */
const LINE_BREAK = /[\r\u2028\u2029]/u;
const CAPTION = /^\s*(\S[^\n]{0,150}?)\s*:\s*$/u;

const isLeader = (text: string): boolean =>
  DOT_LEADER.test(text) || (SPACES.test(text) && SPACE_LEADER.test(text));

/**
 * A row's label and figure: the shortest label such that what follows it is a leader and a figure
 * (the leader is all of the run of leader characters after the label, since a figure starts with
 * none of them); null when the line is no row. A line longer than any row is none.
 */
function readRow(line: string): { label: string; figure: string } | null {
  const text = line.trim();
  if (text.length > MAX_TABLE_ROW_CHARS) return null;
  const breakAt = text.search(LINE_BREAK);
  const lastLabelEnd = breakAt === -1 ? text.length : breakAt;
  for (const run of text.matchAll(LEADER_RUN)) {
    const runEnd = run.index + run[0].length;
    const figure = text.slice(runEnd);
    if (!FIGURE.test(figure)) continue;
    for (let end = Math.max(1, run.index); end < runEnd && end <= lastLabelEnd; end++) {
      if (isLeader(text.slice(end, runEnd))) return { label: text.slice(0, end), figure };
    }
  }
  return null;
}

/** The rows of a table as sentences, or the block as it was when it is no such table. */
export function readTextTable(block: string): string {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return block;
  // A caption is as short as a row: the pattern's lazy span would scan a megabyte line 150 times.
  const caption = lines[0]!.length <= MAX_TABLE_ROW_CHARS ? CAPTION.exec(lines[0]!) : null;
  const body = caption ? lines.slice(1) : lines;
  if (body.length < 2) return block;
  const rows: { label: string; figure: string }[] = [];
  for (const line of body) {
    const row = readRow(line);
    if (!row) return block;
    rows.push(row);
  }
  const lead = caption ? `${caption[1]}, ` : '';
  return rows.map((row) => `${lead}${row.label}: ${row.figure.trim()}.`).join('\n');
}
