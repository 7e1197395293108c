import type { Client } from 'discord.js';
import type { LiveKnowledge, ReloadReport } from '../../qa/index.ts';
import type { Logger } from '../logger.ts';
import type { BotMetrics } from '../metrics.ts';
import { shardBlocks } from './gatewayPlan.ts';

/**
 * How a shard's reload is reached from another shard: `broadcastEval` runs a function in each
 * shard process with only that process's client in hand, so every shard hangs its reload on its
 * client under this registered symbol when it starts.
 */
export const RELOAD_KEY = 'lede.reloadKnowledge';

/** How long a shard whose manager is gone may take to close its gateway session. */
const SHARD_ORPHAN_GRACE_MS = 5_000;

/** How long /reindex waits for another shard's report before naming it as silent. */
export const SHARD_RELOAD_TIMEOUT_MS = 60_000;

type Reload = () => Promise<ReloadReport>;
type WithReload = Record<symbol, Reload | undefined>;

/** What one shard did on /reindex. */
export interface ShardReload {
  shard: number;
  /** The shard that ran /reindex. */
  self: boolean;
  /** Its reload report (`ok: false` when it failed and kept its previous index). */
  report?: ReloadReport;
  /** Why there is no report: the shard was not running, did not answer in time, or cannot reload. */
  error?: string;
}

/**
 * Run in every shard process when it starts under a ShardingManager: lets the other shards reload
 * this one's knowledge, and ends this process when the manager is gone (nothing would respawn or
 * reach it any more; a new manager starts its own shards).
 */
export function serveShardRequests({
  client,
  live,
  logger,
  metrics,
}: {
  client: Client;
  live: LiveKnowledge;
  logger: Logger;
  metrics?: BotMetrics | undefined;
}): void {
  (client as unknown as WithReload)[Symbol.for(RELOAD_KEY)] = async () => {
    const report = await live.reload();
    metrics?.reindexed(report);
    logger.info({ command: 'reindex', requestedBy: 'another shard', ...report }, 'reindex');
    return report;
  };
  if (client.shard?.mode === 'process') {
    process.once('disconnect', () => {
      // Our output went to the manager, and nothing reads it any more: log nothing, and skip the
      // exit handlers (pino's final flush would retry writing into the closed pipe forever).
      // Close the gateway session, then go.
      const die = () => process.kill(process.pid, 'SIGKILL');
      setTimeout(die, SHARD_ORPHAN_GRACE_MS).unref();
      void client.destroy().finally(die);
    });
  }
}

/** Evaluated inside the target shard's process: it sees nothing but its client and `context`. */
const reloadThisShard = (client: Client, context: { key: string }): Promise<ReloadReport> | null =>
  (client as unknown as WithReload)[Symbol.for(context.key)]?.() ?? null;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reloads the knowledge on this shard, then on every other shard at once, and reports each.
 * This shard goes first so that the others find its fresh index snapshot and load it instead of
 * each reading and indexing the stories again. A shard that fails keeps its previous index (see
 * `LiveKnowledge`); one that is down or silent is named with the reason. Without a sharding
 * manager it is a plain reload of this process.
 */
export async function reloadAllShards(
  client: Client,
  live: LiveKnowledge,
  {
    timeoutMs = SHARD_RELOAD_TIMEOUT_MS,
    shardsPerProcess = 1,
  }: {
    timeoutMs?: number;
    /** SHARDS_PER_PROCESS: every process serves a block of this many shards and reloads once for them. */
    shardsPerProcess?: number;
  } = {},
): Promise<ShardReload[]> {
  const own = await live.reload();
  const util = client.shard;
  if (!util) return [{ shard: 0, self: true, report: own }];
  const here = new Set(util.ids);
  // The manager knows processes by index; with one shard per process, index = shard id.
  const processes = shardBlocks(util.count, shardsPerProcess);
  const others = [...processes.keys()].filter((index) => !processes[index]!.some((id) => here.has(id)));
  const remote = await Promise.all(
    others.map(async (index): Promise<ShardReload[]> => {
      const each = (result: Omit<ShardReload, 'shard' | 'self'>) =>
        processes[index]!.map((shard) => ({ shard, self: false, ...result }));
      try {
        const report = (await withTimeout(
          util.broadcastEval(reloadThisShard, { shard: index, context: { key: RELOAD_KEY } }),
          timeoutMs,
          `no answer within ${timeoutMs / 1000} s`,
        )) as ReloadReport | null;
        return each(report ? { report } : { error: 'it cannot reload' });
      } catch (error) {
        return each({ error: (error as Error).message });
      }
    }),
  );
  return [...[...here].map((shard) => ({ shard, self: true, report: own })), ...remote.flat()].sort(
    (a, b) => a.shard - b.shard,
  );
}
