/**
 * `npx tsx scripts/bench/answerDump.ts OUT [--squad N] [--size 10k] [--queries 300]`: every answer
 * `answerQuestion` gives on the own question sets and unanswerables, the held-out stories, the first
 * N SQuAD articles (default 3) and the bench's questions over a collection (default 10k), one JSON
 * line per question (answer, confidence, citations). Two dumps diffed show whether a speed change
 * changed any answer, which the eval's percentages could hide. `--snapshot` answers from each knowledge
 * base after a snapshot round trip (`toSnapshotParts` / `fromSnapshotParts`): diffed against a dump
 * without it, it shows that a loaded knowledge base answers exactly as the built one.
 */
import { writeFile } from 'node:fs/promises';
import { answerQuestion } from '../../src/qa/index.ts';
import type { Answer } from '../../src/qa/types.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { fromSnapshotParts, toSnapshotParts } from '../../src/search/snapshot.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { runHeldout } from '../eval/heldout.ts';
import { runOwnSets } from '../eval/ownSets.ts';
import { runSquad } from '../eval/squadEval.ts';
import { buildQueries } from './queries.ts';
import { makeStories } from './sizeBench.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] ? argv[at + 1]! : fallback;
};
const out = argv[0];
if (!out || out.startsWith('--')) throw new Error('usage: answerDump.ts OUT [--squad N] [--size 10k] [--queries 300] [--snapshot]');

const restored = new WeakMap<KnowledgeBase, KnowledgeBase>();
/** `kb` as a snapshot gives it back (a copy of its sections, as a file or a worker hands them over). */
function throughSnapshot(kb: KnowledgeBase): KnowledgeBase {
  let back = restored.get(kb);
  if (!back) {
    const sections = toSnapshotParts(kb).map(([name, s]): [string, Buffer] => [
      name,
      Buffer.from(new Uint8Array(s.buffer, s.byteOffset, s.byteLength)),
    ]);
    back = fromSnapshotParts(new Map(sections), kb.hash);
    restored.set(kb, back);
  }
  return back;
}
const viaSnapshot = argv.includes('--snapshot');

const lines: string[] = [];
const recording =
  (set: string) =>
  (kb: KnowledgeBase, question: string): Answer => {
    let answer: Answer | undefined;
    let error: string | undefined;
    try {
      answer = answerQuestion(viaSnapshot ? throughSnapshot(kb) : kb, question);
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    lines.push(
      JSON.stringify({
        set,
        question,
        answer: answer?.answer ?? null,
        kind: answer?.kind,
        confidence: answer ? Number(answer.confidence.toFixed(9)) : null,
        citations: answer?.citations.map((c) => `${c.story}#${c.paragraph}`),
        error,
      }),
    );
    if (error !== undefined) throw new Error(error);
    return answer!;
  };

await runOwnSets(recording('own'));
await runHeldout(recording('heldout'));
await runSquad(
  {
    files: ['../shared/squad/squad-1.1-dev-13-articles.json'],
    allInOne: false,
    articles: option('--squad', '3'),
    compare: false,
  },
  recording('squad'),
);
const size = option('--size', '10k');
const kb = buildKnowledgeBase(await makeStories(size, { cacheDir: '.cache/bench' }));
const ask = recording(`bench-${size}`);
for (const q of buildQueries(kb.paragraphs, { count: Number(option('--queries', '300')), seed: 7 }))
  ask(kb, q.text);
await writeFile(out, lines.join('\n') + '\n');
console.log(`${lines.length} answers written to ${out}`);
