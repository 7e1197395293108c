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
import { loadQuestionSets, type GoldQuestion } from './questionSets.ts';
import { loadEvalKnowledge, runQuestions } from './runEval.ts';
import { scoreAnswer } from './scoreAnswer.ts';
import { scorePrediction } from './squad.ts';
import { runSquad } from './squadEval.ts';
import type { SpanResult } from './squadRun.ts';

const HAND_WRITTEN = 'data/unanswerable/squad-13-unanswerable.json';

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

/** A question's gold and its answers by threshold. */
interface Asked<G> {
  gold: G;
  steps: Steps;
}

/** Every set asked once per step: SQuAD with its tricks, the held-out stories, our own sets. */
async function askAll(weights: ModelWeights) {
  const squadLog: Steps[] = [];
  const squad = await runSquad(
    { files: [EVAL_PATHS.squadDev, HAND_WRITTEN], allInOne: false, compare: false },
    recorder(weights, squadLog),
  );
  const heldLog: Steps[] = [];
  const held = await runHeldout(recorder(weights, heldLog));
  const kb = await loadEvalKnowledge(EVAL_PATHS.storyDirs);
  const sets = await loadQuestionSets(EVAL_PATHS.questionsDir);
  const trickSets = await loadUnanswerables();
  const ownLog: Steps[] = [];
  runQuestions(kb, [...sets, ...trickSets], recorder(weights, ownLog));
  const own = [...sets, ...trickSets].flatMap((s, i) =>
    s.questions.map((q) => ({ q, story: s.story, trickFile: i >= sets.length })),
  );
  return {
    squad: squad.results.lede.map((r, i) => ({ gold: r, steps: squadLog[i]! })),
    held: held.results.lede.map((r, i) => ({ gold: r, steps: heldLog[i]! })),
    own: own.map((gold, i) => ({ gold, steps: ownLog[i]! })),
  };
}

type Cause =
  'answered' | 'rule' | 'no paragraph' | 'threshold, detector lower' | 'threshold, span model lower';

/** Why a question is refused at threshold t (or that it is answered). */
function causeOf(s: Steps, t: number): Cause {
  if ((answerAt(s, t)?.answer ?? null) !== null) return 'answered';
  if ((s.answers[0]?.answer ?? null) === null) return s.right === undefined ? 'no paragraph' : 'rule';
  return (s.real ?? 1) < (s.right ?? 1) ? 'threshold, detector lower' : 'threshold, span model lower';
}

const percent = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(1)} %`;

/** The refusals at threshold t by cause, and the real questions' per question word. */
function printCauses(squad: readonly Asked<SpanResult>[], t: number): void {
  for (const impossible of [false, true]) {
    const group = squad.filter((a) => a.gold.gold.isImpossible === impossible);
    console.log(`SQuAD ${impossible ? 'tricks' : 'real questions'} (${group.length}) at ${t}, by cause:`);
    const counts = new Map<Cause, number>();
    for (const a of group) counts.set(causeOf(a.steps, t), (counts.get(causeOf(a.steps, t)) ?? 0) + 1);
    for (const [cause, n] of counts) console.log(`  ${cause}: ${n} (${percent(n, group.length)})`);
  }
  console.log(
    'SQuAD real questions per question word: n, refused, by rule or no paragraph, by the threshold',
  );
  const real = squad.filter((a) => !a.gold.gold.isImpossible);
  for (const word of new Set(real.map((a) => a.gold.word))) {
    const causes = real.filter((a) => a.gold.word === word).map((a) => causeOf(a.steps, t));
    const share = (pick: (c: Cause) => boolean) => percent(causes.filter(pick).length, causes.length);
    console.log(
      `  ${word}: ${causes.length}, ${share((c) => c !== 'answered')}, ${share((c) => c === 'rule' || c === 'no paragraph')}, ${share((c) => c.startsWith('threshold'))}`,
    );
  }
}

/** SQuAD-style figures at threshold t: HasAns F1, contains, real refused, tricks refused, overall. */
function spanFigures(asked: readonly Asked<SpanResult>[], t: number) {
  let f1 = 0;
  let contains = 0;
  let refusedReal = 0;
  let refusedTricks = 0;
  for (const { gold, steps } of asked) {
    const answer = answerAt(steps, t)?.answer ?? null;
    if (gold.gold.isImpossible) refusedTricks += answer === null ? 1 : 0;
    else {
      const score = scorePrediction(answer, { ...gold.gold, plausibleAnswers: [] });
      f1 += score.f1;
      contains += score.contains ? 1 : 0;
      refusedReal += answer === null ? 1 : 0;
    }
  }
  const tricks = asked.filter((a) => a.gold.gold.isImpossible).length;
  const real = asked.length - tricks;
  return {
    f1: (100 * f1) / real,
    contains: (100 * contains) / real,
    refusedReal: (100 * refusedReal) / real,
    tricks: (100 * refusedTricks) / (tricks || 1),
    overall: (100 * (f1 + refusedTricks)) / asked.length,
  };
}

/** Our own sets at threshold t: share right of the gold sets, share refused of the trick file. */
function ownFigures(
  asked: readonly Asked<{ q: GoldQuestion; story: string; trickFile: boolean }>[],
  t: number,
) {
  const right = (trickFile: boolean) => {
    const group = asked.filter((a) => a.gold.trickFile === trickFile);
    const n = group.filter((a) => scoreAnswer(a.gold.q, a.gold.story, answerAt(a.steps, t)).right).length;
    return (100 * n) / (group.length || 1);
  };
  return { right: right(false), tricks: right(true) };
}

const GRID = [0.3, 0.35, 0.38, 0.4, 0.42, 0.44, 0.45, 0.46, 0.47, 0.48, 0.49, 0.5, 0.52, 0.54];

async function main(argv: string[]) {
  const weights = committedWeights();
  const started = performance.now();
  const asked = await askAll(weights);
  console.log(`asked in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  printCauses(asked.squad, weights.threshold);
  console.log(
    '\nthreshold | SQuAD HasAns F1 / contains / real refused / tricks refused | held-out HasAns F1 / tricks refused / overall | own sets right / own unanswerables refused',
  );
  const f = (x: number) => x.toFixed(1);
  for (const t of [...new Set([...GRID, weights.threshold])].sort((a, b) => a - b)) {
    const s = spanFigures(asked.squad, t);
    const h = spanFigures(asked.held, t);
    const o = ownFigures(asked.own, t);
    console.log(
      `${t.toFixed(4)} | ${f(s.f1)} / ${f(s.contains)} / ${f(s.refusedReal)} / ${f(s.tricks)} | ${f(h.f1)} / ${f(h.tricks)} / ${f(h.overall)} | ${f(o.right)} / ${f(o.tricks)}`,
    );
  }
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined;
  if (out) writeFileSync(out, JSON.stringify(asked));
}

await main(process.argv.slice(2));
