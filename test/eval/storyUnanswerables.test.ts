import { describe, expect, it } from 'vitest';
import { loadUnanswerables } from '../../scripts/eval/ownSets.ts';
import { EVAL_PATHS } from '../../scripts/eval/paths.ts';
import { parseQuestionSets } from '../../scripts/eval/questionSets.ts';
import { loadEvalKnowledge } from '../../scripts/eval/runEval.ts';

/** The trick labels data/unanswerable/README.md documents. */
const TRICKS = [
  'negation',
  'antonym',
  'entity-swap',
  'number-swap',
  'unstated',
  'impossible-condition',
  'mutual-exclusion',
  'other-entity',
];

describe('hand-written unanswerables over our own stories', () => {
  it('GIVEN data/unanswerable/stories.json THEN it holds at least 75 labelled trick questions about stories that load', async () => {
    const sets = await loadUnanswerables();
    const kb = await loadEvalKnowledge(EVAL_PATHS.storyDirs);
    const questions = sets.flatMap((s) => s.questions);
    expect(questions.length).toBeGreaterThanOrEqual(75);
    expect(new Set(questions.map((q) => q.q.toLowerCase())).size).toBe(questions.length);
    for (const set of sets) expect(kb.storyById.has(set.story), set.story).toBe(true);
    for (const q of questions) {
      expect(q.answerable, q.q).toBe(false);
      expect(TRICKS, q.q).toContain(!q.answerable ? q.trick : undefined);
    }
  });

  it('GIVEN a question marked answerable or a blank trick THEN the file is refused with a clear message', () => {
    const file = (question: object) => JSON.stringify({ sets: [{ story: 'x', questions: [question] }] });
    expect(() => parseQuestionSets(file({ q: 'Who?', answerable: false, trick: ' ' }), 'f.json')).toThrow(
      /f.json set 1 question 1: "trick"/,
    );
    expect(() => parseQuestionSets('{"questions": []}', 'f.json')).toThrow(/"sets" must be a list/);
  });
});
