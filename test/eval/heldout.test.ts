import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { loadHeldoutQuestions, parseHeldoutQuestions } from '../../scripts/eval/heldout.ts';
import { EVAL_PATHS } from '../../scripts/eval/paths.ts';
import { normalizeAnswer } from '../../scripts/eval/squad.ts';

describe('held-out news set', () => {
  it('GIVEN the held-out stories THEN four load, none skipped, each 8–14 paragraphs, one of them Markdown', async () => {
    const kb = await loadKnowledgeBase(EVAL_PATHS.heldoutStories);
    expect(kb.skipped).toEqual([]);
    expect(kb.stories).toHaveLength(4);
    for (const story of kb.stories) expect(story.paragraphs.length, story.id).toBeGreaterThanOrEqual(8);
    for (const story of kb.stories) expect(story.paragraphs.length, story.id).toBeLessThanOrEqual(14);
    expect(kb.stories.some((s) => s.file.endsWith('.md'))).toBe(true);
  });

  it('GIVEN every answerable question THEN each gold answer is a span of its paragraph, and ~40 % are tricks', async () => {
    const kb = await loadKnowledgeBase(EVAL_PATHS.heldoutStories);
    const questions = await loadHeldoutQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(100);
    const tricks = questions.filter((q) => q.isImpossible).length / questions.length;
    expect(tricks).toBeGreaterThan(0.35);
    expect(tricks).toBeLessThan(0.45);
    for (const q of questions.filter((x) => !x.isImpossible)) {
      const text = kb.storyById.get(q.story)?.paragraphs[q.paragraph - 1]?.text ?? '';
      for (const answer of q.answers) expect(text, `${q.question} → ${answer}`).toContain(answer);
      expect(normalizeAnswer(q.answers[0]!).split(' ').length, q.question).toBeLessThanOrEqual(8);
    }
  });

  it('GIVEN a question file missing a trick or a paragraph THEN it is refused naming the question', () => {
    const file = (q: object) => JSON.stringify({ story: 's', questions: [q] });
    expect(() => parseHeldoutQuestions(file({ q: 'Who?', answerable: false }), 'f.json')).toThrow(
      /f.json: question 1: an unanswerable question needs a "trick"/,
    );
    expect(() => parseHeldoutQuestions(file({ q: 'Who?', answers: ['Ann'] }), 'f.json')).toThrow(
      /needs its "paragraph"/,
    );
  });
});
