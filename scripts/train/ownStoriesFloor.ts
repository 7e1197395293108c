/**
 * The threshold's last floor: the final weights must refuse MIN_OWN_TRICKS_REFUSED of the
 * hand-written unanswerables over our own stories (data/unanswerable/stories.json), asked as
 * `npm run eval` asks them. Those stories are news, like the held-out ones, and their tricks score
 * higher than SQuAD's: the cross-validated SQuAD floor alone refused 48 % of them.
 */
import { answerQuestion } from '../../src/qa/answer.ts';
import type { ModelWeights } from '../../src/qa/model.ts';
import { MIN_OWN_TRICKS_REFUSED } from '../../src/qa/tuning.ts';
import { loadUnanswerables } from '../eval/ownSets.ts';
import { EVAL_PATHS } from '../eval/paths.ts';
import { loadEvalKnowledge, runQuestions, tally } from '../eval/runEval.ts';

/** Threshold steps tried upwards from the cross-validated one. */
const STEP = 0.005;

/** The lowest threshold ≥ `from` (in STEP steps, 4 decimals) that refuses enough of our tricks. */
export async function ownStoriesFloor(
  weights: Omit<ModelWeights, 'threshold'>,
  from: number,
): Promise<number> {
  const kb = await loadEvalKnowledge(EVAL_PATHS.storyDirs);
  const tricks = await loadUnanswerables();
  const refusedAt = (threshold: number) =>
    tally(runQuestions(kb, tricks, (k, q) => answerQuestion(k, q, { ...weights, threshold }))).percentRight /
    100;
  let threshold = from;
  while (threshold < 1 && refusedAt(threshold) < MIN_OWN_TRICKS_REFUSED)
    threshold = Math.round((threshold + STEP) * 10000) / 10000;
  return threshold;
}
