/**
 * Cues of a trick question in the sentence the best span comes from (SQuAD 2.0's kinds: a swapped
 * entity or modifier, a changed year, a superlative or a condition the text does not state): how
 * much of the question the sentence lacks, whether a question word was swapped for another word
 * next to a word both share, and the strongest cues crossed with the question word.
 */
import type { Candidate } from './candidates.ts';
import type { Features, QuestionView } from './features.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';
import { addAssertionCues } from './refusalAsserts.ts';
import { addMeaningCues, letterWordsOf, questionWords, sentenceTermSet } from './refusalMeaning.ts';
import { addSubstitutionCues } from './refusalSubstitution.ts';
import { addOrderCues } from './refusalOrder.ts';
import { addRoleCues } from './refusalRoles.ts';

/** Runs of letters (a module constant: tsx compiles a `\p{…}` literal to a new pattern per call; `match` restarts a global one). */
const LETTER_RUNS = /\p{L}+/gu;

/** A question word this rare (background weight, ≈ fewer than 60 per million words) is "heavy". */
const HEAVY_WEIGHT = 9;
/** Tokens either side of the span whose question words count as "near" it. */
const NEAR_SPAN = 6;
/** Modal and conditional words: a question that adds one asks about what the text does not state. */
const MODAL = /\b(?:would|could|might|should|if|will|shall)\b/iu;
const SUPERLATIVE = /^(?:\p{L}{2,}est|most|least|first|last|only)$/u;
const YEAR = /\b(?:1\d{3}|20\d{2})\b/gu;
/** The cues crossed with the question word (what a swap means differs for "who" and "when"). */
const CROSSED = [
  'cue:missing-heavy:1',
  'cue:missing-heavy:2',
  'cue:missing-heavy:3',
  'cue:swapped-neighbour',
  'any-missing-name',
  'missing-number',
  'antonym',
  'negation-question-only',
];

interface CueInput {
  q: QuestionView;
  pa: ParagraphAnalysis;
  best: Candidate;
}

/**
 * Adds the trick cues to `f` (the refusal features computed so far, read for the crossings).
 * `inParagraph` is the paragraph's set of terms, which the refusal features have already made.
 */
export function addTrickCues({ q, pa, best }: CueInput, f: Features, inParagraph: ReadonlySet<string>): void {
  const set = (name: string, value = 1) => f.set(name, value);
  const range = pa.sentences[best.sentence]!;
  const inSentence = sentenceTermSet(pa, range);
  missingWords(q, inSentence, inParagraph, set);
  swappedNeighbours(q, pa, range, inSentence, set);
  const sentence = pa.paragraph.sentences[best.sentence]?.text ?? '';
  const sentenceLower = sentence.toLowerCase();
  if (MODAL.test(q.text) && !MODAL.test(sentence)) set('cue:modal-question-only');
  const sentenceWords = letterWordsOf(pa, best.sentence);
  const questionWords = q.text.toLowerCase().match(LETTER_RUNS) ?? [];
  if (questionWords.some((w) => SUPERLATIVE.test(w) && w.length > 4 && !sentenceWords.has(w)))
    set('cue:superlative-missing');
  set('cue:near-weight', nearWeight(q, pa, range, best) / q.total);
  // Names and figures of the question the paragraph holds, but not in the span's sentence.
  const named = [...q.names, ...q.numbers.map((n) => n.toLowerCase())];
  // The paragraph lower-cased only when the question has a name or figure to look for in it.
  const text = named.length > 0 ? pa.paragraph.text.toLowerCase() : '';
  const elsewhere = named.filter((n) => text.includes(n) && !sentenceLower.includes(n)).length;
  if (elsewhere) set('cue:name-elsewhere', Math.min(elsewhere, 3) / 3);
  const questionYears: string[] = q.text.match(YEAR) ?? [];
  const sentenceYears: string[] = sentence.match(YEAR) ?? [];
  if (questionYears.length && sentenceYears.length && !questionYears.some((y) => sentenceYears.includes(y)))
    set('cue:year-differs');
  addRoleCues({ q, pa, best }, set);
  addMeaningCues({ q, pa, best }, set);
  addOrderCues({ q, pa, best }, set);
  addAssertionCues({ q, pa, best }, set);
  addSubstitutionCues({ q, pa, best }, set);
  for (const name of CROSSED) if (f.has(name)) set(`${q.wh}|${name}`, f.get(name)!);
}

/** The question's weight the sentence lacks: in all, held elsewhere in the paragraph, heavy words. */
function missingWords(
  q: QuestionView,
  inSentence: ReadonlySet<string>,
  inParagraph: ReadonlySet<string>,
  set: (name: string, value?: number) => void,
) {
  let missing = 0;
  let elsewhere = 0;
  let count = 0;
  let heavy = 0;
  for (const [term, w] of q.terms) {
    if (inSentence.has(term)) continue;
    missing += w;
    count++;
    if (w >= HEAVY_WEIGHT) heavy++;
    if (inParagraph.has(term)) elsewhere += w;
  }
  set('cue:missing-weight', missing / q.total);
  set('cue:missing-elsewhere-weight', elsewhere / q.total);
  set(`cue:missing-count:${Math.min(count, 4)}`);
  set(`cue:missing-heavy:${Math.min(heavy, 3)}`);
}

/**
 * A swapped word: of two neighbouring question words, the sentence holds one and, next to it on the
 * same side, another content word instead of the other ("Portuguese explorer" for "Chinese
 * explorer", "1915 Nobel" for "1916 Nobel").
 */
function swappedNeighbours(
  q: QuestionView,
  pa: ParagraphAnalysis,
  range: { start: number; end: number },
  inSentence: ReadonlySet<string>,
  set: (name: string, value?: number) => void,
) {
  const { terms } = questionWords(q);
  let swaps = 0;
  let heaviest = 0;
  for (let i = 0; i + 1 < terms.length; i++) {
    const a = terms[i];
    const b = terms[i + 1];
    if (!a || !b || inSentence.has(a) === inSentence.has(b)) continue;
    const [kept, lost, step] = inSentence.has(a) ? [a, b, 1] : [b, a, -1];
    for (let k = range.start; k < range.end; k++) {
      if (pa.tokenTerms[k] !== kept || k + step < range.start || k + step >= range.end) continue;
      const other = pa.tokenTerms[k + step];
      if (other && other !== lost && !q.terms.has(other)) {
        swaps++;
        heaviest = Math.max(heaviest, q.terms.get(lost) ?? 0);
        break;
      }
    }
  }
  if (swaps) set('cue:swapped-neighbour', Math.min(swaps, 3) / 3);
  set('cue:swapped-weight', heaviest / 12);
}

/** The question's weight within NEAR_SPAN tokens of the span (each word once). */
function nearWeight(
  q: QuestionView,
  pa: ParagraphAnalysis,
  range: { start: number; end: number },
  best: Candidate,
): number {
  let near = 0;
  const seen = new Set<string>();
  for (
    let k = Math.max(range.start, best.start - NEAR_SPAN);
    k < Math.min(range.end, best.end + NEAR_SPAN);
    k++
  ) {
    const t = pa.tokenTerms[k];
    if (t && q.terms.has(t) && !seen.has(t)) {
      seen.add(t);
      near += q.terms.get(t)!;
    }
  }
  return near;
}
