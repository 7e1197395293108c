import { DiscordAPIError, REST, Routes, type APIGatewayBotInfo } from 'discord.js';
import { UserError } from '../../errors.ts';
import { tokenRefused } from '../discordRefusal.ts';

/** Discord lets `max_concurrency` shards identify per this window (5 s), plus a margin. */
export const IDENTIFY_WINDOW_MS = 5_500;

/**
 * How many shards to start, in how many processes, and in which groups: a group of processes
 * starts at once, groups one identify window apart.
 */
export interface ShardPlan {
  count: number;
  maxConcurrency: number;
  /** The shard ids each process serves (SHARDS_PER_PROCESS consecutive ids; one each by default). */
  processes: number[][];
  /**
   * Process indexes by start group. A group never holds two shards of one rate-limit bucket
   * (`id % maxConcurrency`) in different processes; a process's own shards are paced by discord.js.
   * With one shard per process, process index = shard id.
   */
  groups: number[][];
}

/**
 * `GET /gateway/bot` from `apiUrl` (DISCORD_API_URL): Discord's recommended shard count and the
 * session start limit. discord.js's own `auto` always asks discord.com; this asks the configured
 * API, so a proxy or the tests' fake Discord answers it too.
 */
export async function fetchGatewayBot({
  apiUrl,
  token,
}: {
  apiUrl: string;
  token: string;
}): Promise<APIGatewayBotInfo> {
  try {
    return (await new REST({ api: apiUrl }).setToken(token).get(Routes.gatewayBot())) as APIGatewayBotInfo;
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      throw tokenRefused();
    }
    throw error;
  }
}

/**
 * The shards to start: `setting` (SHARD_COUNT) or, for `auto` and unset, Discord's recommendation;
 * started `max_concurrency` at a time. Refuses to start more shards than Discord still allows
 * sessions today, rather than failing shard by shard.
 */
export function planShards(
  setting: number | 'auto' | undefined,
  info: APIGatewayBotInfo,
  now = Date.now(),
  shardsPerProcess = 1,
): ShardPlan {
  const count = typeof setting === 'number' ? setting : info.shards;
  const { remaining, reset_after: resetAfter, max_concurrency } = info.session_start_limit;
  if (remaining < count) {
    const reset = new Date(now + resetAfter).toISOString();
    throw new UserError(
      `Discord allows ${remaining} more session starts until ${reset}; ${count} shards need ${count}. Start then, or with fewer shards (SHARD_COUNT).`,
    );
  }
  const maxConcurrency = Math.max(1, max_concurrency);
  const processes = shardBlocks(count, shardsPerProcess);
  return { count, maxConcurrency, processes, groups: startGroups(processes, maxConcurrency) };
}

/** Shards 0…count-1 as consecutive blocks of `size`, one block per process. */
export function shardBlocks(count: number, size: number): number[][] {
  const blocks: number[][] = [];
  for (let first = 0; first < count; first += size) {
    blocks.push(Array.from({ length: Math.min(size, count - first) }, (_, i) => first + i));
  }
  return blocks;
}

/** Processes in start order, grouped so that no bucket identifies twice at once across processes. */
function startGroups(processes: readonly number[][], maxConcurrency: number): number[][] {
  const groups: number[][] = [];
  let group: number[] = [];
  let buckets = new Set<number>();
  processes.forEach((shards, index) => {
    const own = shards.map((id) => id % maxConcurrency);
    if (group.length > 0 && own.some((bucket) => buckets.has(bucket))) {
      groups.push(group);
      group = [];
      buckets = new Set();
    }
    group.push(index);
    for (const bucket of own) buckets.add(bucket);
  });
  if (group.length > 0) groups.push(group);
  return groups;
}
