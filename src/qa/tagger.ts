/**
 * Part-of-speech tags and simple entities (dates, figures, money) for a paragraph, from wink-nlp
 * with its lite English model (chosen by the figures in docs/answer-engine.md: candidate recall,
 * load time, size). The model is read once, on first use; it holds no state that changes answers.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

const load = (): Nlp => (nlp ??= winkNLP(model, ['pos', 'ner']));

/** Tags a text: tokens with character spans and POS, and wink's entities as token spans. */
export function tagText(text: string): TaggedText {
  const wink = load();
  const its = wink.its;
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
