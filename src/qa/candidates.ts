/**
 * Short-answer candidates of a tagged paragraph: noun phrases, names, figures with their unit,
 * dates, prepositional phrases, and short clauses (for why / how). The ranker picks among them.
 */
import type { TaggedText, Token } from '../knowledge/tagger.ts';

export type CandidateKind =
  'entity' | 'np' | 'np-core' | 'name' | 'np-of' | 'list' | 'pp' | 'clause' | 'rule';

export interface Candidate {
  /** Token span [start, end) in the paragraph's tokens. */
  start: number;
  end: number;
  /** Character span in the paragraph text. */
  charStart: number;
  charEnd: number;
  text: string;
  kind: CandidateKind;
  /** wink-nlp entity type (DATE, CARDINAL, MONEY, PERCENT …) when the span is one. */
  entity?: string;
  /** Index of the sentence (of the paragraph) that holds it. */
  sentence: number;
}

/** Longest candidate, in tokens. */
export const MAX_CANDIDATE_TOKENS = 14;

const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);
const NP_PART = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'SYM']);
const CLAUSE_OPENERS = new Set([
  'because',
  'since',
  'so',
  'as',
  'after',
  'before',
  'while',
  'by',
  'through',
  'to',
  'due',
]);

// Patterns read per token or per span, made once (a literal in a function is a new object per call).
const ONE_PUNCT = /^[\p{P}]$/u;
const ALL_PUNCT = /^[\p{P}]+$/u;
const CURRENCY = /^[$£€]/u;
const CLAUSE_STOP = /^[,;:.!?()“”"]$/u;

const JOINER = /^[-–—/]$/u;
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their|our|my|your)$/u;
const POSSESSIVE_S = /^'?s$/u;

/** "Hallam & Pike", "Marks & Spencer": an ampersand between two names joins them into one. */
const nameAmpersand = (t: Token | undefined, prev: Token | undefined, next: Token | undefined): boolean =>
  t?.text === '&' && prev?.pos === 'PROPN' && next?.pos === 'PROPN';

const inNp = (t: Token, prev: Token | undefined, next: Token | undefined): boolean =>
  NP_PART.has(t.pos) ||
  nameAmpersand(t, prev, next) ||
  // "24–10", "light-rail", "St. Mary's": joiners inside a phrase.
  (t.pos === 'PUNCT' && JOINER.test(t.text) && prev !== undefined && prev.end === t.start) ||
  (t.pos === 'PRON' && POSSESSIVE_PRONOUN.test(t.lower)) ||
  (t.pos === 'ADP' && POSSESSIVE_S.test(t.lower));

/** Token ranges [start, end) of each sentence, from the sentences' character spans. */
export function sentenceRanges(tokens: readonly Token[], spans: readonly { start: number; end: number }[]) {
  return spans.map((s) => {
    let a = tokens.findIndex((t) => t.start >= s.start);
    if (a < 0) a = tokens.length;
    let b = a;
    while (b < tokens.length && tokens[b]!.start < s.end) b++;
    return { start: a, end: b };
  });
}

/** All candidates of a tagged paragraph, deduplicated by character span, in text order. */
export function candidatesOf(
  text: string,
  tagged: TaggedText,
  sentences: readonly { start: number; end: number }[],
): Candidate[] {
  const { tokens } = tagged;
  const ranges = sentenceRanges(tokens, sentences);
  // Keyed by character span as one number (end ≤ text.length), not a string made per span.
  const out = new Map<number, Candidate>();
  const spanKey = (charStart: number, charEnd: number) => charStart * (text.length + 1) + charEnd;
  const add = (start: number, end: number, kind: CandidateKind, entity?: string) => {
    while (start < end && ONE_PUNCT.test(tokens[start]!.text) && !CURRENCY.test(tokens[start]!.text)) start++;
    while (end > start && ALL_PUNCT.test(tokens[end - 1]!.text) && tokens[end - 1]!.text !== '%') end--;
    if (end <= start || end - start > MAX_CANDIDATE_TOKENS) return;
    const s = sentenceAt(ranges, start);
    if (ranges[s] && end > ranges[s]!.end) return;
    const charStart = tokens[start]!.start;
    const charEnd = tokens[end - 1]!.end;
    const key = spanKey(charStart, charEnd);
    if (out.has(key)) return;
    const spanText = text.slice(charStart, charEnd);
    // The same fields in the same order as ever, with no spread object per candidate.
    out.set(
      key,
      entity
        ? { start, end, charStart, charEnd, text: spanText, kind, entity, sentence: s }
        : { start, end, charStart, charEnd, text: spanText, kind, sentence: s },
    );
  };
  for (const e of tagged.entities) add(e.start, e.end, 'entity', e.type);
  for (const r of ranges) nounPhrases(tokens, r.start, r.end, add);
  for (const r of ranges) clauses(tokens, r.start, r.end, add);
  return [...out.values()].sort((a, b) => a.charStart - b.charStart || a.charEnd - b.charEnd);
}

