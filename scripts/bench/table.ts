/** The one table a bench run prints, the targets beside its figures, and the JSON written to bench/. */
import type { ColdStart, Reindex } from './processBench.ts';
import type { RoundTrip } from './roundTrip.ts';
import { ENGINES, type EngineRow, type SizeResult } from './sizeBench.ts';

export interface BenchMeta {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  commit: string;
  command: string;
  seed: number;
  queries: number;
  quick: boolean;
  /** 1-minute load average when the run started and ended: others' work on a shared machine shows here. */
  loadAverage: { start: number; end: number };
  /** Fingerprint of src/ (all files) when the run started. */
  source?: string;
  /** The child processes ran on a copy of src/, scripts/ and knowledge/ taken at the start. */
  frozen?: boolean;
}

export interface TargetCheck {
  /** Where the target is printed: a size and an engine (or a process row label). */
  size: string | null;
  row: string;
  label: string;
  value: string;
  status: 'met' | 'missed' | 'not run';
}

export interface BenchResults {
  meta: BenchMeta;
  sizes: SizeResult[];
  coldStarts: ColdStart[] | null;
  reindex: Reindex | null;
  roundTrip: RoundTrip | null;
  targets: TargetCheck[];
}

export const MB = 1_000_000;

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return '—';
  if (ms < 1) return ms.toFixed(3);
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return Math.round(ms).toLocaleString('en-US');
}

/** Heap deltas under 50 kB are noise (a collection can even free more than a tiny index holds): ≈0. */
const formatMb = (bytes: number | null): string =>
  bytes === null ? '—' : bytes < 0.05 * MB ? '≈0' : (bytes / MB).toFixed(bytes < MB ? 2 : 1);
const formatShare = (share: number): string => (Number.isNaN(share) ? '—' : `${(share * 100).toFixed(1)} %`);
const formatRatio = (value: number | null, base: number | null): string =>
  value === null || base === null || !base ? '—' : `${(value / base).toFixed(2)}×`;

const rowOf = (size: SizeResult | undefined, engine: string): EngineRow | undefined =>
  size?.rows.find((r) => r.engine === engine);

/** Every target of issue #11, checked against what this run measured. */
export function checkTargets(results: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const bySize = new Map(results.sizes.map((s) => [s.size, s]));
  const checks: TargetCheck[] = [];
  const check = (size: string | null, row: string, label: string, value: number | null | undefined, limit: number, show: (v: number) => string) =>
    checks.push({
      size,
      row,
      label,
      value: value === null || value === undefined ? 'not measured' : show(value),
      status: value === null || value === undefined ? 'not run' : value <= limit ? 'met' : 'missed',
    });
  const ms = (v: number) => `${formatMs(v)} ms`;

  check('bundled', ENGINES.ledeAnswer, 'answer p99 ≤ 2 ms', rowOf(bySize.get('bundled'), ENGINES.ledeAnswer)?.p99Ms, 2, ms);
  const big = bySize.get('100k');
  check('100k', ENGINES.ledeAnswer, 'answer p99 ≤ 10 ms', rowOf(big, ENGINES.ledeAnswer)?.p99Ms, 10, ms);
  check('300k', ENGINES.ledeAnswer, 'answer p99 ≤ 25 ms', rowOf(bySize.get('300k'), ENGINES.ledeAnswer)?.p99Ms, 25, ms);
  const lede = rowOf(big, ENGINES.ledeSearch);
  const naive = rowOf(big, ENGINES.miniSearch);
  checks.push({
    size: '100k',
    row: ENGINES.ledeSearch,
    label: 'top-1 ahead of MiniSearch defaults',
    value: lede && naive ? `${formatShare(lede.top1)} vs ${formatShare(naive.top1)}` : 'not measured',
    status: lede && naive ? (lede.top1 > naive.top1 ? 'met' : 'missed') : 'not run',
  });
  check('100k', ENGINES.ledeSearch, 'build ≤ 12 s', lede?.buildMs, 12_000, ms);
  check('100k', ENGINES.ledeSearch, 'snapshot load ≤ 1.5 s', lede?.snapshotLoadMs, 1_500, ms);
  const allIn = lede?.heapBytes != null && big?.storiesHeapBytes != null ? lede.heapBytes + big.storiesHeapBytes : null;
  check('100k', ENGINES.ledeSearch, 'heap with stories ≤ 200 MB', allIn, 200 * MB, (v) => `${formatMb(v)} MB`);
  for (const cold of results.coldStarts ?? []) {
    if (cold.label.includes('node --import')) continue; // a diagnostic row, not a way users start lede
    check(null, cold.label, 'cold start ≤ 1 s', cold.medianMs, 1_000, ms);
  }
  if (!results.coldStarts) check(null, 'cold start', 'cold start ≤ 1 s', null, 1_000, ms);
  check(null, '/ask round trip', '/ask round trip p99 ≤ 30 ms', results.roundTrip?.p99Ms, 30, ms);
  return checks;
}

