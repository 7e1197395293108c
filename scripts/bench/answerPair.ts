/**
 * `node --import tsx scripts/bench/answerPair.ts SNAPSHOT BEFORE_DIR AFTER_DIR [questions]`: two
 * checkouts' `answerQuestion` in one process, each on its own knowledge base from the same snapshot
 * (`answerProfile.ts --cache` writes one), answering the bench's questions alternately (which goes
 * first alternates too). On a shared machine the two see the same load, question by question, where
 * two processes one after the other do not. Prints p50/p90/p99, CPU a question, and the median of
 * after/before per question. BEFORE_DIR is e.g. `git archive main | tar -x -C /tmp/before` with a
 * `node_modules` link.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { percentile } from './stats.ts';

interface Side {
  name: string;
  answer: (question: string) => unknown;
  wall: number[];
  cpu: number[];
  /** Each timed answer as JSON, to count the questions the two sides answer differently. */
  answers: string[];
}

const [snapshot, beforeDir, afterDir, countArg] = process.argv.slice(2);
if (!snapshot || !beforeDir || !afterDir)
  throw new Error('usage: answerPair.ts SNAPSHOT BEFORE_DIR AFTER_DIR [questions]');
const count = Number(countArg ?? 500);

async function knowledgeOf(dir: string) {
  const root = resolve(dir);
  const { answerQuestion } = (await import(`${root}/src/qa/index.ts`)) as typeof import('../../src/qa/index.ts');
  const { fromSnapshotParts } = (await import(
    `${root}/src/search/snapshot.ts`
  )) as typeof import('../../src/search/snapshot.ts');
  const { readSnapshotFile } = (await import(
    `${root}/src/search/snapshotFile.ts`
  )) as typeof import('../../src/search/snapshotFile.ts');
  const read = await readSnapshotFile(snapshot!, () => Promise.resolve('answer-profile'), 'profile');
  if (!read.ok) throw new Error(`${dir}: the snapshot does not load`);
  const kb = fromSnapshotParts(read.sections, 'profile');
  return { kb, answer: (question: string) => answerQuestion(kb, question) };
}

const before = await knowledgeOf(beforeDir);
const after = await knowledgeOf(afterDir);
const { buildQueries } = await import('./queries.ts');
const questions = buildQueries(after.kb.paragraphs, { count: count + 100, seed: 20240711 }).map((q) => q.text);
const sides: Side[] = [
  { name: 'before', answer: before.answer, wall: [], cpu: [], answers: [] },
  { name: 'after', answer: after.answer, wall: [], cpu: [], answers: [] },
];
for (const q of questions.slice(0, 100)) for (const side of sides) side.answer(q);

const ask = (side: Side, question: string) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const answer = side.answer(question);
  side.wall.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  side.cpu.push((used.user + used.system) / 1000);
  side.answers.push(JSON.stringify(answer));
};
console.log(`load at the start ${loadavg()[0]!.toFixed(2)}`);
questions.slice(100).forEach((q, i) => {
  const order = i % 2 ? sides : [...sides].reverse();
  for (const side of order) ask(side, q);
});
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const { name, wall, cpu } of sides)
  console.log(
    `${name.padEnd(6)} p50 ${percentile(wall, 50).toFixed(2)} p90 ${percentile(wall, 90).toFixed(2)} p99 ${percentile(wall, 99).toFixed(2)} ms, mean ${mean(wall).toFixed(2)} ms; CPU ${mean(cpu).toFixed(2)} ms a question`,
  );
const differ = sides[0]!.answers.filter((a, i) => a !== sides[1]!.answers[i]).length;
console.log(`answers that differ: ${differ} of ${sides[0]!.answers.length}`);
const ratios = sides[1]!.wall.map((w, i) => w / sides[0]!.wall[i]!);
console.log(`after / before per question: median ${percentile(ratios, 50).toFixed(3)}; load at the end ${loadavg()[0]!.toFixed(2)}`);
