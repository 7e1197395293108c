/**
 * The question in the paragraph's own short forms: "When did the International Rowing Union close two
 * courses?" read over "Last year an IRU inspection team closed two courses in June" as "When did the
 * IRU close two courses?", because the story itself defines IRU as "International Rowing Union"; and
 * an acronym the question writes read as its long form over a paragraph that writes only that. The
 * model compares the question's words with the paragraph's token by token; a paragraph that names
 * the same body by the story's acronym looked like one that lacks it. Only the story's own
 * definitions (knowledge/definitions.ts), so a paragraph's verdict stays its own
 * (test/qa/state.test.ts).
 */
import type { Definition } from '../knowledge/definitions.ts';
import { derivedOf } from './derived.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** `words` as a whole-word pattern, spaces as any run of white space. */
const wordsPattern = (words: string, flags: string) =>
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${escape(words).replace(/ /gu, String.raw`\s+`)}(?![\p{L}\p{N}])`,
    flags,
  );

/**
 * An acronym's patterns, made once per definition (a story's definitions live as long as its
 * knowledge base, and so do these): the acronym as a whole word, and the long form's tails of two
 * words or more, longest first ("U.N. Security Council", "Security Council"). Made again for every
 * paragraph judged, they were compiled some twenty times a question.
 */
const acronymPatterns = derivedOf((d: Definition) => {
  const words = d.meaning.split(/\s+/u);
  const tails: RegExp[] = [];
  for (let from = 0; from <= words.length - 2; from++)
    tails.push(wordsPattern(words.slice(from).join(' '), 'iu'));
  return { acronym: wordsPattern(d.term, 'u'), tails };
});

/**
 * The shortest tail of a long form that the question writes, of two words or more ("Security
 * Council" of "U.N. Security Council"), with whatever of the long form's head it writes before it.
 */
function longFormIn(question: string, tails: readonly RegExp[]): RegExpExecArray | null {
  for (const tail of tails) {
    const found = tail.exec(question);
    if (found) return found;
  }
  return null;
}

/**
 * The question with each of the story's acronyms in the form `paragraph` writes it: the long form's
 * words replaced by the acronym where the paragraph writes only the acronym, the acronym by its long
 * form where the paragraph writes only that. The same string when nothing changes.
 */
export function inParagraphForms(
  question: string,
  definitions: readonly Definition[],
  paragraph: string,
): string {
  let text = question;
  for (const d of definitions) {
    if (d.kind !== 'acronym' || d.meaning.split(/\s+/u).length < 2) continue;
    const { acronym, tails } = acronymPatterns(d);
    const acronymWritten = acronym.test(paragraph);
    const longWritten = longFormIn(paragraph, tails) !== null;
    if (acronymWritten === longWritten) continue;
    const long = longFormIn(text, tails);
    if (acronymWritten && long)
      text = text.slice(0, long.index) + d.term + text.slice(long.index + long[0].length);
    else if (longWritten) text = text.replace(acronym, d.meaning);
  }
  return text;
}
