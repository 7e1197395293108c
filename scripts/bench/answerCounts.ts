/**
 * `node --import tsx scripts/bench/answerCounts.ts SNAPSHOT [questions]`: what a bench question
 * costs and how many things it works on — CPU, GC pauses, the paragraphs judged and their tokens,
 * and the analysis cache's misses by kind (paragraphs tagged, term sets worked out, searches) — per
 * question, mean and p99. Shows which part of answering grows with the size of the knowledge base.
 */
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { answerQuestion } from '../../src/qa/index.ts';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { retrieveParagraphs } from '../../src/qa/retrieve.ts';
import { fromSnapshotParts } from '../../src/search/snapshot.ts';
import { readSnapshotFile } from '../../src/search/snapshotFile.ts';
import { buildQueries } from './queries.ts';
import { percentile } from './stats.ts';

const [snapshot, countArg] = process.argv.slice(2);
if (!snapshot) throw new Error('usage: answerCounts.ts SNAPSHOT [questions]');
const count = Number(countArg ?? 500);
const read = await readSnapshotFile(snapshot, () => Promise.resolve('answer-profile'), 'profile');
if (!read.ok) throw new Error('the snapshot does not load');
const kb = fromSnapshotParts(read.sections, 'profile');
const questions = buildQueries(kb.paragraphs, { count: count + 100, seed: 20240711 }).map((q) => q.text);

// Misses of the analysis cache, by the kind of key ("paragraph-analysis", "sentence-terms", …).
const misses = new Map<string, number>();
const cache = kb.analysis;
const get = cache.get.bind(cache);
cache.get = <T>(key: string, compute: () => T): T =>
  get(key, () => {
    const kind = key.slice(0, key.indexOf(':'));
    misses.set(kind, (misses.get(kind) ?? 0) + 1);
    return compute();
  });

let gc = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gc += e.duration;
}).observe({ entryTypes: ['gc'] });

for (const q of questions.slice(0, 100)) answerQuestion(kb, q);
await new Promise((r) => setTimeout(r, 10));
type Row = Record<string, number>;
const rows: Row[] = [];
for (const q of questions.slice(100)) {
  misses.clear();
  gc = 0;
  const cpu = process.cpuUsage();
  answerQuestion(kb, q);
  const used = process.cpuUsage(cpu);
  await Promise.resolve();
  const row: Row = { cpu: (used.user + used.system) / 1000, gc, ...Object.fromEntries(misses) };
  const judged = retrieveParagraphs(kb, analyzeQuestion(q));
  row['judged'] = judged.length;
  row['tokens judged'] = judged.reduce((n, r) => n + kb.paragraphs[r.id]!.text.split(/\s+/u).length, 0);
  rows.push(row);
}
const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
console.log(`${kb.paragraphs.length} paragraphs, ${rows.length} questions, load ${loadavg()[0]!.toFixed(2)}`);
for (const k of keys) {
  const xs = rows.map((r) => r[k] ?? 0);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`${k.padEnd(20)} mean ${mean.toFixed(2).padStart(8)}  p50 ${percentile(xs, 50).toFixed(1).padStart(7)}  p99 ${percentile(xs, 99).toFixed(1).padStart(7)}`);
}
