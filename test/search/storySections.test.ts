import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import type { Paragraph, Story } from '../../src/knowledge/types.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { fromSnapshotParts, toSnapshotParts } from '../../src/search/snapshot.ts';
import { StoredParagraph, textSpan } from '../../src/search/storedParagraph.ts';
import { packStories, unpackStories } from '../../src/search/storySections.ts';
import { floodStory, harborStory } from '../support/stories.ts';

/** A story of these paragraphs, with sentences as `splitSentences` gives them. */
function storyOf(id: string, texts: string[]): Story {
  const paragraphs: Paragraph[] = texts.map((text, i) => ({
    storyId: id,
    number: i + 1,
    text,
    sentences: splitSentences(text),
  }));
  return { id, file: `${id}.txt`, title: `The ${id} story`, source: 'Wire', paragraphs };
}

/** Every script a story can be written in: Latin-1 alone, curly quotes, CJK, emoji, a lone surrogate. */
const mixed = (): Story =>
  storyOf('mixed', [
    'The mayor of Bâle said the café would reopen. Prices rose 5%.',
    '“We will rebuild,” she said. The fund’s target is €2 million.',
    'Residents of 東京 and Zürich signed the petition 🎉 on Monday. It had 9,000 names.',
    'A broken character \ud800 stays as it was. Nothing is replaced.',
    'Plain ASCII only here. Two sentences.',
    'Fireworks 🎉 lit the sky over the bay. It was loud.',
  ]);

/** The parts as a snapshot file gives them back: each section a copy in a buffer of its own. */
const sectionsOf = (parts: [string, ArrayBufferView][]) =>
  new Map(
    parts.map(([name, s]): [string, Buffer] => {
      const copy = Buffer.allocUnsafeSlow(s.byteLength);
      copy.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength));
      return [name, copy];
    }),
  );

const asPlain = (paragraphs: readonly Paragraph[]) => JSON.parse(JSON.stringify(paragraphs)) as Paragraph[];

describe('story sections of a snapshot', () => {
  it('GIVEN stories in Latin-1, curly quotes, CJK, emoji and a lone surrogate WHEN they go through a snapshot THEN every text and sentence comes back exactly', () => {
    const kb = buildKnowledgeBase([harborStory(), mixed(), floodStory()], [], 'hash');
    const restored = fromSnapshotParts(sectionsOf(toSnapshotParts(kb)), 'hash');
    expect(restored.paragraphs.every((p) => p instanceof StoredParagraph)).toBe(true);
    expect(restored.paragraphs.map((p) => p.text)).toStrictEqual(kb.paragraphs.map((p) => p.text));
    expect(asPlain(restored.paragraphs)).toStrictEqual(asPlain(kb.paragraphs));
    expect(JSON.stringify(restored.stories)).toBe(JSON.stringify(kb.stories));
    expect(restored.paragraphs[0]).toEqual(kb.paragraphs[0]);
  });

  it('GIVEN a knowledge base loaded from a snapshot WHEN it is saved again THEN every section is the same, byte for byte', () => {
    const kb = buildKnowledgeBase([harborStory(), mixed(), floodStory()], [], 'hash');
    const first = toSnapshotParts(kb);
    const again = toSnapshotParts(fromSnapshotParts(sectionsOf(first), 'hash'));
    expect(again.map(([name]) => name)).toEqual(first.map(([name]) => name));
    for (const [i, [name, section]] of again.entries()) {
      const bytes = (s: ArrayBufferView) => Buffer.from(s.buffer, s.byteOffset, s.byteLength);
      expect(bytes(section).equals(bytes(first[i]![1])), name).toBe(true);
    }
  });

  it('GIVEN a stored paragraph WHEN it is spread, cloned or compared THEN it is the same plain paragraph as the built one', () => {
    const built = mixed();
    const { paragraphs } = unpackStories(sectionsOf(packStories([built], built.paragraphs)));
    const stored = paragraphs[2]!;
    expect({ ...stored }).toStrictEqual({ ...built.paragraphs[2]! });
    expect(structuredClone(stored)).toStrictEqual(built.paragraphs[2]);
    expect(Object.keys(stored)).toEqual(['storyId', 'number', 'text', 'sentences']);
    expect(stored.sentences).toBe(stored.sentences);
  });

  it('GIVEN a stored paragraph not read yet WHEN a span of it is read THEN it is the span of its text, before and after the text is read', () => {
    const built = mixed();
    const read = () => unpackStories(sectionsOf(packStories([built], built.paragraphs))).paragraphs;
    const spans: [number, number][] = [
      [0, 8],
      [4, 19],
      [30, 200],
      [12, 3],
      [500, 600],
    ];
    for (const [id, paragraph] of built.paragraphs.entries()) {
      const before = read()[id]!;
      for (const [start, end] of spans)
        expect(textSpan(before, start, end)).toBe(paragraph.text.slice(start, end));
      expect(before.text).toBe(paragraph.text);
      for (const [start, end] of spans)
        expect(textSpan(before, start, end)).toBe(paragraph.text.slice(start, end));
    }
  });

  it('GIVEN blocks smaller than the text WHEN stories are packed THEN the text spreads over several blocks of each encoding (Latin-1, UTF-8, UTF-16 for a lone surrogate) and comes back exactly', () => {
    const stories = [harborStory(), mixed()];
    const paragraphs = stories.flatMap((s) => s.paragraphs);
    const parts = packStories(stories, paragraphs, 300);
    const blocks = parts.filter(([name]) => name.startsWith('paragraph.text.'));
    expect(blocks.length).toBeGreaterThan(4);
    const encodings = parts.find(([name]) => name === 'paragraph.textBlocks')![1] as Buffer;
    expect(new Set(JSON.parse(encodings.toString()) as string[])).toEqual(
      new Set(['latin1', 'utf8', 'utf16le']),
    );
    const back = unpackStories(sectionsOf(parts));
    expect(asPlain(back.paragraphs)).toStrictEqual(asPlain(paragraphs));
    expect(back.stories.map((s) => s.paragraphs.length)).toEqual(stories.map((s) => s.paragraphs.length));
  });

  it.each([
    ['a paragraph ends past its block', 'paragraph.textEnds', (a: Uint32Array) => (a[1] = 1e6)],
    ['a sentence ends past its paragraph', 'sentence.spans', (a: Uint32Array) => (a[1] = 1e6)],
    ['a paragraph is in no block', 'paragraph.textBlock', (a: Uint32Array) => (a[0] = 7)],
    ['sentences are left over', 'sentence.counts', (a: Uint32Array) => (a[0] = 0)],
  ])('GIVEN stories sections where %s WHEN unpacked THEN it throws, read nothing', (_name, section, edit) => {
    const built = mixed();
    const sections = sectionsOf(packStories([built], built.paragraphs));
    const bytes = sections.get(section)!;
    edit(new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
    expect(() => unpackStories(sections)).toThrow(/snapshot (text blocks|sentences|paragraphs) do not/);
  });
});
