import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { UserError } from './errors.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Discord's REST base; `DISCORD_API_URL` points the bot at a proxy (or, in tests, a local fake). */
export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';

/** Settings read from the environment (and `.env`). This module is the only reader of `process.env`. */
export interface Config {
  /** Folder of story files. */
  knowledgeDir: string;
  /** Folder for index snapshots (unchanged knowledge starts from its snapshot); undefined: off. */
  snapshotDir: string | undefined;
  /** Discord bot token; absent means: open the offline console. Never logged. */
  discordToken: string | undefined;
  /** The application id, needed to register the slash commands. */
  discordClientId: string | undefined;
  /** A server to register the commands to (instant, for development); absent: register globally. */
  discordGuildId: string | undefined;
  /** The bot's operators: users allowed to run admin commands (/reindex) anywhere, DMs included. */
  adminUserIds: readonly string[];
  /** Who else may /reindex, and how often: a reindex reloads the stories for every server. */
  reindex: ReindexPolicy;
  logLevel: LogLevel;
  /** REST base URL without the version (`https://discord.com/api`). */
  discordApiUrl: string;
  /** Questions one user may ask per window before the bot asks them to slow down. */
  rateLimit: { readonly questions: number; readonly windowMs: number };
  /**
   * Shards for `npm run start:sharded`: a number, or `auto` (Discord's recommendation). Undefined
   * when unset, which `start:sharded` treats as `auto`.
   */
  shardCount: number | 'auto' | undefined;
  /**
   * `METRICS_PORT`: serve /healthz and /metrics over HTTP on this port (0: any free port); undefined:
   * no server. A shard process under start:sharded serves on this port plus its first shard id.
   */
  metricsPort: number | undefined;
  /**
   * `SHARDS_PER_PROCESS` for start:sharded: how many shards each process serves with one client
   * and one index (default 1). Every process holds the index once, however many shards it serves.
   */
  shardsPerProcess: number;
  /** The address the metrics server binds (`METRICS_HOST`, default 127.0.0.1: this machine only). */
  metricsHost: string;
  /**
   * The shard ids this process serves when a sharding manager started it (its `SHARDS`, which
   * the manager sets, not the operator); undefined otherwise.
   */
  processShards: readonly number[] | undefined;
}

/** Who besides ADMIN_USER_IDS may reload the knowledge, and how often anyone may. */
export interface ReindexPolicy {
  /**
   * Members with Manage Server in any server may /reindex too (REINDEX_ALLOW_SERVER_MANAGERS).
   * Global: the knowledge is shared, so one server's manager reloads it for all servers.
   */
  readonly allowServerManagers: boolean;
  /** Time after a reindex before the next may start (REINDEX_COOLDOWN_SECONDS); 0: none. */
  readonly cooldownMs: number;
}

/**
 * Operators only; 30 s between reindexes. A reindex blocks answering while it parses (6.6 s for
 * 30,000 paragraphs, issue 9): 30 s apart, reindexes can take at most about a fifth of the time.
 */
export const DEFAULT_REINDEX_POLICY: ReindexPolicy = Object.freeze({
  allowServerManagers: false,
  cooldownMs: 30_000,
});

export interface ReadConfigOptions {
  env?: NodeJS.ProcessEnv;
  /** Load `.env` from the working directory first (default true; tests pass false). */
  dotenv?: boolean;
}

/** Every environment key lede reads; `.env.example` documents each one (a test checks). */
export const ENV_KEYS = [
  'DISCORD_TOKEN',
  'DISCORD_CLIENT_ID',
  'DISCORD_GUILD_ID',
  'ADMIN_USER_IDS',
  'KNOWLEDGE_DIR',
  'SNAPSHOT_DIR',
  'LOG_LEVEL',
  'DISCORD_API_URL',
  'RATE_LIMIT_QUESTIONS',
  'RATE_LIMIT_WINDOW_SECONDS',
  'SHARD_COUNT',
  'REINDEX_ALLOW_SERVER_MANAGERS',
  'REINDEX_COOLDOWN_SECONDS',
  'SHARDS_PER_PROCESS',
  'METRICS_PORT',
  'METRICS_HOST',
] as const;
type EnvKey = (typeof ENV_KEYS)[number];

const SNOWFLAKE = /^\d{17,20}$/;

/**
 * Reads and validates the settings. Every problem is reported at once, in a message a server
 * admin can act on; the token's value never appears in it.
 */
