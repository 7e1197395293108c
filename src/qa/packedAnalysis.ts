/**
 * A paragraph's analysis as `kb.analysis` keeps it between questions: its numbers in one typed array,
 * its names (tags, kinds, entity types) as codes into a short table, instead of an object per token
 * and per candidate. At 100k paragraphs the bench's questions each analyse ~6 new paragraphs (~720
 * tokens, ~600 candidates); kept as objects that was 121 KiB of the heap a question, more than half
 * of what the scavenger found alive and copied (docs/performance.md, 2026-12-01 21:10). Unpacked, it
 * is the same analysis field for field.
 */
import type { Paragraph } from '../knowledge/types.ts';
import type { TaggedEntity, Token } from '../knowledge/tagger.ts';
import type { Candidate, CandidateKind } from './candidates.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';

export interface PackedAnalysis {
  tokenCount: number;
  candidateCount: number;
  /**
   * Each token's character span (start, end), then per candidate its start, end, charStart, charEnd
   * and sentence, then each sentence's token range (start, end).
   */
  numbers: Int32Array;
  /** Each token's POS tag, then each candidate's kind, then its entity type (0: none), as `names` index + 1. */
  codes: Uint16Array;
  names: string[];
  /** [token index, text] of each token whose text is not its span of the paragraph. */
  tokenTexts: [number, string][] | undefined;
  entities: TaggedEntity[];
  tokenTerms: (string | null)[];
}

const CANDIDATE_FIELDS = 5;

export function packAnalysis(pa: ParagraphAnalysis): PackedAnalysis {
  const { text } = pa.paragraph;
  const { tokens, entities } = pa.tagged;
  const n = tokens.length;
  const m = pa.candidates.length;
  const numbers = new Int32Array(2 * n + CANDIDATE_FIELDS * m + 2 * pa.sentences.length);
  const codes = new Uint16Array(n + 2 * m);
  const names: string[] = [];
  const codeOf = (name: string | undefined) => {
    if (name === undefined) return 0;
    const at = names.indexOf(name);
    return at < 0 ? names.push(name) : at + 1;
  };
  let tokenTexts: [number, string][] | undefined;
  tokens.forEach((t, i) => {
    numbers[2 * i] = t.start;
    numbers[2 * i + 1] = t.end;
    codes[i] = codeOf(t.pos);
    // Its span holds its text (compared in place, no slice a token), or it is kept as an exception.
    const own = t.end - t.start === t.text.length && text.startsWith(t.text, t.start);
    if (!own) (tokenTexts ??= []).push([i, t.text]);
  });
  pa.candidates.forEach((c, i) => {
    numbers.set([c.start, c.end, c.charStart, c.charEnd, c.sentence], 2 * n + CANDIDATE_FIELDS * i);
    codes[n + i] = codeOf(c.kind);
    codes[n + m + i] = codeOf(c.entity);
  });
  const sentencesAt = 2 * n + CANDIDATE_FIELDS * m;
  pa.sentences.forEach((s, i) => numbers.set([s.start, s.end], sentencesAt + 2 * i));
  return {
    tokenCount: n,
    candidateCount: m,
    numbers,
    codes,
    names,
    tokenTexts,
    entities,
    tokenTerms: pa.tokenTerms,
  };
}

/** The analysis `packAnalysis` was given, made afresh from its paragraph's text (same fields, same order). */
export function unpackAnalysis(paragraph: Paragraph, packed: PackedAnalysis): ParagraphAnalysis {
  const { text } = paragraph;
  const { tokenCount: n, candidateCount: m, numbers, codes, names } = packed;
  const own = packed.tokenTexts && new Map(packed.tokenTexts);
  const tokens: Token[] = [];
  for (let i = 0; i < n; i++) {
    const start = numbers[2 * i]!;
    const end = numbers[2 * i + 1]!;
    const value = own?.get(i) ?? text.slice(start, end);
    tokens.push({ text: value, lower: value.toLowerCase(), start, end, pos: names[codes[i]! - 1]! });
  }
  const entities = packed.entities.map((e) => ({ start: e.start, end: e.end, type: e.type }));
  const candidates: Candidate[] = [];
  for (let i = 0; i < m; i++) {
    const at = 2 * n + CANDIDATE_FIELDS * i;
    const start = numbers[at]!;
    const end = numbers[at + 1]!;
    const charStart = numbers[at + 2]!;
    const charEnd = numbers[at + 3]!;
    const sentence = numbers[at + 4]!;
    const kind = names[codes[n + i]! - 1] as CandidateKind;
    const entity = codes[n + m + i] ? names[codes[n + m + i]! - 1] : undefined;
    const spanText = text.slice(charStart, charEnd);
    // The fields in candidatesOf's order.
    candidates.push(
      entity
        ? { start, end, charStart, charEnd, text: spanText, kind, entity, sentence }
        : { start, end, charStart, charEnd, text: spanText, kind, sentence },
    );
  }
  const sentences: { start: number; end: number }[] = [];
  for (let at = 2 * n + CANDIDATE_FIELDS * m; at < numbers.length; at += 2)
    sentences.push({ start: numbers[at]!, end: numbers[at + 1]! });
  return { paragraph, tagged: { tokens, entities }, candidates, tokenTerms: packed.tokenTerms, sentences };
}
