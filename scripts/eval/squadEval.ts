import path from 'node:path';
import { loadKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { naiveAnswerQuestion } from './naiveBaseline.ts';
import type { Answerer } from './runEval.ts';
import { loadSquad, type SquadArticle } from './squad.ts';
import { mergeSquad, selectArticles } from './squadMerge.ts';
import { refuseEverything, runSpanQuestions, spanQuestionsOf, type SpanResult } from './squadRun.ts';
import { writeSquadFolders } from './squadStories.ts';
import { buildSpanReport, type SpanReport } from './squadSummary.ts';

export interface SquadOptions {
  files: readonly string[];
  allInOne: boolean;
  /** Article titles (comma-separated) or a count of first articles; all when undefined. */
  articles?: string;
  /** Also ask the naive baseline and "refuse everything" (default true; the gate needs only the engine). */
  compare?: boolean;
}

/** Reads and merges the files, then keeps the chosen articles. */
export async function loadSquadArticles(
  files: readonly string[],
  articles?: string,
): Promise<SquadArticle[]> {
  const loaded = await Promise.all(
    files.map((file) =>
      loadSquad(file).catch((error: NodeJS.ErrnoException) => {
        if (!error.code) throw error;
        throw new Error(`eval: cannot read the SQuAD file ${file} (${error.code})`);
      }),
    ),
  );
  return selectArticles(mergeSquad(loaded), articles);
}

/** The three systems every run compares. */
export interface SystemResults {
  lede: SpanResult[];
  baseline: SpanResult[];
  refuseAll: SpanResult[];
}

/**
 * Writes the articles as story folders (per article, or all in one), loads each with the real
 * loader and asks every question of the folder it belongs to, with the engine, the naive baseline
 * and "refuse everything". The temporary folders are removed afterwards.
 */
export async function runSquad(
  options: SquadOptions,
  engine: Answerer,
): Promise<{ report: SpanReport; results: SystemResults }> {
  const articles = await loadSquadArticles(options.files, options.articles);
  if (articles.length === 0) throw new Error('eval: no article to ask about');
  const written = await writeSquadFolders(articles, options.allInOne);
  const results: SystemResults = { lede: [], baseline: [], refuseAll: [] };
  try {
    for (const { dir, articles: group } of written.folders) {
      const kb = await loadKnowledgeBase(dir);
      const questions = spanQuestionsOf(group);
      results.lede.push(...runSpanQuestions(kb, questions, engine));
      if (options.compare === false) continue;
      results.baseline.push(...runSpanQuestions(kb, questions, naiveAnswerQuestion));
      results.refuseAll.push(...runSpanQuestions(kb, questions, refuseEverything));
    }
  } finally {
    await written.remove();
  }
  const names = options.files.map((file) => path.basename(file)).join(' + ');
  const mode = options.allInOne ? 'all articles in one knowledge folder' : 'one knowledge folder per article';
  const title = `SQuAD ${names}, ${articles.length} articles, ${mode}`;
  return { report: buildSpanReport(title, results.lede, results.baseline, results.refuseAll), results };
}
