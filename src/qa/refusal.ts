/**
 * Features for the refusal model: does the best span of this paragraph really answer, or is the
 * question a trick (a name or figure the text lacks, negation, an antonym, a swapped subject)?
 */
import { derivedOf } from './derived.ts';
import { normalizeTerm } from '../search/terms.ts';
import type { Candidate } from './candidates.ts';
import { answerTypeOf, type Features, type QuestionView, type SentenceMatch } from './features.ts';
import { calibrated, sigmoid, dot, type ModelWeights } from './model.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';
import { addTrickCues } from './refusalCues.ts';
import { letterWordsOf } from './refusalMeaning.ts';
import { RELEVANCE_BANDS } from './tuning.ts';

/** Runs of letters (a module constant: tsx compiles a `\p{…}` literal to a new pattern per call; `match` restarts a global one). */
const LETTER_RUNS = /\p{L}+/gu;

/** Everyday antonyms: a question that says one where the text says the other is a trick. */
const ANTONYM_PAIRS = [
  ['first', 'last'],
  ['largest', 'smallest'],
  ['biggest', 'smallest'],
  ['most', 'least'],
  ['highest', 'lowest'],
  ['increase', 'decrease'],
  ['rise', 'fall'],
  ['win', 'lose'],
  ['won', 'lost'],
  ['before', 'after'],
  ['early', 'late'],
  ['earliest', 'latest'],
  ['north', 'south'],
  ['east', 'west'],
  ['oldest', 'newest'],
  ['old', 'new'],
  ['accept', 'reject'],
  ['accepted', 'rejected'],
  ['allow', 'forbid'],
  ['support', 'oppose'],
  ['begin', 'end'],
  ['start', 'end'],
  ['open', 'close'],
  ['major', 'minor'],
  ['maximum', 'minimum'],
  ['more', 'less'],
  ['strong', 'weak'],
  ['success', 'failure'],
  ['private', 'public'],
  ['inside', 'outside'],
  ['upper', 'lower'],
  ['long', 'short'],
  ['longest', 'shortest'],
  ['best', 'worst'],
  ['above', 'below'],
  ['gain', 'loss'],
  ['youngest', 'oldest'],
  ['younger', 'older'],
  ['approve', 'reject'],
  ['approved', 'rejected'],
  ['for', 'against'],
  ['lost', 'defeated'],
  ['lose', 'defeat'],
  ['left', 'right'],
  ['male', 'female'],
  ['full', 'partial'],
  ['same', 'different'],
  ['cheap', 'expensive'],
  ['rich', 'poor'],
  ['always', 'never'],
  ['increased', 'decreased'],
  ['rose', 'fell'],
  ['entered', 'left'],
  ['arrived', 'departed'],
  ['born', 'died'],
  ['founded', 'dissolved'],
  ['domestic', 'foreign'],
  ['ancient', 'modern'],
  ['minority', 'majority'],
];

/** Counting and ordinal words: like figures, they must match exactly ("fourth" is not "third"). */
const COUNT_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve twenty hundred thousand second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth hundredth once twice'.split(
    ' ',
  ),
);

/** Questions that exclude what the text gives ("besides X, which other …", "which of the two …"). */
const EXCLUDING = /\b(?:besides|other than|apart from|except|aside from|both|which of the two|neither)\b/iu;
const ANTONYMS = new Map<string, string[]>();
for (const [a, b] of ANTONYM_PAIRS) {
  ANTONYMS.set(a!, [...(ANTONYMS.get(a!) ?? []), b!]);
  ANTONYMS.set(b!, [...(ANTONYMS.get(b!) ?? []), a!]);
}

const NEGATION = /\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot)\b|n't\b/iu;

export interface RefusalInput {
  q: QuestionView;
  pa: ParagraphAnalysis;
  matches: readonly SentenceMatch[];
  best: Candidate;
  probability: number;
  margin: number;
  /** The rule extractor answered from this paragraph; and it agrees with the best candidate. */
  ruleAnswered: boolean;
  ruleAgrees: boolean;
}

