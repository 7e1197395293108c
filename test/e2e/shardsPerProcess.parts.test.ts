/** SHARDS_PER_PROCESS without processes: the start plan and /reindex reaching every process once. */
import type { Client } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/logger.ts';
import { planShards } from '../../src/bot/sharding/gatewayPlan.ts';
import { reloadAllShards, serveShardRequests } from '../../src/bot/sharding/reloadAllShards.ts';
import { readConfig } from '../../src/config.ts';
import { LiveKnowledge, loadKnowledgeBase, type KnowledgeBase } from '../../src/qa/index.ts';
import { BUNDLED_KNOWLEDGE } from './harness.ts';

const gatewayBot = (shards: number, maxConcurrency: number) => ({
  url: 'wss://gateway.discord.gg',
  shards,
  session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: maxConcurrency },
});

describe('planShards with SHARDS_PER_PROCESS', () => {
  it('GIVEN 16 shards, 4 per process THEN 4 processes of 4 consecutive shards', () => {
    expect(planShards(16, gatewayBot(16, 16), 0, 4).processes).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10, 11],
      [12, 13, 14, 15],
    ]);
  });

  it('GIVEN 10 shards, 4 per process THEN the last process takes the 2 left over', () => {
    expect(planShards(10, gatewayBot(10, 1), 0, 4).processes.map((p) => p.length)).toEqual([4, 4, 2]);
  });

  it('GIVEN max_concurrency 16 THEN the 4 processes start together; GIVEN 1 THEN one process per identify window', () => {
    expect(planShards(16, gatewayBot(16, 16), 0, 4).groups).toEqual([[0, 1, 2, 3]]);
    expect(planShards(16, gatewayBot(16, 1), 0, 4).groups).toEqual([[0], [1], [2], [3]]);
    // Buckets 0-3 and 4-7 of 8: two processes share no bucket, so they start in pairs.
    expect(planShards(16, gatewayBot(16, 8), 0, 4).groups).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('GIVEN SHARDS_PER_PROCESS unset THEN 1; GIVEN 0 or words THEN it refuses to start, naming the key', () => {
    expect(readConfig({ env: {}, dotenv: false }).shardsPerProcess).toBe(1);
    expect(readConfig({ env: { SHARDS_PER_PROCESS: '8' }, dotenv: false }).shardsPerProcess).toBe(8);
    expect(() => readConfig({ env: { SHARDS_PER_PROCESS: '0' }, dotenv: false })).toThrow(
      'SHARDS_PER_PROCESS must be a whole number of at least 1',
    );
  });
});

/** A client of a process that serves `ids` of `count` shards; other processes are reached by index. */
function processClient(ids: number[], count: number, others: Map<number, object>, asked: number[]): Client {
  return {
    shard: {
      ids,
      count,
      mode: 'process',
      broadcastEval(fn: unknown, { shard, context }: { shard: number; context: unknown }) {
        asked.push(shard);
        const target = others.get(shard);
        if (!target) return Promise.reject(new Error(`Shard ${shard} has no active process or worker.`));
        const run = new Function(`return (${String(fn)})(this, ${JSON.stringify(context)})`) as () => unknown;
        return Promise.resolve(run.call(target)).then((result) => JSON.parse(JSON.stringify(result ?? null)));
      },
    },
  } as unknown as Client;
}

describe('reloadAllShards with SHARDS_PER_PROCESS', () => {
  let initial: KnowledgeBase;
  const logger = createLogger({ level: 'silent' });
  beforeAll(async () => {
    initial = await loadKnowledgeBase(BUNDLED_KNOWLEDGE);
  });

  it('GIVEN 8 shards, 4 per process WHEN /reindex on shard 5 THEN process 1 reloads once, process 0 is asked once, and all 8 shards are reported', async () => {
    let reloads = 0;
    const other = {} as Client;
    serveShardRequests({
      client: other,
      live: new LiveKnowledge(initial, async () => (reloads++, initial)),
      logger,
    });
    const asked: number[] = [];
    const live = new LiveKnowledge(initial, async () => initial);
    const results = await reloadAllShards(
      processClient([4, 5, 6, 7], 8, new Map([[0, other]]), asked),
      live,
      { shardsPerProcess: 4 },
    );
    expect(asked).toEqual([0]);
    expect(reloads).toBe(1);
    expect(results.map(({ shard, self, report }) => ({ shard, self, ok: report?.ok }))).toEqual([
      ...[0, 1, 2, 3].map((shard) => ({ shard, self: false, ok: true })),
      ...[4, 5, 6, 7].map((shard) => ({ shard, self: true, ok: true })),
    ]);
  });

  it('GIVEN a process that is down THEN each of its shards is named with the reason', async () => {
    const results = await reloadAllShards(
      processClient([0, 1], 4, new Map(), []),
      new LiveKnowledge(initial, async () => initial),
      { shardsPerProcess: 2 },
    );
    expect(results.filter((r) => r.error).map((r) => r.shard)).toEqual([2, 3]);
  });
});
