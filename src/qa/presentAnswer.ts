/** How a chosen span reads as an answer: a bare figure keeps the noun it counts ("300 jobs"). */
import type { Candidate } from './candidates.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';

/** Nouns a figure may take along (at most this many: "1,200 permanent jobs" keeps "jobs" via the adjective). */
const MAX_UNIT_WORDS = 3;

/** The span's text; a span that is only a figure runs on to the noun after it. */
export function answerText(pa: ParagraphAnalysis, c: Candidate): string {
  const tokens = pa.tagged.tokens;
  const span = tokens.slice(c.start, c.end);
  if (
    !span.length ||
    !span.every(
      (t) =>
        t.pos === 'NUM' || /^(?:about|some|nearly|almost|over|at|least|more|than|around)$/iu.test(t.lower),
    )
  )
    return c.text;
  let end = c.end;
  const unitWord = (i: number) =>
    /^(?:ADJ|NOUN|PROPN)$/u.test(tokens[i]!.pos) ||
    (tokens[i]!.text === '-' && tokens[i - 1]!.end === tokens[i]!.start);
  let words = 0;
  while (end < tokens.length && words < MAX_UNIT_WORDS && unitWord(end)) {
    if (tokens[end]!.text !== '-') words++;
    end++;
  }
  while (end > c.end && tokens[end - 1]!.pos !== 'NOUN') end--;
  return end > c.end ? pa.paragraph.text.slice(c.charStart, tokens[end - 1]!.end) : c.text;
}
