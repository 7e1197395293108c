/**
 * Trick cues from meaning rather than spelling: for each question word the span's sentence lacks,
 * whether the sentence holds a word near it in meaning (word vectors, wordVectors.ts) — a real
 * question paraphrases ("purchased" for "bought"), a trick swaps a word for a related but different
 * one ("smallest" for "largest", "Spanish" for "French") or adds one the text never states — and
 * whether the question's word pairs and its figures stand in that sentence. Cross-validated with the
 * other refusal features (scripts/train/quickRefusal.ts, both refusal models refitted per fold over
 * the committed ranker; AUC hand-written tricks vs real SQuAD questions / news tricks vs news
 * questions; real questions refused when 85 % of the tricks are): before these and the order cues
 * (refusalOrder.ts) 0.689 / 0.707, 63.3 % / 63.0 %; with both 0.699 / 0.720, 63.0 % / 53.7 %;
 * without the word-vector cues 0.694 / 0.719. Tried and left out (no gain): the question's weight
 * the whole paragraph lacks with no word near it in meaning (0.697 / 0.720 with, 0.697 / 0.722
 * without).
 */
import { derivedOf } from './derived.ts';
import { normalizeTerm, tokenize } from '../search/terms.ts';
import type { QuestionView } from './features.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';
import type { Token } from '../knowledge/tagger.ts';
import type { CueInput, Emit } from './refusalRoles.ts';
import { VECTOR_RELATED, VECTOR_SYNONYM } from './tuning.ts';
import { closestSimilarity, wordRows, type WordRows } from './wordVectors.ts';

/** Adds the meaning cues through `set`. */
export function addMeaningCues({ q, pa, best }: CueInput, set: Emit): void {
  const range = pa.sentences[best.sentence]!;
  const inSentence = sentenceTermSet(pa, range);
  const sentenceWords: string[] = [];
  for (let i = range.start; i < range.end; i++) {
    const term = pa.tokenTerms[i];
    if (term && !q.terms.has(term) && !/\d/.test(term)) sentenceWords.push(pa.tagged.tokens[i]!.lower);
  }
  unmatchedWords(q, inSentence, sentenceWords, set);
  wordPairs(q, pa, range, set);
  figures(q, pa, range, set);
}

/** The question's missing words by their nearest sentence word: paraphrased, related (swapped) or absent. */
function unmatchedWords(
  q: QuestionView,
  inSentence: ReadonlySet<string>,
  sentenceWords: readonly string[],
  set: Emit,
) {
  const seen = new Set<string>();
  let synonym = 0;
  let related = 0;
  let absent = 0;
  let unknown = 0;
  let closeness = 0;
  // The sentence's words looked up in the vector table once, not once per question word.
  let rows: WordRows | undefined;
  const { words, terms } = questionWords(q);
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    const term = terms[at];
    if (!term || seen.has(term) || inSentence.has(term) || /\d/.test(term)) continue;
    seen.add(term);
    const w = q.terms.get(term) ?? 0;
    const best = closestSimilarity(word, (rows ??= wordRows(sentenceWords)));
    if (best === null) unknown += w;
    else {
      closeness += w * best;
      if (best >= VECTOR_SYNONYM) synonym += w;
      else if (best >= VECTOR_RELATED) related += w;
      else absent += w;
    }
  }
  set('cue:vec-synonym-weight', synonym / q.total);
  set('cue:vec-related-weight', related / q.total);
  set('cue:vec-absent-weight', absent / q.total);
  set('cue:vec-unknown-weight', unknown / q.total);
  set('cue:vec-closeness', closeness / q.total);
}

