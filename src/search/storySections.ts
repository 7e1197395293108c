import type { Paragraph, Story } from '../knowledge/types.ts';
import { json, jsonSection, u32, type Section } from './snapshotFile.ts';
import {
  UNIT_BYTES,
  StoredParagraph,
  type StoredText,
  type TextBlock,
  type TextEncoding,
} from './storedParagraph.ts';

/**
 * The stories of a snapshot: story heads as JSON, every paragraph's text once, sentences as spans.
 *
 * The text is kept in a few large blocks, each in one encoding: paragraphs written in Latin-1 alone
 * (78 % of them at 100k paragraphs) as Latin-1 bytes, so that any span of their text is a span of
 * bytes (a mention's text is decoded alone); the others as UTF-8 (UTF-16 took 10 MB more at 100k),
 * or as UTF-16 when they hold a lone surrogate, which UTF-8 cannot. Loading makes no string: a
 * paragraph is a `StoredParagraph`, decoded when first read. Decoding 100,000 paragraphs and making
 * their 321,151 sentence objects at load took 0.8 s of CPU, with the collections the 110 MB of young
 * objects caused.
 */

type StoryHead = Omit<Story, 'paragraphs'> & { paragraphs: number };

/** Units (see `UNIT_BYTES`) in one text block: sections of at most 128 MB. */
const BLOCK_UNITS = 1 << 26;

/** A UTF-16 code unit beyond Latin-1 (U+0100 and up; each half of a surrogate pair is one). */
const NOT_LATIN1 = /[\u0100-\uffff]/;

/** A lone surrogate, which UTF-8 cannot hold. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Latin-1 when the text fits it, else UTF-8, else (a lone surrogate) UTF-16. */
function encodingOf(text: string): TextEncoding {
  if (!NOT_LATIN1.test(text)) return 'latin1';
  return LONE_SURROGATE.test(text) ? 'utf16le' : 'utf8';
}

/** The text's length in units of `encoding` (see `UNIT_BYTES`). */
const unitsOf = (text: string, encoding: TextEncoding) =>
  encoding === 'utf8' ? Buffer.byteLength(text, 'utf8') : text.length;

interface TextLayout {
  encodings: TextEncoding[];
  /** Units in each block. */
  lengths: number[];
  /** Per paragraph, its block and where its text ends in it (it starts where the block's previous one ended). */
  blocks: Uint32Array;
  ends: Uint32Array;
}

/** Which block each paragraph's text goes to: one open block per encoding, a new one when full. */
function layOut(paragraphs: readonly Paragraph[], blockUnits: number): TextLayout {
  const layout: TextLayout = {
    encodings: [],
    lengths: [],
    blocks: new Uint32Array(paragraphs.length),
    ends: new Uint32Array(paragraphs.length),
  };
  const open = new Map<TextEncoding, number>();
  paragraphs.forEach(({ text }, id) => {
    const encoding = encodingOf(text);
    const units = unitsOf(text, encoding);
    let block = open.get(encoding);
    if (block === undefined || layout.lengths[block]! + units > blockUnits) {
      block = layout.encodings.push(encoding) - 1;
      layout.lengths.push(0);
      open.set(encoding, block);
    }
    layout.lengths[block]! += units;
    layout.blocks[id] = block;
    layout.ends[id] = layout.lengths[block]!;
  });
  return layout;
}

/** The stories as snapshot sections (see `unpackStories`); `blockUnits` is there for tests. */
export function packStories(
  stories: readonly Story[],
  paragraphs: readonly Paragraph[],
  blockUnits = BLOCK_UNITS,
): [string, Section][] {
  const stored = StoredParagraph.sourceOf(paragraphs) ?? storeText(paragraphs, blockUnits);
  const sentenceCounts = new Uint32Array(paragraphs.length);
  for (let id = 0; id < paragraphs.length; id++)
    sentenceCounts[id] = stored.firstSentence[id + 1]! - stored.firstSentence[id]!;
  const heads: StoryHead[] = stories.map((s) => ({ ...s, paragraphs: s.paragraphs.length }));
  return [
    ['stories', jsonSection(heads)],
    ['paragraph.numbers', Uint32Array.from(paragraphs, (p) => p.number)],
    ['paragraph.textBlocks', jsonSection(stored.blocks.map((b) => b.encoding))],
    ['paragraph.textBlock', stored.blockOf],
    ['paragraph.textEnds', stored.ends],
    ...stored.blocks.map((b, i): [string, Section] => [`paragraph.text.${i}`, b.bytes]),
    ['sentence.counts', sentenceCounts],
    ['sentence.spans', stored.spans],
  ];
}

