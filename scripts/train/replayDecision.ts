/**
 * Replays the answer-or-refuse decision on the cross-validated predictions of
 * `npm run train -- --dump-cv FILE`, without a retrain: the committed product of the span model and
 * the trick detector against learned recombinations of the two (logistic regressions over their
 * log-odds, the question word, the paragraph choice's view), each fitted on three folds' predictions
 * and scoring the fourth's (nested by article, as the training's folds). Prints the AUC of the
 * hand-written tricks against the real SQuAD questions (news in brackets) and the HasAns F1 at 50,
 * 60 and 80 % of the tricks refused (docs/answer-engine.md, "Recombining the span model and the
 * trick detector").
 *
 *   npx tsx scripts/train/replayDecision.ts FILE
 */
import { readFileSync } from 'node:fs';
import { logit, sigmoid } from '../../src/qa/model.ts';
import { FOLDS } from './crossValidate.ts';

interface Judged {
  r: number;
  d: number;
  score: number;
}
interface Dumped {
  source: string;
  impossible: boolean;
  confidence: number;
  f1: number;
  article: number;
  wh: string;
  paragraphs?: Judged[];
}

type Row = Map<string, number>;

/** The chosen paragraph's two log-odds, and what `extra` asks for. */
function rowOf(p: Dumped, extra: ReadonlySet<string>): Row {
  const judged = p.paragraphs ?? [];
  const at = judged.reduce((best, j, i) => (j.score > judged[best]!.score ? i : best), 0);
  const chosen = judged[at] ?? { r: 0, d: 0, score: 0 };
  const r = logit(chosen.r);
  const d = logit(chosen.d);
  const row: Row = new Map([
    ['bias', 1],
    ['right', r],
    ['real', d],
  ]);
  if (extra.has('wh')) row.set(`wh:${p.wh}`, 1).set(`wh:${p.wh}|right`, r).set(`wh:${p.wh}|real`, d);
  if (extra.has('choice') && judged.length) {
    const top = Math.max(...judged.map((j) => j.score));
    const sum = judged.reduce((s, j) => s + Math.exp(j.score - top), 0);
    const others = judged.filter((_, i) => i !== at).map((j) => j.r * j.d);
    const scores = judged.map((j) => j.score).sort((a, b) => b - a);
    row
      .set('choice-share', Math.exp(chosen.score - top) / sum)
      .set('log-read', Math.log(judged.length))
      .set('best-other', others.length ? logit(Math.max(...others)) : -14)
      .set('first-read', at === 0 ? 1 : 0)
      .set('choice-margin', scores.length > 1 ? scores[0]! - scores[1]! : 5);
  }
  return row;
}

/** Weighted ridge logistic regression by Newton's method from zero. */
function fitLogistic(rows: readonly Row[], ys: readonly number[], ws: readonly number[], l2: number) {
  const names = [...new Set(rows.flatMap((r) => [...r.keys()]))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const w = new Array<number>(names.length).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const g = names.map((n, j) => (n === 'bias' ? 0 : l2 * w[j]!));
    const h = names.map((n, j) => names.map((_, k) => (j === k && n !== 'bias' ? l2 : 1e-9 * +(j === k))));
    rows.forEach((row, i) => {
      if (!ws[i]) return;
      const x = [...row].map(([n, v]) => [index.get(n)!, v] as const);
      const q = sigmoid(x.reduce((s, [j, v]) => s + w[j]! * v, 0));
      for (const [j, v] of x) {
        g[j]! += ws[i]! * (q - ys[i]!) * v;
        for (const [k, u] of x) h[j]![k]! += ws[i]! * q * (1 - q) * v * u;
      }
    });
    const step = solve(h, g);
    step.forEach((s, j) => (w[j]! -= s));
  }
  return (row: Row) => [...row].reduce((s, [n, v]) => s + (index.has(n) ? w[index.get(n)!]! * v : 0), 0);
}

