/**
 * `npm run start:sharded` for real: discord.js's ShardingManager spawning one process per shard,
 * against a fake Discord that recommends 2 shards and routes each guild's events to its shard.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV_KEYS } from '../../src/config.ts';
import {
  guildOnShard,
  snowflake,
  startFakeDiscord,
  type FakeDiscord,
  type Json,
} from '../support/fakeDiscord.ts';
import { BUNDLED_KNOWLEDGE, shownText } from './harness.ts';

const SHARDS = 2;
const ADMIN = { id: snowflake(), username: 'editor' };
const QUESTION = 'Who said freedom is never given for free?';
const NEW_STORY_TITLE = 'Harbour town opens floating library for fishermen';
const NEW_STORY = `Culture

${NEW_STORY_TITLE}


The harbour town of Kelmsby opened a floating library on Saturday, a converted ferry that will carry 4,000 books to fishing villages along the coast.

“Fishermen read more than people think,” said librarian Agnes Pohl, who raised the money for the ferry over three years.

Source: Kelmsby Gazette
`;
const NEW_STORY_QUESTION = 'Who raised the money for the floating library ferry?';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm run start:sharded with SHARD_COUNT=2 (one process per shard)', () => {
  let fake: FakeDiscord;
  let manager: ChildProcess;
  let knowledgeDir: string;
  let snapshotDir: string;
  /** The manager's output: its own log lines and its shards' (tagged `shard`), parsed. */
  const logs: Json[] = [];
  let output = '';
  const shardPids = new Set<number>();

  /** The first log line (already written or still to come) that matches. */
  const waitForLog = async (match: (line: Json) => boolean, timeoutMs = 15_000): Promise<Json> => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const line = logs.find(match);
      if (line) return line;
      if (performance.now() > deadline || manager.exitCode !== null) {
        throw new Error(`no matching log line within ${timeoutMs} ms; output:\n${output.slice(-3000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const ask = async (question: string, where: Parameters<FakeDiscord['slashCommand']>[2]) => {
    const sent = await fake.sendInteraction(fake.slashCommand('ask', { question }, where));
    const reply = await fake.waitForMessage(sent.token, 10_000);
    const answered = await waitForLog((l) => l.msg === 'interaction answered' && l.interactionId === sent.id);
    return { sent, text: shownText(reply), answeredBy: answered.shard as number };
  };

  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: SHARDS, maxConcurrency: 16 });
    knowledgeDir = await mkdtemp(path.join(tmpdir(), 'lede-shards-'));
    await cp(BUNDLED_KNOWLEDGE, knowledgeDir, { recursive: true });
    snapshotDir = await mkdtemp(path.join(tmpdir(), 'lede-shards-snapshot-'));
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !(ENV_KEYS as readonly string[]).includes(key)),
    );
    manager = spawn(process.execPath, ['--import', 'tsx', 'src/shard.ts'], {
      env: {
        ...inherited,
        DISCORD_TOKEN: fake.token,
        DISCORD_API_URL: fake.apiUrl,
        SHARD_COUNT: String(SHARDS),
        KNOWLEDGE_DIR: knowledgeDir,
        SNAPSHOT_DIR: snapshotDir,
        ADMIN_USER_IDS: ADMIN.id,
        RATE_LIMIT_QUESTIONS: '1000',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    manager.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        try {
          const entry = JSON.parse(line) as Json;
          logs.push(entry);
          if (entry.msg === 'shard spawned') shardPids.add(entry.pid as number);
        } catch {
          // Not a log line; kept in `output`.
        }
      }
    });
    manager.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    // Two shard processes starting tsx and discord.js at once: 3 s alone, 20 s and more on a busy
    // shared machine (measured at load 20 on 2 cores).
    await waitForLog((l) => l.msg === 'all shards ready', 80_000);
  }, 90_000);

  afterAll(async () => {
    // Stop the manager (which stops its shards); whatever still lives after that is killed.
    if (manager && manager.exitCode === null && manager.signalCode === null) {
      const exited = once(manager, 'exit');
      manager.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8_000))]);
      if (manager.exitCode === null && manager.signalCode === null) manager.kill('SIGKILL');
    }
    for (const pid of shardPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await fake?.close();
    await rm(knowledgeDir, { recursive: true, force: true });
    await rm(snapshotDir, { recursive: true, force: true });
  });

  it('GIVEN SHARD_COUNT=2 WHEN started THEN both shards identify with [0,2] and [1,2] at once, and load the snapshot the manager saved instead of indexing again', async () => {
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.liveShards()).toEqual([0, 1]);
    expect(await waitForLog((l) => l.msg === 'spawning shards')).toMatchObject({ shards: 2, groups: 1 });
    const spawned = logs.filter((l) => l.msg === 'shard spawned').map((l) => l.time as number);
    // Both in the same group: no 5.5 s wait between them.
    expect(Math.abs(spawned[1]! - spawned[0]!)).toBeLessThan(1000);
    const ready = await waitForLog((l) => l.msg === 'all shards ready');
    expect(ready.ms).toBeLessThan(15_000);

    const saved = await waitForLog((l) => l.msg === 'knowledge snapshot ready' && l.shard === undefined);
    const files = await readdir(snapshotDir);
    expect(files).toHaveLength(1);
    // A shard that indexed the stories itself would have saved the snapshot again, after this.
    expect(Math.floor((await stat(path.join(snapshotDir, files[0]!))).mtimeMs)).toBeLessThanOrEqual(
      saved.time,
    );
    for (const shard of [0, 1]) {
      const loaded = await waitForLog((l) => l.msg === 'knowledge loaded' && l.shard === shard);
      expect(loaded).toMatchObject({ stories: 1, paragraphs: saved.paragraphs });
    }
  });

  it('GIVEN a guild on shard 1 and one on shard 0 WHEN each asks THEN the guild’s own shard answers', async () => {
    for (const shard of [1, 0]) {
      const { sent, text, answeredBy } = await ask(QUESTION, { guildId: guildOnShard(shard, SHARDS) });
      expect(sent.shard).toBe(shard);
      expect(answeredBy).toBe(shard);
      expect(text).toContain('Yoon Suk Yeol');
    }
  });

  it('GIVEN Discord sends DMs to shard 0 only WHEN a user DMs a question or uses /ask in the DM THEN shard 0 answers both', async () => {
    const id = await fake.sendDirectMessage(QUESTION);
    const reply = await fake.waitForDirectReply(id, 10_000);
    expect(shownText(reply)).toContain('Yoon Suk Yeol');
    expect(await waitForLog((l) => l.msg === 'dm answered' && l.messageId === id)).toMatchObject({
      shard: 0,
    });

    const { sent, answeredBy } = await ask(QUESTION, { in: 'dm' });
    expect(sent.shard).toBe(0);
    expect(answeredBy).toBe(0);
  });

  it('GIVEN a new story on disk WHEN an admin runs /reindex on shard 0 THEN every shard reloads, the reply gives each shard’s result, and shard 1 answers from the new story', async () => {
    await writeFile(path.join(knowledgeDir, 'library.txt'), NEW_STORY);
    const sent = await fake.sendInteraction(
      fake.slashCommand(
        'reindex',
        {},
        { guildId: guildOnShard(0, SHARDS), user: ADMIN, permissions: PermissionFlagsBits.SendMessages },
      ),
    );
    expect(sent.shard).toBe(0);
    // Both shards parse and index the stories again; slow on a busy machine, not the behaviour here.
    const reply = await fake.waitForMessage(sent.token, 60_000);
    const content = reply.content as string;
    expect(content).toMatch(/^Reindexed on all 2 shards\.\n/);
    expect(content).toMatch(
      /^Shard 0 \(this one\): \d+\.\d\d s\. Stories: 1 → 2\. Paragraphs: \d+ → \d+\.$/m,
    );
    expect(content).toMatch(/^Shard 1: \d+\.\d\d s\. Stories: 1 → 2\. Paragraphs: \d+ → \d+\.$/m);
    expect(await waitForLog((l) => l.msg === 'reindex' && l.requestedBy === 'another shard')).toMatchObject({
      shard: 1,
      ok: true,
    });

    const { text, answeredBy } = await ask(NEW_STORY_QUESTION, { guildId: guildOnShard(1, SHARDS) });
    expect(answeredBy).toBe(1);
    expect(text).toContain(NEW_STORY_TITLE);
  }, 90_000);

  it('GIVEN shard 1’s process is killed WHEN the manager notices THEN it logs the death, respawns it, and the new process answers (from the current stories)', async () => {
    const before = await waitForLog((l) => l.msg === 'shard ready' && l.shard === 1);
    const identifies = fake.identifies.length;
    process.kill(before.pid as number, 'SIGKILL');

    const died = await waitForLog((l) => l.msg === 'shard died; respawning' && l.shard === 1);
    expect(died).toMatchObject({ pid: before.pid, signal: 'SIGKILL' });
    // A new shard process starting tsx and discord.js: as slow as the first start on a busy machine.
    const again = await waitForLog(
      (l) => l.msg === 'shard ready' && l.shard === 1 && l.pid !== before.pid,
      80_000,
    );
    expect(alive(before.pid as number)).toBe(false);
    expect(alive(again.pid as number)).toBe(true);
    expect(fake.identifies.slice(identifies).map((d) => d.shard)).toEqual([[1, 2]]);

    const { text, answeredBy } = await ask(NEW_STORY_QUESTION, { guildId: guildOnShard(1, SHARDS) });
    expect(answeredBy).toBe(1);
    expect(text).toContain(NEW_STORY_TITLE);
  }, 120_000);

  it('GIVEN the manager is killed outright THEN its shards close their gateway sessions and exit on their own', async () => {
    const current = [0, 1].map(
      (shard) => logs.filter((l) => l.msg === 'shard ready' && l.shard === shard).at(-1)!.pid as number,
    );
    expect(current.every(alive)).toBe(true);
    manager.kill('SIGKILL');
    const deadline = performance.now() + 8_000;
    while (current.some(alive) && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(current.map(alive)).toEqual([false, false]);
    expect(fake.liveShards()).toEqual([]);
  });
});

describe('npm run start:sharded with a knowledge folder that holds no story', () => {
  it('GIVEN no story loads WHEN started THEN it exits 2 naming the problem, before any shard starts', async () => {
    const fake = await startFakeDiscord({ shards: SHARDS, maxConcurrency: 16 });
    const empty = await mkdtemp(path.join(tmpdir(), 'lede-shards-empty-'));
    try {
      const inherited = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !(ENV_KEYS as readonly string[]).includes(key)),
      );
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/shard.ts'], {
        env: {
          ...inherited,
          DISCORD_TOKEN: fake.token,
          DISCORD_API_URL: fake.apiUrl,
          SHARD_COUNT: String(SHARDS),
          KNOWLEDGE_DIR: empty,
          SNAPSHOT_DIR: 'off',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(2);
      expect(stderr).toMatch(/^Error: .*story/im);
      expect(stdout).not.toContain('shard spawned');
      expect(fake.identifies).toHaveLength(0);
    } finally {
      await fake.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
