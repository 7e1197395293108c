import { performance } from 'node:perf_hooks';
import { loadStories } from '../../src/knowledge/loadStories.ts';
import type { SkippedFile, Story } from '../../src/knowledge/types.ts';
import type { Answer } from '../../src/qa/types.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import type { GoldKind, QuestionSet } from './questionSets.ts';
import { scoreAnswer, type Score } from './scoreAnswer.ts';

/** Anything shaped like `answerQuestion`: the engine, the naive baseline, a stub in a test. */
export type Answerer = (kb: KnowledgeBase, question: string) => Answer;

/**
 * Loads every folder with `loadStories` and indexes the union as one knowledge base, so each
 * question competes with every other story's paragraphs. Throws when two folders hold the same
 * story id, since a question could then not say which story it means.
 */
export async function loadEvalKnowledge(dirs: readonly string[]): Promise<KnowledgeBase> {
  const stories: Story[] = [];
  const skipped: SkippedFile[] = [];
  for (const dir of dirs) {
    const loaded = await loadStories(dir);
    stories.push(...loaded.stories);
    skipped.push(...loaded.skipped.map((s) => ({ ...s, file: `${dir}/${s.file}` })));
  }
  const seen = new Set<string>();
  for (const story of stories) {
    if (seen.has(story.id)) throw new Error(`eval: two stories have the id "${story.id}"; rename one file`);
    seen.add(story.id);
  }
  return buildKnowledgeBase(stories, skipped);
}

/** One gold question, what was answered, and its score. */
export interface QuestionResult {
  story: string;
  /** 1-based position in its question set. */
  number: number;
  q: string;
  kind: GoldKind | undefined;
  answerable: boolean;
  answer: string | null;
  /** The answerer's confidence, 0..1 (0 when it threw). */
  confidence: number;
  /** The trick label of a hand-written unanswerable. */
  trick?: string;
  /** The first citation, the one that is scored. */
  cited: { story: string; paragraph: number } | null;
  /** The answerer's error message when it threw. */
  error?: string;
  ms: number;
  score: Score;
}

/** Asks every question of every set; an answerer that throws scores as wrong, and the run goes on. */
export function runQuestions(
  kb: KnowledgeBase,
  sets: readonly QuestionSet[],
  answerer: Answerer,
): QuestionResult[] {
  const results: QuestionResult[] = [];
  for (const set of sets) {
    if (!kb.storyById.has(set.story))
      throw new Error(`eval: ${set.file} asks about unknown story "${set.story}"`);
    set.questions.forEach((gold, i) => {
      let answer: Answer | undefined;
      let error: string | undefined;
      const start = performance.now();
      try {
        answer = answerer(kb, gold.q);
      } catch (thrown) {
        error = thrown instanceof Error ? thrown.message : String(thrown);
      }
      const ms = performance.now() - start;
      const first = answer?.citations[0];
      results.push({
        story: set.story,
        number: i + 1,
        q: gold.q,
        kind: gold.kind,
        answerable: gold.answerable,
        answer: answer?.answer ?? null,
        confidence: answer?.confidence ?? 0,
        ...(!gold.answerable && gold.trick !== undefined ? { trick: gold.trick } : {}),
        cited: first ? { story: first.story, paragraph: first.paragraph } : null,
        ...(error !== undefined ? { error } : {}),
        ms,
        score: scoreAnswer(gold, set.story, answer),
      });
    });
  }
  return results;
}

/** Counts over a group of results. */
export interface Tally {
  n: number;
  answerable: number;
  answeredRight: number;
  citedRight: number;
  unanswerable: number;
  refusedRight: number;
  right: number;
  /** right / n, in percent (0 for an empty group). */
  percentRight: number;
}

export function tally(results: readonly QuestionResult[]): Tally {
  const t = {
    n: 0,
    answerable: 0,
    answeredRight: 0,
    citedRight: 0,
    unanswerable: 0,
    refusedRight: 0,
    right: 0,
  };
  for (const { score } of results) {
    t.n++;
    if (score.answerable) t.answerable++;
    else t.unanswerable++;
    if (score.answeredRight) t.answeredRight++;
    if (score.citedRight) t.citedRight++;
    if (score.refusedRight) t.refusedRight++;
    if (score.right) t.right++;
  }
  return { ...t, percentRight: t.n ? (100 * t.right) / t.n : 0 };
}

/** The label of a result's kind in the per-kind table; an unanswerable question may have none. */
export const kindLabel = (result: QuestionResult): string => result.kind ?? '(no kind)';

/** Tallies per key, keys in first-seen order unless `order` is given (its keys first). */
export function tallyBy(
  results: readonly QuestionResult[],
  keyOf: (result: QuestionResult) => string,
  order: readonly string[] = [],
): Map<string, Tally> {
  const groups = new Map<string, QuestionResult[]>(order.map((key) => [key, []]));
  for (const result of results) {
    const key = keyOf(result);
    const group = groups.get(key);
    if (group) group.push(result);
    else groups.set(key, [result]);
  }
  return new Map(
    [...groups].filter(([, group]) => group.length > 0).map(([key, group]) => [key, tally(group)]),
  );
}
