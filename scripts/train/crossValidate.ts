/**
 * Leave-articles-out cross-validation: the articles in 4 folds; each fold is predicted by a model
 * fitted on the others. The threshold is the lowest that refuses MIN_TRICKS_REFUSED of the
 * hand-written tricks on the pooled SQuAD predictions and MIN_NEWS_TRICKS_REFUSED of the news tricks; the rule engine's answers are scored on the
 * same questions. The news training stories are folded in too but reported apart, so the SQuAD
 * figures stay comparable with runs before they were added.
 */
import type { Item } from './dataset.ts';
import { fit, fitChoice, judgeItems, predictChosen, type Judged, type Prediction } from './fit.ts';
import { auc, calibration, figures, formatFigures, perQuestionWord, tricksRefused } from './report.ts';
import { MIN_NEWS_TRICKS_REFUSED, MIN_TRICKS_REFUSED } from '../../src/qa/tuning.ts';

export const FOLDS = 4;

/** The lowest threshold (4 decimals) under which at least `share` of the tricks' confidences fall. */
export function thresholdRefusing(
  preds: readonly Prediction[],
  share: number,
  source: Item['source'] = 'hand-written',
): number {
  const tricks = preds
    .filter((p) => p.item.source === source && p.item.question.isImpossible)
    .map((p) => p.confidence)
    .sort((a, b) => a - b);
  if (!tricks.length) return 0.5;
  const needed = Math.ceil(share * tricks.length);
  if (needed <= 0) return 0;
  return Math.ceil((tricks[needed - 1]! + 1e-9) * 10000) / 10000;
}

export interface CrossValidation {
  threshold: number;
  /** The cross-validated figures (SQuAD, and news when there) at another threshold. */
  figuresAt: (threshold: number) => string;
  /** Every item's cross-validated prediction (raw scores), for the calibration. */
  pooled: Prediction[];
  /** Every item's paragraphs judged by the models of the other folds (the paragraph choice learns from them). */
  judged: Judged[];
}

export function crossValidate(items: readonly Item[], log: (line: string) => void): CrossValidation {
  const judged: Judged[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = items.filter((i) => i.article % FOLDS !== fold);
    const test = items.filter((i) => i.article % FOLDS === fold);
    if (!train.length || !test.length) continue;
    judged.push(...judgeItems(test, fit(train)));
    log(`  fold ${fold + 1}/${FOLDS}: ${test.length} questions predicted`);
  }
  // The paragraph choice, cross-validated over the same folds on those judgements.
  const pooled: Prediction[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = judged.filter((j) => j.item.article % FOLDS === fold);
    const choice = fitChoice(judged.filter((j) => j.item.article % FOLDS !== fold));
    if (test.length) pooled.push(...predictChosen(test, choice));
  }
  const mostConfident = predictChosen(judged).filter((p) => p.item.source !== 'news');
  const squad = pooled.filter((p) => p.item.source !== 'news');
  const news = pooled.filter((p) => p.item.source === 'news');
  const at = (preds: readonly Prediction[], t: number) =>
    preds.map((p) => ({ ...p, answer: p.confidence >= t ? p.answer : null }));
  // The lowest threshold (the most real questions answered) that refuses at least
  // MIN_TRICKS_REFUSED of the hand-written tricks and MIN_NEWS_TRICKS_REFUSED of the news stories'
  // tricks: a confident wrong answer is the worst outcome.
  const threshold = Math.max(
    thresholdRefusing(squad, MIN_TRICKS_REFUSED),
    news.length ? thresholdRefusing(news, MIN_NEWS_TRICKS_REFUSED, 'news') : 0,
  );
  log('threshold curve (hand-written tricks refused: threshold, HasAns F1 / tricks refused / overall):');
  for (const share of [0.1, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const t = thresholdRefusing(squad, share);
    const f = figures(at(squad, t));
    log(
      `  ${(share * 100).toFixed(0)} %: ${t.toFixed(4)}  ${(f.hasAnsF1 * 100).toFixed(1)} / ${(tricksRefused(f.noAnsRefused) * 100).toFixed(1)}% / ${(f.overall * 100).toFixed(1)}`,
    );
  }
  const rules: Prediction[] = squad.map((p) => ({
    ...p,
    answer: p.item.ruleAnswer,
    span: p.item.ruleAnswer,
  }));
  log(`cross-validated by article (${FOLDS} folds), threshold ${threshold.toFixed(4)}:`);
  log(formatFigures('rule engine', figures(rules)));
  log(formatFigures('model', figures(at(squad, threshold))));
  if (news.length) log(formatFigures('model, news', figures(at(news, threshold))));
  log(`AUC (hand-written tricks vs real SQuAD questions, by confidence): ${auc(squad).toFixed(3)}`);
  log(formatFigures('answer all', figures(squad)));
  log(formatFigures('… most sure', figures(mostConfident)));
  log(
    `cite@1 answering all (the chosen paragraph is the gold one, answerable SQuAD): ${citedGold(squad)} (the most confident paragraph: ${citedGold(mostConfident)})`,
  );
  log('per question word (HasAns F1):');
  log(perQuestionWord(at(squad, threshold), rules));
  log('calibration (confidence bucket: share right):');
  log(calibration(squad, threshold));
  const figuresAt = (t: number) =>
    [
      formatFigures('model', figures(at(squad, t))),
      ...(news.length ? [formatFigures('model, news', figures(at(news, t)))] : []),
    ].join('\n');
  return { threshold, figuresAt, pooled, judged };
}

/** The share (%) of answerable questions whose chosen paragraph is the gold one. */
function citedGold(preds: readonly Prediction[]): string {
  const has = preds.filter((p) => !p.item.question.isImpossible);
  return `${((100 * has.filter((p) => p.citedGold).length) / (has.length || 1)).toFixed(1)} %`;
}
