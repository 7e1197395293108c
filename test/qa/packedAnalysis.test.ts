import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { tagText } from '../../src/knowledge/tagger.ts';
import type { Paragraph } from '../../src/knowledge/types.ts';
import { packAnalysis, unpackAnalysis } from '../../src/qa/packedAnalysis.ts';
import { analyzeParagraph, paragraphAnalysis } from '../../src/qa/paragraphAnalysis.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { PRETAG_LIMIT } from '../../src/search/paragraphTags.ts';
import { chipStory, floodStory, harborStory } from '../support/stories.ts';

const paragraphOf = (text: string): Paragraph => ({
  storyId: 's',
  number: 1,
  text,
  sentences: splitSentences(text),
});

describe('a paragraph analysis kept packed between questions', () => {
  it('GIVEN every paragraph of three stories WHEN its analysis is packed and unpacked THEN it is the same field for field, in the same order', () => {
    for (const story of [harborStory(), floodStory(), chipStory()])
      for (const p of story.paragraphs) {
        const pa = analyzeParagraph(p);
        expect(JSON.stringify(unpackAnalysis(p, packAnalysis(pa)))).toBe(JSON.stringify(pa));
      }
  });

  it('GIVEN knowledge too large to be tagged at build WHEN a paragraph is analysed again THEN the kept analysis is the first one', () => {
    const harbor = harborStory();
    const paragraphs = Array.from({ length: PRETAG_LIMIT + 1 }, (_, i) => ({
      ...harbor.paragraphs[i % harbor.paragraphs.length]!,
      number: i + 1,
    }));
    const kb = buildKnowledgeBase([{ ...harbor, paragraphs }], [], 'hash');
    expect(kb.tags.size).toBe(0);
    for (const id of [0, 1, 2, 3, PRETAG_LIMIT]) {
      const first = JSON.stringify(paragraphAnalysis(kb, id));
      expect(first).toBe(JSON.stringify(analyzeParagraph(kb.paragraphs[id]!)));
      expect(JSON.stringify(paragraphAnalysis(kb, id))).toBe(first);
    }
  });

  it('GIVEN a token whose text is not its span and an entity candidate WHEN packed and unpacked THEN both come back unchanged', () => {
    const paragraph = paragraphOf('The fare rose to $3 in May 2024. Riders said it was too much.');
    const tagged = tagText(paragraph.text);
    tagged.tokens[1] = { ...tagged.tokens[1]!, text: 'Fare', lower: 'fare' };
    const pa = analyzeParagraph(paragraph, tagged);
    expect(pa.candidates.some((c) => c.entity !== undefined)).toBe(true);
    const back = unpackAnalysis(paragraph, packAnalysis(pa));
    expect(back).toEqual(pa);
    expect(JSON.stringify(back)).toBe(JSON.stringify(pa));
    expect(back.tagged.tokens[1]!.text).toBe('Fare');
  });
});
