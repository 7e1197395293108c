import path from 'node:path';
import { runOwnSets } from './ownSets.ts';
import { EVAL_PATHS } from './paths.ts';
import { compareQuality, formatGate, readQuality, writeQuality, type QualityFigures } from './qualityGate.ts';
import { tally, type Answerer } from './runEval.ts';
import { runSquad } from './squadEval.ts';

/** Measures the gate's figures with `engine`: our own sets, our unanswerables, the SQuAD dev copy. */
export async function measureQuality(engine: Answerer): Promise<QualityFigures> {
  const own = await runOwnSets(engine);
  const { report } = await runSquad(
    { files: [EVAL_PATHS.squadDev], allInOne: false, compare: false },
    engine,
  );
  const tricks = tally(own.ledeTricks);
  return {
    ownSetsRight: tally(own.lede.results).percentRight,
    ownUnanswerablesRefused: tricks.n ? (100 * tricks.refusedRight) / tricks.n : 0,
    squadDevHasAnsF1: report.lede.hasAnsF1,
  };
}

/**
 * `npm run eval -- --check`: true when no figure fell more than the tolerance below
 * bench/quality.json. With `update`, writes the measured figures there instead.
 */
export async function checkCommand(engine: Answerer, update: boolean): Promise<boolean> {
  const measured = await measureQuality(engine);
  if (update) {
    await writeQuality(EVAL_PATHS.quality, measured);
    console.log(`wrote ${path.relative(process.cwd(), EVAL_PATHS.quality)}: ${JSON.stringify(measured)}`);
    return true;
  }
  const rows = compareQuality(await readQuality(EVAL_PATHS.quality), measured);
  console.log(formatGate(rows));
  return !rows.some((r) => r.failed);
}
