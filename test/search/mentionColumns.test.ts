import { describe, expect, it } from 'vitest';
import type { StoryFacts } from '../../src/search/facts.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { packMentions, unpackMentions } from '../../src/search/mentionColumns.ts';
import { fromSnapshotParts, toSnapshotParts } from '../../src/search/snapshot.ts';
import { chipStory, floodStory, harborStory, schoolStory, wageStory } from '../support/stories.ts';

const stories = () => [harborStory(), schoolStory(), floodStory(), chipStory(), wageStory()];
const roundTrip = (facts: [string, StoryFacts][], kb: ReturnType<typeof buildKnowledgeBase>) => {
  const packed = packMentions(new Map(facts), kb.storyById);
  // Through JSON, as in a snapshot: nothing of the original objects survives.
  const parsed = JSON.parse(JSON.stringify(packed.facts)) as [string, StoryFacts][];
  return { packed, back: unpackMentions(parsed, kb.storyById, packed.mentions) };
};

describe('mention columns', () => {
  it('GIVEN five stories with people and pronouns WHEN their mentions are packed and unpacked THEN the facts are exactly as derived', () => {
    const kb = buildKnowledgeBase(stories());
    const facts = [...kb.facts];
    const { packed, back } = roundTrip(facts, kb);
    expect(packed.mentions.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
    expect(packed.facts.every(([, f]) => f.people.mentions.length === 0)).toBe(true);
    expect(JSON.stringify([...back])).toBe(JSON.stringify(facts));
  });

  it('GIVEN a mention whose text is not its span, and a story with an unexpected mention WHEN packed THEN both come back unchanged', () => {
    const kb = buildKnowledgeBase(stories());
    const facts = structuredClone([...kb.facts]);
    const [first, second] = facts.map(([, f]) => f.people.mentions).filter((m) => m.length > 0);
    first![0]!.text = 'a name written over a line break';
    second![0]!.start = 2.5;
    const { packed, back } = roundTrip(facts, kb);
    expect(packed.mentions.texts).toEqual([[0, 'a name written over a line break']]);
    expect(packed.facts.some(([, f]) => f.people.mentions.length > 0)).toBe(true);
    expect(JSON.stringify([...back])).toBe(JSON.stringify(facts));
  });

  it('GIVEN a knowledge base WHEN its snapshot parts are restored THEN its facts are the same', () => {
    const kb = buildKnowledgeBase(stories(), [], 'hash');
    const parts = toSnapshotParts(kb);
    const restored = fromSnapshotParts(
      new Map(parts.map(([name, s]) => [name, Buffer.from(s.buffer, s.byteOffset, s.byteLength)])),
      'hash',
    );
    expect(JSON.stringify([...restored.facts])).toBe(JSON.stringify([...kb.facts]));
  });
});