const STATUS_MARK = { met: '✅', missed: '❌', 'not run': '—' } as const;
const targetNote = (targets: readonly TargetCheck[], size: string | null, row: string): string =>
  targets
    .filter((t) => t.size === size && t.row === row)
    .map((t) => `${t.label} ${STATUS_MARK[t.status]}${t.status === 'missed' && t.label.startsWith('top-1') ? ` (${t.value})` : ''}`)
    .join(' · ');

const HEADER = ['size', 'engine', 'build ms', 'heap MB', 'snapshot MB', 'load ms', 'p50 ms', 'p99 ms', 'build ×lede', 'p99 ×lede', 'top-1', 'top-1 typo', 'targets / notes'];

/** lede's row against MiniSearch's defaults and FlexSearch measured in the same run (below 1× is lede's better). */
function baselineRatios(size: SizeResult, row: EngineRow): string {
  const lede = rowOf(size, ENGINES.ledeSearch);
  const parts = [ENGINES.miniSearch, ENGINES.flexSearch].flatMap((engine) => {
    const other = rowOf(size, engine);
    if (!other || !lede) return [];
    const name = engine === ENGINES.miniSearch ? 'MiniSearch' : 'FlexSearch';
    const build = row === lede ? `build ${formatRatio(lede.buildMs, other.buildMs)}, heap ${formatRatio(lede.heapBytes, other.heapBytes)}, ` : '';
    const top = ((row.top1 - other.top1) * 100).toFixed(1);
    return [`÷${name}: ${build}p99 ${formatRatio(row.p99Ms, other.p99Ms)}, top-1 ${Number(top) >= 0 ? '+' : ''}${top} pts`];
  });
  return parts.join(' · ');
}

function engineCells(size: SizeResult, row: EngineRow, first: boolean, targets: readonly TargetCheck[]): string[] {
  const lede = rowOf(size, ENGINES.ledeSearch);
  const isLede = row.engine === ENGINES.ledeSearch;
  return [
    first
      ? `${size.size} (${size.paragraphs.toLocaleString('en-US')} ¶)`
      : isLede || !size.loadAverage || row.engine !== ENGINES.ledeAnswer
        ? ''
        : `load ${size.loadAverage.start.toFixed(1)}–${size.loadAverage.end.toFixed(1)}`,
    row.engine,
    row.engine === ENGINES.ledeAnswer ? '(same index)' : formatMs(row.buildMs),
    formatMb(row.heapBytes),
    formatMb(row.snapshotBytes),
    formatMs(row.snapshotLoadMs),
    formatMs(row.p50Ms),
    formatMs(row.p99Ms),
    isLede || row.buildMs === null ? '' : formatRatio(row.buildMs, lede?.buildMs ?? null),
    isLede ? '' : formatRatio(row.p99Ms, lede?.p99Ms ?? null),
    formatShare(row.top1),
    formatShare(row.top1Misspelt),
    [
      isLede && size.storiesHeapBytes != null ? `stories hold ${formatMb(size.storiesHeapBytes)} MB more heap` : '',
      isLede && size.parallelBuildMs != null ? `build with facts in workers ${formatMs(size.parallelBuildMs)} ms` : '',
      row.engine === ENGINES.ledeSearch || row.engine === ENGINES.ledeAnswer ? baselineRatios(size, row) : '',
      targetNote(targets, size.size, row.engine),
    ]
      .filter(Boolean)
      .join(' · '),
  ];
}

