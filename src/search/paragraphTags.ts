/**
 * The part-of-speech tags of every paragraph of a small knowledge base, worked out at build and kept
 * in its snapshot: a process that starts from the snapshot answers without loading wink-nlp's model
 * (the compiled console: 30 MiB of its resident memory), and no question waits for a paragraph to be
 * tagged. Larger knowledge is tagged as questions reach it (tagging is ~0.2 ms of CPU a paragraph:
 * 100,000 paragraphs would add ~20 s to a build). The tags are exactly `tagText`'s.
 */
import type { Paragraph } from '../knowledge/types.ts';
import { tagText, type TaggedText } from '../knowledge/tagger.ts';

/**
 * Knowledge of up to this many paragraphs is tagged at build: 0.2–0.4 s of CPU for 1,000 paragraphs
 * plus the model's 0.24 s load, against ~20 s at 100,000.
 */
export const PRETAG_LIMIT = 1_000;

/** Paragraph id → its tags (empty when the knowledge is over `PRETAG_LIMIT` paragraphs). */
export type ParagraphTags = ReadonlyMap<number, TaggedText>;

export function tagParagraphs(paragraphs: readonly Paragraph[]): ParagraphTags {
  if (paragraphs.length > PRETAG_LIMIT) return new Map();
  return new Map(paragraphs.map((p, id) => [id, tagText(p.text)]));
}

/**
 * One paragraph's tags in the snapshot: its id, token spans as [start, end, …], the tags joined by
 * spaces, the tokens whose text is not their span of the paragraph (as [index, text]), and the
 * entities as [start, end, type, …].
 */
type PackedTags = [number, number[], string, [number, string][], (number | string)[]];

export function packTags(tags: ParagraphTags, paragraphs: readonly Paragraph[]): PackedTags[] {
  return [...tags].map(([id, { tokens, entities }]) => {
    const text = paragraphs[id]!.text;
    return [
      id,
      tokens.flatMap((t) => [t.start, t.end]),
      tokens.map((t) => t.pos).join(' '),
      tokens.flatMap((t, i): [number, string][] =>
        text.slice(t.start, t.end) === t.text ? [] : [[i, t.text]],
      ),
      entities.flatMap((e) => [e.start, e.end, e.type]),
    ];
  });
}

/** The tags saved by `packTags`; throws when they do not fit the paragraphs. */
export function unpackTags(packed: readonly PackedTags[], paragraphs: readonly Paragraph[]): ParagraphTags {
  const tags = new Map<number, TaggedText>();
  for (const [id, spans, pos, texts, entityList] of packed) {
    const text = paragraphs[id]?.text;
    const names = pos === '' ? [] : pos.split(' ');
    if (text === undefined || spans.length !== 2 * names.length || spans.some((s) => s > text.length))
      throw new Error('lede: snapshot tags do not match the paragraphs');
    const own = new Map(texts);
    const tokens = names.map((name, i) => {
      const start = spans[2 * i]!;
      const end = spans[2 * i + 1]!;
      const value = own.get(i) ?? text.slice(start, end);
      return { text: value, lower: value.toLowerCase(), start, end, pos: name };
    });
    const entities = [];
    for (let i = 0; i + 2 < entityList.length; i += 3)
      entities.push({
        start: entityList[i] as number,
        end: entityList[i + 1] as number,
        type: entityList[i + 2] as string,
      });
    tags.set(id, { tokens, entities });
  }
  return tags;
}
