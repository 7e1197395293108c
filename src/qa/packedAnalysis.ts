/**
 * A paragraph's analysis as `kb.analysis` keeps it between questions: numbers in typed arrays and
 * a few flat arrays instead of an object per token and per candidate. At 100k paragraphs the bench's
 * questions each analyse ~6 new paragraphs (~720 tokens, ~600 candidates); kept as objects that was
 * ~127 KiB of the heap a question, more than half of what each scavenge found alive and copied
 * (docs/performance.md, 2026-12-01 21:10). Unpacked, it is the same analysis field for field.
 */
import type { Paragraph } from '../knowledge/types.ts';
import type { TaggedEntity, Token } from '../knowledge/tagger.ts';
import type { Candidate, CandidateKind } from './candidates.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';

export interface PackedAnalysis {
  /** Each token's character span: start, end, … */
  tokenSpans: Int32Array;
  /** Each token's POS tag (wink's strings, shared). */
  tokenTags: string[];
  /** [token index, text] of each token whose text is not its span of the paragraph. */
  tokenTexts: [number, string][] | undefined;
  entities: TaggedEntity[];
  /** Per candidate: start, end, charStart, charEnd, sentence. */
  candidateSpans: Int32Array;
  candidateKinds: CandidateKind[];
  /** Per candidate: its entity type, or undefined. */
  candidateEntities: (string | undefined)[];
  tokenTerms: (string | null)[];
  /** Each sentence's token range: start, end, … */
  sentenceRanges: Int32Array;
}

const CANDIDATE_FIELDS = 5;

export function packAnalysis(pa: ParagraphAnalysis): PackedAnalysis {
  const { text } = pa.paragraph;
  const { tokens, entities } = pa.tagged;
  const tokenSpans = new Int32Array(2 * tokens.length);
  const tokenTags: string[] = [];
  let tokenTexts: [number, string][] | undefined;
  tokens.forEach((t, i) => {
    tokenSpans[2 * i] = t.start;
    tokenSpans[2 * i + 1] = t.end;
    tokenTags.push(t.pos);
    if (text.slice(t.start, t.end) !== t.text) (tokenTexts ??= []).push([i, t.text]);
  });
  const candidateSpans = new Int32Array(CANDIDATE_FIELDS * pa.candidates.length);
  const candidateKinds: CandidateKind[] = [];
  const candidateEntities: (string | undefined)[] = [];
  pa.candidates.forEach((c, i) => {
    candidateSpans.set([c.start, c.end, c.charStart, c.charEnd, c.sentence], CANDIDATE_FIELDS * i);
    candidateKinds.push(c.kind);
    candidateEntities.push(c.entity);
  });
  const sentenceRanges = new Int32Array(2 * pa.sentences.length);
  pa.sentences.forEach((s, i) => sentenceRanges.set([s.start, s.end], 2 * i));
  return {
    tokenSpans,
    tokenTags,
    tokenTexts,
    entities,
    candidateSpans,
    candidateKinds,
    candidateEntities,
    tokenTerms: pa.tokenTerms,
    sentenceRanges,
  };
}

/** The analysis `packAnalysis` was given, made afresh from its paragraph's text (same fields, same order). */
export function unpackAnalysis(paragraph: Paragraph, packed: PackedAnalysis): ParagraphAnalysis {
  const { text } = paragraph;
  const { tokenSpans, tokenTags, candidateSpans, sentenceRanges } = packed;
  const own = packed.tokenTexts && new Map(packed.tokenTexts);
  const tokens: Token[] = [];
  for (let i = 0; i < tokenTags.length; i++) {
    const start = tokenSpans[2 * i]!;
    const end = tokenSpans[2 * i + 1]!;
    const value = own?.get(i) ?? text.slice(start, end);
    tokens.push({ text: value, lower: value.toLowerCase(), start, end, pos: tokenTags[i]! });
  }
  const entities = packed.entities.map((e) => ({ start: e.start, end: e.end, type: e.type }));
  const candidates: Candidate[] = [];
  for (let i = 0; i < packed.candidateKinds.length; i++) {
    const at = CANDIDATE_FIELDS * i;
    const start = candidateSpans[at]!;
    const end = candidateSpans[at + 1]!;
    const charStart = candidateSpans[at + 2]!;
    const charEnd = candidateSpans[at + 3]!;
    const sentence = candidateSpans[at + 4]!;
    const kind = packed.candidateKinds[i]!;
    const entity = packed.candidateEntities[i];
    const spanText = text.slice(charStart, charEnd);
    // The fields in candidatesOf's order.
    candidates.push(
      entity
        ? { start, end, charStart, charEnd, text: spanText, kind, entity, sentence }
        : { start, end, charStart, charEnd, text: spanText, kind, sentence },
    );
  }
  const sentences: { start: number; end: number }[] = [];
  for (let i = 0; i < sentenceRanges.length; i += 2)
    sentences.push({ start: sentenceRanges[i]!, end: sentenceRanges[i + 1]! });
  return {
    paragraph,
    tagged: { tokens, entities },
    candidates,
    tokenTerms: packed.tokenTerms,
    sentences,
  };
}
