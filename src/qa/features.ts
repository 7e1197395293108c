/**
 * Features of a candidate answer for the ranker (the SQuAD paper's logistic-regression baseline
 * idea): answer type against question type, distance to the question's words in the sentence,
 * question words the span repeats, overlap of the sentence with the question, span length and tags.
 * Every weight is by the fixed background (background.ts), never by what is loaded.
 */
import { derivedOf } from './derived.ts';
import { normalizeTerm, tokenize } from '../search/terms.ts';
import { backgroundWeight, weightedTerms } from './background.ts';
import type { Candidate } from './candidates.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';
import { whClassOf, type WhClass } from './questionType.ts';
import { tagText, type Token } from '../knowledge/tagger.ts';
import { rowSimilarity, vectorRow } from './wordVectors.ts';
import { featureNamesOf, type FeatureNames } from './featureNames.ts';
import { assertedWords, type AssertedWord } from './refusalAsserts.ts';
import { paraphrasesOf } from './paraphrases.ts';

export type Features = Map<string, number>;

/** What the features need to know about the question. */
export interface QuestionView {
  text: string;
  wh: WhClass;
  /** Content terms → background weight. */
  terms: Map<string, number>;
  total: number;
  /** Pairs of consecutive content terms. */
  bigrams: Set<string>;
  /**
   * The first term of each of `bigrams`: a paragraph's token pair is looked up (and its string made)
   * only when the first token's term starts one (terms hold no space, so this decides nothing else).
   */
  pairStarts: Set<string>;
  /** Words written with a capital (not the first) or all capitals: names the answer's sentence should hold. */
  names: string[];
  /** Figures and years, as written (they must match exactly). */
  numbers: string[];
  negated: boolean;
  /**
   * The noun that says what kind of thing is asked for, as a term: the head of the phrase after the
   * question word ("stadium" in "which stadium …", "company" in "what health company …", "score" in
   * "what was the final score of …").
   */
  whNoun: string | null;
  /** The same noun as written, lower case (for word similarity). */
  whNounWord: string | null;
  /**
   * What follows the question word (and its noun): "do" (what did X do → the span is an object),
   * "be", "have", "modal", or "verb" (what caused X → the span is the subject), "none".
   */
  form: string;
  /**
   * The content terms right around the gap the answer fills: the last before the question word, the
   * first after it (and its noun), the question's last ("What city did the race take place in?" →
   * none, "take", "place": the answer follows "place").
   */
  gap: { before: string | null; after: string | null; last: string | null };
  /** The question's words with their opposites, for the trick detector's cues (refusalAsserts.ts). */
  asserted: AssertedWord[];
  /** Paragraph terms that paraphrase a question term → that term (paraphrases.ts). */
  paraphrases: Map<string, string>;
}

