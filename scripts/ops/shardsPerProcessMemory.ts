/**
 * Memory of 16 shards (or `shards`) at 100k paragraphs, as `npm run start:prod:sharded` (compiled) runs them
 * against the fake Discord: one process per shard (SHARDS_PER_PROCESS=1) against several shards
 * per process (4, 16). Needs `npm run build` first. Linux only (/proc).
 *
 *   node --import tsx scripts/ops/shardsPerProcessMemory.ts [size=100k] [layouts=1,4,16] [shards=16]
 *
 * Every layout loads the same snapshot (built once, by the first run's indexing step). RSS counts
 * each process's resident pages; PSS splits pages shared between processes, so the PSS sum is what
 * the whole tree costs. Measured after every shard answered one question.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Story } from '../../src/knowledge/types.ts';
import { guildOnShard, startFakeDiscord } from '../../test/support/fakeDiscord.ts';
import { spawnLede } from '../../test/support/spawnLede.ts';
import { makeStories } from '../bench/sizeBench.ts';

const SIZE = process.argv[2] ?? '100k';
const LAYOUTS = (process.argv[3] ?? '1,4,16').split(',').map(Number);
/**
 * 16 by default. One process per shard at 100k holds about 1.1 GiB each: 16 of them need 18 GiB,
 * more than a shared machine can spare; `2` measures two and the table scales the per-process figure.
 */
const SHARDS = Number(process.argv[4] ?? 16);
const CACHE = path.resolve(`.cache/ops-shards-${SIZE}`);
const MiB = 1024 * 1024;

const storyFile = (story: Story): string =>
  [
    'Bench',
    '',
    story.title,
    '',
    '',
    ...story.paragraphs.flatMap((p) => [p.text, '']),
    `Source: ${story.source}`,
    '',
  ].join('\n');

async function knowledgeFolder(): Promise<string> {
  const dir = path.join(CACHE, 'knowledge');
  if (existsSync(dir) && (await readdir(dir)).length > 0) return dir;
  await mkdir(dir, { recursive: true });
  for (const [i, story] of (await makeStories(SIZE)).entries()) {
    await writeFile(path.join(dir, `${String(i).padStart(5, '0')}.txt`), storyFile(story));
  }
  return dir;
}

const kilobytes = (text: string, key: string): number =>
  Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;

async function treeOf(pid: number): Promise<number[]> {
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => ''))
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  return [pid, ...(await Promise.all(children.map(treeOf))).flat()];
}

async function memoryOf(pid: number): Promise<{ rss: number; pss: number }> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
  return { rss: kilobytes(rollup, 'Rss'), pss: kilobytes(rollup, 'Pss') };
}

async function measure(layout: number, knowledgeDir: string) {
  const fake = await startFakeDiscord({ shards: SHARDS, maxConcurrency: 16 });
  const started = performance.now();
  const manager = spawnLede(['dist/shard.js'], {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    SHARD_COUNT: String(SHARDS),
    SHARDS_PER_PROCESS: String(layout),
    KNOWLEDGE_DIR: knowledgeDir,
    SNAPSHOT_DIR: path.join(CACHE, 'snapshot'),
    RATE_LIMIT_QUESTIONS: '1000',
    LOG_LEVEL: 'info',
  });
  try {
    await manager.waitForOutput('all shards ready', 900_000);
    const readyS = (performance.now() - started) / 1000;
    for (let shard = 0; shard < SHARDS; shard++) {
      const { token } = await fake.sendInteraction(
        fake.slashCommand(
          'ask',
          { question: 'Who said the plan would fail?' },
          { guildId: guildOnShard(shard, SHARDS) },
        ),
      );
      await fake.waitForMessage(token, 60_000);
    }
    const [managerPid, ...shardPids] = await treeOf(manager.child.pid!);
    const managerMemory = await memoryOf(managerPid!);
    const shards = await Promise.all(shardPids.map(memoryOf));
    const sum = (key: 'rss' | 'pss') => shards.reduce((n, m) => n + m[key], managerMemory[key]);
    return {
      layout,
      processes: shardPids.length,
      readyS,
      perProcessRss: shards.map((m) => m.rss / MiB),
      managerRss: managerMemory.rss / MiB,
      totalRss: sum('rss') / MiB,
      totalPss: sum('pss') / MiB,
    };
  } finally {
    manager.child.kill('SIGTERM');
    await manager.exited(60_000);
    await fake.close();
  }
}

if (!existsSync('dist/shard.js')) throw new Error('run `npm run build` first');
const knowledgeDir = await knowledgeFolder();
console.log(
  `knowledge: ${knowledgeDir} (${SIZE}); load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  '| shards per process | processes | all ready after | RSS per shard process | manager RSS | total RSS | total PSS |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const layout of LAYOUTS) {
  const r = await measure(layout, knowledgeDir);
  const per = `${Math.min(...r.perProcessRss).toFixed(0)}–${Math.max(...r.perProcessRss).toFixed(0)} MiB`;
  console.log(
    `| ${r.layout} | ${r.processes} | ${r.readyS.toFixed(1)} s | ${per} | ${r.managerRss.toFixed(0)} MiB | ${(r.totalRss / 1024).toFixed(2)} GiB | ${(r.totalPss / 1024).toFixed(2)} GiB |`,
  );
}
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
