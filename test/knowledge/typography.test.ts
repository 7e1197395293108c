import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { plainTypography } from '../../src/knowledge/typography.ts';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';

describe('GIVEN story text with typeset hyphens, odd spaces and spaces before commas', () => {
  it('WHEN made plain THEN hyphens, spaces and marks are the plain ones', () => {
    expect(plainTypography('a 12\u2011week\u00a0closure , the mayor said .')).toBe(
      'a 12-week closure, the mayor said.',
    );
    expect(plainTypography('co\u00adoperate with\u202fthe\u200b city')).toBe('cooperate with the city');
  });

  it('WHEN a mark stands alone or opens a quotation THEN its space is kept', () => {
    expect(plainTypography('He wrote " ? " on the board - twice')).toBe(
      'He wrote " ? " on the board - twice',
    );
  });

  it('WHEN a story holds a non-breaking hyphen THEN a question finds the figure it joins', () => {
    const story = parseStory({
      id: 'closure',
      file: 'closure.txt',
      text: 'Bridge to close\n\nThe Tarn bridge will close for a 12\u2011week repair , the council said .\n\nBuses will run instead.',
    });
    expect(story.paragraphs[0]!.text).toBe(
      'The Tarn bridge will close for a 12-week repair, the council said.',
    );
    expect(
      answerQuestion(buildKnowledgeBase([story]), 'How long will the Tarn bridge close for?').answer,
    ).toMatch(/12-week/);
  });
});
