/** The question words the reports split by, in the order they are shown. */
export const QUESTION_WORDS = [
  'what',
  'which',
  'who',
  'when',
  'where',
  'why',
  'how',
  'how many/much',
  'other',
] as const;

export type QuestionWord = (typeof QUESTION_WORDS)[number];

const WH = /\b(how (?:many|much)|what|which|who|whom|whose|when|where|why|how)\b/i;

/**
 * The question's wh-word: the first one anywhere in it ("In what year …" is a what-question),
 * who/whom/whose as one, "how many" and "how much" apart from "how"; `other` when there is none
 * ("Is …", "Name the …").
 */
export function questionWordOf(question: string): QuestionWord {
  const found = WH.exec(question)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  if (!found) return 'other';
  if (found.startsWith('how ')) return 'how many/much';
  if (found === 'whom' || found === 'whose') return 'who';
  return found as QuestionWord;
}
