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
import { EVAL_PATHS } from './eval/paths.ts';
import { checkCommand } from './eval/checkCommand.ts';
import { formatTargets, squadDevReport, targetRows, warmP99 } from './eval/targets.ts';
import { formatOwnRun, ownCalibration, runOwnSets } from './eval/ownSets.ts';
import type { SystemRun } from './eval/report.ts';
import { heldoutCommand, squadCommand } from './eval/squadCommand.ts';
import { kindLabel, tally, tallyBy } from './eval/runEval.ts';

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
  const run = await runOwnSets(answerQuestion);
  for (const skipped of run.kb.skipped) console.warn(`skipped ${skipped.file}: ${skipped.reason}`);
  console.log(formatOwnRun(run, flags.verbose));
  const squad = await squadDevReport(answerQuestion);
  console.log('\n' + formatTargets(targetRows(run, squad, warmP99(run, answerQuestion))));
  if (flags.json) {
    const { stories, paragraphs } = statsOf(run.kb);
    const report = {
      generatedAt: new Date().toISOString(),
      knowledge: { stories, paragraphs, questionSets: run.sets.map((s) => s.file) },
      lede: summaryOf(run.lede),
      baseline: summaryOf(run.baseline),
      deltaPoints: tally(run.lede.results).percentRight - tally(run.baseline.results).percentRight,
      unanswerables: { lede: tally(run.ledeTricks), baseline: tally(run.baselineTricks) },
      calibration: ownCalibration(run),
    };
    await mkdir(path.dirname(EVAL_PATHS.jsonReport), { recursive: true });
    await writeFile(EVAL_PATHS.jsonReport, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nwrote ${path.relative(process.cwd(), EVAL_PATHS.jsonReport)}`);
  }
}

async function main(): Promise<void> {
  const args = parseEvalArgs(process.argv.slice(2));
  if (args === 'help') return console.log(USAGE);
  if (args.check) {
    if (!(await checkCommand(answerQuestion, args.update))) process.exitCode = 1;
    return;
  }
  if (args.heldout) {
    await heldoutCommand(args, answerQuestion);
    return;
  }
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
