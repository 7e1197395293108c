/**
 * `node --expose-gc --import tsx scripts/bench/buildProfile.ts [size] [--no-parts]` (default 100k): where
 * `buildKnowledgeBase`'s time and heap go (facts, fact index, paragraph index, aliases), the snapshot's
 * size and load time, and the p50/p99 of `searchParagraphs` and `answerQuestion` on the bench's
 * questions, and the build with facts in worker threads (`buildKnowledgeBaseInParallel`). A targeted measurement for development, far cheaper than a full `npm run bench`.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { answerQuestion } from '../../src/qa/index.ts';
import { buildAliases } from '../../src/search/aliases.ts';
import { buildFactIndex } from '../../src/search/factIndex.ts';
import { deriveFacts } from '../../src/search/facts.ts';
import { buildKnowledgeBase, buildKnowledgeBaseInParallel } from '../../src/search/knowledgeBase.ts';
import { buildParagraphIndex, paragraphDocs, searchParagraphs } from '../../src/search/paragraphIndex.ts';
import { loadSnapshot, saveSnapshot } from '../../src/search/snapshot.ts';
import { CapitalCounter } from '../../src/search/termCounts.ts';
import { buildQueries } from './queries.ts';
import { makeStories } from './sizeBench.ts';
import { percentile, settledHeap, timedAsync } from './stats.ts';

/** Wall and CPU milliseconds of `fn`: on a shared machine the CPU time is the steadier figure. */
function timed<T>(fn: () => T): { ms: number; cpu: number; value: T } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, value };
}
async function timedAsyncCpu<T>(fn: () => Promise<T>): Promise<{ ms: number; cpu: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, value };
}
const fmt = (t: { ms: number; cpu: number }) => `${t.ms.toFixed(0)} ms (cpu ${t.cpu.toFixed(0)})`;

const size = process.argv[2] ?? '100k';
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const stories = await makeStories(size, { cacheDir: '.cache/bench' });
console.log(`${size}: ${stories.reduce((n, s) => n + s.paragraphs.length, 0)} paragraphs, load ${loadavg()[0]!.toFixed(2)}`);
buildKnowledgeBase(stories.slice(0, 3)); // JIT and lazily loaded word lists
if (!process.argv.includes('--no-parts')) profileParts();
const before = settledHeap();
const built = timed(() => buildKnowledgeBase(stories));
const heap = settledHeap() - before;
console.log(`buildKnowledgeBase ${fmt(built)}, heap after build ${mb(heap)} MB (stories held before it)`);
// Facts in worker threads beside the paragraph index (what loadKnowledgeBase does); CPU of all threads.
const parallel = await timedAsyncCpu(() => buildKnowledgeBaseInParallel(stories));
console.log(`buildKnowledgeBaseInParallel ${fmt(parallel)}, load ${loadavg()[0]!.toFixed(2)}`);
const dir = await mkdtemp(path.join(tmpdir(), 'lede-profile-'));
try {
  const file = path.join(dir, 'kb.snapshot');
  const saved = await timedAsync(() => saveSnapshot(file, built.value));
  const loads = [];
  for (let i = 0; i < 3; i++) loads.push((await timedAsync(() => loadSnapshot(file, built.value.hash))).ms);
  console.log(
    `snapshot ${mb((await stat(file)).size)} MB, saved in ${saved.ms.toFixed(0)} ms, loads ${loads.map((l) => l.toFixed(0)).join(', ')} ms`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
const queries = buildQueries(built.value.paragraphs, { count: 500, seed: 20240711 });
for (const [name, run] of [
  ['searchParagraphs', (q: string) => searchParagraphs(built.value.index, q, 20)],
  ['answerQuestion', (q: string) => answerQuestion(built.value, q)],
] as const) {
  for (const q of queries.slice(0, 100)) run(q.text);
  const times = queries.map((q) => timed(() => run(q.text)).ms);
  console.log(`${name}: p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`);
}
console.log(`load average at the end ${loadavg()[0]!.toFixed(2)}`);

/** The parts of a build, each timed on its own. */
function profileParts(): void {
  const facts = timed(() => new Map(stories.map((s) => [s.id, deriveFacts(s)])));
  const factIndex = timed(() => buildFactIndex(facts.value.values()));
  const { docs, paragraphs } = paragraphDocs(stories);
  const index = timed(() => buildParagraphIndex(docs, new CapitalCounter(paragraphs).countTokens));
  const aliases = timed(() => buildAliases(stories, facts.value));
  console.log(
    `parts: facts ${fmt(facts)}, fact index ${fmt(factIndex)}, paragraph index ${fmt(index)}, aliases ${fmt(aliases)}`,
  );
}
