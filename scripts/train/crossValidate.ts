/**
 * Leave-articles-out cross-validation: the articles in 4 folds; each fold is predicted by a model
 * fitted on the others. The threshold is the one that maximises the overall figure on the pooled
 * predictions; the rule engine's answers are scored on the same questions.
 */
import type { Item } from './dataset.ts';
import { fit, predict, type Prediction } from './fit.ts';
import { calibration, figures, formatFigures, perQuestionWord } from './report.ts';
import { MIN_TRICKS_REFUSED } from '../../src/qa/tuning.ts';

export const FOLDS = 4;

export function crossValidate(items: readonly Item[], log: (line: string) => void): { threshold: number } {
  const pooled: Prediction[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = items.filter((i) => i.article % FOLDS !== fold);
    const test = items.filter((i) => i.article % FOLDS === fold);
    if (!train.length || !test.length) continue;
    pooled.push(...predict(test, fit(train)));
    log(`  fold ${fold + 1}/${FOLDS}: ${test.length} questions predicted`);
  }
  const at = (t: number) => pooled.map((p) => ({ ...p, answer: p.confidence >= t ? p.answer : null }));
  // The lowest threshold (the most real questions answered) that refuses at least
  // MIN_TRICKS_REFUSED of the unanswerables: a confident wrong answer is the worst outcome.
  let threshold = 0.95;
  log('threshold curve (HasAns F1 / unanswerables refused / overall):');
  // A fine grid (0.005): a coarse one overshoots the floor (0.40 refused 58.8 %, 0.425 62.5 %).
  for (let step = 0; step <= 180; step++) {
    const t = 0.05 + step * 0.005;
    const f = figures(at(t));
    const refused = f.noAnsRefused['hand-written'] ?? f.noAnsRefused['generated'] ?? 0;
    if (step % 10 === 0)
      log(
        `  ${t.toFixed(3)}  ${(f.hasAnsF1 * 100).toFixed(1)} / ${(refused * 100).toFixed(1)}% / ${(f.overall * 100).toFixed(1)}`,
      );
    if (refused >= MIN_TRICKS_REFUSED && t < threshold) threshold = t;
  }
  const rules: Prediction[] = pooled.map((p) => ({
    ...p,
    answer: p.item.ruleAnswer,
    span: p.item.ruleAnswer,
  }));
  log(`cross-validated by article (${FOLDS} folds), threshold ${threshold.toFixed(3)}:`);
  log(formatFigures('rule engine', figures(rules)));
  log(formatFigures('model', figures(at(threshold))));
  log(formatFigures('answer all', figures(pooled)));
  log('per question word (HasAns F1):');
  log(perQuestionWord(at(threshold), rules));
  log('calibration (confidence bucket: share right):');
  log(calibration(pooled, threshold));
  return { threshold };
}
