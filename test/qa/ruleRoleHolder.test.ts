import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { answerRoleHolder } from '../../src/qa/ruleRoleHolder.ts';

const AUDIT = `Health

Audit office faults Tarrow hospital's waiting lists

The National Audit Office found that Tarrow General Hospital had kept two waiting lists for surgery. Its director, Miriam Castell, said patients on the second list waited twice as long.

The hospital's board said it would publish both lists. The Patients' Association called the findings shocking; its chair, Leon Abrams, asked for an inquiry.

A second hospital, in Dunmoor, is being checked. Its managers have not commented.`;

describe('GIVEN a story that names a body and then the holder of its role behind "its"', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'audit', file: 'audit.txt', text: AUDIT })]);

  it('WHEN asked who directs the body THEN the name after "Its director," answers', () => {
    expect(answerQuestion(kb, 'Who directs the National Audit Office?').answer).toBe('Miriam Castell');
  });

  it('WHEN asked who chairs the body named in the same sentence THEN the name after "its chair," answers', () => {
    expect(answerQuestion(kb, "Who chairs the Patients' Association?").answer).toBe('Leon Abrams');
  });

  it('WHEN asked about the role of a body the sentence before does not name THEN this rule gives no name', () => {
    expect(answerQuestion(kb, 'Who directs the Dunmoor hospital?').answer).not.toBe('Miriam Castell');
  });
});

describe('GIVEN a role written with its holder’s name beside it, no body named', () => {
  const text = `Sailing

Marlow crew wins the Coastal Cup


Skipper Hana Berg steered the Marlow crew to victory on Sunday, beating the defending champion, Norway's Erik Lund, by two minutes.

Race director Tom Avery said the winds had been the strongest in a decade. Oliver Kent, the harbour master, closed the inner basin.

Source: Sail Wire`;
  const kb = buildKnowledgeBase([parseStory({ id: 'cup', file: 'cup.txt', text })]);

  const byRule = (question: string) => answerRoleHolder(kb, analyzeQuestion(question), question)?.answer;

  it('WHEN asked who holds the role THEN the rule gives the name the story writes beside it', () => {
    expect(byRule('who is the race director')).toBe('Tom Avery');
    expect(byRule('Who was the defending champion?')).toBe("Norway's Erik Lund");
    expect(byRule('who is the harbour master')).toBe('Oliver Kent');
    expect(answerQuestion(kb, 'who is the race director').answer).toBe('Tom Avery');
  });

  it('WHEN asked a role the story gives no one THEN the rule names no one', () => {
    expect(byRule('who is the race doctor')).toBeUndefined();
  });
});
