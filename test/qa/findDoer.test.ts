import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { buildKnowledgeBase } from '../../src/qa/index.ts';
import { answerByRules } from '../../src/qa/rules.ts';

const TEXT = `Science

An observatory in the mountains

The Harlow Observatory is an astronomical observatory on Mount Teval, at an altitude of 2,400 metres. The observatory was established in 1968 by the University of Redmond and is operated jointly with the national space agency.

The main telescope was completed in 1975.`;

describe('GIVEN a who-question whose doer a passive sentence gives after "by"', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'obs', file: 'obs.txt', text: TEXT })]);

  it('WHEN words stand between the verb and "by" THEN the doer is the whole name after it', () => {
    expect(answerByRules(kb, 'Who established the observatory?').answer).toBe('University of Redmond');
  });

  it('WHEN the passive is about something else than the question asks about THEN no doer is named', () => {
    expect(answerByRules(kb, 'Who established the space agency?').answer).not.toBe('University of Redmond');
  });
});
