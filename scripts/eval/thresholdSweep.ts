/**
 * Where the refusals come from, and what another threshold would give, in one pass of the engine.
 * `npx tsx scripts/eval/thresholdSweep.ts [--out FILE]`
 *
 * The engine's answer to a question is a step function of the threshold: it changes only where
 * the threshold crosses the chosen paragraph's confidence, the rule extractor's paragraph's
 * confidence, or that confidence over (1 − AGREEMENT_MARGIN) (answer.ts). Each question is asked
 * once per step, so every threshold's answers are known exactly; the sets are then scored at any
 * threshold as `npm run eval` scores them: SQuAD dev with its hand-written tricks (one knowledge
 * base per article), our own sets and unanswerables, the held-out news stories.
 *
 * Printed: the refusals at the committed threshold by cause (refused at every threshold: a rule,
 * the question's analysis or no paragraph; refused by the threshold: the span model or the trick
 * detector is the lower of the two factors) and per question word; then each set's figures over a
 * range of thresholds.
 */
import { writeFileSync } from 'node:fs';
import { answerQuestion, modelChoice } from '../../src/qa/answer.ts';
import { committedWeights, dot, sigmoid, type ModelWeights } from '../../src/qa/model.ts';
import { AGREEMENT_MARGIN } from '../../src/qa/tuning.ts';
import type { Answer } from '../../src/qa/types.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { runHeldout } from './heldout.ts';
import { loadUnanswerables } from './ownSets.ts';
import { EVAL_PATHS } from './paths.ts';
import { loadQuestionSets } from './questionSets.ts';
import { questionWordOf } from './questionWord.ts';
import { loadEvalKnowledge, runQuestions } from './runEval.ts';
import { scoreAnswer } from './scoreAnswer.ts';
import { scorePrediction } from './squad.ts';
import { runSquad } from './squadEval.ts';

/** A question's answers by threshold: piece i holds for thresholds in (bounds[i-1], bounds[i]]. */
interface Steps {
  question: string;
  bounds: number[];
  answers: (Answer | undefined)[];
  /** The chosen paragraph's span model and trick detector (raw probabilities), when one was judged. */
  right?: number;
  real?: number;
  confidence?: number;
}

const answerAt = (s: Steps, t: number) => {
  const i = s.bounds.findIndex((b) => t <= b);
  return s.answers[i < 0 ? s.answers.length - 1 : i];
};

/** An answerer that records each question's steps and answers as the committed engine. */
function recorder(weights: ModelWeights, log: Steps[]) {
  return (kb: KnowledgeBase, question: string): Answer => {
    let choice;
    try {
      choice = modelChoice(kb, question, weights);
    } catch {
      choice = undefined;
    }
    const breaks = new Set<number>();
    let right: number | undefined;
    let real: number | undefined;
    if (choice) {
      breaks.add(choice.verdict.confidence);
      const r = choice.ruleVerdict?.confidence;
      if (r !== undefined) [r, r / (1 - AGREEMENT_MARGIN)].forEach((b) => breaks.add(b));
      right = sigmoid(dot(weights.confidence, choice.verdict.refusal));
      real = sigmoid(dot(weights.answerable ?? {}, choice.verdict.refusal));
    }
    const bounds = [...breaks].filter((b) => b > 0 && b < 1).sort((a, b) => a - b);
    const reps = [0, ...bounds.map((b, i) => (b + (bounds[i + 1] ?? Math.min(1, b + 1e-4))) / 2)];
    const answers = reps.map((threshold) => answerQuestion(kb, question, { ...weights, threshold }));
    log.push({
      question,
      bounds: [...bounds, Infinity],
      answers,
      ...(right !== undefined ? { right, real, confidence: choice!.verdict.confidence } : {}),
    });
    return answerAt({ question, bounds: [...bounds, Infinity], answers }, weights.threshold)!;
  };
}

