/**
 * `npm run eval`: measures answer quality (see `USAGE` in eval/args.ts and README "Answer quality").
 *
 *   npm run eval                     our own question sets over all stories at once, lede vs baseline
 *   npm run eval -- --squad FILE     a SQuAD v1.1 / v2.0 file, one knowledge folder per article
 *   npm run eval -- --heldout        the held-out news stories
 *   npm run eval -- --check          the quality gate against bench/quality.json (exit 1 on a drop)
 *   --verbose lists the misses; --json writes the report under bench/
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { answerQuestion } from '../src/qa/index.ts';
import { statsOf } from '../src/search/knowledgeBase.ts';
import { parseEvalArgs, USAGE } from './eval/args.ts';
import { naiveAnswerQuestion } from './eval/naiveBaseline.ts';
import { EVAL_PATHS } from './eval/paths.ts';
import { loadQuestionSets } from './eval/questionSets.ts';
import { formatReport, formatWrongAnswers, type SystemRun } from './eval/report.ts';
import { squadCommand } from './eval/squadCommand.ts';
import { kindLabel, loadEvalKnowledge, runQuestions, tally, tallyBy } from './eval/runEval.ts';

function summaryOf(run: SystemRun) {
  return {
    name: run.name,
    all: tally(run.results),
    byStory: Object.fromEntries(tallyBy(run.results, (r) => r.story)),
    byKind: Object.fromEntries(tallyBy(run.results, kindLabel)),
    meanMs: run.results.reduce((sum, r) => sum + r.ms, 0) / (run.results.length || 1),
    results: run.results,
  };
}

async function ownSets(flags: { verbose: boolean; json: boolean }): Promise<void> {
  const kb = await loadEvalKnowledge(EVAL_PATHS.storyDirs);
  const sets = await loadQuestionSets(EVAL_PATHS.questionsDir);
  for (const skipped of kb.skipped) console.warn(`skipped ${skipped.file}: ${skipped.reason}`);

  const lede: SystemRun = { name: 'lede', results: runQuestions(kb, sets, answerQuestion) };
  const baseline: SystemRun = { name: 'baseline', results: runQuestions(kb, sets, naiveAnswerQuestion) };

  const { stories, paragraphs } = statsOf(kb);
  const questions = lede.results.length;
  console.log(
    `${questions} questions over ${sets.length} question sets; ${stories} stories, ${paragraphs} paragraphs in one knowledge base\n`,
  );
  if (flags.verbose) console.log(formatWrongAnswers(lede) + '\n');
  console.log(formatReport(lede, baseline));

  if (flags.json) {
    const report = {
      generatedAt: new Date().toISOString(),
      knowledge: { stories, paragraphs, questionSets: sets.map((s) => s.file) },
      lede: summaryOf(lede),
      baseline: summaryOf(baseline),
      deltaPoints: tally(lede.results).percentRight - tally(baseline.results).percentRight,
    };
    await mkdir(path.dirname(EVAL_PATHS.jsonReport), { recursive: true });
    await writeFile(EVAL_PATHS.jsonReport, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nwrote ${path.relative(process.cwd(), EVAL_PATHS.jsonReport)}`);
  }
}

async function main(): Promise<void> {
  const args = parseEvalArgs(process.argv.slice(2));
  if (args === 'help') return console.log(USAGE);
  if (args.squad.length) {
    await squadCommand(
      {
        files: args.squad,
        allInOne: args.allInOne,
        ...(args.articles !== undefined ? { articles: args.articles } : {}),
        verbose: args.verbose,
        json: args.json,
      },
      answerQuestion,
    );
    return;
  }
  await ownSets(args);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
