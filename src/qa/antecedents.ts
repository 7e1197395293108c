/**
 * A sentence that opens with a pronoun for a thing ("Blue-green algae is a bacterium … It cannot
 * survive in fast rivers; rowers catch it by …") names what it is about in the sentence before: the
 * question's words for that thing ("How do rowers catch blue-green algae?") are there, not in the
 * answer's sentence. The model reads such a sentence with the one before it, so its features and
 * refusal cues see the question's subject beside the answer. Not "he" / "she": read with the
 * sentence that names the person, "She never saw a lake die, … X said" made "saw a lake die" an
 * answer to "Who is X's grandmother?" (a news probe's trick). Not "this" / "these", which sum up
 * the sentence before rather than name a thing (SQuAD tricks answered: "These included a renewed
 * attack on …"). Not "The …": such a sentence names its own subject. The paragraph's own sentences only, so a paragraph's verdict stays its own
 * (test/qa/state.test.ts).
 */
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';

/** A pronoun for a thing (or a group) that opens a sentence and stands for something named before it. */
const OPENS_WITH_PRONOUN = /^\W*(?:it|its|they|their)\b/iu;

/**
 * The analysis with each sentence that opens with a pronoun widened to start where the sentence
 * before it starts (token range and text); candidates keep their own sentence. The same object when
 * no sentence opens so (most paragraphs).
 */
export function withAntecedents(pa: ParagraphAnalysis): ParagraphAnalysis {
  const texts = pa.paragraph.sentences;
  const widened = (i: number) => i > 0 && OPENS_WITH_PRONOUN.test(texts[i]?.text ?? '');
  if (!texts.some((_, i) => widened(i))) return pa;
  const sentences = pa.sentences.map((range, i) =>
    widened(i) ? { start: pa.sentences[i - 1]!.start, end: range.end } : range,
  );
  const paragraph = {
    ...pa.paragraph,
    sentences: texts.map((s, i) => (widened(i) ? { ...s, text: `${texts[i - 1]!.text} ${s.text}` } : s)),
  };
  return { ...pa, sentences, paragraph };
}
