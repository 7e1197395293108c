/**
 * A trick cue from a swapped word: a question word the span's sentence lacks, next to a question
 * word it holds, where the sentence has another content word on that side ("openly visit" over
 * "secretly visiting", "the Broncos defeat" over "the Panthers defeated"). The cue says what kind of
 * word was lost and what stands instead (a name for a name, a figure for a figure, another word) and
 * how near the two are in meaning (word vectors: a paraphrase, a related word, none): a real question
 * paraphrases, a trick swaps a name for another name or a word for a related one.
 * Cross-validated (scripts/train/quickRefusal.ts, both refusal models refitted per fold over the
 * committed ranker; AUC hand-written tricks vs real SQuAD questions / news tricks vs news questions;
 * SQuAD HasAns F1 at 50 / 60 / 80 % of the tricks refused): without 0.714 / 0.725, 41.8 / 38.6 /
 * 29.8; with 0.716 / 0.722, 42.4 / 39.2 / 29.7. In `npm run train` (cross-validated, AUC; HasAns F1
 * at 50 / 60 / 80 %): 0.713 → 0.717, 38.8 / 35.6 / 26.1 → 39.2 / 36.1 / 26.0 (docs/answer-engine.md,
 * "Telling a right span from a trick's").
 */
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';
import { questionWords, sentenceTermSet } from './refusalMeaning.ts';
import type { CueInput, Emit } from './refusalRoles.ts';
import { VECTOR_RELATED, VECTOR_SYNONYM } from './tuning.ts';
import { similarity } from './wordVectors.ts';

/**
 * A substitution: a question word the sentence lacks, next to a question word it holds, where the
 * sentence has another content word on the same side — by kind (a name for a name, a figure for a
 * figure, another word) and by how near the two are in meaning (a paraphrase, a related word, none).
 */
export function addSubstitutionCues({ q, pa, best }: CueInput, set: Emit): void {
  const range = pa.sentences[best.sentence]!;
  const { words, terms } = questionWords(q);
  const inSentence = sentenceTermSet(pa, range);
  const kinds = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    const lost = terms[i];
    if (!lost || inSentence.has(lost)) continue;
    for (const step of [-1, 1]) {
      const kept = terms[i + step];
      if (!kept || !inSentence.has(kept)) continue;
      const other = replacementOf(pa, range, kept, -step, q);
      if (other === undefined) continue;
      kinds.add(substitutionKind(words[i]!, i, pa, other));
    }
  }
  for (const kind of kinds) set(kind);
  if (kinds.size) set('subst:count', Math.min(kinds.size, 3) / 3);
}

/** The sentence token on side `step` of the kept term's first place, when it is a content word the question lacks. */
function replacementOf(
  pa: ParagraphAnalysis,
  range: { start: number; end: number },
  kept: string,
  step: number,
  q: CueInput['q'],
): number | undefined {
  for (let k = range.start; k < range.end; k++) {
    if (pa.tokenTerms[k] !== kept) continue;
    const j = k + step;
    if (j < range.start || j >= range.end) return undefined;
    const other = pa.tokenTerms[j];
    return other && !q.terms.has(other) ? j : undefined;
  }
  return undefined;
}

const DIGIT = /\d/u;
const KINDS = ['name', 'figure', 'word'] as const;
const CLOSENESS = ['synonym', 'related', 'far', 'unknown'] as const;
type Kind = (typeof KINDS)[number];
type Closeness = (typeof CLOSENESS)[number];
/** `subst:<lost>-<instead>:<closeness>`, made once (not once per paragraph judged). */
const SUBSTITUTION_NAMES = Object.fromEntries(
  KINDS.map((lost) => [
    lost,
    Object.fromEntries(
      KINDS.map((other) => [
        other,
        Object.fromEntries(CLOSENESS.map((c) => [c, `subst:${lost}-${other}:${c}`])),
      ]),
    ),
  ]),
) as Record<Kind, Record<Kind, Record<Closeness, string>>>;
const CAPITAL = /^\p{Lu}/u;

/** "name", "figure" or "word" for what was lost and what stands instead, with their closeness in meaning. */
function substitutionKind(word: string, at: number, pa: ParagraphAnalysis, other: number): string {
  const token = pa.tagged.tokens[other]!;
  const lostKind = DIGIT.test(word) ? 'figure' : at > 0 && CAPITAL.test(word) ? 'name' : 'word';
  const otherKind = DIGIT.test(token.text) ? 'figure' : token.pos === 'PROPN' ? 'name' : 'word';
  const sim = similarity(word, token.lower);
  const closeness =
    sim === null ? 'unknown' : sim >= VECTOR_SYNONYM ? 'synonym' : sim >= VECTOR_RELATED ? 'related' : 'far';
  return SUBSTITUTION_NAMES[lostKind][otherKind][closeness];
}
