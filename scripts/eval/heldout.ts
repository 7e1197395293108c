import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { naiveAnswerQuestion } from './naiveBaseline.ts';
import { EVAL_PATHS } from './paths.ts';
import type { Answerer } from './runEval.ts';
import type { SystemResults } from './squadEval.ts';
import { refuseEverything, runSpanQuestions, type SpanQuestion } from './squadRun.ts';
import { buildSpanReport, type SpanReport } from './squadSummary.ts';

/**
 * Parses one held-out question file: `{ "story": id, "questions": [...] }` where an answerable
 * question is `{ q, answers: [short gold spans], paragraph }` and an unanswerable one is
 * `{ q, answerable: false, trick, paragraph? }` (`paragraph`: the one the trick was written against).
 */
export function parseHeldoutQuestions(json: string, file: string): SpanQuestion[] {
  const fail = (why: string): never => {
    throw new Error(`eval: ${file}: ${why}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  const { story, questions } = (data ?? {}) as Record<string, unknown>;
  if (typeof story !== 'string' || !story) return fail('"story" must be a story id');
  if (!Array.isArray(questions)) return fail('"questions" must be a list');
  return questions.map((raw: unknown, i): SpanQuestion => {
    const where = `question ${i + 1}`;
    const { q, answers, answerable, trick, paragraph } = (raw ?? {}) as Record<string, unknown>;
    if (typeof q !== 'string' || !q.trim()) return fail(`${where}: "q" must be a non-empty string`);
    const para = paragraph === undefined ? 0 : paragraph;
    if (!Number.isInteger(para) || (para as number) < 0)
      return fail(`${where}: "paragraph" must be a 1-based number`);
    const base = { id: `${story}#${i + 1}`, article: story, question: q, story, paragraph: para as number };
    if (answerable === false) {
      if (typeof trick !== 'string' || !trick)
        return fail(`${where}: an unanswerable question needs a "trick"`);
      return { ...base, answers: [], isImpossible: true, trick };
    }
    if (
      !Array.isArray(answers) ||
      answers.length === 0 ||
      !answers.every((a) => typeof a === 'string' && a.trim())
    )
      return fail(`${where}: "answers" must list the short gold answers`);
    if (para === 0) return fail(`${where}: an answerable question needs its "paragraph"`);
    return { ...base, answers: answers as string[], isImpossible: false };
  });
}

export async function loadHeldoutQuestions(dir = EVAL_PATHS.heldoutQuestions): Promise<SpanQuestion[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const sets = await Promise.all(
    names.map(async (name) => parseHeldoutQuestions(await readFile(path.join(dir, name), 'utf8'), name)),
  );
  return sets.flat();
}

/** Asks the held-out questions of one knowledge base holding the held-out stories, like a new user would. */
export async function runHeldout(engine: Answerer): Promise<{ report: SpanReport; results: SystemResults }> {
  const kb = await loadKnowledgeBase(EVAL_PATHS.heldoutStories);
  const questions = await loadHeldoutQuestions();
  for (const q of questions)
    if (!kb.storyById.has(q.story))
      throw new Error(`eval: held-out question about unknown story "${q.story}"`);
  const results: SystemResults = {
    lede: runSpanQuestions(kb, questions, engine),
    baseline: runSpanQuestions(kb, questions, naiveAnswerQuestion),
    refuseAll: runSpanQuestions(kb, questions, refuseEverything),
  };
  const title = `Held-out news stories (${kb.stories.length} stories in one knowledge folder, never tuned on)`;
  return { report: buildSpanReport(title, results.lede, results.baseline, results.refuseAll), results };
}
