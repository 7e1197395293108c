import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, suggestQuestions, suggestStories, suggestTerms } from '../../src/qa/index.ts';
import { harborStory, schoolStory } from '../support/stories.ts';

const kb = buildKnowledgeBase([harborStory(), schoolStory()]);

describe('autocomplete suggestions', () => {
  it('GIVEN stories that define terms WHEN a user types part of one THEN the defined terms that fit come first', () => {
    expect(suggestTerms(kb, 'p', 25)).toEqual(['PVA']);
    expect(suggestTerms(kb, '', 25)).toEqual(expect.arrayContaining(['PVA', 'TEU', 'LSD']));
    expect(suggestTerms(kb, 'zzz', 25)).toEqual([]);
  });

  it('GIVEN quotes, people and terms WHEN a user types THEN questions the stories can answer are offered, the typed text first', () => {
    const choices = suggestQuestions(kb, 'who said', 25);
    expect(choices[0]).toBe('who said');
    expect(choices).toContain('Who said “This port either grows or it slowly dies”?');
    expect(suggestQuestions(kb, 'marsh', 25)).toContain('Who is Elena Marsh?');
    expect(suggestQuestions(kb, 'TEU', 25)).toContain('What does TEU mean?');
  });

  it('GIVEN many facts THEN there are never more choices than asked and each fits in Discord’s 100 characters', () => {
    const all = suggestQuestions(kb, '', 5);
    expect(all.length).toBeLessThanOrEqual(5);
    for (const q of suggestQuestions(kb, '', 25)) expect(q.length).toBeLessThanOrEqual(100);
  });

  it('GIVEN two stories WHEN a story name is typed THEN its id is offered', () => {
    expect(suggestStories(kb, 'meals', 25)).toEqual([
      { name: 'District adds free school meals for all students', value: 'school' },
    ]);
  });
});
