import type { Paragraph, Sentence } from '../knowledge/types.ts';

export type TextEncoding = 'latin1' | 'utf8' | 'utf16le';

/**
 * Bytes a unit of each encoding: offsets into a block count units (a Latin-1 or UTF-16 unit is one
 * UTF-16 code unit of the text, as JavaScript strings count them; a UTF-8 unit is a byte).
 */
export const UNIT_BYTES: Record<TextEncoding, number> = { latin1: 1, utf8: 1, utf16le: 2 };

/** One block of paragraph text as saved in a snapshot: bytes in one encoding. */
export interface TextBlock {
  bytes: Buffer;
  encoding: TextEncoding;
}

/**
 * Where the text and sentences of a snapshot's paragraphs are, by paragraph id: the bytes stay as
 * read, and a paragraph's text is decoded when it is first read (see `StoredParagraph`). A
 * paragraph's place in its block is in the block's units; sentence spans are in UTF-16 code units
 * of the text. In a Latin-1 or UTF-16 block the two are one, so a span of the text is a span of bytes.
 */
export interface StoredText {
  blocks: readonly TextBlock[];
  /** Per paragraph: its block, and its text's [start, end) in that block. */
  blockOf: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Per paragraph: the index of its first sentence in `spans` (pairs of start, end); one more entry at the end. */
  firstSentence: Uint32Array;
  spans: Uint32Array;
}

/** Units `from`–`to` of paragraph `id`'s text, decoded from its block. */
function decode(source: StoredText, id: number, from: number, to: number): string {
  const { bytes, encoding } = source.blocks[source.blockOf[id]!]!;
  const width = UNIT_BYTES[encoding];
  const start = source.starts[id]!;
  return bytes.toString(encoding, (start + from) * width, (start + to) * width);
}

/** Whether paragraph `id`'s units are the UTF-16 code units of its text (Latin-1 or UTF-16, not UTF-8). */
const unitsAreChars = (source: StoredText, id: number) =>
  source.blocks[source.blockOf[id]!]!.encoding !== 'utf8';

/**
 * A paragraph of a loaded snapshot. It has the own, enumerable `storyId`, `number`, `text` and
 * `sentences` of a built paragraph (spreading it, `JSON.stringify`, `structuredClone` and deep
 * equality see the same object), but `text` and `sentences` are getters that decode the text from
 * the snapshot's bytes and make the sentence objects the first time they are read, then keep them.
 * A question reads a few dozen paragraphs of 100,000: making every text and sentence object at load
 * (0.42 million objects and 110 MB of heap at 100k paragraphs) was most of a load's CPU, with the
 * collections it caused.
 */
export class StoredParagraph implements Paragraph {
  readonly storyId: string;
  readonly number: number;
  declare readonly text: string;
  declare readonly sentences: Sentence[];
  readonly #source: StoredText;
  readonly #id: number;
  #text: string | undefined;
  #sentences: Sentence[] | undefined;

  constructor(source: StoredText, id: number, storyId: string, number: number) {
    this.storyId = storyId;
    this.number = number;
    this.#source = source;
    this.#id = id;
    // Own accessors, one shared getter each: every StoredParagraph keeps one hidden class.
    Object.defineProperty(this, 'text', StoredParagraph.#TEXT);
    Object.defineProperty(this, 'sentences', StoredParagraph.#SENTENCES);
  }

  static readonly #TEXT: PropertyDescriptor = {
    get(this: StoredParagraph) {
      return StoredParagraph.#textOf(this);
    },
    enumerable: true,
  };

  static readonly #SENTENCES: PropertyDescriptor = {
    get(this: StoredParagraph) {
      return StoredParagraph.#sentencesOf(this);
    },
    enumerable: true,
  };

  static #textOf(p: StoredParagraph): string {
    return (p.#text ??= decode(p.#source, p.#id, 0, p.#source.ends[p.#id]! - p.#source.starts[p.#id]!));
  }

  static #sentencesOf(p: StoredParagraph): Sentence[] {
    if (p.#sentences) return p.#sentences;
    const text = StoredParagraph.#textOf(p);
    const { firstSentence, spans } = p.#source;
    const sentences: Sentence[] = [];
    for (let s = firstSentence[p.#id]!; s < firstSentence[p.#id + 1]!; s++) {
      const start = spans[2 * s]!;
      const end = spans[2 * s + 1]!;
      sentences.push({ text: text.slice(start, end), start, end });
    }
    return (p.#sentences = sentences);
  }

  /** `text.slice(start, end)` (start ≤ end), without decoding the whole text when it has not been read yet. */
  span(start: number, end: number): string {
    if (this.#text !== undefined || !unitsAreChars(this.#source, this.#id))
      return StoredParagraph.#textOf(this).slice(start, end);
    const length = this.#source.ends[this.#id]! - this.#source.starts[this.#id]!;
    const from = Math.min(Math.max(start, 0), length);
    const to = Math.min(Math.max(end, 0), length);
    return from < to ? decode(this.#source, this.#id, from, to) : '';
  }

  /**
   * The stored text `paragraphs` are read from, when they are exactly its paragraphs in order (a
   * loaded knowledge base saved again, as the reload worker does): its bytes can be saved as they
   * are, without decoding every paragraph and making every sentence.
   */
  static sourceOf(paragraphs: readonly Paragraph[]): StoredText | undefined {
    const first = paragraphs[0];
    if (!(first instanceof StoredParagraph) || first.#source.blockOf.length !== paragraphs.length)
      return undefined;
    const source = first.#source;
    const same = paragraphs.every(
      (p, id) => p instanceof StoredParagraph && p.#source === source && p.#id === id,
    );
    return same ? source : undefined;
  }
}

/** `paragraph.text.slice(start, end)`, decoding only that span of a stored paragraph's text that has not been read. */
export function textSpan(paragraph: Paragraph, start: number, end: number): string {
  return paragraph instanceof StoredParagraph ? paragraph.span(start, end) : paragraph.text.slice(start, end);
}
