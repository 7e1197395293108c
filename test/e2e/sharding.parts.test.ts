/** The pieces of sharding that need no processes: the start plan, respawn backoff, SHARD_COUNT, /reindex across shards and its reply. */
import type { Client } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { shardedReindexReply } from '../../src/bot/replies/reindexReply.ts';
import { planShards } from '../../src/bot/sharding/gatewayPlan.ts';
import {
  reloadAllShards,
  serveShardRequests,
  type ShardReload,
} from '../../src/bot/sharding/reloadAllShards.ts';
import { respawnDelayMs } from '../../src/bot/sharding/startShards.ts';
import { createLogger } from '../../src/bot/logger.ts';
import { readConfig } from '../../src/config.ts';
import { isUserError, UserError } from '../../src/errors.ts';
import {
  LiveKnowledge,
  loadKnowledgeBase,
  statsOf,
  type KnowledgeBase,
  type ReloadReport,
} from '../../src/qa/index.ts';
import { BUNDLED_KNOWLEDGE } from './harness.ts';

const gatewayBot = (shards: number, maxConcurrency: number, remaining = 1000) => ({
  url: 'wss://gateway.discord.gg',
  shards,
  session_start_limit: { total: 1000, remaining, reset_after: 3_600_000, max_concurrency: maxConcurrency },
});

describe('planShards', () => {
  it('GIVEN SHARD_COUNT=auto (or unset) THEN Discord’s recommendation is the count', () => {
    expect(planShards('auto', gatewayBot(3, 1)).count).toBe(3);
    expect(planShards(undefined, gatewayBot(3, 1)).count).toBe(3);
  });

  it('GIVEN a number THEN it wins over the recommendation', () => {
    expect(planShards(2, gatewayBot(7, 1)).count).toBe(2);
  });

  it('GIVEN max_concurrency 1 THEN one shard per group (one identify per 5 s); GIVEN 2 THEN pairs; GIVEN 16 THEN all at once', () => {
    expect(planShards(3, gatewayBot(1, 1)).groups).toEqual([[0], [1], [2]]);
    expect(planShards(5, gatewayBot(1, 2)).groups).toEqual([[0, 1], [2, 3], [4]]);
    expect(planShards(2, gatewayBot(1, 16)).groups).toEqual([[0, 1]]);
  });

  it('GIVEN fewer session starts left than shards THEN it refuses, saying when the limit resets', () => {
    const now = Date.UTC(2026, 0, 1);
    let error: unknown;
    try {
      planShards(4, gatewayBot(1, 1, 3), now);
    } catch (e) {
      error = e;
    }
    expect(isUserError(error)).toBe(true);
    expect((error as UserError).message).toBe(
      'Discord allows 3 more session starts until 2026-01-01T01:00:00.000Z; 4 shards need 4. Start then, or with fewer shards (SHARD_COUNT).',
    );
  });
});

describe('respawnDelayMs', () => {
  it('GIVEN a shard that died once THEN it respawns at once; GIVEN it keeps dying THEN 1 s, 2 s, 4 s… never past 60 s', () => {
    expect([1, 2, 3, 4, 8, 20].map(respawnDelayMs)).toEqual([0, 1000, 2000, 4000, 60_000, 60_000]);
  });
});

describe('SHARD_COUNT', () => {
  const read = (value?: string) =>
    readConfig({ env: value === undefined ? {} : { SHARD_COUNT: value }, dotenv: false });

  it('GIVEN a whole number or auto (any case) THEN it is read; GIVEN nothing THEN it is unset (start:sharded asks Discord)', () => {
    expect(read('4').shardCount).toBe(4);
    expect(read('AUTO').shardCount).toBe('auto');
    expect(read().shardCount).toBeUndefined();
  });

  it.each(['0', 'two', '1.5', '-2'])('GIVEN %s THEN the bot refuses to start, naming the key', (value) => {
    expect(() => read(value)).toThrow(
      `SHARD_COUNT must be a whole number of at least 1, or auto; got "${value}".`,
    );
  });
});

/** A client under a ShardingManager, as far as reloadAllShards sees it; `broadcastEval` behaves as discord.js's. */
function shardedClient(here: number, count: number, processes: Map<number, object>): Client {
  return {
    shard: {
      ids: [here],
      count,
      mode: 'worker',
      broadcastEval(fn: unknown, { shard, context }: { shard: number; context: unknown }) {
        const target = processes.get(shard);
        if (!target) return Promise.reject(new Error(`Shard ${shard} has no active process or worker.`));
        // The function travels as text and runs in the target process with its client as `this`:
        // it must not lean on anything of ours. Its result comes back as JSON.
        const run = new Function(`return (${String(fn)})(this, ${JSON.stringify(context)})`) as () => unknown;
        return Promise.resolve(run.call(target)).then((result) => JSON.parse(JSON.stringify(result ?? null)));
      },
    },
  } as unknown as Client;
}