/** The features of the refusal model for one paragraph's best candidate. */
export function refusalFeatures(x: RefusalInput): Features {
  const { q, pa, matches, best } = x;
  const f: Features = new Map();
  const set = (name: string, value = 1) => f.set(name, value);
  const { text, terms: paragraphTerms } = paragraphWords(pa);
  const sentence = pa.paragraph.sentences[best.sentence]?.text ?? '';
  const sentenceLower = sentence.toLowerCase();
  const m = matches[best.sentence]!;
  set('bias');
  set('probability', x.probability);
  set('margin', x.margin);
  set('log-candidates', Math.log1p(pa.candidates.length) / 5);
  set('sentence-overlap', m.overlap);
  set('sentence-bigrams', Math.min(m.bigrams, 4) / 4);
  // The share of the question the whole paragraph holds, and the heaviest word it lacks.
  let held = 0;
  let heaviestMissing = 0;
  const sentenceTerms = new Set(m.anchors.map((a) => pa.tokenTerms[a.at]));
  let heaviestMissingInSentence = 0;
  for (const [term, w] of q.terms) {
    if (paragraphTerms.has(term)) held += w;
    else heaviestMissing = Math.max(heaviestMissing, w);
    if (!sentenceTerms.has(term)) heaviestMissingInSentence = Math.max(heaviestMissingInSentence, w);
  }
  set('paragraph-overlap', held / q.total);
  set('heaviest-missing', heaviestMissing / q.total);
  set('heaviest-missing-sentence', heaviestMissingInSentence / q.total);
  // Names and figures of the question the paragraph lacks (figures must match exactly).
  const patterns = patternsOf(q);
  const missingNames = patterns.names.filter((name) => !name.test(text)).length;
  set('missing-names', Math.min(missingNames, 3));
  if (missingNames > 0) set('any-missing-name');
  const missingNumbers = patterns.numbers.filter((n) => !n.test(text)).length;
  if (missingNumbers > 0) set('missing-number');
  const missingInSentence = q.names.filter((n) => !sentenceLower.includes(n)).length;
  set('names-missing-in-sentence', Math.min(missingInSentence, 3));
  // Negation on one side only.
  const sentenceNegated = NEGATION.test(sentence);
  if (q.negated && !sentenceNegated) set('negation-question-only');
  if (!q.negated && sentenceNegated) set('negation-sentence-only');
  if (q.negated) set('question-negated');
  // An antonym: the question says "largest" where the text says "smallest".
  const questionWords = q.text.toLowerCase().match(LETTER_RUNS) ?? [];
  const sentenceWords = letterWordsOf(pa, best.sentence);
  if (
    questionWords.some(
      (w) => !sentenceWords.has(w) && (ANTONYMS.get(w) ?? []).some((a) => sentenceWords.has(a)),
    )
  )
    set('antonym');
  // Counting words of the question the sentence lacks; a question that excludes what is given.
  if (questionWords.some((w) => COUNT_WORDS.has(w) && !sentenceWords.has(w))) set('missing-count-word');
  if (EXCLUDING.test(q.text)) set('excluding');
  // Names of the sentence the question does not mention (another actor than the one asked about).
  const otherNames = new Set<string>();
  for (let i = pa.sentences[best.sentence]!.start; i < pa.sentences[best.sentence]!.end; i++) {
    const t = pa.tagged.tokens[i]!;
    if (t.pos === 'PROPN' && (i < best.start || i >= best.end) && !q.terms.has(pa.tokenTerms[i] ?? ''))
      otherNames.add(t.lower);
  }
  set('other-names-in-sentence', Math.min(otherNames.size, 4) / 4);
  set('anchors-in-sentence', Math.min(m.anchors.length, 6) / 6);
  // The answer is a question word (a name the question already gives): a swapped role.
  const bestTerms = pa.tokenTerms.slice(best.start, best.end).filter((t): t is string => t !== null);
  if (bestTerms.length && bestTerms.every((t) => q.terms.has(t))) set('answer-repeats-question');
  set(`wh:${q.wh}`);
  set(`wh:${q.wh}|type:${answerTypeOf(best, pa)}`);
  if (x.ruleAnswered) set('rule-answered');
  if (x.ruleAgrees) set('rule-agrees');
  set('question-length', Math.min(q.terms.size, 12) / 12);
  addTrickCues(x, f, paragraphTerms);
  return byRelevance(f);
}

