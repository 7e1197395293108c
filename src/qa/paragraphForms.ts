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

/** An acronym's patterns (acronymPatterns). */
interface AcronymPatterns {
  /** The acronym as a whole word, case and all. */
  acronym: RegExp;
  /** Its first piece (up to a space) as written: no text without it can match `acronym`. */
  acronymPiece: string;
  /** The long form's tails of two words or more, longest first ("U.N. Security Council", "Security Council"). */
  tails: RegExp[];
  /** The long form's last word, any case: the end of every tail, so no text without it can match one. */
  lastWord: RegExp;
}

/**
 * An acronym's patterns, made once per definition (a story's definitions live as long as its
 * knowledge base, and so do these). A whole-word pattern that ignores case costs V8 some 5 ms to
 * compile (the case closure of its letter classes) and is compiled when first run: a question
 * that reads a story with nine acronyms spent 50–110 ms on it at 100k paragraphs. So each is run
 * only on a text that holds its literal part (`acronymPiece`, `lastWord`, both cheap to compile),
 * which every text it matches does.
 */
const acronymPatterns = derivedOf((d: Definition): AcronymPatterns => {
  const words = d.meaning.split(/\s+/u);
  const tails: RegExp[] = [];
  for (let from = 0; from <= words.length - 2; from++)
    tails.push(wordsPattern(words.slice(from).join(' '), 'iu'));
  return {
    acronym: wordsPattern(d.term, 'u'),
    acronymPiece: d.term.split(' ')[0]!,
    tails,
    lastWord: new RegExp(escape(words.at(-1)!), 'iu'),
  };
});

/** Whether `text` writes the acronym as a whole word. */
const acronymIn = (text: string, p: AcronymPatterns) => text.includes(p.acronymPiece) && p.acronym.test(text);

/**
 * The shortest tail of a long form that the question writes, of two words or more ("Security
 * Council" of "U.N. Security Council"), with whatever of the long form's head it writes before it.
 */
function longFormIn(question: string, p: AcronymPatterns): RegExpExecArray | null {
  if (!p.lastWord.test(question)) return null;
  for (const tail of p.tails) {
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
    const patterns = acronymPatterns(d);
    const acronymWritten = acronymIn(paragraph, patterns);
    const longWritten = longFormIn(paragraph, patterns) !== null;
    if (acronymWritten === longWritten) continue;
    const long = longFormIn(text, patterns);
    if (acronymWritten && long)
      text = text.slice(0, long.index) + d.term + text.slice(long.index + long[0].length);
    else if (longWritten && text.includes(patterns.acronymPiece))
      text = text.replace(patterns.acronym, d.meaning);
  }
  return text;
}
