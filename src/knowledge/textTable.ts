/**
 * A table of figures as a web page's text leaves it: an optional caption line ending in a colon,
 * then rows of a label and a figure apart by dot leaders, a tab or a run of spaces
 * ("Units recalled by market:" / "Canada ............... 35,000"). Healed as one paragraph the rows
 * run together ("United States 240,000 Canada 35,000 …"), and a figure reads as the next label's;
 * written as one sentence a row ("Units recalled by market, Canada: 35,000.") keeps its label and
 * figure together and carries the caption's words for the question to match.
 */

/** A row: a label, a leader (three dots or more, a tab, two spaces or more), a figure and its unit. */
const ROW = /^\s*(\S.*?)\s*(?:\.{3,}|…+|\t+| {2,})\s*([-+−]?[$€£¥]?\d[\d.,]*\s*(?:%|[\p{L}$€£]{1,12})?)\s*$/u;
const CAPTION = /^\s*(\S[^\n]{0,150}?)\s*:\s*$/u;

/** The rows of a table as sentences, or the block as it was when it is no such table. */
export function readTextTable(block: string): string {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  const caption = lines.length > 0 ? CAPTION.exec(lines[0]!) : null;
  const rows = (caption ? lines.slice(1) : lines).map((line) => ROW.exec(line));
  if (rows.length < 2 || rows.some((row) => row === null)) return block;
  const lead = caption ? `${caption[1]}, ` : '';
  return rows.map((row) => `${lead}${row![1]}: ${row![2]!.trim()}.`).join('\n');
}
