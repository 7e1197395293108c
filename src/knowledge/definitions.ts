import type { Story } from './types.ts';

/** A term the story defines: an acronym's long form, `X refers to Y`, or an appositive `X, the Y,`. */
export interface Definition {
  storyId: string;
  paragraph: number;
  term: string;
  meaning: string;
  kind: 'acronym' | 'refers-to' | 'appositive';
}

const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'de',
  'des',
  'du',
  'la',
  'et',
  '&',
]);
const ACRONYM = String.raw`[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}`;

// Patterns with a bare `\p{…}` are module constants: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which inside a function made a new pattern object at every call (same matches; none is global or sticky).
const DOTTED_LETTERS = /^(?:\p{L}\.)+$/u;
const CAPITAL_START = /^\p{Lu}/u;
const ARTICLE_BEFORE_CAPITAL = /^(?:the|a|an)\s+(?=\p{Lu})/u;
/** The letters a word gives an acronym: `U.N.` gives UN, `Indo-Pacific` gives IP, `Security` gives S. */
function initials(word: string): string[] {
  if (DOTTED_LETTERS.test(word)) return [word.replace(/\./g, '')];
  const parts = word.split(/[-‐]/).filter(Boolean);
  const options = [word[0] ?? ''];
  if (parts.length > 1) options.push(parts.map((p) => p[0]).join(''));
  return options;
}

/** Whether `words` spell `acronym` by their initials (small words may be skipped). */
function spells(words: string[], acronym: string): boolean {
  const target = acronym.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const match = (i: number, pos: number): boolean => {
    if (i === words.length) return pos === target.length;
    const word = words[i]!;
    if (SMALL_WORDS.has(word.toLowerCase()) && match(i + 1, pos)) return true;
    return initials(word).some((ini) => {
      const lower = ini.toLowerCase();
      return target.startsWith(lower, pos) && match(i + 1, pos + lower.length);
    });
  };
  return match(0, 0);
}