/** The sentence whose token range holds token i (the first sentence when none does). */
function sentenceAt(ranges: readonly { start: number; end: number }[], i: number): number {
  for (let s = 0; s < ranges.length; s++) if (i >= ranges[s]!.start && i < ranges[s]!.end) return s;
  return 0;
}

type Add = (start: number, end: number, kind: CandidateKind, entity?: string) => void;

function nounPhrases(tokens: readonly Token[], from: number, to: number, add: Add) {
  const chunks: { start: number; end: number }[] = [];
  let i = from;
  while (i < to) {
    if (!inNp(tokens[i]!, tokens[i - 1], tokens[i + 1])) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && inNp(tokens[j]!, tokens[j - 1], tokens[j + 1])) j++;
    // A phrase ends in a noun, a name or a figure.
    let end = j;
    while (end > i && !NOMINAL.has(tokens[end - 1]!.pos) && tokens[end - 1]!.text !== '%') end--;
    if (end > i) chunks.push({ start: i, end });
    i = j;
  }
  for (const c of chunks) {
    add(c.start, c.end, 'np');
    // Without its determiner / possessive ("the Carolina Panthers" → "Carolina Panthers").
    let core = c.start;
    while (core < c.end && /^(?:DET|PRON|PART|ADP)$/u.test(tokens[core]!.pos)) core++;
    add(core, c.end, 'np-core');
    // Runs of names inside ("Levi's Stadium" in "the new Levi's Stadium").
    let k = c.start;
    while (k < c.end) {
      if (tokens[k]!.pos !== 'PROPN') {
        k++;
        continue;
      }
      let m = k;
      while (
        m < c.end &&
        (tokens[m]!.pos === 'PROPN' ||
          tokens[m]!.pos === 'PART' ||
          nameAmpersand(tokens[m], tokens[m - 1], tokens[m + 1]))
      )
        m++;
      add(k, m, 'name');
      k = m;
    }
    // The last noun alone, and after its adjectives (the head).
    add(c.end - 1, c.end, 'np-core');
  }
  // "the University of Chicago", "Sweden, Norway and Denmark", "in Santa Clara".
  for (let a = 0; a < chunks.length; a++) {
    const c = chunks[a]!;
    const next = chunks[a + 1];
    const between = next ? wordsBetween(tokens, c.end, next.start) : '';
    if (next && between === 'of') add(c.start, next.end, 'np-of');
    if (next && /^(?:and|or|,|, and|, or)$/u.test(between)) {
      let z = a + 1;
      while (
        chunks[z + 1] &&
        /^(?:and|or|,|, and|, or)$/u.test(wordsBetween(tokens, chunks[z]!.end, chunks[z + 1]!.start))
      )
        z++;
      add(c.start, chunks[z]!.end, 'list');
    }
    const before = tokens[c.start - 1];
    if (before && before.pos === 'ADP' && c.start - 1 >= from) add(c.start - 1, c.end, 'pp');
  }
}

/** The lower-case tokens [from, to) joined by spaces (no slice and array per pair of phrases). */
function wordsBetween(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += i === from ? tokens[i]!.lower : ' ' + tokens[i]!.lower;
  return out;
}

/** Short clauses: "because …", "to build …", a verb with what follows, up to the next comma. */
function clauses(tokens: readonly Token[], from: number, to: number, add: Add) {
  const stopAt = (i: number) => {
    let j = i;
    while (j < to && !CLAUSE_STOP.test(tokens[j]!.text) && j - i < MAX_CANDIDATE_TOKENS) j++;
    return j;
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (CLAUSE_OPENERS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'PART')) {
      const end = stopAt(i + 1);
      if (end - i >= 3) {
        add(i, end, 'clause');
        add(i + 1, end, 'clause');
      }
    } else if (t.pos === 'VERB' && tokens[i - 1]?.pos !== 'AUX') {
      const end = stopAt(i + 1);
      if (end - i >= 2) add(i, end, 'clause');
    }
  }
}
