/** Upper edges of the confidence buckets; the last bucket includes 1. */
export const CALIBRATION_EDGES = [0.2, 0.4, 0.6, 0.8, 1] as const;

export interface CalibrationBucket {
  /** e.g. "0.2–0.4" */
  label: string;
  from: number;
  to: number;
  answers: number;
  right: number;
  /** right / answers, 0..1; null for an empty bucket. */
  shareRight: number | null;
}

/**
 * A reliability table: the answers given (not the refusals) bucketed by confidence, with the share
 * right in each bucket. A calibrated engine's share right sits inside its bucket's range.
 */
export function calibrationTable(
  answers: readonly { confidence: number; right: boolean }[],
): CalibrationBucket[] {
  const buckets = CALIBRATION_EDGES.map((to, i) => {
    const from = i === 0 ? 0 : (CALIBRATION_EDGES[i - 1] ?? 0);
    return {
      label: `${from.toFixed(1)}–${to.toFixed(1)}`,
      from,
      to,
      answers: 0,
      right: 0,
      shareRight: null as number | null,
    };
  });
  for (const { confidence, right } of answers) {
    const c = Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 0;
    const bucket = buckets.find((b) => c < b.to) ?? buckets.at(-1);
    if (!bucket) continue;
    bucket.answers++;
    if (right) bucket.right++;
  }
  for (const b of buckets) b.shareRight = b.answers ? b.right / b.answers : null;
  return buckets;
}

/** The table as text, one row per bucket. */
export function formatCalibration(buckets: readonly CalibrationBucket[], rightMeans: string): string {
  const rows = buckets.map(
    (b) =>
      `  ${b.label.padEnd(8)} ${String(b.answers).padStart(6)} answers  ` +
      `${b.shareRight === null ? '     –' : `${(100 * b.shareRight).toFixed(1).padStart(5)}%`} right`,
  );
  return [`Calibration (answers by confidence; right = ${rightMeans})`, ...rows].join('\n');
}
