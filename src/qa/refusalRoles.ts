/**
 * Trick cues from the roles in the question and the span's sentence (SQuAD 2.0's "fact left open"
 * and "swapped entity"): does the sentence leave the asked-for fact open ("did not say how many"),
 * is the question's subject ("the governor" in "What did the governor say?") in the paragraph at
 * all, and does the span stand where the doer of the question's verb stands (before the verb, or
 * after its "by") or somewhere else ("remarks interpreted into English" for "Who interpreted …?").
 */
import { normalizeTerm, tokenize } from '../search/terms.ts';
import type { Candidate } from './candidates.ts';
import type { QuestionView } from './features.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';

/** Words that say a fact is not given: not said, not disclosed, not decided, unknown. */
export const LEFT_OPEN =
  /\b(?:(?:did|does|do|would|will|could|can|has|have|had|was|were|is|are)(?:\s+not|n['’]t)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+|been\s+)?(?:say|said|disclose[ds]?|specif(?:y|ied)|reveal(?:ed)?|name[ds]?|identif(?:y|ied)|elaborate|comment(?:ed)?|confirm(?:ed)?|detail(?:ed)?|give|given|provide[ds]?|explain(?:ed)?|decide[ds]?|determine[ds]?|announce[ds]?|release[ds]?|know|known|clear|made public)|declined\s+to|refused\s+to|(?:un(?:disclosed|specified|clear|known|named|identified|decided|determined|confirmed))|not\s+(?:known|clear|yet\s+known|yet\s+clear|been\s+(?:decided|determined|disclosed|announced|released|made public)))\b/iu;

/** Auxiliaries after the question word: "What did the governor say …", "When was the bridge …". */
const AUXILIARY = new Set(
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

interface RoleInput {
  q: QuestionView;
  pa: ParagraphAnalysis;
  best: Candidate;
}

/** Adds the role cues to `f`. */
export function addRoleCues({ q, pa, best }: RoleInput, set: (name: string, value?: number) => void): void {
  const range = pa.sentences[best.sentence]!;
  const sentence = pa.paragraph.sentences[best.sentence]?.text ?? '';
  if (LEFT_OPEN.test(sentence)) set('cue:left-open');
  else if (LEFT_OPEN.test(pa.paragraph.text)) set('cue:left-open-paragraph');
  const subject = subjectTerm(q.text);
  if (subject) {
    const inSentence = pa.tokenTerms.slice(range.start, range.end).includes(subject);
    if (!pa.tokenTerms.includes(subject)) set('cue:subject-absent');
    else if (!inSentence) set('cue:subject-elsewhere');
    if (inSentence && termsOfSpan(pa, best).includes(subject)) set('cue:span-is-subject');
  }
  // "Who interpreted …?", "What caused …?": the span is the doer of the verb after the question word.
  const verb = q.form === 'verb' ? q.gap.after : null;
  if (verb) {
    let at = -1;
    for (let k = range.start; k < range.end && at < 0; k++) if (pa.tokenTerms[k] === verb) at = k;
    if (at < 0) set(`cue:doer-verb-absent|${q.wh}`);
    else if (best.end <= at) set(`cue:doer-before-verb|${q.wh}`);
    else if (pa.tagged.tokens.slice(at + 1, best.start).some((t) => t.lower === 'by'))
      set(`cue:doer-after-by|${q.wh}`);
    else if (best.start > at) set(`cue:doer-after-verb|${q.wh}`);
  }
  // The span names the thing the question asks about ("Formula" of "Formula One race" for "Who won
  // the race?"): a question word follows it within its name.
  let k = best.end;
  while (k < range.end && k < best.end + 3 && /^\p{Lu}/u.test(pa.tagged.tokens[k]!.text)) k++;
  const next = pa.tokenTerms[k];
  if (k < range.end && next && q.terms.has(next) && !termsOfSpan(pa, best).some((t) => q.terms.has(t)))
    set(`cue:span-modifies-question-word|${q.wh}`);
}

const termsOfSpan = (pa: ParagraphAnalysis, best: Candidate) =>
  pa.tokenTerms.slice(best.start, best.end).filter((t): t is string => t !== null);
