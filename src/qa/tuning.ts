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
 * Once a paragraph judged for a question is sure (over the answer threshold), a retrieved paragraph
 * whose best sentence's evidence score is under this share of the top one's is not judged
 * (retrieve.ts, worthJudging): tagging and judging the paragraphs read is most of a question's CPU
 * on a large collection, where nearly every paragraph is read for the first time. answerDump.ts
 * --squad 13, 5,200 answers: at 0.7 four SQuAD answers moved, the rest byte for byte: three refused
 * before are answered ("the 2003" for "When did Kenya reach the semi-finals?", gold "2003"), one
 * answer ("East Asia", Teacher) refused; SQuAD half-and-half EM 31.3 → 31.4, F1 36.5, HasAns F1 25.7,
 * contains 27.7 %, unanswerables refused 86.9 % as before; own sets and held-out news unchanged. At
 * 0.6 only the Kenya answer moved, at 0.8 nine (two refused). Skipping under 0.5 without waiting for
 * a sure paragraph moved three, one of them a held-out news answer refused. Bench questions, CPU a
 * question before → after in one process (answerPair.ts, load 13–14): at 0.6 bundled 8.5 → 5.1 ms,
 * 10k 17.3 → 13.1, 100k 27.8 → 25.6; at 0.7, 100k 25.4 → 20.2 (at 100k more paragraphs hold most of
 * the question, so fewer fall under a ratio).
 */
export const UNJUDGED_SCORE_RATIO = 0.7;

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
 * The threshold must also refuse this share of the news training stories' tricks (cross-validated
 * by story): news tricks score higher than the hand-written SQuAD ones, so the SQuAD floor alone
 * (threshold 0.0185, with the detector squared) refused only 42 % of them, under the held-out check's floor of half. Refit
 * over the committed ranker: at 50 % SQuAD HasAns F1 28.6 (hand-written refused 67.6 %), news F1
 * 47.4; at 60 % 24.8 / 76.0 % / 42.2. 55 % was meant to keep a margin above half for unseen
 * stories, but once our own stories' tricks were caught by rules (ruleTrickAsked.ts) and this floor
 * set the threshold (0.4044), the held-out news stories had only 42.5 % of their tricks refused
 * (17 of 40; npm run eval -- --heldout): cross-validation by story overstates unseen stories by about
 * 13 points. At 70 % (threshold 0.4469) answering rose but refusing fell more: the six-story
 * unseen probe (test/qa/unseenNews.test.ts, written before it was asked) went from 87 of 108 answered
 * right and 62 of 66 tricks refused (at 0.5064) to 91 and 50, and SQuAD cross-validated overall F1
 * from 53.6 (HasAns 15.3, tricks 91.8 %) to 52.1 (24.2, 80.0 %). A confident wrong answer is worse
 * than a refusal, so the floor is 85 %, near the 87 % that 0.5064 refused.
 */
export const MIN_NEWS_TRICKS_REFUSED = 0.85;

/**
 * And this share of the hand-written unanswerables over our own stories, asked through the whole
 * engine with its trick checks (scripts/train/ownStoriesFloor.ts). Those stories are news, like
 * the held-out ones, and their tricks score higher than SQuAD's: with the merged ranker and trick
 * detector at the cross-validated threshold (0.1121), made-up answers such as "Formula" for "Who won
 * the Imola race?" (0.31) or "grows or it slowly dies" for "What did the governor say about the
 * port?" (0.34) passed, and the held-out news stories had only a third of their tricks refused
 * (32.5 %, was 45 %). 85 % is the issue's target: with the paragraph choice and the ranker's path
 * features the 80 % floor (threshold 0.4737) got 82.3 % of the own sets right and 0.54 gets the same
 * 82.3 % with 85.2 % of these tricks refused, so the higher floor costs our own questions nothing. It
 * is measured on the set the quality gate reports, so that figure is a floor by construction, not
 * an independent check (the held-out stories are). It set the threshold (0.5064, the score up to
 * which the 13th most confident of the 81 tricks was answered) until the trick checks of
 * ruleTrickAsked.ts refused the five tricks that pinned it (docs/answer-engine.md, "Where the real
 * questions' refusals come from"); now it holds from 0.40 up and the news floor binds.
 */
export const MIN_OWN_TRICKS_REFUSED = 0.85;

/**
 * Question kinds where the rule extractor's span beats the ranker's: clauses, and the doer of a
 * "who did" question (cross-validated HasAns F1 on squad-1.1-dev-13, 120 questions per article:
 * why 28.7 vs 26.8, how 20.9 vs 17.2, where 18.4 vs 17.3, who 30.8 vs 31.7; our own sets, right:
 * why 4/8 vs 1/8, what-did 3/6 vs 1/6, who 19/20 vs 15/20). The refusal model still decides whether
 * to answer at all.
 */
export const RULE_SPAN_KINDS: ReadonlySet<QuestionKind> = new Set(['why', 'how', 'what-did', 'where', 'who']);

/**
 * The share of the question's weight the span's sentence holds that makes it "mid" and "hi" for the
 * refusal features' crossing (refusal.ts, byRelevance): three bands 0.3 / 0.6 gave AUC 0.721 and
 * HasAns F1 30.7 in cross-validation; four (0.3 / 0.5 / 0.7) 0.710 and 31.0 but 39.1 vs 41.8 on the
 * news training stories.
 */
export const RELEVANCE_BANDS = [0.3, 0.6] as const;

/**
 * How far below the threshold, as a share of it, an answer may be when the rule extractor and the
 * model agree on it (the same paragraph, one span within the other) and no trick check objects
 * (ruleTricks.ts). Replayed over one run of the weights of 2026-12-01 (threshold 0.325) on our own
 * sets and on squad-1.1-dev-13 with its 754 hand-written tricks (own sets right / SQuAD HasAns F1 /
 * SQuAD tricks refused): 0 → 77.2 % / 22.6 / 63.5 %; 0.035 below (11 %) → 79.1 % / 24.0 / 60.9 %;
 * 0.05 below (15 %) → 80.4 % / 24.6 / 59.8 %; 0.125 below (38 %) → 81.6 % / 27.4 / 53.3 % (below
 * the 58.5 % refused before the trick checks). Two extractors agreeing is evidence the refusal
 * model does not see whole; past 15 % the tricks they agree on cost more than the answers gained.
 * A share, not a difference, so it keeps its meaning when a retrained model moves the threshold.
 */
export const AGREEMENT_MARGIN = 0.15;

/**
 * Similarity at and above which a sentence word stands for the missing question word (a paraphrase;
 * refusalMeaning.ts).
 * The compact vectors rate related words high ("sold"/"bought" 0.95, "largest"/"smallest" 0.67,
 * "purchased"/"bought" 0.92): at 0.7 / 0.45 the cues gave AUC 0.698 / 0.719, at 0.85 / 0.6
 * 0.699 / 0.720.
 */
export const VECTOR_SYNONYM = 0.85;
/** Similarity at and above which it is a related word (a swap when below VECTOR_SYNONYM). */
export const VECTOR_RELATED = 0.6;
