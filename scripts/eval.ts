/**
 * `npm run eval`: asks every gold question of test/fixtures/questions against all stories at once
 * (bundled knowledge + test stories), scores lede's answers and the naive baseline's side by side.
 * It measures; it never fails the build on a low score.
 *
 *   npm run eval                 tables per story and per kind, lede vs baseline
 *   npm run eval -- --verbose    also every question lede got wrong, with what it answered
 *   npm run eval -- --json       also writes bench/eval.json
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { answerQuestion } from '../src/qa/index.ts';
import { statsOf } from '../src/search/knowledgeBase.ts';
import { naiveAnswerQuestion } from './eval/naiveBaseline.ts';
import { EVAL_PATHS } from './eval/paths.ts';
import { loadQuestionSets } from './eval/questionSets.ts';
import { formatReport, formatWrongAnswers, type SystemRun } from './eval/report.ts';
import { kindLabel, loadEvalKnowledge, runQuestions, tally, tallyBy } from './eval/runEval.ts';

const USAGE = 'usage: npm run eval [-- --verbose] [-- --json]';

function parseArgs(argv: readonly string[]): { verbose: boolean; json: boolean } {
  const flags = { verbose: false, json: false };
  for (const arg of argv) {
    if (arg === '--verbose' || arg === '-v') flags.verbose = true;
    else if (arg === '--json') flags.json = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`eval: unknown option ${arg}\n${USAGE}`);
  }
  return flags;
}

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

async function main(): Promise<void> {
  const flags = parseArgs(process.argv.slice(2));
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