/** The paragraphs' text encoded into blocks, and their sentences as spans. */
function storeText(paragraphs: readonly Paragraph[], blockUnits: number): StoredText {
  const layout = layOut(paragraphs, blockUnits);
  const blocks = layout.encodings.map((encoding, b): TextBlock => ({
    bytes: Buffer.allocUnsafeSlow(layout.lengths[b]! * UNIT_BYTES[encoding]),
    encoding,
  }));
  const starts = new Uint32Array(paragraphs.length);
  paragraphs.forEach(({ text }, id) => {
    const { bytes, encoding } = blocks[layout.blocks[id]!]!;
    starts[id] = layout.ends[id]! - unitsOf(text, encoding);
    bytes.write(text, starts[id] * UNIT_BYTES[encoding], encoding);
  });
  const firstSentence = new Uint32Array(paragraphs.length + 1);
  paragraphs.forEach((p, id) => (firstSentence[id + 1] = firstSentence[id]! + p.sentences.length));
  const spans = new Uint32Array(2 * firstSentence[paragraphs.length]!);
  let at = 0;
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      spans[at++] = s.start;
      spans[at++] = s.end;
    }
  }
  return { blocks, blockOf: layout.blocks, starts, ends: layout.ends, firstSentence, spans };
}

/** Where each paragraph's text and sentences are; throws when the layout does not fit the blocks. */
function storedText(sections: ReadonlyMap<string, Buffer>, count: number): StoredText {
  const encodings = json<unknown[]>(sections.get('paragraph.textBlocks'));
  const blocks = encodings.map((encoding, b): TextBlock => {
    const bytes = sections.get(`paragraph.text.${b}`);
    if (
      (encoding !== 'latin1' && encoding !== 'utf8' && encoding !== 'utf16le') ||
      !bytes ||
      bytes.length % UNIT_BYTES[encoding] !== 0
    )
      throw new Error('lede: snapshot text blocks do not fit');
    return { bytes, encoding };
  });
  const blockOf = u32(sections.get('paragraph.textBlock'));
  const ends = u32(sections.get('paragraph.textEnds'));
  const counts = u32(sections.get('sentence.counts'));
  const spans = u32(sections.get('sentence.spans'));
  if (blockOf.length !== count || ends.length !== count || counts.length !== count)
    throw new Error('lede: snapshot paragraphs do not match the stories');
  const used = new Uint32Array(blocks.length);
  const starts = new Uint32Array(count);
  const firstSentence = new Uint32Array(count + 1);
  for (let id = 0, sentence = 0; id < count; id++) {
    const b = blockOf[id]!;
    const start = used[b]!;
    const end = ends[id]!;
    const block = blocks[b];
    if (block === undefined || end < start || end * UNIT_BYTES[block.encoding] > block.bytes.length)
      throw new Error('lede: snapshot text blocks do not fit');
    starts[id] = start;
    used[b] = end;
    firstSentence[id] = sentence;
    sentence += counts[id]!;
    firstSentence[id + 1] = sentence;
    if (2 * sentence > spans.length) throw new Error('lede: snapshot sentences do not match the paragraphs');
    // A text's UTF-16 length is at most its length in any of the three encodings' units.
    for (let s = firstSentence[id]!; s < sentence; s++)
      if (spans[2 * s]! > spans[2 * s + 1]! || spans[2 * s + 1]! > end - start)
        throw new Error('lede: snapshot sentences do not match the paragraphs');
  }
  if (2 * firstSentence[count]! !== spans.length)
    throw new Error('lede: snapshot sentences do not match the paragraphs');
  if (blocks.some((block, b) => used[b]! * UNIT_BYTES[block.encoding] !== block.bytes.length))
    throw new Error('lede: snapshot text blocks do not fit');
  return { blocks, blockOf, starts, ends, firstSentence, spans };
}

/**
 * The stories and their paragraphs (in order) from the sections of `packStories`; throws when they
 * do not fit. The paragraphs are `StoredParagraph`s: their text is decoded when first read.
 */
export function unpackStories(sections: ReadonlyMap<string, Buffer>): {
  stories: Story[];
  paragraphs: Paragraph[];
} {
  const heads = json<StoryHead[]>(sections.get('stories'));
  const total = heads.reduce((n, h) => n + h.paragraphs, 0);
  const numbers = u32(sections.get('paragraph.numbers'));
  if (numbers.length !== total) throw new Error('lede: snapshot paragraphs do not match the stories');
  const source = storedText(sections, total);
  const paragraphs: Paragraph[] = [];
  const stories = heads.map((head): Story => {
    const first = paragraphs.length;
    for (let i = 0; i < head.paragraphs; i++) {
      const id = paragraphs.length;
      paragraphs.push(new StoredParagraph(source, id, head.id, numbers[id]!));
    }
    return { ...head, paragraphs: paragraphs.slice(first) };
  });
  return { stories, paragraphs };
}
