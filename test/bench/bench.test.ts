import { beforeAll, describe, expect, it } from 'vitest';
import { runBench, QUICK_SIZES } from '../../scripts/bench.ts';
import { DEFAULT_SEED } from '../../scripts/bench/corpus.ts';
import { measureReindex } from '../../scripts/bench/processBench.ts';
import { ENGINES } from '../../scripts/bench/sizeBench.ts';
import { checkTargets, renderTable, tableRows, type BenchResults } from '../../scripts/bench/table.ts';

let results: BenchResults;

beforeAll(async () => {
  const quick = await runBench(
    { sizes: QUICK_SIZES, quick: true, queries: 100, seed: DEFAULT_SEED, processes: false },
    { inProcess: true, log: () => {} },
  );
  const withReindex = { ...quick, reindex: await measureReindex(3) };
  results = { ...withReindex, targets: checkTargets(withReindex) };
}, 60_000);

describe('npm run bench -- --quick, in process', () => {
  it('GIVEN the quick sizes WHEN benched THEN the bundled story and exactly 1,000 paragraphs, each with every engine', () => {
    expect(results.sizes.map((s) => s.size)).toEqual(['bundled', '1k']);
    expect(results.sizes[1]!.paragraphs).toBe(1000);
    for (const size of results.sizes) {
      expect(size.rows.map((r) => r.engine)).toEqual(Object.values(ENGINES));
      expect(size.queries).toBe(100);
    }
  });

  it('GIVEN every engine row WHEN read THEN relevance is a share, p50 ≤ p99, and builds, heaps and snapshots are measured', () => {
    for (const size of results.sizes) {
      for (const row of size.rows) {
        expect(row.top1, row.engine).toBeGreaterThanOrEqual(0);
        expect(row.top1, row.engine).toBeLessThanOrEqual(1);
        expect(row.p50Ms, row.engine).toBeGreaterThan(0);
        expect(row.p50Ms, row.engine).toBeLessThanOrEqual(row.p99Ms);
        if (row.engine === ENGINES.ledeAnswer) continue;
        expect(row.buildMs, row.engine).toBeGreaterThan(0);
        expect(row.heapBytes, row.engine).not.toBeNull();
        if (row.engine !== ENGINES.scan) expect(row.snapshotBytes, row.engine).toBeGreaterThan(0);
      }
      const lede = size.rows.find((r) => r.engine === ENGINES.ledeSearch)!;
      expect(lede.top1).toBeGreaterThan(0.5);
      expect(size.snapshotSameTopHit).toBe(true);
    }
  });

  it('GIVEN the bundled story inside 1k paragraphs WHEN its fixed questions are asked THEN each is checked', () => {
    for (const size of results.sizes) {
      expect(size.fixed?.map((f) => typeof f.citedRight)).toEqual(['boolean', 'boolean', 'boolean', 'boolean']);
    }
  });

  it('GIVEN the results WHEN rendered THEN one table with a row per size and engine, the reindex, and targets beside them', () => {
    const table = renderTable(results);
    const rows = tableRows(results);
    expect(rows.filter((r) => Object.values(ENGINES).includes(r[1] as never))).toHaveLength(12);
    expect(table).toContain('bundled (13 ¶)');
    expect(table).toContain('1k (1,000 ¶)');
    expect(table).toContain("reindex: loadKnowledgeBase('knowledge')");
    expect(table).toContain('answer p99 ≤ 2 ms');
    // lede against the baselines of the same run, and the load each size ran under.
    expect(table).toMatch(/÷MiniSearch: build [\d.]+×, heap [\d.]+×, p99 [\d.]+×, top-1 [+-][\d.]+ pts/);
    expect(table).toMatch(/÷FlexSearch: build/);
    expect(table).toMatch(/load \d+\.\d–\d+\.\d/);
    expect(results.reindex!.medianMs).toBeGreaterThan(0);
    const byLabel = new Map(results.targets.map((t) => [t.label, t.status]));
    expect(['met', 'missed']).toContain(byLabel.get('answer p99 ≤ 2 ms'));
    expect(byLabel.get('build ≤ 12 s')).toBe('not run');
    expect(byLabel.get('answer p99 ≤ 25 ms')).toBe('not run');
    expect(byLabel.get('/ask round trip p99 ≤ 30 ms')).toBe('not run');
  });
});