describe('reloadAllShards', () => {
  let initial: KnowledgeBase;
  const logger = createLogger({ level: 'silent' });
  beforeAll(async () => {
    initial = await loadKnowledgeBase(BUNDLED_KNOWLEDGE);
  });

  it('GIVEN 3 shards, shard 1 failing to load and shard 2 down WHEN /reindex on shard 0 THEN shard 0 reloads first, shard 1 reports its failure and keeps its index, shard 2 is named with the reason', async () => {
    const order: string[] = [];
    const here = new LiveKnowledge(initial, async () => {
      order.push('shard 0');
      return initial;
    });
    const broken = new LiveKnowledge(initial, async () => {
      order.push('shard 1');
      throw new UserError('No story loaded from knowledge/.');
    });
    const shard1 = {} as Client;
    serveShardRequests({ client: shard1, live: broken, logger });

    const results = await reloadAllShards(shardedClient(0, 3, new Map([[1, shard1]])), here);
    expect(order).toEqual(['shard 0', 'shard 1']);
    expect(results.map(({ shard, self, report, error }) => ({ shard, self, ok: report?.ok, error }))).toEqual(
      [
        { shard: 0, self: true, ok: true, error: undefined },
        { shard: 1, self: false, ok: false, error: undefined },
        { shard: 2, self: false, ok: undefined, error: 'Shard 2 has no active process or worker.' },
      ],
    );
    expect(results[1]!.report).toMatchObject({
      error: 'No story loaded from knowledge/.',
      after: statsOf(initial),
    });
    expect(broken.current).toBe(initial);
  });

  it('GIVEN a shard that never answers THEN it is named once the wait is over; GIVEN one without the reload hook THEN it says so', async () => {
    const live = new LiveKnowledge(initial, async () => initial);
    const silent = {} as Client;
    serveShardRequests({
      client: silent,
      live: { reload: () => new Promise<ReloadReport>(() => {}) } as LiveKnowledge,
      logger,
    });
    const results = await reloadAllShards(
      shardedClient(
        1,
        3,
        new Map<number, object>([
          [0, silent],
          [2, {}],
        ]),
      ),
      live,
      { timeoutMs: 50 },
    );
    expect(results.map((r) => [r.shard, r.report?.ok ?? r.error])).toEqual([
      [0, 'no answer within 0.05 s'],
      [1, true],
      [2, 'it cannot reload'],
    ]);
  });
});

describe('shardedReindexReply', () => {
  const report = (ok: boolean, ms = 120): ReloadReport => ({
    ok,
    before: { stories: 1, paragraphs: 13 },
    after: ok ? { stories: 2, paragraphs: 16 } : { stories: 1, paragraphs: 13 },
    skipped: ok ? [{ file: 'broken.txt', reason: 'binary file (NUL bytes)' }] : [],
    ms,
    ...(!ok && { error: 'No story loaded from knowledge/.' }),
  });

  it('GIVEN every shard reloaded THEN one line per shard, this one marked, and the skipped files once', () => {
    const reply = shardedReindexReply([
      { shard: 0, self: true, report: report(true) },
      { shard: 1, self: false, report: report(true, 30) },
    ]);
    expect(reply.content).toBe(
      [
        'Reindexed on all 2 shards.',
        'Shard 0 (this one): 0.12 s. Stories: 1 → 2. Paragraphs: 13 → 16.',
        'Shard 1: 0.03 s. Stories: 1 → 2. Paragraphs: 13 → 16.',
        'Skipped 1 file:',
        '- broken.txt: binary file (NUL bytes)',
      ].join('\n'),
    );
  });

  it('GIVEN a shard that failed and one that was down THEN both are named, with why and what they still serve', () => {
    const reply = shardedReindexReply([
      { shard: 0, self: false, report: report(true) },
      { shard: 1, self: true, report: report(false, 10) },
      { shard: 2, self: false, error: 'Shard 2 has no active process or worker.' },
    ]);
    expect(reply.content).toBe(
      [
        'Reindexed on 1 of 3 shards; not on 1, 2, which keep serving what they had.',
        'Shard 0: 0.12 s. Stories: 1 → 2. Paragraphs: 13 → 16.',
        'Shard 1 (this one): failed after 0.01 s: No story loaded from knowledge/. Still serving 1 story, 13 paragraphs.',
        'Shard 2: no report: Shard 2 has no active process or worker.',
        'A shard that was down loads the stories on disk when it starts again.',
        'Skipped 1 file:',
        '- broken.txt: binary file (NUL bytes)',
      ].join('\n'),
    );
  });

  it('GIVEN 40 shards and one silent THEN the ones that reloaded share a line and the silent one is named', () => {
    const results: ShardReload[] = Array.from({ length: 40 }, (_, shard) =>
      shard === 17
        ? { shard, self: false, error: 'no answer within 60 s' }
        : { shard, self: shard === 0, report: report(true, 100 + shard) },
    );
    const content = shardedReindexReply(results).content!;
    expect(content.split('\n').slice(0, 3)).toEqual([
      'Reindexed on 39 of 40 shards; not on 17, which keep serving what they had.',
      '39 shards reindexed within 0.14 s. Stories: 1 → 2. Paragraphs: 13 → 16.',
      'Shard 17: no report: no answer within 60 s',
    ]);
    expect(content.length).toBeLessThanOrEqual(2000);
  });
});