const NEGATION = /\b(?:not|never|no|none|nobody|nothing|neither|nor|without|n't|cannot)\b|n't\b/iu;

export function questionView(text: string): QuestionView {
  const words = tokenize(text);
  const terms = weightedTerms(words);
  const content = words.map((w) => normalizeTerm(w)).filter((t): t is string => t !== null);
  const bigrams = new Set(content.slice(1).map((t, i) => `${content[i]} ${t}`));
  const names = words
    .filter((w, i) => i > 0 && /^\p{Lu}/u.test(w) && normalizeTerm(w) !== null)
    .map((w) => w.toLowerCase());
  return {
    text,
    wh: whClassOf(text),
    terms,
    total: [...terms.values()].reduce((a, b) => a + b, 0) || 1,
    bigrams,
    pairStarts: new Set(content.slice(0, -1)),
    names,
    numbers: words.filter((w) => /\d/.test(w)),
    negated: NEGATION.test(text),
    ...askedNounOf(text),
    form: formOf(words),
    gap: gapOf(words),
    asserted: assertedWords(text),
    paraphrases: paraphrasesOf(text, new Set(terms.keys())),
  };
}

const WH_WORD = /^(?:what|which|whose|how)$/iu;
/** WH_WORD anywhere in a text, even inside a word: without it no token of the text is one. */
const WH_WRITTEN = /what|which|whose|how/iu;
const SKIP = /^(?:is|was|are|were|did|does|do|the|a|an|type|kind|sort|of|many|much|name|names)$/iu;

/** The first word after the question word (and "type of", "the" …), which the gap skips. */
function firstNounOf(words: readonly string[]): string | null {
  const at = words.findIndex((w) => WH_WORD.test(w));
  if (at < 0) return null;
  for (const w of words.slice(at + 1, at + 4)) {
    if (SKIP.test(w)) continue;
    return normalizeTerm(w);
  }
  return null;
}

/** Words that say how something is asked for, not what: skipped when looking for the asked-for noun. */
const ASKED_SKIP = /^(?:type|types|kind|kinds|sort|sorts|of|name|names|many|much)$/iu;

/**
 * The noun the question asks for, from its tags: after the question word (and "was the", "type
 * of" …), the last noun of the phrase that follows ("What was Tesla's brother's name?" → brother).
 * None when a verb follows ("What did the board decide?"). By the tags rather than the first word
 * after the question word: gold-paragraph ranker F1 51.59 vs 51.37 (scripts/train/quickRanker.ts).
 */
function askedNounOf(text: string): Pick<QuestionView, 'whNoun' | 'whNounWord'> {
  // No question word written, no token that is one: nothing to tag (the bench's keyword questions).
  if (!WH_WRITTEN.test(text)) return { whNoun: null, whNounWord: null };
  const tokens = tagText(text).tokens;
  const at = tokens.findIndex((t) => WH_WORD.test(t.lower));
  if (at < 0) return { whNoun: null, whNounWord: null };
  let i = at + 1;
  if (/^(?:is|was|are|were)$/u.test(tokens[i]?.lower ?? '')) i++;
  while (tokens[i] && (tokens[i]!.pos === 'DET' || ASKED_SKIP.test(tokens[i]!.lower))) i++;
  let head: string | null = null;
  for (
    ;
    tokens[i] && (/^(?:ADJ|NOUN|PROPN|NUM)$/u.test(tokens[i]!.pos) || /^'?s$/u.test(tokens[i]!.lower));
    i++
  )
    if (/^(?:NOUN|PROPN)$/u.test(tokens[i]!.pos) && !ASKED_SKIP.test(tokens[i]!.lower))
      head = tokens[i]!.text;
  const term = head ? normalizeTerm(head) : null;
  return term ? { whNoun: term, whNounWord: head!.toLowerCase() } : { whNoun: null, whNounWord: null };
}

function gapOf(words: readonly string[]): QuestionView['gap'] {
  const at = words.findIndex((w) => WH_ANY.test(w));
  const terms = (from: number, to: number) =>
    words
      .slice(Math.max(0, from), to)
      .map((w) => normalizeTerm(w))
      .filter((t): t is string => t !== null);
  if (at < 0) return { before: null, after: null, last: null };
  const noun = firstNounOf(words);
  const after = terms(at + 1, words.length).filter((t, i) => !(i === 0 && t === noun));
  return {
    before: terms(0, at).at(-1) ?? null,
    after: after[0] ?? null,
    last: after.at(-1) ?? null,
  };
}

const WH_ANY = /^(?:what|which|who|whom|whose|when|where|why|how)$/iu;

const FORMS: [RegExp, string][] = [
  [/^(?:do|does|did)$/iu, 'do'],
  [/^(?:is|are|was|were|be|been)$/iu, 'be'],
  [/^(?:has|have|had)$/iu, 'have'],
  [/^(?:can|could|will|would|may|might|should|must|shall)$/iu, 'modal'],
];

function formOf(words: readonly string[]): string {
  const at = words.findIndex((w) => WH_ANY.test(w));
  if (at < 0) return 'none';
  for (const w of words.slice(at + 1, at + 4)) {
    const form = FORMS.find(([re]) => re.test(w));
    if (form) return form[1];
  }
  return words.length > at + 1 ? 'verb' : 'none';
}

/** Per sentence of the paragraph: the share of the question's weight it holds, and its bigram hits. */
export interface SentenceMatch {
  overlap: number;
  bigrams: number;
  /** Token positions (paragraph indexes) of question terms in the sentence, with their weights. */
  anchors: { at: number; weight: number }[];
}

export function sentenceMatches(q: QuestionView, pa: ParagraphAnalysis): SentenceMatch[] {
  return pa.sentences.map(({ start, end }) => {
    const seen = new Set<string>();
    const anchors: { at: number; weight: number }[] = [];
    let weight = 0;
    let bigrams = 0;
    let previous: string | null = null;
    for (let i = start; i < end; i++) {
      const term = pa.tokenTerms[i];
      if (!term) continue;
      const w = q.terms.get(term);
      if (w !== undefined) {
        anchors.push({ at: i, weight: w });
        if (!seen.has(term)) {
          seen.add(term);
          weight += w;
        }
      }
      if (previous && q.pairStarts.has(previous) && q.bigrams.has(`${previous} ${term}`)) bigrams++;
      previous = term;
    }
    return { overlap: weight / q.total, bigrams, anchors };
  });
}

const lengthBucket = (n: number) =>
  n <= 1 ? '1' : n === 2 ? '2' : n === 3 ? '3' : n <= 5 ? '4-5' : n <= 9 ? '6-9' : '10+';

/** What the candidate is, for crossing with the question word. */
export function answerTypeOf(c: Candidate, pa: ParagraphAnalysis): string {
  if (c.entity) return c.entity;
  if (c.kind === 'clause' || c.kind === 'pp') return c.kind;
  // One pass over the span's tags, no slice per candidate: all of them name-like → "name", else any
  // figure → "np-num", else any proper noun → "np-name".
  const { tokens } = pa.tagged;
  let allNameLike = true;
  let anyNumber = false;
  let anyProper = false;
  for (let i = c.start; i < c.end; i++) {
    const pos = tokens[i]!.pos;
    if (pos === 'NUM') anyNumber = true;
    else if (pos === 'PROPN') anyProper = true;
    if (pos !== 'PROPN' && pos !== 'PART' && pos !== 'DET') allNameLike = false;
  }
  return allNameLike ? 'name' : anyNumber ? 'np-num' : anyProper ? 'np-name' : 'np';
}

/**
 * Per token of the paragraph: the question's weight of its term (0 when the question lacks it),
 * bigram hits, and the background weight of its word (0 for a token with no term). The last was
 * looked up per token of every candidate's span (a search of the packed word list each time).
 */
interface TokenMatches {
  weight: Float64Array;
  bigram: Uint8Array;
  rarity: Float64Array;
  /**
   * The word-vector similarity of each token to the noun the question asks for (NaN: either word
   * unknown), when it asks for one: worked out per token, not per token of every span that holds it.
   */
  nounSimilarity: Float64Array | undefined;
}

function tokenMatches(q: QuestionView, pa: ParagraphAnalysis): TokenMatches {
  const n = pa.tokenTerms.length;
  const weight = new Float64Array(n);
  const bigram = new Uint8Array(n);
  const rarity = new Float64Array(n);
  const own = tokenWeights(pa.tagged.tokens);
  let previous: string | null = null;
  for (let i = 0; i < n; i++) {
    const term = pa.tokenTerms[i];
    if (!term) continue;
    weight[i] = q.terms.get(term) ?? 0;
    let background = own.background[i]!;
    if (Number.isNaN(background))
      own.background[i] = background = backgroundWeight(pa.tagged.tokens[i]!.text);
    rarity[i] = background;
    if (previous && q.pairStarts.has(previous) && q.bigrams.has(`${previous} ${term}`)) bigram[i] = 1;
    previous = term;
  }
  const noun = q.whNounWord;
  const nounSimilarity = noun ? new Float64Array(n) : undefined;
  if (noun && nounSimilarity) {
    const row = vectorRow(noun);
    own.rows ??= Int32Array.from(pa.tagged.tokens, (t) => vectorRow(t.lower));
    for (let i = 0; i < n; i++) nounSimilarity[i] = rowSimilarity(row, own.rows[i]!) ?? NaN;
  }
  return { weight, bigram, rarity, nounSimilarity };
}

/**
 * What `tokenMatches` reads of a paragraph's tokens whatever the question: each one's background
 * weight (NaN until a question needs it: only tokens with a term are read) and vector row (once a
 * question asks for a noun: the bench's keyword questions never do).
 */
interface TokenWeights {
  background: Float64Array;
  rows: Int32Array | undefined;
}

/**
 * Each tagged paragraph's `TokenWeights`, worked out once rather than once per question judged (a
 * small knowledge base's paragraphs are judged by nearly every question; looking each token up in the
 * word lists was a tenth of judging the bundled story). Weakly held: they go with the analysis.
 */
const tokenWeights = derivedOf((tokens: readonly Token[]): TokenWeights => ({
  background: new Float64Array(tokens.length).fill(NaN),
  rows: undefined,
}));

/** Window sizes (tokens) left and right of a span for the question-word match features (the SQuAD baseline's). */
const WINDOWS = [3, 5, 10] as const;

/** The window features' names, made once (made per candidate they were a tenth of what answering allocated). */
const WINDOW_NAMES = WINDOWS.map((k) => ({
  k,
  left: `left${k}`,
  right: `right${k}`,
  bigrams: `bigrams${k}`,
}));

/**
 * The features of every candidate of a paragraph. `rule` is the rule extractor's answer for this
 * paragraph, when it gave one: a candidate that matches it gets a feature.
 */
export function candidateFeatures(
  q: QuestionView,
  pa: ParagraphAnalysis,
  matches: readonly SentenceMatch[],
  rule?: string,
  candidates: readonly Candidate[] = pa.candidates,
): Features[] {
  const context = featureContext(q, pa, matches, rule);
  return candidates.map((c) => {
    const f: Features = new Map();
    emitFeatures(context, c, (name, value = 1) => f.set(name, value));
    return f;
  });
}

/**
 * The ranker's score w · f of every candidate, summed as its features are emitted: the same sum, in
 * the same order, as `dot(weights, f)` over `candidateFeatures` (every feature is emitted once), with
 * no `Map` per candidate (a third of a question's time went to building and reading those maps).
 */
export function candidateScores(
  weights: Readonly<Record<string, number>>,
  q: QuestionView,
  pa: ParagraphAnalysis,
  matches: readonly SentenceMatch[],
  rule?: string,
  candidates: readonly Candidate[] = pa.candidates,
): number[] {
  const context = featureContext(q, pa, matches, rule);
  // The running sum in an object's field, updated in place: a `let` captured by `add` was a fresh
  // heap number at every feature (V8 boxes a double stored in a closure's context).
  const total = { sum: 0 };
  const add: Emit = (name, value = 1) => {
    total.sum += (weights[name] ?? 0) * value;
  };
  return candidates.map((c) => {
    total.sum = 0;
    emitFeatures(context, c, add);
    return total.sum;
  });
}

function featureContext(
  q: QuestionView,
  pa: ParagraphAnalysis,
  matches: readonly SentenceMatch[],
  rule: string | undefined,
): FeatureContext {
  return {
    q,
    pa,
    matches,
    ranks: sentenceRanks(matches),
    best: Math.max(0, ...matches.map((m) => m.overlap)),
    tokenMatch: tokenMatches(q, pa),
    ruleText: rule?.toLowerCase().trim(),
    sentenceGaps: pa.sentences.map((r) => gapsHeld(q, pa.tokenTerms, r)),
    names: featureNamesOf(q),
    paths: new Map(),
  };
}

/** A candidate's features, one call of `set` each, always in this order. */
function emitFeatures(context: FeatureContext, c: Candidate, set: Emit): void {
  typeFeatures(context, c, set);
  sentenceFeatures(context, c, set);
  repeatFeatures(context, c, set);
  anchorFeatures(context, c, set);
  windowFeatures(context, c, set);
  neighbourFeatures(context, c, set);
}

interface FeatureContext {
  q: QuestionView;
  pa: ParagraphAnalysis;
  matches: readonly SentenceMatch[];
  /** Each sentence's rank by overlap with the question (0 = best). */
  ranks: number[];
  best: number;
  tokenMatch: TokenMatches;
  ruleText: string | undefined;
  /** Which of the question's words around its gap each sentence holds (gapsHeld). */
  sentenceGaps: GapsHeld[];
  /** Names of the question's features, joined once (featureNames.ts). */
  names: FeatureNames;
  /** The path features' names by their ends (pathFeatures). */
  paths: Map<number, string>;
}

type Emit = (name: string, value?: number) => void;

const NO_MATCH: SentenceMatch = { overlap: 0, bigrams: 0, anchors: [] };

function sentenceRanks(matches: readonly SentenceMatch[]): number[] {
  const order = matches.map((_, i) => i).sort((a, b) => matches[b]!.overlap - matches[a]!.overlap || a - b);
  const ranks = new Array<number>(matches.length).fill(0);
  order.forEach((s, r) => (ranks[s] = r));
  return ranks;
}

/** What the span is: answer type, kind, length and tags, crossed with the question word. */
function typeFeatures({ q, pa, names, tokenMatch }: FeatureContext, c: Candidate, set: Emit) {
  const { tokens } = pa.tagged;
  const type = names.join('type:', answerTypeOf(c, pa));
  const kind = names.join('kind:', c.kind);
  const length = names.join('len:', lengthBucket(c.end - c.start));
  const first = names.join('first:', tokens[c.start]!.pos);
  const last = names.join('last:', tokens[c.end - 1]!.pos);
  set(type);
  set(names.crossed(type));
  set(kind);
  set(names.crossed(kind));
  set(length);
  set(names.crossed(length));
  set(first);
  set(last);
  if (q.whNoun) {
    set(names.asked(type));
  }
  set(names.crossed(first));
  set(names.crossed(last));
  similarityFeatures(q, names, pa, tokenMatch, c, set);
}

/** Buckets of the similarity of the asked-for noun and the span's head. */
const SIM_BUCKETS = [0.2, 0.35, 0.5, 0.65];
/** Their names, made once (a feature name made per candidate is a new string to hash before its weight is found). */
const SIM_BUCKET_NAMES = [0, 1, 2, 3, 4].map((n) => `noun-sim-bucket:${n}`);

/**
 * How near in meaning the span is to the noun the question asks for ("What _position_ …" →
 * "quarterback"), by word vectors (wordVectors.ts): its head, and its closest word. Gold-paragraph
 * ranker F1 51.59 with them, 51.13 without (scripts/train/quickRanker.ts).
 */
function similarityFeatures(
  q: QuestionView,
  names: FeatureNames,
  pa: ParagraphAnalysis,
  { nounSimilarity }: TokenMatches,
  c: Candidate,
  set: Emit,
) {
  if (!q.whNounWord || !nounSimilarity) return;
  const { tokens } = pa.tagged;
  let head = c.end - 1;
  while (head > c.start && !NOMINAL_TAG.test(tokens[head]!.pos)) head--;
  const sim = nounSimilarity[head]!;
  if (Number.isNaN(sim)) set(names.crossed('noun-sim-unknown'));
  else {
    set(names.crossed('noun-sim'), sim);
    set(SIM_BUCKET_NAMES[SIM_BUCKETS.filter((b) => sim >= b).length]!);
  }
  let max: number | null = null;
  for (let i = c.start; i < c.end; i++) {
    if (!pa.tokenTerms[i]) continue;
    const s = nounSimilarity[i]!;
    if (!Number.isNaN(s) && (max === null || s > max)) max = s;
  }
  if (max !== null) set(names.crossed('noun-sim-max'), max);
}

const NOMINAL_TAG = /^(?:NOUN|PROPN|NUM)$/u;

/** How well the span's sentence matches the question. */
function sentenceFeatures(
  { names, pa, matches, ranks, best, sentenceGaps }: FeatureContext,
  c: Candidate,
  set: Emit,
) {
  const m = matches[c.sentence] ?? NO_MATCH;
  set('sentence-overlap', m.overlap);
  set('sentence-best', m.overlap >= best && best > 0 ? 1 : 0);
  set('sentence-gap', best - m.overlap);
  set('sentence-bigrams', Math.min(m.bigrams, 4) / 4);
  const range = pa.sentences[c.sentence];
  if (range && c.start === range.start) set(names.crossed('sentence-start'));
  if (range && c.end >= range.end - 1) set(names.crossed('sentence-end'));
  const gaps = range && sentenceGaps[c.sentence];
  if (gaps && gaps.after) set('sentence-has-gap-after');
  if (gaps && gaps.last) set('sentence-has-question-end');
  if (gaps && gaps.before) set('sentence-has-gap-before');
  const rank = ranks[c.sentence] ?? 0;
  set(rank === 0 ? 'sentence-rank:1' : rank === 1 ? 'sentence-rank:2' : 'sentence-rank:other');
}

/** Whether a sentence holds the question's term before its gap, the first after it and its last. */
interface GapsHeld {
  after: boolean;
  last: boolean;
  before: boolean;
}

/** `GapsHeld` of the sentence of tokens [start, end), once per paragraph (not a search per candidate). */
function gapsHeld(
  q: QuestionView,
  terms: readonly (string | null)[],
  { start, end }: { start: number; end: number },
): GapsHeld {
  const { after, last, before } = q.gap;
  return {
    after: !!after && holds(terms, start, end, after),
    last: !!last && holds(terms, start, end, last),
    before: !!before && holds(terms, start, end, before),
  };
}

/** The weight of a word never seen in the background (log of its size): weights scale to 0..1 by it. */
const MAX_BACKGROUND_WEIGHT = Math.log(51_000_000);

/** Question words the span repeats: an answer tells what the question does not. */
function repeatFeatures({ q, names, pa, tokenMatch }: FeatureContext, c: Candidate, set: Emit) {
  let own = 0;
  let content = 0;
  for (let i = c.start; i < c.end; i++) {
    const term = pa.tokenTerms[i];
    if (!term) continue;
    content++;
    if (q.terms.has(term)) own++;
  }
  set('span-repeats', content ? own / content : 0);
  let weight = 0;
  for (let i = c.start; i < c.end; i++) weight += tokenMatch.weight[i]!;
  set('span-repeats-weight', Math.min(1, weight / q.total));
  if (content > 0 && own === content) set('span-all-repeated');
  // How informative the span's own words are (names and rare words weigh most).
  let rare = 0;
  for (let i = c.start; i < c.end; i++) if (pa.tokenTerms[i]) rare = Math.max(rare, tokenMatch.rarity[i]!);
  set(names.crossed('span-rarest'), rare / MAX_BACKGROUND_WEIGHT);
  if (content === 0) set('span-no-content');
}

/** Distance to the question's words in the sentence, and on which side of the span they are. */
function anchorFeatures(context: FeatureContext, c: Candidate, set: Emit) {
  const { names, matches } = context;
  const m = matches[c.sentence] ?? NO_MATCH;
  // One pass over the sentence's anchors outside the span, no array per candidate (sums in the
  // anchors' order, as before: the same values to the last bit).
  let count = 0;
  let nearest = Infinity;
  let weight = 0;
  let weighted = 0;
  let nearestLeftDistance = Infinity;
  let nearestRightDistance = Infinity;
  for (const a of m.anchors) {
    if (a.at >= c.start && a.at < c.end) continue;
    const d = a.at < c.start ? c.start - a.at : a.at - c.end + 1;
    count++;
    nearest = Math.min(nearest, d);
    weight += a.weight;
    weighted += a.weight * d;
    if (a.at < c.start) nearestLeftDistance = Math.min(nearestLeftDistance, d);
    else nearestRightDistance = Math.min(nearestRightDistance, d);
  }
  if (count === 0) {
    set('no-anchor');
    return;
  }
  set('distance-log', Math.log1p(nearest));
  set('distance-weighted-log', Math.log1p(weighted / weight));
  const anyLeft = nearestLeftDistance < Infinity;
  const anyRight = nearestRightDistance < Infinity;
  if (anyLeft) set(names.crossed('distance-left-log'), Math.log1p(nearestLeftDistance));
  if (anyRight) set(names.crossed('distance-right-log'), Math.log1p(nearestRightDistance));
  const side = names.join('side:', !anyLeft ? 'before-all' : !anyRight ? 'after-all' : 'between');
  set(names.crossed(side));
  const nearestLeft = anyLeft ? c.start - nearestLeftDistance : -1;
  const nearestRight = anyRight ? c.end - 1 + nearestRightDistance : -1;
  pathFeatures(context, c, nearestLeft, nearestRight, set);
  set(names.formed(side));
  set(names.crossed(names.formed(side)));
}

/**
 * Longest path (tokens between the span and a question word) spelt out; longer ones are "far".
 * Gold-paragraph ranker F1 (scripts/train/quickRanker.ts): 6 tokens 51.55, 4 tokens 51.45, no paths 50.60
 * (crossed with the question's form as well: 50.74).
 */
const MAX_PATH = 6;

/**
 * A stand-in for the SQuAD baseline's parse paths: the words between the span and the nearest
 * question word on each side (that word's tag first or last), function words as themselves and
 * others as their tags ("VERB as a [span]"), crossed with the question word.
 */
function pathFeatures(
  { q, pa, paths }: FeatureContext,
  c: Candidate,
  left: number,
  right: number,
  set: Emit,
) {
  const { tokens } = pa.tagged;
  // Each path's name is made once per paragraph (the spans that start or end at the same token share
  // it): keyed by its two ends, left paths positive, right ones negative.
  const stride = tokens.length + 1;
  if (left >= 0) {
    const key = left * stride + c.start;
    let name = paths.get(key);
    if (name === undefined) {
      // Joined as they are read (no array of labels): "POS label label …".
      let path = 'far';
      if (c.start - left - 1 <= MAX_PATH) {
        path = tokens[left]!.pos;
        for (let i = left + 1; i < c.start; i++) path += ' ' + pathLabel(tokens[i]!);
      }
      paths.set(key, (name = `wh:${q.wh}|lpath:${path}`));
    }
    set(name);
  }
  if (right >= 0) {
    const key = -1 - (c.end * stride + right);
    let name = paths.get(key);
    if (name === undefined) {
      // "label label … POS".
      let path = 'far';
      if (right - c.end <= MAX_PATH) {
        path = '';
        for (let i = c.end; i < right; i++) path += pathLabel(tokens[i]!) + ' ';
        path += tokens[right]!.pos;
      }
      paths.set(key, (name = `wh:${q.wh}|rpath:${path}`));
    }
    set(name);
  }
}

/** The question's weight (and bigrams) found in windows left and right of the span, in its sentence. */
function windowFeatures({ q, pa, tokenMatch, names }: FeatureContext, c: Candidate, set: Emit) {
  const sentence = pa.sentences[c.sentence] ?? { start: 0, end: pa.tokenTerms.length };
  for (let w = 0; w < WINDOW_NAMES.length; w++) {
    const window = WINDOW_NAMES[w]!;
    const k = window.k;
    let left = 0;
    let right = 0;
    let bigrams = 0;
    for (let i = Math.max(sentence.start, c.start - k); i < c.start; i++) {
      left += tokenMatch.weight[i]!;
      bigrams += tokenMatch.bigram[i]!;
    }
    for (let i = c.end; i < Math.min(sentence.end, c.end + k); i++) {
      right += tokenMatch.weight[i]!;
      bigrams += tokenMatch.bigram[i]!;
    }
    set(window.left, Math.min(1, left / q.total));
    set(window.right, Math.min(1, right / q.total));
    set(names.crossed(window.left), Math.min(1, left / q.total));
    set(names.crossed(window.right), Math.min(1, right / q.total));
    if (bigrams > 0) set(window.bigrams, Math.min(bigrams, 3) / 3);
  }
}

/** The question's words around its gap found around the span, on the same sides, within 3 tokens. */
function gapFeatures(q: QuestionView, names: FeatureNames, pa: ParagraphAnalysis, c: Candidate, set: Emit) {
  const terms = pa.tokenTerms;
  const { before, after, last } = q.gap;
  if (before && holds(terms, c.start - 3, c.start, before)) set(names.crossed('gap-before-matches'));
  if (after && holds(terms, c.end, c.end + 3, after)) set(names.crossed('gap-after-matches'));
  if (last && holds(terms, c.start - 3, c.start, last)) set(names.crossed('question-end-before'));
  if (after && holds(terms, c.start - 3, c.start, after)) set(names.crossed('gap-after-before'));
}

/**
 * `terms.slice(max(0, from), to).includes(term)` without the slice (a new array per candidate and
 * feature was a share of what answering allocated).
 */
function holds(terms: readonly (string | null)[], from: number, to: number, term: string): boolean {
  const end = Math.min(to, terms.length);
  for (let i = Math.max(0, from); i < end; i++) if (terms[i] === term) return true;
  return false;
}

/** A path's word: a function word as itself, any other as its tag. */
const pathLabel = (token: Token): string => (CLOSED_CLASS.has(token.pos) ? token.lower : token.pos);

/** Tags of function words: few and shared by every story, so their words can be features. */
const CLOSED_CLASS = new Set(['ADP', 'AUX', 'CCONJ', 'DET', 'PART', 'SCONJ', 'PRON', 'PUNCT']);

/** A quotation mark that opens or closes a quote (module constants: a literal is a new pattern object per candidate). */
const OPENING_QUOTE = /^["“‘']$/u;
const CLOSING_QUOTE = /^["”’']$/u;

/** The words around the span: question words, the asked-for noun, verbs, prepositions, quotes. */
function neighbourFeatures({ q, names, pa, ruleText }: FeatureContext, c: Candidate, set: Emit) {
  const { tokens } = pa.tagged;
  const noun = q.whNoun;
  if (noun) {
    if (holds(pa.tokenTerms, c.start, c.end, noun)) set('span-has-wh-noun');
    if (pa.tokenTerms[c.end] === noun) set('wh-noun-after-span');
    else if (holds(pa.tokenTerms, c.end, c.end + 4, noun)) set('wh-noun-near-after');
    if (holds(pa.tokenTerms, c.start - 4, c.start, noun)) set('wh-noun-near-before');
  }
  const prev = c.start > 0 ? pa.tokenTerms[c.start - 1] : null;
  const next = c.end < tokens.length ? pa.tokenTerms[c.end] : null;
  if (prev && q.terms.has(prev)) set('prev-in-question');
  if (next && q.terms.has(next)) set('next-in-question');
  if (tokens[c.end]?.pos === 'VERB' || tokens[c.end]?.pos === 'AUX') {
    set(names.crossed('next-verb'));
    set(names.formed('next-verb'));
  }
  if (tokens[c.start - 1]?.pos === 'VERB') {
    set(names.crossed('prev-verb'));
    set(names.formed('prev-verb'));
  }
  const before1 = tokens[c.start - 1];
  if (before1 && CLOSED_CLASS.has(before1.pos)) set(names.crossed(names.join('prev-word:', before1.lower)));
  const after1 = tokens[c.end];
  if (after1 && CLOSED_CLASS.has(after1.pos)) set(names.crossed(names.join('next-word:', after1.lower)));
  const before = tokens[c.start - 1]?.text ?? '';
  const after = tokens[c.end]?.text ?? '';
  if (OPENING_QUOTE.test(before) && CLOSING_QUOTE.test(after)) set('quoted');
  if (before === '(' && after === ')') set('parenthesised');
  if (after === '(') set('before-parenthesis');
  if (before === ',' && (after === ',' || after === '.')) set(names.crossed('between-commas'));
  gapFeatures(q, names, pa, c, set);
  if (ruleText) {
    const text = c.text.toLowerCase();
    if (text === ruleText) set('rule-exact');
    else if (ruleText.includes(text) || text.includes(ruleText)) set('rule-overlap');
  }
}