export function readConfig({ env = process.env, dotenv = true }: ReadConfigOptions = {}): Readonly<Config> {
  if (dotenv) loadDotenv({ quiet: true });
  const problems: string[] = [];
  const read = (key: EnvKey): string | undefined => env[key]?.trim() || undefined;

  const token = read('DISCORD_TOKEN');
  if (token && /\s/.test(token)) problems.push('DISCORD_TOKEN contains spaces: copy the bot token again.');

  const snowflake = (key: EnvKey): string | undefined => {
    const value = read(key);
    if (value && !SNOWFLAKE.test(value)) {
      problems.push(`${key} must be a Discord id (17 to 20 digits), got "${value}".`);
      return undefined;
    }
    return value;
  };
  const discordClientId = snowflake('DISCORD_CLIENT_ID');
  const discordGuildId = snowflake('DISCORD_GUILD_ID');

  const adminUserIds = (read('ADMIN_USER_IDS') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const badAdmins = adminUserIds.filter((id) => !SNOWFLAKE.test(id));
  if (badAdmins.length) {
    problems.push(
      `ADMIN_USER_IDS must be a comma-separated list of user ids; not ids: ${badAdmins.join(', ')}.`,
    );
  }

  const logLevel = (read('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}".`);
  }

  const discordApiUrl = (read('DISCORD_API_URL') ?? DEFAULT_DISCORD_API_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(discordApiUrl) || !URL.canParse(discordApiUrl)) {
    problems.push(
      `DISCORD_API_URL must be an http(s) URL such as ${DEFAULT_DISCORD_API_URL}; got "${discordApiUrl}".`,
    );
  }

  const positiveInteger = (key: EnvKey, fallback: number): number => {
    const value = read(key);
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) {
      problems.push(`${key} must be a whole number of at least 1; got "${value}".`);
      return fallback;
    }
    return number;
  };
  const wholeSeconds = (key: EnvKey, fallbackMs: number): number => {
    const value = read(key);
    if (value === undefined) return fallbackMs;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) {
      problems.push(`${key} must be a whole number of seconds (0 or more); got "${value}".`);
      return fallbackMs;
    }
    return number * 1000;
  };
  const flag = (key: EnvKey, fallback: boolean): boolean => {
    const value = read(key)?.toLowerCase();
    if (value === undefined) return fallback;
    if (value === 'true' || value === 'false') return value === 'true';
    problems.push(`${key} must be true or false; got "${read(key)}".`);
    return fallback;
  };
  const reindex: ReindexPolicy = Object.freeze({
    allowServerManagers: flag('REINDEX_ALLOW_SERVER_MANAGERS', DEFAULT_REINDEX_POLICY.allowServerManagers),
    cooldownMs: wholeSeconds('REINDEX_COOLDOWN_SECONDS', DEFAULT_REINDEX_POLICY.cooldownMs),
  });

  const questions = positiveInteger('RATE_LIMIT_QUESTIONS', 5);
  const windowSeconds = positiveInteger('RATE_LIMIT_WINDOW_SECONDS', 10);

  const shardSetting = read('SHARD_COUNT');
  let shardCount: Config['shardCount'];
  if (shardSetting?.toLowerCase() === 'auto') {
    shardCount = 'auto';
    // discord.js reads SHARD_COUNT itself and takes "auto" for a broken number. Outside the
    // ShardingManager (which sets SHARDS for its shards) a plain `npm start` runs one shard.
    if (!('SHARDS' in env)) delete env.SHARD_COUNT;
  } else if (shardSetting !== undefined) {
    const number = Number(shardSetting);
    if (Number.isInteger(number) && number >= 1) shardCount = number;
    else problems.push(`SHARD_COUNT must be a whole number of at least 1, or auto; got "${shardSetting}".`);
  }

  const shardsPerProcess = positiveInteger('SHARDS_PER_PROCESS', 1);
  const metricsSetting = read('METRICS_PORT');
  let metricsPort: number | undefined;
  if (metricsSetting !== undefined) {
    const number = Number(metricsSetting);
    if (Number.isInteger(number) && number >= 0 && number <= 65_535) metricsPort = number;
    else problems.push(`METRICS_PORT must be a port number (0 to 65535); got "${metricsSetting}".`);
  }
  const metricsHost = read('METRICS_HOST') ?? '127.0.0.1';

  if (problems.length) {
    throw new UserError(
      `lede cannot start; fix these settings (in .env or the environment):\n- ${problems.join('\n- ')}`,
    );
  }
  return Object.freeze({
    knowledgeDir: path.resolve(read('KNOWLEDGE_DIR') ?? 'knowledge'),
    snapshotDir:
      read('SNAPSHOT_DIR') === 'off' ? undefined : path.resolve(read('SNAPSHOT_DIR') ?? '.cache/lede'),
    discordToken: token,
    discordClientId,
    discordGuildId,
    adminUserIds: Object.freeze(adminUserIds),
    reindex,
    logLevel: logLevel as LogLevel,
    discordApiUrl,
    rateLimit: Object.freeze({ questions, windowMs: windowSeconds * 1000 }),
    shardCount,
    shardsPerProcess,
    metricsPort,
    metricsHost,
    processShards: readShardList(env.SHARDS),
  });
}

/** discord.js's `SHARDS`: one id (`3`) or a JSON list (`[4,5,6,7]`), as a sharding manager sets it. */
function readShardList(value: string | undefined): readonly number[] | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    const ids = Array.isArray(parsed) ? parsed : [parsed];
    return ids.every((id) => Number.isInteger(id) && id >= 0) ? Object.freeze(ids as number[]) : undefined;
  } catch {
    return undefined;
  }
}
