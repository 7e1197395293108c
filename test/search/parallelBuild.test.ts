import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/knowledge/types.ts';
import { answerQuestion } from '../../src/qa/index.ts';
import { deriveAllFacts, deriveFactsInWorkers, factWorkerCount } from '../../src/search/parallelFacts.ts';
import { buildKnowledgeBase, buildKnowledgeBaseInParallel } from '../../src/search/knowledgeBase.ts';
import { fromStoryColumns, toStoryColumns } from '../../src/search/storyColumns.ts';
import { chipStory, floodStory, harborStory, schoolStory, wageStory } from '../support/stories.ts';

const stories = (): Story[] => [harborStory(), schoolStory(), floodStory(), chipStory(), wageStory()];
const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v));

describe('buildKnowledgeBaseInParallel', () => {
  it('GIVEN five stories WHEN built with their facts derived in two worker threads THEN the knowledge base is the one built on this thread, and answers alike', async () => {
    const eager = buildKnowledgeBase(stories(), [], 'h');

    const parallel = await buildKnowledgeBaseInParallel(stories(), [], 'h', { workers: 2 });

    expect(parallel.facts).toEqual(eager.facts);
    expect(json(parallel.facts)).toBe(json(eager.facts));
    expect(json(parallel.factList)).toBe(json(eager.factList));
    expect(json(parallel.factIndex)).toBe(json(eager.factIndex));
    expect(json(parallel.index)).toBe(json(eager.index));
    expect(json(parallel.aliases)).toBe(json(eager.aliases));
    expect([...parallel.properTerms]).toEqual([...eager.properTerms]);
    expect(parallel.stories).toEqual(eager.stories);
    for (const question of [
      'Who called the vote a betrayal?',
      'What does the union want?',
      'Who runs the harbor?',
    ])
      expect(answerQuestion(parallel, question)).toEqual(answerQuestion(eager, question));
  }, 60_000);

  it('GIVEN more workers than stories WHEN facts are derived in workers THEN each story is derived once, in the stories’ order', async () => {
    const facts = await deriveFactsInWorkers(stories().slice(0, 2), 3);

    expect([...facts.keys()]).toEqual(['harbor', 'school']);
    expect(json(facts)).toBe(json(deriveAllFacts(stories().slice(0, 2))));
  }, 60_000);

  it('GIVEN a sentence whose text is not its paragraph’s text at its span WHEN built in parallel THEN the facts are derived on this thread, the same as eagerly', async () => {
    const odd = stories();
    const sentence = odd[0]!.paragraphs[0]!.sentences[0]!;
    odd[0]!.paragraphs[0]!.sentences[0] = { ...sentence, text: `${sentence.text} (edited)` };
    expect(toStoryColumns(odd)).toBeUndefined();
    await expect(deriveFactsInWorkers(odd, 1)).rejects.toThrow(/cannot be handed to a worker/);

    const parallel = await buildKnowledgeBaseInParallel(odd, [], '', { workers: 1 });

    expect(json(parallel.facts)).toBe(json(buildKnowledgeBase(odd).facts));
  }, 60_000);

  it('GIVEN stories WHEN turned into columns and back THEN ids, titles, paragraphs and sentences are the same', () => {
    const back = fromStoryColumns(toStoryColumns(stories())!);

    expect(back.map((s) => [s.id, s.title, s.paragraphs])).toEqual(
      stories().map((s) => [s.id, s.title, s.paragraphs]),
    );
  });

  it('GIVEN up to 100k paragraphs or a single core WHEN choosing workers THEN none; GIVEN 300k paragraphs on 2 cores THEN one', () => {
    expect(factWorkerCount(1_000, 8)).toBe(0);
    expect(factWorkerCount(100_000, 8)).toBe(0);
    expect(factWorkerCount(300_000, 1)).toBe(0);
    expect(factWorkerCount(300_000, 2)).toBe(1);
    expect(factWorkerCount(300_000, 16)).toBeLessThanOrEqual(3);
  });
});
