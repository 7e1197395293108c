import { access } from 'node:fs/promises';
import type { OwnRun } from './ownSets.ts';
import { EVAL_PATHS } from './paths.ts';
import { runQuestions, tally, type Answerer } from './runEval.ts';
import { table } from './squadFormat.ts';
import { runSquad } from './squadEval.ts';
import { quantile, type SpanReport } from './squadSummary.ts';

/** The figures issue 8 asks for, measured now, with its targets. */
export interface TargetRow {
  figure: string;
  now: string;
  target: string;
}

const f = (value: number): string => value.toFixed(1);

/** The SQuAD dev report the table needs, or null when ../shared/squad is not there. */
export async function squadDevReport(engine: Answerer): Promise<SpanReport | null> {
  try {
    await access(EVAL_PATHS.squadDev);
  } catch {
    return null;
  }
  return (await runSquad({ files: [EVAL_PATHS.squadDev], allInOne: false, compare: false }, engine)).report;
}

/**
 * p99 time of the engine over our own gold questions, asked a second time: the first pass pays
 * for lazy set-up and the JIT, which `npm run bench` also leaves out.
 */
export function warmP99(own: OwnRun, engine: Answerer): number {
  return quantile(
    runQuestions(own.kb, own.sets, engine).map((r) => r.ms),
    0.99,
  );
}

/** Rows of the figures table from a run over our own sets and, when there, the SQuAD dev report. */
export function targetRows(own: OwnRun, squad: SpanReport | null, ownP99: number): TargetRow[] {
  const sets = tally(own.lede.results);
  const tricks = tally(own.ledeTricks);
  const high = squad?.calibration.at(-1);
  return [
    {
      figure: 'squad-1.1-dev-13, per article: HasAns F1 / contains',
      now: squad ? `${f(squad.lede.hasAnsF1)} / ${f(squad.lede.contains)} %` : '(../shared/squad missing)',
      target: '≥ 55 / ≥ 70 %',
    },
    {
      figure: 'own hand-written unanswerables refused',
      now: `${f(tricks.n ? (100 * tricks.refusedRight) / tricks.n : 0)} % (${tricks.refusedRight}/${tricks.n})`,
      target: '≥ 85 %',
    },
    {
      figure: 'own question sets: right',
      now: `${f(sets.percentRight)} % (answered ${sets.answeredRight}/${sets.answerable}, refused ${sets.refusedRight}/${sets.unanswerable})`,
      target: '≥ 92 %',
    },
    {
      figure: 'SQuAD dev: share right among answers with confidence ≥ 0.8',
      now: high?.shareRight != null ? `${f(100 * high.shareRight)} % of ${high.answers}` : '–',
      target: '≥ 80 %',
    },
    {
      figure: 'answer p99: our five stories (2nd pass) / a SQuAD article (52–98 ¶, one pass)',
      now: `${ownP99.toFixed(1)} ms / ${squad ? `${squad.ms.p99.toFixed(1)} ms` : '–'}`,
      target: '≤ 5 ms / ≤ 30 ms',
    },
  ];
}

export function formatTargets(rows: readonly TargetRow[]): string {
  return [
    'Figures of issue 8 (now vs target)',
    table([['figure', 'now', 'target'], ...rows.map((r) => [r.figure, r.now, r.target])]),
  ].join('\n');
}