/** The long form before `(ACR)`: the shortest run of preceding words whose initials spell it. */
function longFormBefore(textBefore: string, acronym: string): string | undefined {
  const words = textBefore.trimEnd().split(/\s+/).slice(-12);
  for (let n = 1; n <= words.length; n++) {
    const run = words.slice(-n).map((w) => w.replace(/^[“"‘(]+|[,;:”"]+$|(?<!s)’$/gu, ''));
    if (SMALL_WORDS.has(run[0]!.toLowerCase())) continue;
    if (spells(run, acronym)) return run.join(' ').replace(/[’']s$/u, '');
  }
  // A name translated from another language keeps its own order ("Civil Protection Department (DPC)"):
  // the capitalized words just before, with the acronym's letters as their initials in any order.
  const capitalized: string[] = [];
  for (const word of [...words].reverse()) {
    const clean = word.replace(/^[“"‘(]+|[,;:”"]+$|(?<!s)’$/gu, '');
    if (CAPITAL_START.test(clean)) capitalized.unshift(clean);
    else if (!SMALL_WORDS.has(clean.toLowerCase()) || capitalized.length === 0) break;
  }
  const letters = (w: string[]) =>
    w
      .filter((x) => !SMALL_WORDS.has(x.toLowerCase()))
      .map((x) => x[0]!.toLowerCase())
      .sort()
      .join('');
  const target = acronym
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase()
    .split('')
    .sort()
    .join('');
  for (let n = 2; n <= capitalized.length; n++) {
    const run = capitalized.slice(-n);
    if (letters(run) === target) return run.join(' ');
  }
  return undefined;
}

const cleanMeaning = (text: string) =>
  text
    .trim()
    .replace(ARTICLE_BEFORE_CAPITAL, '')
    .replace(/[\s,;:]+$/u, '')
    .replace(/[.]$/u, '');

/** `Long Form (ACR)` and `ACR (Long Form)` (`matchAll` copies a pattern, so one is shared by every call). */
const ACRONYM_AFTER = new RegExp(String.raw`\((${ACRONYM})\)`, 'gu');
const ACRONYM_BEFORE = new RegExp(String.raw`\b(${ACRONYM})\s+\(([^()]{3,120})\)`, 'gu');
/** What the "X refers to Y" patterns below cannot match without (a quick test before them). */
const DEFINING_VERB =
  /(?:refers? to|stands? for|means|is short for|is an abbreviation for|is an acronym for|is shorthand for)\s/u;
/** What the appositive pattern below cannot match without. */
const APPOSITIVE_START = /,\s+(?:the|a|an)\s/u;

/** `Long Form (ACR)` and `ACR (Long Form)` in one paragraph's text, in that order. */
function addAcronyms(text: string, paragraph: number, add: (d: Omit<Definition, 'storyId'>) => void): void {
  for (const m of text.matchAll(ACRONYM_AFTER)) {
    const acronym = m[1]!.replace(/\.$/, '');
    const longForm = longFormBefore(text.slice(0, m.index), acronym);
    if (longForm) add({ paragraph, term: acronym, meaning: longForm, kind: 'acronym' });
  }
  for (const m of text.matchAll(ACRONYM_BEFORE)) {
    const words = m[2]!.split(/\s+/);
    if (spells(words, m[1]!)) add({ paragraph, term: m[1]!, meaning: m[2]!, kind: 'acronym' });
  }
}

/**
 * Finds what a story defines: `European Space Agency (ESA)`, `ESA (European Space Agency)`, `X refers to Y`, `X stands for Y`, `X means Y`, `X is short for Y`, and
 * appositives `Acme, the country’s largest carmaker,`.
 */
export function extractDefinitions(story: Story): Definition[] {
  const found: Definition[] = [];
  const seen = new Set<string>();
  const add = (d: Omit<Definition, 'storyId'>) => {
    const key = `${d.term.toLowerCase()}|${d.kind}`;
    if (seen.has(key) || !d.meaning || d.meaning.toLowerCase() === d.term.toLowerCase()) return;
    seen.add(key);
    found.push({ storyId: story.id, ...d });
  };
  for (const paragraph of story.paragraphs) {
    const text = paragraph.text;
    // Both acronym patterns need a bracket: most paragraphs have none and skip them (the two scans
    // of every paragraph were ~3 % of deriving facts at 100k paragraphs, CPU profile).
    if (text.includes('(')) addAcronyms(text, paragraph.number, add);
    for (const sentence of paragraph.sentences) {
      const s = sentence.text;
      // X refers to / stands for / means / is short for Y
      // "Safe mode refers to …" (a sentence that opens with the term, in any case), or "… X stands for Y".
      // (Both patterns need one of those verbs: most sentences have none and skip them.)
      const opening = !DEFINING_VERB.test(s)
        ? null
        : /^(?:the\s+)?(?:term\s+|word\s+)?([\p{L}\p{N}][\p{L}\p{N}’'.&-]*(?:\s+[\p{L}\p{N}’'.&-]+){0,3}),?\s+(?:refers to|stands for|is short for|is an abbreviation for|is an acronym for|is shorthand for)\s+(.+)$/u.exec(
            s,
          );
      const refers =
        opening ??
        (!DEFINING_VERB.test(s)
          ? null
          : /(?:^|[“"‘(\s])((?:the\s+)?(?:term\s+|word\s+|acronym\s+|abbreviation\s+)?[“"‘]?[\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&-]*){0,4}[”"’]?),?\s+(?:which\s+)?(?:refers to|refer to|stands for|stand for|means|is short for|is an abbreviation for|is an acronym for|is shorthand for)\s+(.+)$/u.exec(
              s,
            ));
      if (refers) {
        const term = refers[1]!
          .replace(/^(?:the\s+)?(?:term|word|acronym|abbreviation)\s+/i, '')
          .replace(/^the\s+/i, '')
          .replace(/[“”"‘’]/g, '')
          .trim();
        const meaning = cleanMeaning(
          refers[2]!.replace(/,\s*(?:a|an|the)\s+[^,]*$/u, (tail) => (refers[2]!.length > 140 ? '' : tail)),
        );
        add({ paragraph: paragraph.number, term, meaning, kind: 'refers-to' });
      }
      // Name, the/a description,  (an appositive after a capitalized name)
      if (!APPOSITIVE_START.test(s)) continue;
      for (const m of s.matchAll(
        /(?:^|[\s(“"])((?:[\p{Lu}][\p{L}\p{N}&.’'-]*)(?:\s+(?:of|the|and|for|[\p{Lu}][\p{L}\p{N}&.’'-]*))*),\s+((?:the|a|an)\s+[^,;:()“”"]{3,100}?),/gu,
      )) {
        const term = m[1]!.trim();
        if (/^(?:The|A|An|In|On|At|But|And|He|She|It|They|We|This|That|Meanwhile|However)$/u.test(term))
          continue;
        add({ paragraph: paragraph.number, term, meaning: m[2]!.trim(), kind: 'appositive' });
      }
    }
  }
  return found;
}
