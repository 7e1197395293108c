/**
 * `node --import tsx scripts/bench/answerProfile.ts [size] [--cache FILE] [--queries N]` (default
 * 100k, 500 questions): the p50/p99 of `answerQuestion` on the bench's questions, and where the time
 * goes (search, rule engine, retrieval, tagging), each part timed on its own over the same questions.
 * With `--cache FILE` the knowledge base is built once and kept there (a snapshot keyed by nothing
 * but the file: delete it after changing how a knowledge base is derived). Add `--cpu-prof` to node
 * for a profile. A targeted measurement for development, far cheaper than `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { answerQuestion } from '../../src/qa/index.ts';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { answerByRules } from '../../src/qa/rules.ts';
import { retrieveParagraphs } from '../../src/qa/retrieve.ts';
import { analyzeParagraph } from '../../src/qa/paragraphAnalysis.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { searchParagraphs } from '../../src/search/paragraphIndex.ts';
import { fromSnapshotParts, toSnapshotParts } from '../../src/search/snapshot.ts';
import { readSnapshotFile, writeSnapshotFile } from '../../src/search/snapshotFile.ts';
import { buildQueries } from './queries.ts';
import { makeStories } from './sizeBench.ts';
import { percentile } from './stats.ts';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const size = argv[0] && !argv[0].startsWith('--') ? argv[0] : '100k';
const cache = option('--cache');
const count = Number(option('--queries') ?? 500);
const code = () => Promise.resolve('answer-profile');

async function knowledge(): Promise<KnowledgeBase> {
  if (cache && existsSync(cache)) {
    const read = await readSnapshotFile(cache, code, 'profile');
    if (read.ok) return fromSnapshotParts(read.sections, 'profile');
  }
  const kb = buildKnowledgeBase(await makeStories(size, { cacheDir: '.cache/bench' }), [], 'profile');
  if (cache) await writeSnapshotFile(cache, { code: await code(), hash: 'profile' }, toSnapshotParts(kb));
  return kb;
}

const kb = await knowledge();
console.log(`${size}: ${kb.paragraphs.length} paragraphs, load ${loadavg()[0]!.toFixed(2)}`);
const queries = buildQueries(kb.paragraphs, { count: count + 100, seed: 20240711 }).map((q) => q.text);
const warm = queries.slice(0, 100);
const timedQueries = queries.slice(100);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function measure(name: string, run: (q: string) => unknown): void {
  for (const q of warm) run(q);
  const cpu = process.cpuUsage();
  const times = timedQueries.map((q) => {
    const start = performance.now();
    run(q);
    return performance.now() - start;
  });
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${name.padEnd(22)} p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms, mean ${mean.toFixed(2)} ms, CPU ${(cpuMs(cpu) / times.length).toFixed(2)} ms a question`,
  );
}

if (cache && argv.includes('--load')) {
  for (let i = 0; i < 3; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await knowledge();
    console.log(`snapshot load ${(performance.now() - start).toFixed(0)} ms wall, ${cpuMs(cpu).toFixed(0)} ms CPU`);
  }
}

const only = option('--only');
if (!only || only === 'answer') measure('answerQuestion', (q) => answerQuestion(kb, q));
if (!only) {
  measure('searchParagraphs', (q) => searchParagraphs(kb.index, q, 20));
  measure('answerByRules', (q) => answerByRules(kb, q));
  measure('retrieveParagraphs', (q) => retrieveParagraphs(kb, analyzeQuestion(q)));
  measure('analyze 6 paragraphs', (q) => {
    for (const r of retrieveParagraphs(kb, analyzeQuestion(q))) analyzeParagraph(kb.paragraphs[r.id]!);
  });
}
console.log(`load average at the end ${loadavg()[0]!.toFixed(2)}`);
