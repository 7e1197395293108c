/**
 * `node --expose-gc --import tsx scripts/bench/snapshotProfile.ts [size]` (default 100k): the
 * snapshot's sections and its load time, wall and CPU (the CPU time is the steadier figure on a
 * shared machine), for development beside the full bench.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { loadSnapshot, saveSnapshot } from '../../src/search/snapshot.ts';
import type { SnapshotHeader } from '../../src/search/snapshotFile.ts';
import { makeStories } from './sizeBench.ts';

const size = process.argv[2] ?? '100k';
const kb = buildKnowledgeBase(await makeStories(size, { cacheDir: '.cache/bench' }));
const dir = await mkdtemp(path.join(tmpdir(), 'lede-snapshot-profile-'));
try {
  const file = path.join(dir, 'kb.snapshot');
  await saveSnapshot(file, kb);
  const bytes = await readFile(file);
  const header = JSON.parse(bytes.toString('utf8', 0, bytes.indexOf(10))) as SnapshotHeader;
  console.log(header.sections.map((s) => `${s.name} ${(s.bytes / 1e6).toFixed(1)} MB`).join(', '));
  for (let i = 0; i < 3; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await loadSnapshot(file, kb.hash);
    const used = process.cpuUsage(cpu);
    console.log(
      `load ${(performance.now() - start).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, load average ${loadavg()[0]!.toFixed(1)}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