/** The question's word pairs in the sentence, and those only elsewhere in the paragraph. */
function wordPairs(q: QuestionView, pa: ParagraphAnalysis, range: { start: number; end: number }, set: Emit) {
  if (q.bigrams.size === 0) return;
  const inSentence = new Set<string>();
  const inParagraph = new Set<string>();
  let previous: string | null = null;
  for (let i = 0; i < pa.tokenTerms.length; i++) {
    const term = pa.tokenTerms[i];
    if (!term) continue;
    const pair = previous && q.pairStarts.has(previous) ? `${previous} ${term}` : undefined;
    if (pair !== undefined && q.bigrams.has(pair)) {
      inParagraph.add(pair);
      if (i >= range.start && i < range.end) inSentence.add(pair);
    }
    previous = term;
  }
  set('cue:pairs-in-sentence', inSentence.size / q.bigrams.size);
  set('cue:pairs-elsewhere', (inParagraph.size - inSentence.size) / q.bigrams.size);
}

/** A figure of the question the sentence lacks while it states another figure (a swapped number). */
function figures(q: QuestionView, pa: ParagraphAnalysis, range: { start: number; end: number }, set: Emit) {
  if (q.numbers.length === 0) return;
  const sentenceNumbers = new Set<string>();
  for (let i = range.start; i < range.end; i++) {
    const t = pa.tagged.tokens[i]!;
    if (/\d/.test(t.text)) sentenceNumbers.add(t.text.replace(/,/g, '').toLowerCase());
  }
  const missing = q.numbers.filter((n) => !sentenceNumbers.has(n.replace(/,/g, '').toLowerCase()));
  if (missing.length && sentenceNumbers.size) set('cue:figure-differs');
  else if (missing.length) set('cue:figure-absent-in-sentence');
}

/**
 * The set of a sentence's terms (token range `range` of the analysis' token terms), made once per
 * token-term array and range: the trick cues and the meaning cues both read it, and a small knowledge
 * base's paragraphs are judged by nearly every question. Weakly held: it goes with the analysis.
 */
export function sentenceTermSet(
  pa: Pick<ParagraphAnalysis, 'tokenTerms'>,
  range: { start: number; end: number },
): ReadonlySet<string> {
  const byRange = termSetsByTerms(pa.tokenTerms);
  const key = range.start * 2 ** 32 + range.end;
  let set = byRange.get(key);
  if (!set) {
    set = new Set(pa.tokenTerms.slice(range.start, range.end).filter((t): t is string => t !== null));
    byRange.set(key, set);
  }
  return set;
}

const termSetsByTerms = derivedOf<readonly (string | null)[], Map<number, ReadonlySet<string>>>(
  () => new Map(),
);

/** A question's words (`tokenize`) and each one's term (`normalizeTerm`), worked out once per question view. */
export const questionWords = derivedOf((q: QuestionView): { words: string[]; terms: (string | null)[] } => {
  const words = tokenize(q.text);
  return { words, terms: words.map((w) => normalizeTerm(w)) };
});

/** Runs of letters (a module constant: `match` restarts a global pattern). */
const LETTER_RUNS = /\p{L}+/gu;
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The set of the runs of letters, lower-cased, of sentence `i` of the paragraph as judged (its text,
 * widened or not, antecedents.ts), made once per tagged paragraph and sentence text: the refusal
 * features and the trick cues both read it, and a small knowledge base's sentences are judged by
 * nearly every question. Kept with the paragraph's tokens (weakly): a large knowledge base unpacks
 * those afresh for each question (packedAnalysis.ts), so nothing is kept per sentence of it.
 */
export function letterWordsOf(
  pa: Pick<ParagraphAnalysis, 'tagged' | 'paragraph'>,
  i: number,
): ReadonlySet<string> {
  const sentence = pa.paragraph.sentences[i];
  if (!sentence) return NO_WORDS;
  const byText = lettersByTokens(pa.tagged.tokens);
  let words = byText.get(sentence.text);
  if (!words)
    byText.set(sentence.text, (words = new Set(sentence.text.toLowerCase().match(LETTER_RUNS) ?? [])));
  return words;
}

const lettersByTokens = derivedOf<readonly Token[], Map<string, ReadonlySet<string>>>(() => new Map());
