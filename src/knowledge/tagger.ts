/**
 * Part-of-speech tags and simple entities (dates, figures, money) for a paragraph, from wink-nlp
 * with its lite English model (chosen by the figures in docs/answer-engine.md: candidate recall,
 * load time, size). The model is read once, on first use; it holds no state that changes answers.
 */
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';

/** One token of a paragraph with its character span and universal POS tag (NOUN, PROPN, VERB …). */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
}

/** A span of tokens [start, end) that wink-nlp recognised as a DATE, CARDINAL, MONEY, PERCENT … */
export interface TaggedEntity {
  start: number;
  end: number;
  type: string;
}

export interface TaggedText {
  tokens: Token[];
  entities: TaggedEntity[];
}

/**
 * The longest run of non-space characters handed to wink-nlp whole. Its e-mail pattern is
 * quadratic in a run's length: a 4,000-character run of `*_` took 378 ms to tag, so a 1 MB story
 * of it took 38 s to index (and 5 MB would take minutes). A longer run is broken by a space every
 * MAX_TAGGED_RUN characters, keeping the text's length and offsets. The longest word in the SQuAD
 * dev articles is 30 characters, in our stories 48 (a URL): no real text is touched.
 */
const MAX_TAGGED_RUN = 200;
const LONG_RUN = new RegExp(`\\S{${MAX_TAGGED_RUN + 1},}`, 'g');

/** `text` with every run of non-space characters longer than MAX_TAGGED_RUN broken by spaces; same length. */
export function breakLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_TAGGED_RUN + 1) {
      out += run.slice(i, i + MAX_TAGGED_RUN);
      if (i + MAX_TAGGED_RUN < run.length) out += ' ';
    }
    return out;
  });
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Loads wink-nlp and its model on first use (0.2 s), so a process that never tags pays nothing. */
function load(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const wink = require('wink-nlp') as typeof winkNLP;
    nlp = wink(require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0], ['pos', 'ner']);
  }
  return nlp;
}

/** Tags a text: tokens with character spans and POS, and wink's entities as token spans. */
export function tagText(original: string): TaggedText {
  const wink = load();
  const its = wink.its;
  // Offsets are the same in both: only characters of overlong runs became spaces.
  const text = breakLongRuns(original);
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, at);
    const start = found >= 0 && found - at < 40 ? found : at;
    const end = found >= 0 && found - at < 40 ? found + value.length : at;
    at = end;
    tokens.push({ text: value, lower: value.toLowerCase(), start, end, pos: tags[i] ?? 'X' });
  });
  const entities: TaggedEntity[] = [];
  doc.entities().each((e: { out: (f: unknown) => unknown }) => {
    const [s, t] = e.out(its.span) as [number, number];
    entities.push({ start: s, end: t + 1, type: e.out(its.type) as string });
  });
  return { tokens, entities };
}