/** A paragraph's text in lower case and the set of its tokens' terms. */
interface ParagraphWords {
  text: string;
  terms: ReadonlySet<string>;
}

/**
 * Each paragraph's `ParagraphWords`, by its token terms (the analysis' own, or those a question's
 * paraphrases rewrote, paraphrases.ts): made once, not once per question that judges the paragraph
 * (a small knowledge base's paragraphs are judged by nearly every question). Weakly held: they go
 * with the analysis.
 */
const wordsByTerms = derivedOf((terms: readonly (string | null)[], text: string): ParagraphWords => ({
  text: text.toLowerCase(),
  terms: new Set(terms.filter((t): t is string => t !== null)),
}));
const paragraphWords = (pa: ParagraphAnalysis): ParagraphWords =>
  wordsByTerms(pa.tokenTerms, pa.paragraph.text);

/**
 * Every feature again, crossed with how much of the question the span's sentence holds: a missing
 * name means a trick in the sentence the question was written from, and little in a paragraph read
 * by chance. Cross-validated (refit of the refusal models over the committed ranker): AUC tricks vs
 * real questions 0.681 → 0.721, HasAns F1 at 60 % of the tricks refused 30.6 → 30.7, on the news
 * training stories 38.8 → 41.8.
 */
function byRelevance(f: Features): Features {
  const overlap = f.get('sentence-overlap') ?? 0;
  const band = overlap >= RELEVANCE_BANDS[1] ? 2 : overlap >= RELEVANCE_BANDS[0] ? 1 : 0;
  // The features so far, in their order (those added here come after them); no array per entry.
  let left = f.size;
  f.forEach((value, name) => {
    if (left-- > 0) f.set(bandedNames(name)[band], value);
  });
  return f;
}

/**
 * `lo|name`, `mid|name` and `hi|name`, made once per feature name rather than per paragraph judged
 * (~80 names a paragraph, each a new string to hash before its two weights were found). Bounded:
 * the names are the models' few hundred features and a word or two of the question's.
 */
function bandedNames(name: string): readonly [string, string, string] {
  let banded = BANDED.get(name);
  if (!banded) {
    if (BANDED.size >= MAX_BANDED_NAMES) BANDED.clear();
    BANDED.set(name, (banded = [`lo|${name}`, `mid|${name}`, `hi|${name}`]));
  }
  return banded;
}

const BANDED = new Map<string, readonly [string, string, string]>();
const MAX_BANDED_NAMES = 10_000;

/**
 * The confidence that a paragraph's best span answers: the probability that the span is right
 * (the `confidence` model, learned from right and wrong spans) times the probability that the
 * question is a real one (the `answerable` model, learned from real questions against tricks).
 * Weights without an `answerable` model score the span alone. Cross-validated (both models refit
 * over the committed ranker; threshold refusing 60 % of the hand-written and 55 % of the news
 * tricks): SQuAD HasAns F1 23.0 with the span model alone, 31.3 with the product; the detector's
 * probability squared gave 28.9, to the power 1.5 29.1 (news F1 41.3 vs 45.7 / 45.9).
 */
export function refusalConfidence(
  weights: Pick<ModelWeights, 'confidence'> & Partial<Pick<ModelWeights, 'answerable' | 'calibration'>>,
  features: Features,
): number {
  const right = sigmoid(dot(weights.confidence, features));
  if (!weights.answerable) return calibrated(right, weights.calibration);
  return calibrated(right * sigmoid(dot(weights.answerable, features)), weights.calibration);
}

/** A question's names and figures as the patterns the paragraph is searched for, made once per question. */
interface QuestionPatterns {
  names: RegExp[];
  numbers: RegExp[];
}

const patternsOf = derivedOf((q: QuestionView): QuestionPatterns => ({
  names: q.names.map((n) => new RegExp(`\\b${escape(n)}`, 'u')),
  numbers: q.numbers.map((n) => new RegExp(`(?<![\\d.,])${escape(n.toLowerCase())}(?![\\d])`, 'u')),
}));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A question's number written as a term (kept for tests of exact matching). */
export const numberTerm = (n: string) => normalizeTerm(n);
