import { readFile, writeFile } from 'node:fs/promises';

/** A figure may fall this many points below the committed one before the gate fails. */
export const TOLERANCE_POINTS = 2;

/** The figures the gate holds, each a percentage where higher is better. */
export const QUALITY_FIGURES = {
  ownSetsRight: 'own question sets: % right (test/fixtures/questions)',
  ownUnanswerablesRefused: 'own hand-written unanswerables: % refused (data/unanswerable/stories.json)',
  squadDevHasAnsF1: 'SQuAD 1.1 dev, 13 articles, one folder per article: HasAns F1',
} as const;

export type QualityFigure = keyof typeof QUALITY_FIGURES;
export type QualityFigures = Record<QualityFigure, number>;

export interface GateRow {
  figure: QualityFigure;
  committed: number;
  measured: number;
  /** measured − committed, in points. */
  delta: number;
  failed: boolean;
}

/** Compares measured figures with the committed ones; a row fails when it fell more than the tolerance. */
export function compareQuality(
  committed: QualityFigures,
  measured: QualityFigures,
  tolerance = TOLERANCE_POINTS,
): GateRow[] {
  return (Object.keys(QUALITY_FIGURES) as QualityFigure[]).map((figure) => {
    const delta = measured[figure] - committed[figure];
    return {
      figure,
      committed: committed[figure],
      measured: measured[figure],
      delta,
      failed: delta < -tolerance,
    };
  });
}

/** Points with a sign, -0.0 shown as +0.0. */
const signed = (points: number): string => {
  const rounded = Number(points.toFixed(1)) || 0;
  return `${rounded >= 0 ? '+' : ''}${rounded.toFixed(1)}`;
};

export function formatGate(rows: readonly GateRow[], tolerance = TOLERANCE_POINTS): string {
  const lines = rows.map(
    (r) =>
      `${r.failed ? '✗' : '✓'} ${QUALITY_FIGURES[r.figure]}: ${r.measured.toFixed(1)} ` +
      `(committed ${r.committed.toFixed(1)}, ${signed(r.delta)} pts)`,
  );
  const failed = rows.filter((r) => r.failed);
  const verdict = failed.length
    ? `quality gate FAILED: ${failed.map((r) => r.figure).join(', ')} fell more than ${tolerance} points below bench/quality.json`
    : `quality gate passed (no figure more than ${tolerance} points below bench/quality.json)`;
  const better = rows.filter((r) => r.delta > tolerance);
  const hint = better.length
    ? [
        `improved by more than ${tolerance} points: ${better.map((r) => r.figure).join(', ')}; raise the bar with npm run eval -- --check --update`,
      ]
    : [];
  return [...lines, verdict, ...hint].join('\n');
}

/** Reads bench/quality.json; throws naming a missing or non-numeric figure. */
export async function readQuality(file: string): Promise<QualityFigures> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`eval: cannot read the quality figures ${file} (${(error as Error).message})`);
  }
  const figures = (data as { figures?: Record<string, unknown> })?.figures ?? {};
  const out = {} as QualityFigures;
  for (const figure of Object.keys(QUALITY_FIGURES) as QualityFigure[]) {
    const value = figures[figure];
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(`eval: ${file}: "figures.${figure}" must be a number`);
    out[figure] = value;
  }
  return out;
}

export async function writeQuality(file: string, figures: QualityFigures): Promise<void> {
  const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(1))]));
  const body = {
    about:
      `Figures npm run eval -- --check holds the engine to: it fails when one falls more than ${TOLERANCE_POINTS} ` +
      'points below these. Written by npm run eval -- --check --update; see README "Answer quality".',
    measuredAt: new Date().toISOString().slice(0, 10),
    figures: rounded,
    meaning: QUALITY_FIGURES,
  };
  await writeFile(file, JSON.stringify(body, null, 2) + '\n');
}
