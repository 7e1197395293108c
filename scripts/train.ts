/**
 * `npm run train`: rebuilds the answer model (src/qa/model/weights.json) from the SQuAD dev copy
 * (answerable) plus generated and hand-written unanswerables, deterministically, and prints
 * leave-articles-out cross-validated figures against the rule engine it replaces.
 *
 *   npm run train                 rebuild and write the weights
 *   npm run train -- --check      exit 1 when the committed weights differ from a rebuild
 *   npm run train -- --limit 40   only the first 40 questions of each article (quick runs, tests)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { calibrated, WEIGHTS_FILE } from '../src/qa/model.ts';
import { calibrationPoints, fitCalibration, uncalibrated } from './train/calibrate.ts';
import { calibration as calibrationTable } from './train/report.ts';
import { trainingItems } from './train/trainingItems.ts';
import { crossValidate } from './train/crossValidate.ts';
import { fit, fitChoice } from './train/fit.ts';
import { ownStoriesFloor } from './train/ownStoriesFloor.ts';
import { serializeWeights } from './train/trainModel.ts';
import { scorePrediction } from './eval/squad.ts';

/** The cross-validated predictions, one line each, for trying threshold rules without retraining. */
const cvDump = (pooled: ReturnType<typeof crossValidate>['pooled']) =>
  pooled.map((p) => ({
    source: p.item.source,
    impossible: p.item.question.isImpossible,
    question: p.item.question.question,
    confidence: p.confidence,
    right: p.right,
    real: p.real,
    answered: p.answer !== null,
    f1: scorePrediction(p.span, p.item.question).f1,
    article: p.item.article,
    wh: p.item.view.wh,
    paragraphs: p.paragraphs,
  }));

async function main(argv: string[]) {
  const check = argv.includes('--check');
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
  const quiet = argv.includes('--quiet');
  const log = (line: string) => (quiet ? undefined : console.log(line));
  const started = performance.now();
  const { items, handWritten } = await trainingItems(limit);
  const news = items.filter((i) => i.source === 'news').length;
  log(
    `${items.length} questions (${handWritten} hand-written unanswerables, ${news} of news stories) read in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const cv = crossValidate(items, log);
  const dumpAt = argv.indexOf('--dump-cv');
  if (dumpAt >= 0) writeFileSync(argv[dumpAt + 1]!, JSON.stringify(cvDump(cv.pooled)));
  const calibration = fitCalibration(calibrationPoints(cv.pooled));
  const weights = { ...fit(items), choice: fitChoice(cv.judged), calibration };
  const cvThreshold = Math.ceil(calibrated(cv.threshold, calibration) * 10000) / 10000;
  log(
    `calibration a ${calibration.a}, b ${calibration.b}: threshold ${cv.threshold.toFixed(4)} → ${cvThreshold}`,
  );
  log('calibrated (confidence bucket: share right):');
  log(
    calibrationTable(
      cv.pooled
        .filter((p) => p.item.source !== 'news')
        .map((p) => ({ ...p, confidence: calibrated(p.confidence, calibration) })),
      cvThreshold,
    ),
  );
  const threshold = await ownStoriesFloor(weights, cvThreshold, log);
  if (threshold > cvThreshold) {
    log(`threshold ${threshold.toFixed(4)} (raised from ${cvThreshold} to refuse our own stories' tricks):`);
    log(cv.figuresAt(uncalibrated(threshold, calibration)));
  }
  const json = serializeWeights(weights, threshold);
  log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const file = fileURLToPath(WEIGHTS_FILE);
  if (check) {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed !== json) {
      console.error(`train --check: ${file} differs from a rebuild; run npm run train`);
      process.exitCode = 1;
    } else log('train --check: the committed weights are reproduced byte for byte');
    return;
  }
  if (argv.includes('--stdout')) process.stdout.write(json);
  else {
    writeFileSync(file, json);
    log(`wrote ${file} (${json.length} bytes)`);
  }
}

await main(process.argv.slice(2));
