import { calibrationTable, type CalibrationBucket } from './calibration.ts';
import { QUESTION_WORDS } from './questionWord.ts';
import { normalizeAnswer } from './squad.ts';
import type { SpanResult } from './squadRun.ts';

/** An answer counts as right in the calibration table when its token F1 reaches this. */
export const RIGHT_F1 = 0.5;

/** Figures over a group of results; percentages 0..100, NaN-free (0 for an empty group). */
export interface SpanSummary {
  n: number;
  hasAns: number;
  noAns: number;
  /** Official EM and F1 over all questions (a refusal of an unanswerable scores 100). */
  em: number;
  f1: number;
  hasAnsEm: number;
  hasAnsF1: number;
  /** Answerable: the answer holds a gold answer (as whole tokens). */
  contains: number;
  /** Answerable: the first citation is the gold paragraph. */
  cite1: number;
  /** Share of answerable questions refused. */
  refusedHasAns: number;
  /** Share of unanswerable questions refused (= NoAns EM = NoAns F1). */
  refusedNoAns: number;
  /** Unanswerables answered whose first citation is the paragraph the trick was written against. */
  answeredNoAnsCitingIt: number;
  /** Mean length in normalised tokens of the answers given to answerable questions, and of their first gold answer. */
  meanAnswerTokens: number;
  meanGoldTokens: number;
}

const pct = (count: number, of: number): number => (of ? (100 * count) / of : 0);
const mean = (values: readonly number[]): number =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
const tokens = (text: string): number => normalizeAnswer(text).split(' ').filter(Boolean).length;

export function summarize(results: readonly SpanResult[]): SpanSummary {
  const has = results.filter((r) => !r.gold.isImpossible);
  const no = results.filter((r) => r.gold.isImpossible);
  const answeredHas = has.filter((r) => r.prediction !== null);
  const answeredNo = no.filter((r) => r.prediction !== null);
  const sum = (list: readonly SpanResult[], of: (r: SpanResult) => number) =>
    list.reduce((total, r) => total + of(r), 0);
  return {
    n: results.length,
    hasAns: has.length,
    noAns: no.length,
    em: pct(
      sum(results, (r) => r.score.em),
      results.length,
    ),
    f1: pct(
      sum(results, (r) => r.score.f1),
      results.length,
    ),
    hasAnsEm: pct(
      sum(has, (r) => r.score.em),
      has.length,
    ),
    hasAnsF1: pct(
      sum(has, (r) => r.score.f1),
      has.length,
    ),
    contains: pct(has.filter((r) => r.score.contains).length, has.length),
    cite1: pct(has.filter((r) => r.citedGold).length, has.length),
    refusedHasAns: pct(has.length - answeredHas.length, has.length),
    refusedNoAns: pct(no.length - answeredNo.length, no.length),
    answeredNoAnsCitingIt: pct(answeredNo.filter((r) => r.citedGold).length, answeredNo.length),
    meanAnswerTokens: mean(answeredHas.map((r) => tokens(r.prediction ?? ''))),
    meanGoldTokens: mean(has.map((r) => tokens(r.gold.answers[0] ?? ''))),
  };
}

/** Summaries per key, keys in `order` first (those with results), then first-seen order. */
export function summarizeBy(
  results: readonly SpanResult[],
  keyOf: (r: SpanResult) => string | undefined,
  order: readonly string[] = [],
): [string, SpanSummary][] {
  const groups = new Map<string, SpanResult[]>(order.map((key) => [key, []]));
  for (const r of results) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups].filter(([, group]) => group.length > 0).map(([key, group]) => [key, summarize(group)]);
}

/** The q-th quantile (0..1) of `values`, nearest rank; 0 for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

/** Everything a report shows about one run of the engine, with the comparison systems' summaries. */
export interface SpanReport {
  title: string;
  lede: SpanSummary;
  baseline: SpanSummary;
  refuseAll: SpanSummary;
  byWord: [string, SpanSummary][];
  byArticle: [string, SpanSummary][];
  byTrick: [string, SpanSummary][];
  calibration: CalibrationBucket[];
  ms: { p50: number; p99: number; mean: number };
  errors: number;
}

export function buildSpanReport(
  title: string,
  lede: readonly SpanResult[],
  baseline: readonly SpanResult[],
  refuseAll: readonly SpanResult[],
): SpanReport {
  const times = lede.map((r) => r.ms);
  return {
    title,
    lede: summarize(lede),
    baseline: summarize(baseline),
    refuseAll: summarize(refuseAll),
    byWord: summarizeBy(lede, (r) => r.word, QUESTION_WORDS),
    byArticle: summarizeBy(lede, (r) => r.gold.article),
    byTrick: summarizeBy(lede, (r) => (r.gold.isImpossible ? (r.gold.trick ?? '(no label)') : undefined)),
    calibration: calibrationTable(
      lede
        .filter((r) => r.prediction !== null)
        .map((r) => ({ confidence: r.confidence, right: r.score.f1 >= RIGHT_F1 })),
    ),
    ms: { p50: quantile(times, 0.5), p99: quantile(times, 0.99), mean: mean(times) },
    errors: lede.filter((r) => r.error !== undefined).length,
  };
}
