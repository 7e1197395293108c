import { DiscordAPIError, REST, Routes, type APIGatewayBotInfo } from 'discord.js';
import { UserError } from '../../errors.ts';
import { tokenRefused } from '../discordRefusal.ts';

/** Discord lets `max_concurrency` shards identify per this window (5 s), plus a margin. */
export const IDENTIFY_WINDOW_MS = 5_500;

/** How many shards to start, and in which groups: a group identifies at once, groups one window apart. */
export interface ShardPlan {
  count: number;
  maxConcurrency: number;
  /** Shard ids by start group: each holds at most one shard of each rate-limit bucket (`id % maxConcurrency`). */
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
  const groups: number[][] = [];
  for (let first = 0; first < count; first += maxConcurrency) {
    groups.push(Array.from({ length: Math.min(maxConcurrency, count - first) }, (_, i) => first + i));
  }
  return { count, maxConcurrency, groups };
}
