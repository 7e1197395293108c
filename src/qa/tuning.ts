/**
 * Every tuned constant of the learned answer engine, with the figure that justifies it.
 * (The rule engine's own thresholds stay beside the rules they tune, in answerQuestion.ts.)
 */

/**
 * How many retrieved paragraphs the model judges. On squad-1.1-dev-13 (one knowledge base per
 * article) the gold paragraph is among the first 3 for most questions; more paragraphs cost time
 * (each is ~100 candidates) and add chances for a confident wrong answer.
 */
export const PARAGRAPHS_READ = 3;
