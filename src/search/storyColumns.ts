import type { Paragraph, Story } from '../knowledge/types.ts';

/**
 * Stories as a few arrays, for a worker thread: one string per paragraph and its sentences as
 * spans, instead of a clone of every paragraph and sentence object (cloning the stories of 100k
 * paragraphs as objects took 1.1 s of CPU to send and 2.5 s to receive).
 * Only what facts are derived from: ids, titles, paragraph numbers, texts and sentences.
 */
export interface StoryColumns {
  ids: string[];
  titles: string[];
  /** Per story, how many paragraphs it has (its paragraphs are consecutive below). */
  paragraphCounts: Uint32Array;
  numbers: Uint32Array;
  texts: string[];
  /** Per paragraph, how many sentences it has; their start and end offsets follow in `spans`. */
  sentenceCounts: Uint32Array;
  spans: Uint32Array;
}

/**
 * The stories as columns, or undefined when a sentence's text is not its paragraph's text at its
 * span (as `splitSentences` makes them): those stories would not come back the same.
 */
export function toStoryColumns(stories: readonly Story[]): StoryColumns | undefined {
  const paragraphs = stories.flatMap((s) => s.paragraphs);
  const sentenceCounts = Uint32Array.from(paragraphs, (p) => p.sentences.length);
  const spans = new Uint32Array(2 * sentenceCounts.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      if (p.text.slice(s.start, s.end) !== s.text) return undefined;
      spans[at++] = s.start;
      spans[at++] = s.end;
    }
  }
  return {
    ids: stories.map((s) => s.id),
    titles: stories.map((s) => s.title),
    paragraphCounts: Uint32Array.from(stories, (s) => s.paragraphs.length),
    numbers: Uint32Array.from(paragraphs, (p) => p.number),
    texts: paragraphs.map((p) => p.text),
    sentenceCounts,
    spans,
  };
}

/** The stories back from their columns (ids, titles and paragraphs; no file or source). */
export function fromStoryColumns(columns: StoryColumns): Story[] {
  const { ids, titles, paragraphCounts, numbers, texts, sentenceCounts, spans } = columns;
  let p = 0;
  let span = 0;
  return ids.map((id, s) => {
    const paragraphs: Paragraph[] = [];
    for (let i = 0; i < paragraphCounts[s]!; i++, p++) {
      const text = texts[p]!;
      const sentences = [];
      for (let k = 0; k < sentenceCounts[p]!; k++, span += 2) {
        const start = spans[span]!;
        const end = spans[span + 1]!;
        sentences.push({ text: text.slice(start, end), start, end });
      }
      paragraphs.push({ storyId: id, number: numbers[p]!, text, sentences });
    }
    return { id, file: '', title: titles[s]!, paragraphs };
  });
}