function fixedCells(size: SizeResult): string[] | null {
  if (!size.fixed) return null;
  const n = size.fixed.length;
  const answered = size.fixed.filter((f) => f.answered).length;
  const cited = size.fixed.filter((f) => f.citedRight).length;
  const both = size.fixed.filter((f) => f.answered && f.citedRight).length;
  const wrong = size.fixed.filter((f) => !f.citedRight).map((f) => `"${f.question}" cites ${f.cited ?? 'nothing'}`);
  return [
    '',
    'bundled-story questions (answerQuestion)',
    ...Array<string>(8).fill(''),
    `${both}/${n} hold`,
    '',
    `answer right ${answered}/${n} · cites the right ¶ ${cited}/${n}${wrong.length ? ` (${wrong.join('; ')})` : ''}`,
  ];
}

const blankRow = (size: string, engine: string, p50: string, p99: string, note: string): string[] => [
  size,
  engine,
  ...Array<string>(4).fill(''),
  p50,
  p99,
  '',
  '',
  '',
  '',
  note,
];

function roundTripNote(trip: RoundTrip, targets: readonly TargetCheck[]): string {
  const paced = `${trip.asks} asks, ${trip.gapMs ?? '?'} ms apart · ${targetNote(targets, null, '/ask round trip')}`;
  const burst = trip.burst
    ? ` · back to back (${Math.round(trip.burst.asksPerSecond)}/s): p50 ${formatMs(trip.burst.p50Ms)}, p99 ${formatMs(trip.burst.p99Ms)} ms (discord.js's 50 requests/s)`
    : '';
  return paced + burst;
}

export function tableRows(results: BenchResults): string[][] {
  const rows: string[][] = [];
  for (const size of results.sizes) {
    size.rows.forEach((row, i) => rows.push(engineCells(size, row, i === 0, results.targets)));
    const fixed = fixedCells(size);
    if (fixed) rows.push(fixed);
  }
  if (results.reindex) {
    const r = results.reindex;
    rows.push(blankRow('bundled', `reindex: loadKnowledgeBase('knowledge'), warm`, formatMs(r.medianMs), formatMs(r.p99Ms), `median of ${r.runs} (${r.paragraphs} ¶)`));
  }
  for (const cold of results.coldStarts ?? []) {
    const note = cold.error
      ? cold.error
      : `median of ${cold.runs.length} (${cold.runs.map((ms) => Math.round(ms)).join(', ')} ms)${targetNote(results.targets, null, cold.label) ? ` · ${targetNote(results.targets, null, cold.label)}` : ''}`;
    rows.push(blankRow('process', cold.label, formatMs(cold.medianMs), '', note));
  }
  if (!results.coldStarts) rows.push(blankRow('process', 'cold start', '', '', 'not run (--no-process)'));
  const trip = results.roundTrip;
  rows.push(
    blankRow(
      'process',
      '/ask round trip (fake Discord)',
      trip?.p50Ms != null ? formatMs(trip.p50Ms) : 'n/a',
      trip?.p99Ms != null ? formatMs(trip.p99Ms) : 'n/a',
      trip ? (trip.note ?? roundTripNote(trip, results.targets)) : 'not run (--no-process)',
    ),
  );
  return rows;
}

/** A Markdown table (readable as plain text too). */
export function renderTable(results: BenchResults): string {
  const rows = [HEADER, ...tableRows(results)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(HEADER), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

/** The lines printed above the table: what was measured, where, and how. */
export function renderPreamble(results: BenchResults): string {
  const m = results.meta;
  const notes = [...new Set(results.sizes.map((s) => s.snapshotVia))];
  return [
    `lede bench ${m.date} · ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB · node ${m.node} · commit ${m.commit}`,
    `load average (1 min) ${m.loadAverage.start.toFixed(2)} at the start, ${m.loadAverage.end.toFixed(2)} at the end` +
      (m.frozen ? `; measured on a copy of the tree taken at the start (src/ ${m.source}).` : '.'),
    `${m.queries} questions per size (3–6 content words of a known paragraph, ~25 % with one typo), seed ${m.seed}; times are per question, warm.`,
    `build and heap: the whole knowledge base (index, facts, term counts); snapshot: ${notes.join('; ')}. heap: ${results.sizes.every((s) => s.exactHeap) ? 'after gc(), per size in its own process' : 'indicative (no --expose-gc)'}.`,
  ].join('\n');
}
