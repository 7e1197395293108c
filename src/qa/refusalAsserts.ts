/**
 * Trick cues from what the question asserts against what the span's sentence says: an opposite
 * (WordNet's antonyms, or the same word with a negating prefix: "paid" / "unpaid"), a negation the
 * sentence puts on a word the question uses plainly ("does not refuse" → "What does it refuse?"),
 * and an answer type the sentence holds nowhere (a "when" over a sentence with no date).
 * Cross-validated (scripts/train/quickRefusal.ts, both refusal models refitted per fold over the
 * committed ranker; AUC of the answer's confidence, hand-written tricks vs real SQuAD questions /
 * news tricks vs news questions): before 0.699 / 0.720 (the trick detector alone 0.738 / 0.751),
 * with these 0.710 / 0.722 (0.745 / 0.757; antonym tricks 0.632 → 0.663); without the opposites
 * 0.699 / 0.721, without the negation cues 0.709 / 0.721 (news questions refused when 85 % of the
 * news tricks are: 55.1 % without, 54.2 % with), without the answer type 0.710 / 0.723. Tried and
 * left out: a swapped role (the question's doer only after the sentence's verb, the thing done only
 * before it; 0.711 / 0.718).
 */
import { derivedOf } from './derived.ts';
import { tokenize } from '../search/terms.ts';
import { addWordTerms, antonymTerms, hasWordTerm, wordTerms } from './antonyms.ts';
import type { QuestionView } from './features.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';
import type { Token } from '../knowledge/tagger.ts';
import type { CueInput, Emit } from './refusalRoles.ts';

