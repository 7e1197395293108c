import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareQuality, formatGate, readQuality, writeQuality } from '../../scripts/eval/qualityGate.ts';

const committed = { ownSetsRight: 84.2, ownUnanswerablesRefused: 45.7, squadDevHasAnsF1: 22.0 };

describe('quality gate', () => {
  it('GIVEN a figure more than 2 points below the committed one THEN that row fails and the verdict names it', () => {
    const rows = compareQuality(committed, {
      ownSetsRight: 82.3,
      ownUnanswerablesRefused: 43.6,
      squadDevHasAnsF1: 30,
    });
    expect(rows.map((r) => r.failed)).toEqual([false, true, false]);
    const text = formatGate(rows);
    expect(text).toMatch(/FAILED: ownUnanswerablesRefused fell more than 2 points/);
    expect(text).toMatch(/improved by more than 2 points: squadDevHasAnsF1/);
  });

  it('GIVEN the same figures THEN the gate passes', () => {
    expect(compareQuality(committed, committed).some((r) => r.failed)).toBe(false);
    expect(formatGate(compareQuality(committed, committed))).toMatch(/quality gate passed/);
  });

  it('GIVEN figures written with --update THEN they read back rounded, and a missing figure is named', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lede-quality-'));
    try {
      const file = path.join(dir, 'quality.json');
      await writeQuality(file, { ...committed, squadDevHasAnsF1: 22.0449 });
      expect(await readQuality(file)).toEqual(committed);
      await writeFile(file, JSON.stringify({ figures: { ownSetsRight: 1 } }));
      await expect(readQuality(file)).rejects.toThrow(/"figures.ownUnanswerablesRefused" must be a number/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