async function main(argv: string[]) {
  const weights = committedWeights();
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  // SQuAD dev with the hand-written tricks.
  const squadLog: Steps[] = [];
  const squad = await runSquad(
    {
      files: [EVAL_PATHS.squadDev, 'data/unanswerable/squad-13-unanswerable.json'],
      allInOne: false,
      compare: false,
    },
    recorder(weights, squadLog),
  );
  console.log(`SQuAD asked in ${elapsed()}`);
  const heldLog: Steps[] = [];
  const held = await runHeldout(recorder(weights, heldLog));
  console.log(`held-out asked in ${elapsed()}`);
  const kb = await loadEvalKnowledge(EVAL_PATHS.storyDirs);
  const sets = await loadQuestionSets(EVAL_PATHS.questionsDir);
  const trickSets = await loadUnanswerables();
  const ownLog: Steps[] = [];
  runQuestions(kb, [...sets, ...trickSets], recorder(weights, ownLog));
  console.log(`own sets asked in ${elapsed()}`);
  const ownGold = [...sets, ...trickSets].flatMap((s) => s.questions.map((q) => ({ q, story: s.story })));
  const squadRes = squad.results.lede;
  const heldRes = held.results.lede.slice(0, heldLog.length);

  // Causes at the committed threshold.
  const t0 = weights.threshold;
  const causeOf = (s: Steps) => {
    const now = answerAt(s, t0)?.answer ?? null;
    if (now !== null) return 'answered';
    if ((s.answers[0]?.answer ?? null) === null)
      return s.right === undefined ? 'no paragraph / rule path' : 'rule (any threshold)';
    return (s.real ?? 1) < (s.right ?? 1) ? 'threshold, detector lower' : 'threshold, span model lower';
  };
  const countBy = <T>(xs: readonly T[], key: (x: T) => string) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]);
  };
  const real = squadRes.map((r, i) => ({ r, s: squadLog[i]! })).filter((x) => !x.r.gold.isImpossible);
  const tricks = squadRes.map((r, i) => ({ r, s: squadLog[i]! })).filter((x) => x.r.gold.isImpossible);
  console.log(`\nSQuAD real questions (${real.length}) at ${t0}, by cause:`);
  for (const [k, n] of countBy(real, (x) => causeOf(x.s)))
    console.log(`  ${k}: ${n} (${((100 * n) / real.length).toFixed(1)} %)`);
  console.log(`SQuAD tricks (${tricks.length}) at ${t0}, by cause:`);
  for (const [k, n] of countBy(tricks, (x) => causeOf(x.s)))
    console.log(`  ${k}: ${n} (${((100 * n) / tricks.length).toFixed(1)} %)`);
  console.log('SQuAD real refused per question word (n, refused %, rule %, threshold %):');
  const words = countBy(real, (x) => x.r.word);
  for (const [w, n] of words) {
    const group = real.filter((x) => x.r.word === w);
    const c = (pred: (k: string) => boolean) =>
      ((100 * group.filter((x) => pred(causeOf(x.s))).length) / n).toFixed(1);
    console.log(
      `  ${w}: ${n}, ${c((k) => k !== 'answered')}, ${c((k) => k.startsWith('rule') || k.startsWith('no'))}, ${c((k) => k.startsWith('threshold'))}`,
    );
  }

  const squadAt = (t: number) => {
    let f1 = 0;
    let contains = 0;
    let refusedReal = 0;
    let refusedTricks = 0;
    squadRes.forEach((r, i) => {
      const a = answerAt(squadLog[i]!, t)?.answer ?? null;
      const sc = scorePrediction(a, { ...r.gold, plausibleAnswers: [] });
      if (r.gold.isImpossible) refusedTricks += a === null ? 1 : 0;
      else {
        f1 += sc.f1;
        contains += sc.contains ? 1 : 0;
        refusedReal += a === null ? 1 : 0;
      }
    });
    const nr = real.length;
    const nt = tricks.length;
    return {
      f1: (100 * f1) / nr,
      contains: (100 * contains) / nr,
      refusedReal: (100 * refusedReal) / nr,
      tricks: (100 * refusedTricks) / nt,
    };
  };
  const heldAt = (t: number) => {
    let f1 = 0;
    let n = 0;
    let tr = 0;
    let nt = 0;
    heldRes.forEach((r, i) => {
      const a = answerAt(heldLog[i]!, t)?.answer ?? null;
      if (r.gold.isImpossible) {
        nt++;
        tr += a === null ? 1 : 0;
      } else {
        n++;
        f1 += scorePrediction(a, { ...r.gold, plausibleAnswers: [] }).f1;
      }
    });
    return { f1: (100 * f1) / n, tricks: (100 * tr) / nt, overall: (100 * (f1 + tr)) / (n + nt) };
  };
  const ownAt = (t: number) => {
    let right = 0;
    let n = 0;
    let tr = 0;
    let nt = 0;
    ownLog.forEach((s, i) => {
      const { q, story } = ownGold[i]!;
      const sc = scoreAnswer(q, story, answerAt(s, t));
      if (q.answerable) {
        n++;
        right += sc.right ? 1 : 0;
      } else {
        nt++;
        tr += sc.right ? 1 : 0;
      }
    });
    return { right: (100 * right) / n, tricks: (100 * tr) / nt };
  };
  console.log(
    '\nthreshold | SQuAD HasAns F1 / contains / real refused / tricks refused | held-out F1 / tricks / overall | own right / own tricks',
  );
  const grid = [0.3, 0.35, 0.38, 0.4, 0.42, 0.44, 0.45, 0.46, 0.47, 0.48, 0.49, 0.5, t0, 0.52, 0.54];
  for (const t of grid) {
    const s = squadAt(t);
    const h = heldAt(t);
    const o = ownAt(t);
    console.log(
      `${t.toFixed(4)} | ${s.f1.toFixed(1)} / ${s.contains.toFixed(1)} / ${s.refusedReal.toFixed(1)} / ${s.tricks.toFixed(1)} | ${h.f1.toFixed(1)} / ${h.tricks.toFixed(1)} / ${h.overall.toFixed(1)} | ${o.right.toFixed(1)} / ${o.tricks.toFixed(1)}`,
    );
  }
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined;
  if (out)
    writeFileSync(
      out,
      JSON.stringify({
        squad: squadRes.map((r, i) => ({
          gold: r.gold,
          word: questionWordOf(r.gold.question),
          steps: squadLog[i],
        })),
        held: heldRes.map((r, i) => ({ gold: r.gold, steps: heldLog[i] })),
        own: ownLog.map((s, i) => ({ gold: ownGold[i], steps: s })),
      }),
    );
  console.log(elapsed());
}

await main(process.argv.slice(2));
