import type { QuestionKind } from './types.ts';

/**
 * Every tuned constant of the learned answer engine, with the figure that justifies it.
 * (The rule engine's own thresholds stay beside the rules they tune, in the rule* modules.)
 */

/**
 * How many retrieved paragraphs the model judges. Each is judged on its own, so reading deeper only
 * adds chances to find the paragraph: with 3, thirty unrelated press reports loaded beside three
 * small stories pushed the answering paragraph of "Who voted against the plan?" out of reach
 * (test/qa/state.test.ts); each paragraph costs ~100 candidates (~0.3 ms once tagged).
 */
export const PARAGRAPHS_READ = 6;

/**
 * The answer threshold is the lowest (most real questions answered) whose cross-validated run
 * refuses at least this share of the hand-written unanswerables: the floor is half, the
 * margin keeps held-out tricks above it: at a 55 % floor (threshold 0.30) the held-out news stories
 * had only 45 % of their tricks refused and a floods story answered "Who won the Imola race?"
 * ("Formula"); at 60 % the threshold is 0.35 (CV: HasAns F1 21.3, tricks refused 62.5 %, overall
 * 41.9 vs 40.1). (Maximising the half-unanswerable overall F1 instead picks a threshold that refuses
 * 98 % of everything: 50.1 overall, 1.7 HasAns F1 — useless to a reader.)
 */
export const MIN_TRICKS_REFUSED = 0.6;

/**
 * Question kinds where the rule extractor's span beats the ranker's: clauses, and the doer of a
 * "who did" question (cross-validated HasAns F1 on squad-1.1-dev-13, 120 questions per article:
 * why 28.7 vs 26.8, how 20.9 vs 17.2, where 18.4 vs 17.3, who 30.8 vs 31.7; our own sets, right:
 * why 4/8 vs 1/8, what-did 3/6 vs 1/6, who 19/20 vs 15/20). The refusal model still decides whether
 * to answer at all.
 */
export const RULE_SPAN_KINDS: ReadonlySet<QuestionKind> = new Set(['why', 'how', 'what-did', 'where', 'who']);

/**
 * How strongly the trick detector (the `answerable` model) weighs in the confidence: span right ×
 * real question ^ this. Cross-validated on squad-1.1-dev-13 with the hand-written tricks (refit of
 * the refusal models over the committed ranker, threshold at 60 % of the tricks refused): HasAns F1
 * 23.0 with the span model alone, 30.0 with exponent 1, 30.3 with 2, 29.5 with 3 (AUC tricks vs
 * real questions 0.48 → 0.63 / 0.69 / 0.71); on the news training stories 35.8 / 39.4 / 36.1.
 */
export const ANSWERABLE_EXPONENT = 2;

/**
 * The share of the question's weight the span's sentence holds that makes it "mid" and "hi" for the
 * refusal features' crossing (refusal.ts, byRelevance): three bands 0.3 / 0.6 gave AUC 0.721 and
 * HasAns F1 30.7 in cross-validation; four (0.3 / 0.5 / 0.7) 0.710 and 31.0 but 39.1 vs 41.8 on the
 * news training stories.
 */
export const RELEVANCE_BANDS = [0.3, 0.6] as const;
