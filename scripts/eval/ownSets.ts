import { readFile } from 'node:fs/promises';
import { statsOf, type KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { calibrationTable, formatCalibration } from './calibration.ts';
import { naiveAnswerQuestion } from './naiveBaseline.ts';
import { EVAL_PATHS } from './paths.ts';
import { loadQuestionSets, parseQuestionSets, type QuestionSet } from './questionSets.ts';
import { formatReport, formatWrongAnswers, type SystemRun } from './report.ts';
import {
  loadEvalKnowledge,
  runQuestions,
  tally,
  tallyBy,
  type Answerer,
  type QuestionResult,
} from './runEval.ts';
import { table } from './squadFormat.ts';

/** One run over our own stories: the gold question sets and the hand-written unanswerables. */
export interface OwnRun {
  kb: KnowledgeBase;
  sets: QuestionSet[];
  unanswerableSets: QuestionSet[];
  lede: SystemRun;
  baseline: SystemRun;
  ledeTricks: QuestionResult[];
  baselineTricks: QuestionResult[];
}

export async function loadUnanswerables(file = EVAL_PATHS.unanswerables): Promise<QuestionSet[]> {
  const sets = parseQuestionSets(await readFile(file, 'utf8'), file);
  for (const set of sets)
    for (const q of set.questions)
      if (q.answerable)
        throw new Error(`eval: ${file}: "${q.q}" is marked answerable; this file holds only unanswerables`);
  return sets;
}

/** Asks the gold sets and the unanswerables of one knowledge base holding every story. */
export async function runOwnSets(engine: Answerer): Promise<OwnRun> {
  const kb = await loadEvalKnowledge(EVAL_PATHS.storyDirs);
  const sets = await loadQuestionSets(EVAL_PATHS.questionsDir);
  const unanswerableSets = await loadUnanswerables();
  return {
    kb,
    sets,
    unanswerableSets,
    lede: { name: 'lede', results: runQuestions(kb, sets, engine) },
    baseline: { name: 'baseline', results: runQuestions(kb, sets, naiveAnswerQuestion) },
    ledeTricks: runQuestions(kb, unanswerableSets, engine),
    baselineTricks: runQuestions(kb, unanswerableSets, naiveAnswerQuestion),
  };
}

const share = (count: number, of: number): string => (of ? `${((100 * count) / of).toFixed(1)}%` : '–');

/** Refusal rate of the hand-written unanswerables, per trick and overall, lede and baseline. */
export function formatTricks(lede: readonly QuestionResult[], baseline: readonly QuestionResult[]): string {
  const trickOf = (r: QuestionResult) => r.trick ?? '(no label)';
  const base = tallyBy(baseline, trickOf);
  const row = (label: string, l: ReturnType<typeof tally>, b: ReturnType<typeof tally> | undefined) => [
    label,
    String(l.n),
    `${l.refusedRight}/${l.n}`,
    share(l.refusedRight, l.n),
    b ? share(b.refusedRight, b.n) : '–',
  ];
  return [
    `Hand-written unanswerables (${EVAL_PATHS.unanswerables.slice(EVAL_PATHS.root.length + 1)}): refused, by trick`,
    table([
      ['trick', 'n', 'lede refused', 'lede %', 'baseline %'],
      ...[...tallyBy(lede, trickOf)].map(([trick, t]) => row(trick, t, base.get(trick))),
      row('all', tally(lede), tally(baseline)),
    ]),
  ].join('\n');
}

/** The calibration of lede's answers to the gold sets: right = the answer scores right (facts + citation). */
export const ownCalibration = (run: OwnRun) =>
  calibrationTable(
    [...run.lede.results, ...run.ledeTricks]
      .filter((r) => r.answer !== null)
      .map((r) => ({ confidence: r.confidence, right: r.score.right })),
  );

/** The printed report of the default run. */
export function formatOwnRun(run: OwnRun, verbose: boolean): string {
  const { stories, paragraphs } = statsOf(run.kb);
  const parts = [
    `${run.lede.results.length} questions over ${run.sets.length} question sets; ${stories} stories, ${paragraphs} paragraphs in one knowledge base\n`,
  ];
  if (verbose)
    parts.push(
      formatWrongAnswers(run.lede) + '\n',
      formatWrongAnswers({ name: 'lede (unanswerables)', results: run.ledeTricks }) + '\n',
    );
  parts.push(
    formatReport(run.lede, run.baseline),
    '',
    formatTricks(run.ledeTricks, run.baselineTricks),
    '',
    formatCalibration(
      ownCalibration(run),
      'the answer holds the facts and cites the right paragraph; answered unanswerables are wrong',
    ),
  );
  return parts.join('\n');
}
