/**
 * `node --import tsx scripts/bench/answerParts.ts SNAPSHOT [questions]`: each bench question's
 * answering cut into its parts, timed cold in the order answerQuestion meets them (the rule engine,
 * the model's retrieval, tagging the paragraphs read, judging them; `rest` is `answerQuestion` run
 * after them, with those caches warm: judging again, the choice and the checks), then the slowest
 * questions' parts. Shows which part the p99 questions spend their time on.
 */
import { loadavg } from 'node:os';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { answerQuestion } from '../../src/qa/index.ts';
import { answerByRules } from '../../src/qa/rules.ts';
import { retrieveParagraphs } from '../../src/qa/retrieve.ts';
import { paragraphAnalysis } from '../../src/qa/paragraphAnalysis.ts';
import { questionView } from '../../src/qa/features.ts';
import { judgeParagraph } from '../../src/qa/rankAnswer.ts';
import { committedWeights } from '../../src/qa/model.ts';
import { fromSnapshotParts } from '../../src/search/snapshot.ts';
import { readSnapshotFile } from '../../src/search/snapshotFile.ts';
import { buildQueries } from './queries.ts';
import { percentile } from './stats.ts';

const [snapshot, countArg] = process.argv.slice(2);
if (!snapshot) throw new Error('usage: answerParts.ts SNAPSHOT [questions]');
const count = Number(countArg ?? 500);
const read = await readSnapshotFile(snapshot, () => Promise.resolve('answer-profile'), 'profile');
if (!read.ok) throw new Error('the snapshot does not load');
const kb = fromSnapshotParts(read.sections, 'profile');
const questions = buildQueries(kb.paragraphs, { count: count + 100, seed: 20240711 }).map((q) => q.text);
const weights = committedWeights();
const PARTS = ['rules', 'retrieve', 'analyse', 'judge', 'rest'] as const;
type Row = { q: string; total: number; parts: Record<(typeof PARTS)[number], number>; tokens: number };

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function parts(question: string): Row {
  const begin = performance.now();
  const q = analyzeQuestion(question);
  const [, rules] = timed(() => answerByRules(kb, question));
  const [hits, retrieve] = timed(() => retrieveParagraphs(kb, q));
  const [read, analyse] = timed(() => hits.map((h) => paragraphAnalysis(kb, h.id)));
  const view = questionView(q.text);
  const [, judge] = timed(() =>
    read.forEach((pa, rank) => judgeParagraph(weights, view, pa, { rank, scoreRatio: 1 })),
  );
  const [, rest] = timed(() => answerQuestion(kb, question));
  return {
    q: question,
    total: performance.now() - begin,
    parts: { rules, retrieve, analyse, judge, rest },
    tokens: read.reduce((n, pa) => n + pa.tagged.tokens.length, 0),
  };
}

for (const q of questions.slice(0, 100)) answerQuestion(kb, q);
console.log(`load at the start ${loadavg()[0]!.toFixed(2)}`);
const rows = questions.slice(100).map(parts);
const totals = rows.map((r) => r.total);
console.log(`cold total p50/p99 ${percentile(totals, 50).toFixed(1)}/${percentile(totals, 99).toFixed(1)} ms`);
for (const p of PARTS) {
  const xs = rows.map((r) => r.parts[p]);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`${p.padEnd(9)} p50 ${percentile(xs, 50).toFixed(2)} p99 ${percentile(xs, 99).toFixed(2)} mean ${mean.toFixed(2)} ms`);
}
const slow = [...rows].sort((a, b) => b.total - a.total).slice(0, 12);
for (const r of slow)
  console.log(
    `${r.total.toFixed(1).padStart(6)} ms ${PARTS.map((p) => `${p} ${r.parts[p].toFixed(1)}`).join(', ')}, ${r.tokens} tokens: ${r.q}`,
  );
console.log(`load at the end ${loadavg()[0]!.toFixed(2)}`);
