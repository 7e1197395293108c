import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { tagText } from '../../src/knowledge/tagger.ts';
import type { Paragraph } from '../../src/knowledge/types.ts';
import { analyzeParagraph, paragraphAnalysis } from '../../src/qa/paragraphAnalysis.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { packTags, PRETAG_LIMIT, tagParagraphs, unpackTags } from '../../src/search/paragraphTags.ts';
import { fromSnapshotParts, toSnapshotParts } from '../../src/search/snapshot.ts';
import { chipStory, floodStory, harborStory } from '../support/stories.ts';

const stories = () => [harborStory(), floodStory(), chipStory()];
const paragraphOf = (text: string, number = 1): Paragraph => ({
  storyId: 's',
  number,
  text,
  sentences: splitSentences(text),
});
const restore = (kb: ReturnType<typeof buildKnowledgeBase>) =>
  fromSnapshotParts(
    new Map(
      toSnapshotParts(kb).map(([name, s]) => [name, Buffer.from(s.buffer, s.byteOffset, s.byteLength)]),
    ),
    'hash',
  );

describe('paragraph tags worked out at build', () => {
  it("GIVEN a small knowledge base WHEN built THEN each paragraph's tags are exactly the tagger's", () => {
    const kb = buildKnowledgeBase(stories(), [], 'hash');
    expect(kb.tags.size).toBe(kb.paragraphs.length);
    kb.paragraphs.forEach((p, id) => expect(kb.tags.get(id)).toEqual(tagText(p.text)));
  });

  it('GIVEN a knowledge base restored from its snapshot WHEN a paragraph is analysed THEN tags, candidates and terms are as if tagged afresh', () => {
    const kb = buildKnowledgeBase(stories(), [], 'hash');
    const restored = restore(kb);
    expect(restored.tags.size).toBe(kb.paragraphs.length);
    restored.paragraphs.forEach((p, id) =>
      expect(JSON.stringify(paragraphAnalysis(restored, id))).toBe(JSON.stringify(analyzeParagraph(p))),
    );
  });

  it('GIVEN more paragraphs than the limit WHEN built THEN none is tagged ahead (they are tagged when a question reaches them)', () => {
    const many = Array.from({ length: PRETAG_LIMIT + 1 }, (_, i) => paragraphOf(`Item ${i} is here.`, i + 1));
    expect(tagParagraphs(many).size).toBe(0);
    expect(tagParagraphs(many.slice(0, 3)).size).toBe(3);
  });

  it('GIVEN a token whose text is not its span of the paragraph WHEN packed and unpacked THEN it comes back unchanged', () => {
    const paragraphs = [paragraphOf('The fare rose to $3 in May 2024.')];
    const tagged = tagText(paragraphs[0]!.text);
    tagged.tokens[1] = { ...tagged.tokens[1]!, text: 'Fare', lower: 'fare' };
    const tags = new Map([[0, tagged]]);
    const packed = packTags(tags, paragraphs);
    expect(packed[0]![3]).toEqual([[1, 'Fare']]);
    expect(unpackTags(JSON.parse(JSON.stringify(packed)), paragraphs)).toEqual(tags);
    expect(tagged.entities.length).toBeGreaterThan(0);
  });

  it('GIVEN saved tags that run past their paragraph WHEN unpacked THEN a clear error, not wrong tags', () => {
    const paragraphs = [paragraphOf('Short text.')];
    const packed = packTags(new Map([[0, tagText('Short text.')]]), paragraphs);
    packed[0]![1][1] = 500;
    expect(() => unpackTags(packed, paragraphs)).toThrow(/tags do not match/);
    expect(() => unpackTags(packed, [])).toThrow(/tags do not match/);
  });
});
