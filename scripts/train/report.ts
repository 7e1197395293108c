/** Cross-validated figures: HasAns F1 / EM / contains, NoAns refused, per question word, calibration. */
import { whClassOf } from '../../src/qa/questionType.ts';
import { scorePrediction } from '../eval/squad.ts';
import type { Prediction } from './fit.ts';

export interface Figures {
  hasAnsF1: number;
  hasAnsEM: number;
  hasAnsContains: number;
  hasAnsRefused: number;
  noAnsRefused: Record<string, number>;
  /** (HasAns F1 + share of hand-written (else news, else generated) tricks refused) / 2: a half-unanswerable set. */
  overall: number;
  n: number;
}

const pct = (x: number) => Math.round(x * 1000) / 10;

export function figures(preds: readonly { item: Prediction['item']; answer: string | null }[]): Figures {
  const has = preds.filter((p) => !p.item.question.isImpossible);
  const scores = has.map((p) => scorePrediction(p.answer, p.item.question));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const noAnsRefused: Record<string, number> = {};
  for (const source of ['generated', 'hand-written', 'news'] as const) {
    const no = preds.filter((p) => p.item.source === source && p.item.question.isImpossible);
    if (no.length) noAnsRefused[source] = mean(no.map((p) => (p.answer === null ? 1 : 0)));
  }
  const hasAnsF1 = mean(scores.map((s) => s.f1));
  return {
    hasAnsF1,
    hasAnsEM: mean(scores.map((s) => s.em)),
    hasAnsContains: mean(scores.map((s) => (s.contains ? 1 : 0))),
    hasAnsRefused: mean(has.map((p) => (p.answer === null ? 1 : 0))),
    noAnsRefused,
    overall: (hasAnsF1 + tricksRefused(noAnsRefused)) / 2,
    n: preds.length,
  };
}

/** The share of the written tricks refused (hand-written, else news, else generated). */
export const tricksRefused = (refused: Record<string, number>): number =>
  refused['hand-written'] ?? refused['news'] ?? refused['generated'] ?? 0;

export function formatFigures(name: string, f: Figures): string {
  const no = Object.entries(f.noAnsRefused)
    .map(([k, v]) => `${k} ${pct(v)}%`)
    .join(', ');
  return `${name.padEnd(12)} HasAns F1 ${pct(f.hasAnsF1)} EM ${pct(f.hasAnsEM)} contains ${pct(f.hasAnsContains)}% refused ${pct(f.hasAnsRefused)}% | NoAns refused: ${no} | overall ${pct(f.overall)}`;
}

/** HasAns F1 per question word, model vs rules. */
export function perQuestionWord(model: readonly Prediction[], rules: readonly Prediction[]): string {
  const rows = new Map<string, { n: number; m: number; r: number }>();
  model.forEach((p, i) => {
    if (p.item.question.isImpossible) return;
    const wh = whClassOf(p.item.question.question);
    const row = rows.get(wh) ?? { n: 0, m: 0, r: 0 };
    row.n++;
    row.m += scorePrediction(p.answer, p.item.question).f1;
    row.r += scorePrediction(rules[i]!.answer, p.item.question).f1;
    rows.set(wh, row);
  });
  return [...rows]
    .sort((a, b) => b[1].n - a[1].n)
    .map(
      ([wh, r]) =>
        `  ${wh.padEnd(12)} n=${String(r.n).padStart(5)}  model F1 ${pct(r.m / r.n)}  rules F1 ${pct(r.r / r.n)}`,
    )
    .join('\n');
}

/** Answers bucketed by confidence: the share right (F1 ≥ 0.5 answerable; any answer to an unanswerable is wrong). */
export function calibration(preds: readonly Prediction[], threshold: number): string {
  const buckets = [0, 0.2, 0.4, 0.6, 0.8, 1.01];
  const lines: string[] = [];
  for (let b = 0; b < buckets.length - 1; b++) {
    const inside = preds.filter(
      (p) => p.span !== null && p.confidence >= buckets[b]! && p.confidence < buckets[b + 1]!,
    );
    const right = inside.filter(
      (p) => scorePrediction(p.span, p.item.question).f1 >= 0.5 && !p.item.question.isImpossible,
    );
    const answered = inside.filter((p) => p.confidence >= threshold).length;
    lines.push(
      `  ${buckets[b]!.toFixed(1)}–${Math.min(1, buckets[b + 1]!).toFixed(1)}  n=${String(inside.length).padStart(5)}  right ${inside.length ? pct(right.length / inside.length) : '-'}%  answered ${answered}`,
    );
  }
  return lines.join('\n');
}

/** The chance that a real question has a higher confidence than a trick of `source` (ties: half). */
export function auc(
  preds: readonly { item: Prediction['item']; confidence: number }[],
  source: Prediction['item']['source'] = 'hand-written',
): number {
  const scored = preds
    .filter((p) => p.item.source === source || !p.item.question.isImpossible)
    .map((p) => ({ c: p.confidence, real: !p.item.question.isImpossible }))
    .sort((a, b) => a.c - b.c);
  let rankSum = 0;
  let reals = 0;
  for (let i = 0; i < scored.length;) {
    let j = i;
    while (j < scored.length && scored[j]!.c === scored[i]!.c) j++;
    for (let k = i; k < j; k++) if (scored[k]!.real) rankSum += (i + j + 1) / 2;
    i = j;
  }
  for (const s of scored) if (s.real) reals++;
  const tricks = scored.length - reals;
  return reals && tricks ? (rankSum - (reals * (reals + 1)) / 2) / (reals * tricks) : 0.5;
}
