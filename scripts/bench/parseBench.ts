/**
 * `npm run bench -- --parse`: how long loading story files takes (read, decode, parse: everything
 * `loadStories` does), on real English from the bench pool and on hostile files. Parsing must be
 * linear: 1 MB of stories loads in ≤ 1 s and 5 MB in ≤ 5 s; a hostile file of the largest allowed
 * size loads in about the time of a plain one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_STORY_BYTES } from '../../src/knowledge/limits.ts';
import { loadStories } from '../../src/knowledge/loadStories.ts';
import { loadRealPool, type PoolStory } from './corpus.ts';
import { formatMs } from './table.ts';

export interface ParseRow {
  label: string;
  bytes: number;
  files: number;
  paragraphs: number;
  ms: number;
  /** The target this row is held to, when it has one. */
  targetMs: number | null;
}

interface Case {
  label: string;
  files: { name: string; text: string }[];
  targetMs: number | null;
}

const MB = 1_000_000;

/** Real stories from the pool, as files, until `bytes` of text; `oneFile` puts it all in one story. */
function poolFiles(pool: readonly PoolStory[], bytes: number, oneFile: boolean): Case['files'] {
  const files: Case['files'] = [];
  const bodies: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const story = pool[i % pool.length]!;
    const body = story.paragraphs.join('\n\n');
    const text = oneFile ? `${body}\n\n` : `${story.title}\n\n\n${body}\n\nSource: ${story.source}\n`;
    const room = bytes - total;
    const piece = text.length > room ? text.slice(0, text.lastIndexOf(' ', room) + 1) : text;
    if (!piece) break;
    total += Buffer.byteLength(piece);
    if (oneFile) bodies.push(piece);
    else files.push({ name: `story-${String(i).padStart(5, '0')}.txt`, text: piece });
  }
  return oneFile ? [{ name: 'one-story.txt', text: `One long story\n\n\n${bodies.join('')}` }] : files;
}

function cases(pool: readonly PoolStory[]): Case[] {
  const wall = pool.flatMap((s) => s.paragraphs).join(' ');
  const nearMax = Math.min(4_900_000, MAX_STORY_BYTES);
  const markup = '[a](b ![c **d *e `f _g __h [[ (( ** ';
  return [
    { label: '1 MB of stories (files of one story each)', files: poolFiles(pool, 1 * MB, false), targetMs: 1_000 },
    { label: '5 MB of stories (files of one story each)', files: poolFiles(pool, 5 * MB, false), targetMs: 5_000 },
    { label: `${(nearMax / MB).toFixed(1)} MB in one story file`, files: poolFiles(pool, nearMax, true), targetMs: 5_000 },
    {
      label: `${(nearMax / MB).toFixed(1)} MB, one single paragraph`,
      files: [{ name: 'wall.txt', text: `A wall of text\n\n${wall.slice(0, wall.lastIndexOf(' ', nearMax))}\n` }],
      targetMs: 5_000,
    },
    {
      label: '300 KB of unclosed Markdown markup',
      files: [{ name: 'storm.md', text: `# Storm\n\n${markup.repeat(Math.ceil(300_000 / markup.length))}\n` }],
      targetMs: 1_000,
    },
    {
      label: 'a run of 1,000,000 dots, quotes and brackets',
      files: [{ name: 'marks.txt', text: `Marks\n\n${'.”(['.repeat(250_000)} End.\n` }],
      targetMs: 1_000,
    },
  ];
}

/** Writes one case to a fresh folder and times `loadStories` on it. */
async function measure(c: Case): Promise<ParseRow> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lede-parse-bench-'));
  try {
    for (const f of c.files) await writeFile(path.join(dir, f.name), f.text);
    const started = performance.now();
    const { stories } = await loadStories(dir);
    const ms = performance.now() - started;
    return {
      label: c.label,
      bytes: c.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
      files: c.files.length,
      paragraphs: stories.reduce((n, s) => n + s.paragraphs.length, 0),
      ms,
      targetMs: c.targetMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function measureParse({ cacheDir = '.cache/bench' }: { cacheDir?: string } = {}): Promise<ParseRow[]> {
  const pool = await loadRealPool({ cacheDir });
  // Once untimed: the word lists that line-break healing uses load on first use.
  await measure({ label: 'warm-up', files: poolFiles(pool, 200_000, false), targetMs: null });
  const rows: ParseRow[] = [];
  for (const c of cases(pool)) rows.push(await measure(c));
  return rows;
}

export function renderParseTable(rows: readonly ParseRow[]): string {
  const header = ['parse: loadStories', 'MB', 'files', 'paragraphs', 'ms', 'target'];
  const cells = rows.map((r) => [
    r.label,
    (r.bytes / MB).toFixed(2),
    r.files.toLocaleString('en-US'),
    r.paragraphs.toLocaleString('en-US'),
    formatMs(r.ms),
    r.targetMs === null ? '' : `≤ ${formatMs(r.targetMs)} ms ${r.ms <= r.targetMs ? '✅' : '❌'}`,
  ]);
  const all = [header, ...cells];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.map(line)].join('\n');
}
