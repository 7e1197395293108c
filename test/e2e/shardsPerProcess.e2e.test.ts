/**
 * `SHARD_COUNT=4 SHARDS_PER_PROCESS=2 npm run start:sharded`: two processes of two shards each
 * (discord.js internal sharding under our manager), against the fake Discord.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  guildOnShard,
  snowflake,
  startFakeDiscord,
  type FakeDiscord,
  type Json,
} from '../support/fakeDiscord.ts';
import { spawnLede, type LedeProcess } from '../support/spawnLede.ts';
import { BUNDLED_KNOWLEDGE, shownText } from './harness.ts';

const SHARDS = 4;
const ADMIN = { id: snowflake(), username: 'editor' };
const QUESTION = 'Who said freedom is never given for free?';

describe('start:sharded with SHARDS_PER_PROCESS=2 (4 shards in 2 processes)', () => {
  let fake: FakeDiscord;
  let manager: LedeProcess;
  let knowledgeDir: string;
  const logs = (): Json[] =>
    manager
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Json);
  const waitForLog = async (match: (l: Json) => boolean, timeoutMs = 15_000): Promise<Json> => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const line = logs().find(match);
      if (line) return line;
      if (performance.now() > deadline)
        throw new Error(`no such log line:\n${manager.output().slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: SHARDS, maxConcurrency: 16 });
    knowledgeDir = await mkdtemp(path.join(tmpdir(), 'lede-per-process-'));
    await cp(BUNDLED_KNOWLEDGE, knowledgeDir, { recursive: true });
    manager = spawnLede(['--import', 'tsx', 'src/shard.ts'], {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      SHARD_COUNT: String(SHARDS),
      SHARDS_PER_PROCESS: '2',
      KNOWLEDGE_DIR: knowledgeDir,
      ADMIN_USER_IDS: ADMIN.id,
      RATE_LIMIT_QUESTIONS: '1000',
      LOG_LEVEL: 'info',
    });
    await manager.waitForOutput('all shards ready', 40_000);
  }, 60_000);
  afterAll(async () => {
    manager?.child.kill('SIGTERM');
    await manager?.exited(15_000);
    await fake?.close();
    await rm(knowledgeDir, { recursive: true, force: true });
  });

  it('GIVEN 4 shards, 2 per process WHEN started THEN 2 processes spawn and all 4 shards identify', () => {
    const spawned = logs().filter((l) => l.msg === 'shard spawned');
    expect(spawned.map((l) => l.shards)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(fake.identifies.map((d) => (d.shard as number[])[0]).sort()).toEqual([0, 1, 2, 3]);
    expect(fake.liveShards()).toEqual([0, 1, 2, 3]);
    // Ready once per process, when both of its shards are (discord.js says so once per shard).
    expect(
      logs()
        .filter((l) => l.msg === 'shard ready')
        .map((l) => l.process),
    ).toEqual(expect.arrayContaining([0, 1]));
    expect(logs().filter((l) => l.msg === 'shard ready')).toHaveLength(2);
  });

  it('GIVEN a guild on shard 3 WHEN it asks THEN process 1 answers; GIVEN a DM THEN process 0 (shard 0) answers', async () => {
    const sent = await fake.sendInteraction(
      fake.slashCommand('ask', { question: QUESTION }, { guildId: guildOnShard(3, SHARDS) }),
    );
    expect(sent.shard).toBe(3);
    expect(shownText(await fake.waitForMessage(sent.token, 10_000))).toContain('Yoon Suk Yeol');
    expect(
      await waitForLog((l) => l.msg === 'interaction answered' && l.interactionId === sent.id),
    ).toMatchObject({
      process: 1,
    });

    const id = await fake.sendDirectMessage(QUESTION);
    expect(shownText(await fake.waitForDirectReply(id, 10_000))).toContain('Yoon Suk Yeol');
    expect(await waitForLog((l) => l.msg === 'dm answered' && l.messageId === id)).toMatchObject({
      process: 0,
    });
  });

  it('GIVEN a new story WHEN an admin runs /reindex on shard 1 THEN the other process reloads once and all 4 shards are reported', async () => {
    await writeFile(
      path.join(knowledgeDir, 'library.txt'),
      'Culture\n\nHarbour town opens floating library\n\n\nThe harbour town of Kelmsby opened a floating library on Saturday.\n\nSource: Kelmsby Gazette\n',
    );
    const sent = await fake.sendInteraction(
      fake.slashCommand('reindex', {}, { guildId: guildOnShard(1, SHARDS), user: ADMIN }),
    );
    const content = (await fake.waitForMessage(sent.token, 20_000)).content as string;
    expect(content).toMatch(/^Reindexed on all 4 shards\.\n/);
    for (const shard of [0, 1, 2, 3])
      expect(content).toMatch(new RegExp(`^Shard ${shard}\\b.*Stories: 1 → 2`, 'm'));
    const remote = logs().filter((l) => l.msg === 'reindex' && l.requestedBy === 'another shard');
    expect(remote.map((l) => l.process)).toEqual([1]);
  });
});
