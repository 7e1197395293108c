/**
 * Which of a question's judged paragraphs answers (issue 8). Each paragraph's verdict is reached on
 * its own, and its confidence says whether its best span is right, not whether it is the best
 * paragraph of those read: a softmax over the question's paragraphs, learned from which paragraph's
 * span was right, compares them (the confidence itself, how far it falls below the best one's, and
 * how much more or less of the question each paragraph and sentence holds than the others, and by
 * its story's own term weights, storyMatch.ts). Every feature is of the paragraphs read for this
 * question and their stories — none is a term weight of what is loaded.
 */
import type { Features } from './features.ts';
import { dot, logit, type ModelWeights } from './model.ts';

/** What the choice reads of a paragraph's verdict (rankAnswer.ts). */
export interface ChoiceInput {
  /** The refusal models' raw probability that the paragraph's best span is right. */
  raw: number;
  /** The ranker's probability of the best span within its paragraph. */
  probability: number;
  /** The refusal features of the best span. */
  refusal: Features;
  /** How much of the question the paragraph holds by its story's term weights (storyMatch.ts). */
  storyMatch: number;
}

/** Refusal features compared with the best of the paragraphs read (value minus the maximum). */
const COMPARED = [
  'sentence-overlap',
  'paragraph-overlap',
  'sentence-bigrams',
  'anchors-in-sentence',
  'heaviest-missing-sentence',
  'cue:near-weight',
] as const;

/** The choice features of each paragraph, relative to the others read for the same question. */
export function choiceFeatures(verdicts: readonly ChoiceInput[]): Features[] {
  const scores = verdicts.map((v) => logit(v.raw));
  const top = Math.max(...scores);
  const topProbability = Math.max(...verdicts.map((v) => v.probability));
  const matches = verdicts.map((v) => v.storyMatch).sort((a, b) => b - a);
  const best = COMPARED.map((name) => Math.max(...verdicts.map((v) => v.refusal.get(name) ?? 0)));
  return verdicts.map((v, i) => {
    const f: Features = new Map();
    f.set('score', scores[i]!);
    f.set('below-best', scores[i]! - top);
    if (scores[i] === top) f.set('is-best', 1);
    f.set('probability-below-best', v.probability - topProbability);
    COMPARED.forEach((name, k) => f.set(`below-best:${name}`, (v.refusal.get(name) ?? 0) - best[k]!));
    // The story's own weights: the search's best paragraph, without the weights of what is loaded.
    f.set('story-match', v.storyMatch);
    f.set('story-match-below-best', v.storyMatch - matches[0]!);
    f.set(`story-match-rank:${Math.min(matches.indexOf(v.storyMatch), 3)}`, 1);
    return f;
  });
}

/**
 * The index of the paragraph that answers: the highest choice score, or without a choice model the
 * highest confidence (ties: the first, i.e. the better retrieved); -1 when none was judged.
 */
export function chooseParagraph(
  weights: Pick<ModelWeights, 'choice'>,
  verdicts: readonly ChoiceInput[],
): number {
  const raw = verdicts.map((v) => v.raw);
  return chosenIndex(weights.choice, raw, weights.choice ? choiceFeatures(verdicts) : []);
}

/** `chooseParagraph` over features already worked out (the trainer keeps only these). */
export function chosenIndex(
  choice: Readonly<Record<string, number>> | undefined,
  raw: readonly number[],
  features: readonly Features[],
): number {
  const scores = choice ? features.map((f) => dot(choice, f)) : raw;
  let at = scores.length ? 0 : -1;
  scores.forEach((s, i) => {
    if (s > scores[at]!) at = i;
  });
  return at;
}
