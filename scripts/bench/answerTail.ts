/**
 * `node --import tsx scripts/bench/answerTail.ts SNAPSHOT [questions]`: the bench's questions
 * answered one by one on a loaded snapshot, each with its wall time, CPU and the garbage collector's
 * pauses that fell inside it; prints p50/p99 with and without those pauses and the slowest questions.
 * Shows how much of the tail is the collector.
 */
import { loadavg } from 'node:os';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { answerQuestion } from '../../src/qa/index.ts';
import { fromSnapshotParts } from '../../src/search/snapshot.ts';
import { readSnapshotFile } from '../../src/search/snapshotFile.ts';
import { buildQueries } from './queries.ts';
import { percentile } from './stats.ts';

const [snapshot, countArg] = process.argv.slice(2);
if (!snapshot) throw new Error('usage: answerTail.ts SNAPSHOT [questions]');
const count = Number(countArg ?? 500);
// A snapshot written by answerProfile.ts --cache; another's code version and hash through the environment.
const hash = process.env.SNAPSHOT_HASH ?? 'profile';
const read = await readSnapshotFile(snapshot, () => Promise.resolve(process.env.SNAPSHOT_CODE ?? 'answer-profile'), hash);
if (!read.ok) throw new Error('the snapshot does not load');
const kb = fromSnapshotParts(read.sections, hash);
const questions = buildQueries(kb.paragraphs, { count: count + 100, seed: 20240711 }).map((q) => q.text);

const pauses: { start: number; duration: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const detail = (e as unknown as { detail?: { kind: number } }).detail;
    pauses.push({ start: e.startTime, duration: e.duration, kind: detail?.kind ?? 0 });
  }
}).observe({ entryTypes: ['gc'] });

for (const q of questions.slice(0, 100)) answerQuestion(kb, q);
await new Promise((r) => setTimeout(r, 10));
const rows: { q: string; wall: number; cpu: number; start: number; end: number }[] = [];
console.log(`load at the start ${loadavg()[0]!.toFixed(2)}`);
for (const q of questions.slice(100)) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  answerQuestion(kb, q);
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  rows.push({ q, wall: end - start, cpu: (used.user + used.system) / 1000, start, end });
}
await new Promise((r) => setTimeout(r, 50));
const gcIn = (r: { start: number; end: number }, kind?: number) =>
  pauses
    .filter((p) => p.start >= r.start && p.start < r.end && (kind === undefined || p.kind === kind))
    .reduce((s, p) => s + p.duration, 0);
const walls = rows.map((r) => r.wall);
const noGc = rows.map((r) => r.wall - gcIn(r));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(
  `wall p50/p90/p99 ${[50, 90, 99].map((p) => percentile(walls, p).toFixed(1)).join('/')} ms; without GC pauses ${[50, 90, 99]
    .map((p) => percentile(noGc, p).toFixed(1))
    .join('/')} ms; CPU a question ${(sum(rows.map((r) => r.cpu)) / rows.length).toFixed(2)} ms; GC in questions ${(
    sum(rows.map((r) => gcIn(r))) / rows.length
  ).toFixed(2)} ms a question (minor ${(sum(rows.map((r) => gcIn(r, constants.NODE_PERFORMANCE_GC_MINOR))) / rows.length).toFixed(2)}, major ${(
    sum(rows.map((r) => gcIn(r, constants.NODE_PERFORMANCE_GC_MAJOR))) / rows.length
  ).toFixed(2)}, incremental ${(sum(rows.map((r) => gcIn(r, constants.NODE_PERFORMANCE_GC_INCREMENTAL))) / rows.length).toFixed(2)})`,
);
for (const r of [...rows].sort((a, b) => b.wall - a.wall).slice(0, Number(process.env.SLOWEST ?? 8)))
  console.log(`${r.wall.toFixed(1).padStart(6)} ms (GC ${gcIn(r).toFixed(1)}, CPU ${r.cpu.toFixed(1)}) ${r.q.slice(0, 90)}`);
console.log(`load at the end ${loadavg()[0]!.toFixed(2)}; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB, analysis entries ${kb.analysis.size}`);