/** Solves h · x = g by Gaussian elimination with partial pivoting (h is small and positive definite). */
function solve(h: number[][], g: number[]): number[] {
  const n = g.length;
  const a = h.map((row, i) => [...row, g[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * x[k]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/** AUC of tricks of `source` vs real questions, and HasAns F1 at shares of them refused. */
function report(name: string, preds: readonly Dumped[], scores: readonly number[]): void {
  const line = (source: string) => {
    const real = preds
      .map((p, i) => [p, scores[i]!] as const)
      .filter(([p]) => !p.impossible && p.source !== 'generated');
    const inSet = real.filter(([p]) => (source === 'news') === (p.source === 'news'));
    const tricks = preds
      .flatMap((p, i) => (p.impossible && p.source === source ? [scores[i]!] : []))
      .sort((a, b) => a - b);
    let wins = 0;
    for (const [, s] of inSet) for (const t of tricks) wins += s > t ? 1 : s === t ? 0.5 : 0;
    const f1At = (share: number) => {
      const t = tricks[Math.ceil(share * tricks.length) - 1]! + 1e-12;
      return (100 * inSet.reduce((s, [p, c]) => s + (c >= t ? p.f1 : 0), 0)) / inSet.length;
    };
    return { auc: wins / (inSet.length * tricks.length), f1: [0.5, 0.6, 0.8].map(f1At) };
  };
  const squad = line('hand-written');
  const news = line('news');
  console.log(
    `${name.padEnd(60)} AUC ${squad.auc.toFixed(3)} (${news.auc.toFixed(3)})  HasAns F1 at 50 / 60 / 80 %: ${squad.f1.map((f) => f.toFixed(1)).join(' / ')}`,
  );
}

const preds = (JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Dumped[]).filter(
  (p) => p.source !== 'generated',
);
report(
  'the product (committed)',
  preds,
  preds.map((p) => p.confidence),
);
/** A question-level score from its judged paragraphs (no fit): the chosen span still answers. */
const aggregated = (score: (judged: Judged[], shares: number[], at: number) => number) =>
  preds.map((p) => {
    const judged = p.paragraphs ?? [];
    if (!judged.length) return 0;
    const top = Math.max(...judged.map((j) => j.score));
    const exps = judged.map((j) => Math.exp(j.score - top));
    const sum = exps.reduce((a, b) => a + b, 0);
    return score(
      judged,
      exps.map((e) => e / sum),
      judged.findIndex((j) => j.score === top),
    );
  });
const product = (j: Judged) => j.r * j.d;
report(
  'the best product of the paragraphs read',
  preds,
  aggregated((js) => Math.max(...js.map(product))),
);
report(
  'the products weighed by the choice',
  preds,
  aggregated((js, sh) => js.reduce((s, j, i) => s + sh[i]! * product(j), 0)),
);
report(
  "the chosen product × the choice's share",
  preds,
  aggregated((js, sh, at) => product(js[at]!) * sh[at]!),
);
report(
  'the chosen span model × the best detector',
  preds,
  aggregated((js, _, at) => js[at]!.r * Math.max(...js.map((j) => j.d))),
);
const rightOf = (p: Dumped) => (!p.impossible && p.f1 >= 0.5 ? 1 : 0);
const variants: [string, string[], (p: Dumped) => number][] = [
  ['logistic, the two log-odds, target right', [], () => 1],
  ['… and the question word × each', ['wh'], () => 1],
  ['… tricks counted 3 times', ['wh'], (p) => (p.impossible ? 3 : 1)],
  ['logistic, target right real questions vs tricks', [], (p) => (p.impossible || rightOf(p) ? 1 : 0)],
  ['… and the question word × each', ['wh'], (p) => (p.impossible || rightOf(p) ? 1 : 0)],
  ['… and the paragraph choice', ['wh', 'choice'], (p) => (p.impossible || rightOf(p) ? 1 : 0)],
];
for (const [name, extra, weight] of variants) {
  const rows = preds.map((p) => rowOf(p, new Set(extra)));
  const scores = new Array<number>(preds.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = preds.map((p, i) => (p.article % FOLDS !== fold ? i : -1)).filter((i) => i >= 0);
    const score = fitLogistic(
      train.map((i) => rows[i]!),
      train.map((i) => rightOf(preds[i]!)),
      train.map((i) => weight(preds[i]!)),
      1,
    );
    preds.forEach((p, i) => {
      if (p.article % FOLDS === fold) scores[i] = p.paragraphs?.length ? score(rows[i]!) : -99;
    });
  }
  report(name, preds, scores);
}
