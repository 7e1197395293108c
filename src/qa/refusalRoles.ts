/**
 * Trick cues for two of SQuAD 2.0's kinds: a fact the text leaves open (the span's sentence, or its
 * paragraph, says something was not said, disclosed, decided or known) and a swapped subject (the
 * question's subject, "the governor" in "What did the governor say?", is nowhere in the paragraph,
 * or only in another sentence than the span's). Cross-validated with the other refusal features
 * (quickRefusal.ts, refusal models trained at rate 0.2 and refitted per fold over the committed
 * ranker; AUC hand-written tricks vs real SQuAD questions / news tricks vs news questions): with
 * them 0.692 / 0.717; without the subject cues 0.688 / 0.722, without the left-open cues 0.684 /
 * 0.721 (differences within noise; kept for the held-out kinds they describe). Cues tried
 * and left out (no gain: 0.685 / 0.721 with them): where the span stands against the question's
 * verb (before it, after its "by"), a span that modifies a question noun (ruleTricks.ts checks
 * both by rule), a missing small word that turns the meaning ("out", "before", "only").
 */
import { normalizeTerm, tokenize } from '../search/terms.ts';
import type { Candidate } from './candidates.ts';
import type { QuestionView } from './features.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';

/** Words that say a fact is not given: not said, not disclosed, not decided, unknown. */
export const LEFT_OPEN =
  /\b(?:(?:did|does|do|would|will|could|can|has|have|had|was|were|is|are)(?:\s+not|n['’]t)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+|been\s+)?(?:say|said|disclose[ds]?|specif(?:y|ied)|reveal(?:ed)?|name[ds]?|identif(?:y|ied)|elaborate|comment(?:ed)?|confirm(?:ed)?|detail(?:ed)?|give|given|provide[ds]?|explain(?:ed)?|decide[ds]?|determine[ds]?|announce[ds]?|release[ds]?|know|known|clear|made public)|declined\s+to|refused\s+to|(?:un(?:disclosed|specified|clear|known|named|identified|decided|determined|confirmed))|not\s+(?:known|clear|yet\s+known|yet\s+clear|been\s+(?:decided|determined|disclosed|announced|released|made public)))\b/iu;

/** Auxiliaries after the question word: "What did the governor say …", "When was the bridge …". */
export const AUXILIARY: ReadonlySet<string> = new Set(
  'do does did is are was were has have had will would can could should may might must'.split(' '),
);
const QUESTION_WORD = /^(?:what|which|who|whom|whose|when|where|why|how)$/iu;

/** The question's subject: the first content term after its auxiliary ("governor"), if any. */
export function subjectTerm(question: string): string | null {
  const words = tokenize(question);
  const wh = words.findIndex((w) => QUESTION_WORD.test(w));
  if (wh < 0) return null;
  const aux = words.findIndex((w, i) => i > wh && i <= wh + 3 && AUXILIARY.has(w.toLowerCase()));
  if (aux < 0) return null;
  for (const w of words.slice(aux + 1, aux + 4)) {
    const term = normalizeTerm(w);
    if (term) return term;
  }
  return null;
}

/** What a trick cue reads: the question, the paragraph's analysis and its best span. */
export interface CueInput {
  q: QuestionView;
  pa: ParagraphAnalysis;
  best: Candidate;
}

/** Where cues go: a feature name and its value (1 when omitted). */
export type Emit = (name: string, value?: number) => void;

/** Adds the left-open and subject cues through `set`. */
export function addRoleCues({ q, pa, best }: CueInput, set: Emit): void {
  const range = pa.sentences[best.sentence]!;
  const sentence = pa.paragraph.sentences[best.sentence]?.text ?? '';
  if (LEFT_OPEN.test(sentence)) set('cue:left-open');
  else if (LEFT_OPEN.test(pa.paragraph.text)) set('cue:left-open-paragraph');
  const subject = subjectTerm(q.text);
  if (subject) {
    const inSentence = pa.tokenTerms.slice(range.start, range.end).includes(subject);
    if (!pa.tokenTerms.includes(subject)) set('cue:subject-absent');
    else if (!inSentence) set('cue:subject-elsewhere');
  }
}