/** Prefixes that turn a word into its opposite ("unpaid", "illegal", "disagree", "non-member"). */
const NEGATING_PREFIX = /^(?:un|in|im|il|ir|dis|non-?)(\p{L}{4,})$/u;
/** Negation words whose scope is the next few tokens. */
const NEGATOR = /^(?:not|never|no|n't|nor|neither|without|cannot)$/u;
/** Tokens after a negator that it still covers ("did not formally refuse"). */
const NEGATION_SCOPE = 4;
/** A question word the opposites are looked up for (a module constant: see antonyms.ts). */
const ASSERTED_WORD = /^\p{L}{3,}$/u;
// Read per token of a sentence: module constants (a literal in a function is a new object per call).
const TIME_ENTITY = /DATE|TIME/u;
const AMOUNT_ENTITY = /CARDINAL|PERCENT|MONEY/u;
const YEAR = /^(?:1\d{3}|20\d{2})$/u;
const YEARS = /^(?:1\d{3}|20\d{2})s?$/u;

/** Which entity types or tags answer a question word: the sentence should hold one. */
const WANTS: Partial<Record<QuestionView['wh'], (pa: ParagraphAnalysis, i: number) => boolean>> = {
  when: (pa, i) => isIn(pa, i, TIME_ENTITY) || YEAR.test(pa.tagged.tokens[i]!.text),
  'what-year': (pa, i) => YEARS.test(pa.tagged.tokens[i]!.text),
  'how-many': (pa, i) => pa.tagged.tokens[i]!.pos === 'NUM' || isIn(pa, i, AMOUNT_ENTITY),
  'how-much': (pa, i) => pa.tagged.tokens[i]!.pos === 'NUM' || isIn(pa, i, AMOUNT_ENTITY),
  'what-number': (pa, i) => pa.tagged.tokens[i]!.pos === 'NUM',
  who: (pa, i) => pa.tagged.tokens[i]!.pos === 'PROPN' || pa.tagged.tokens[i]!.pos === 'NOUN',
  where: (pa, i) => pa.tagged.tokens[i]!.pos === 'PROPN' || pa.tagged.tokens[i]!.pos === 'NOUN',
};

const isIn = (pa: ParagraphAnalysis, i: number, type: RegExp) =>
  pa.tagged.entities.some((e) => e.start <= i && i < e.end && type.test(e.type));

/** Adds the assertion cues through `set`. */
export function addAssertionCues({ q, pa, best }: CueInput, set: Emit): void {
  const range = pa.sentences[best.sentence]!;
  opposites(q, pa, range, set);
  scopedNegation(q, pa, range, set);
  answerTypeAbsent(q, pa, range, set);
}

/** A question word as the opposite cues read it, worked out once per question (`questionView`). */
export interface AssertedWord {
  lower: string;
  /** `wordTerms(lower)`. */
  terms: string[];
  /** `antonymTerms(lower)`. */
  opposite: string[];
  /** The word without a negating prefix ("paid" for "unpaid"), if it has one. */
  bare: string | undefined;
}

/** The words of a question the opposite cues look at (three letters or more), each looked up once. */
export function assertedWords(text: string): AssertedWord[] {
  const words: AssertedWord[] = [];
  for (const word of tokenize(text)) {
    const lower = word.toLowerCase();
    if (!ASSERTED_WORD.test(lower)) continue;
    const bare = NEGATING_PREFIX.exec(lower)?.[1];
    words.push({ lower, terms: wordTerms(lower), opposite: [...antonymTerms(lower)], bare });
  }
  return words;
}

/**
 * A question word the sentence lacks whose opposite it holds (or the paragraph does). The question's
 * side is looked up once (`q.asserted`); the paragraph is read only for the opposites the sentence
 * lacks, and stops at the first it holds.
 */
function opposites(q: QuestionView, pa: ParagraphAnalysis, range: { start: number; end: number }, set: Emit) {
  // No question word to find an opposite of: no cue, and the sentence's words need not be gathered.
  if (q.asserted.length === 0) return;
  const tokens = pa.tagged.tokens;
  const { inSentence, sentenceWords } = sentenceWordsOf(tokens, range);
  // The sentence's words without a negating prefix, gathered only when a question word needs them.
  let bares: Set<string> | undefined;
  const sentenceBares = () => {
    if (!bares) {
      bares = new Set();
      for (const s of sentenceWords) {
        const bare = NEGATING_PREFIX.exec(s)?.[1];
        if (bare !== undefined) bares.add(bare);
      }
    }
    return bares;
  };
  let sentence = false;
  let prefixed = false;
  let elsewhere: Set<string> | undefined;
  for (const word of q.asserted) {
    if (word.terms.some((t) => inSentence.has(t))) continue;
    if (word.opposite.some((t) => inSentence.has(t))) sentence = true;
    else for (const t of word.opposite) (elsewhere ??= new Set()).add(t);
    if ((word.bare && sentenceWords.has(word.bare)) || sentenceBares().has(word.lower)) prefixed = true;
  }
  // A missing word without opposites leaves `elsewhere` empty: no paragraph word can be one of them.
  const paragraph =
    elsewhere !== undefined && elsewhere.size > 0 && tokens.some((t) => hasWordTerm(t.lower, elsewhere!));
  if (sentence) set('cue:opposite-in-sentence');
  if (paragraph) set('cue:opposite-in-paragraph');
  if (prefixed) set('cue:prefix-opposite');
}

/** A sentence's word terms (`addWordTerms` of each token) and its lower-case words. */
interface SentenceWords {
  inSentence: Set<string>;
  sentenceWords: Set<string>;
}

/**
 * Each sentence's `SentenceWords`, worked out once per tagged paragraph (by its tokens and the
 * sentence's range) rather than once per question judged: a small knowledge base's paragraphs are
 * judged again by nearly every question. Weakly held: they go with the paragraph's analysis.
 */
const wordsBySentence = derivedOf<readonly Token[], Map<string, SentenceWords>>(() => new Map());

function sentenceWordsOf(tokens: readonly Token[], range: { start: number; end: number }): SentenceWords {
  const byRange = wordsBySentence(tokens);
  const key = `${range.start}:${range.end}`;
  let words = byRange.get(key);
  if (!words) {
    words = { inSentence: new Set<string>(), sentenceWords: new Set<string>() };
    for (let i = range.start; i < range.end; i++) {
      const lower = tokens[i]!.lower;
      addWordTerms(lower, words.inSentence);
      words.sentenceWords.add(lower);
    }
    byRange.set(key, words);
  }
  return words;
}

/** The sentence negates a word the question uses plainly (or the question negates one the sentence states). */
function scopedNegation(
  q: QuestionView,
  pa: ParagraphAnalysis,
  range: { start: number; end: number },
  set: Emit,
) {
  let negatedShared = 0;
  for (let i = range.start; i < range.end; i++) {
    if (!NEGATOR.test(pa.tagged.tokens[i]!.lower)) continue;
    for (let k = i + 1; k < Math.min(range.end, i + 1 + NEGATION_SCOPE); k++) {
      const term = pa.tokenTerms[k];
      if (term && q.terms.has(term)) {
        negatedShared++;
        break;
      }
    }
  }
  if (negatedShared && !q.negated) set('cue:sentence-negates-question-word');
  if (negatedShared && q.negated) set('cue:both-negate-question-word');
  if (q.negated && !negatedShared) set('cue:question-negates-stated-word');
}

/** A question word whose answer type the sentence holds nowhere outside the question's own words. */
function answerTypeAbsent(
  q: QuestionView,
  pa: ParagraphAnalysis,
  range: { start: number; end: number },
  set: Emit,
) {
  const wants = WANTS[q.wh];
  if (!wants) return;
  for (let i = range.start; i < range.end; i++) {
    const term = pa.tokenTerms[i];
    if (term && q.terms.has(term)) continue;
    if (wants(pa, i)) return;
  }
  set('cue:answer-type-absent');
  set(`cue:answer-type-absent|${q.wh}`);
}
