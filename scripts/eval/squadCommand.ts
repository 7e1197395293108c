import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runHeldout } from './heldout.ts';
import { EVAL_PATHS } from './paths.ts';
import type { Answerer } from './runEval.ts';
import { runSquad, type SystemResults } from './squadEval.ts';
import { formatSpanReport } from './squadFormat.ts';
import { RIGHT_F1, type SpanReport } from './squadSummary.ts';
import type { SpanResult } from './squadRun.ts';

/** One line per question lede got wrong (F1 below RIGHT_F1 or answered an unanswerable). */
export function formatSpanMisses(results: readonly SpanResult[]): string {
  const misses = results.filter((r) => r.score.f1 < RIGHT_F1);
  const lines = misses.map((r) => {
    const said =
      r.error !== undefined
        ? `threw: ${r.error}`
        : r.prediction === null
          ? 'refused'
          : JSON.stringify(r.prediction);
    const want = r.gold.isImpossible
      ? `a refusal (${r.gold.trick ?? 'unanswerable'})`
      : JSON.stringify(r.gold.answers[0]);
    return `✗ ${r.gold.article} ¶${r.gold.paragraph} ${r.gold.question}\n    said ${said}, want ${want}`;
  });
  return [`lede: ${misses.length} of ${results.length} with F1 < ${RIGHT_F1}`, ...lines].join('\n');
}

/** The per-question record kept in the JSON report: enough to diff two runs. */
const compact = (r: SpanResult) => ({
  id: r.gold.id,
  prediction: r.prediction,
  confidence: Number(r.confidence.toFixed(3)),
  f1: Number(r.score.f1.toFixed(3)),
  citedGold: r.citedGold,
});

export async function writeSpanJson(
  file: string,
  reports: readonly SpanReport[],
  results: readonly SystemResults[],
): Promise<void> {
  const body = {
    generatedAt: new Date().toISOString(),
    reports,
    questions: results.map((r) => r.lede.map(compact)),
  };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(body, null, 1) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
}

/** `npm run eval -- --squad FILE …`: prints the report; with --json writes bench/eval-squad.json. */
export async function squadCommand(
  options: { files: string[]; allInOne: boolean; articles?: string; verbose: boolean; json: boolean },
  engine: Answerer,
): Promise<SpanReport> {
  const { report, results } = await runSquad(options, engine);
  if (options.verbose) console.log(formatSpanMisses(results.lede) + '\n');
  console.log(formatSpanReport(report));
  if (options.json) await writeSpanJson(EVAL_PATHS.squadJsonReport, [report], [results]);
  return report;
}

/** `npm run eval -- --heldout`: the same report over the held-out news stories; --json writes bench/eval-heldout.json. */
export async function heldoutCommand(
  options: { verbose: boolean; json: boolean },
  engine: Answerer,
): Promise<SpanReport> {
  const { report, results } = await runHeldout(engine);
  if (options.verbose) console.log(formatSpanMisses(results.lede) + '\n');
  console.log(formatSpanReport(report));
  if (options.json) await writeSpanJson(EVAL_PATHS.heldoutJsonReport, [report], [results]);
  return report;
}
