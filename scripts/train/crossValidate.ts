/**
 * Leave-articles-out cross-validation: the articles in 4 folds; each fold is predicted by a model
 * fitted on the others. The threshold is the one that maximises the overall figure on the pooled
 * predictions; the rule engine's answers are scored on the same questions.
 */
import type { Item } from './dataset.ts';
import { fit, predict, type Prediction } from './fit.ts';
import { calibration, figures, formatFigures, perQuestionWord } from './report.ts';

export const FOLDS = 4;

export function crossValidate(items: readonly Item[], log: (line: string) => void): { threshold: number } {
  const pooled: Prediction[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = items.filter((i) => i.article % FOLDS !== fold);
    const test = items.filter((i) => i.article % FOLDS === fold);
    if (!train.length || !test.length) continue;
    pooled.push(...predict(test, fit(train)));
  }
  const at = (t: number) => pooled.map((p) => ({ ...p, answer: p.confidence >= t ? p.answer : null }));
  let threshold = 0.5;
  let bestOverall = -1;
  for (let t = 0.05; t < 0.951; t += 0.025) {
    const f = figures(at(t));
    if (f.overall > bestOverall + 1e-9) {
      bestOverall = f.overall;
      threshold = t;
    }
  }
  const rules: Prediction[] = pooled.map((p) => ({ ...p, answer: p.item.ruleAnswer, span: p.item.ruleAnswer }));
  log(`cross-validated by article (${FOLDS} folds), threshold ${threshold.toFixed(3)}:`);
  log(formatFigures('rule engine', figures(rules)));
  log(formatFigures('model', figures(at(threshold))));
  log('per question word (HasAns F1):');
  log(perQuestionWord(at(threshold), rules));
  log('calibration (confidence bucket: share right):');
  log(calibration(pooled, threshold));
  return { threshold };
}
