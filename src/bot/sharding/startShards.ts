import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { ShardingManager, type Shard } from 'discord.js';
import { FATAL_EXIT_CODES } from '../../ops/exitCodes.ts';
import type { Logger } from '../logger.ts';
import { IDENTIFY_WINDOW_MS, type ShardPlan } from './gatewayPlan.ts';

/** How long a shard process may take from spawn to a ready client. */
export const SHARD_READY_TIMEOUT_MS = 120_000;
/** How long a stopping shard may take to disconnect before it is killed. */
export const SHARD_STOP_GRACE_MS = 10_000;
/** Deaths of one shard within this window make its next respawn wait longer (1 s, 2 s, 4 s… 60 s). */
const DEATH_WINDOW_MS = 10 * 60_000;
const MAX_RESPAWN_DELAY_MS = 60_000;

/** The first death respawns at once; a shard that keeps dying backs off instead of spinning. */
export function respawnDelayMs(recentDeaths: number): number {
  return recentDeaths <= 1 ? 0 : Math.min(1000 * 2 ** (recentDeaths - 2), MAX_RESPAWN_DELAY_MS);
}

export interface StartShardsOptions {
  /** The bot's entry point, which every shard process runs. */
  file: string;
  token: string;
  plan: ShardPlan;
  logger: Logger;
  /** Node flags for the shard processes (a TypeScript entry needs `--import tsx`). */
  execArgv?: readonly string[];
  readyTimeoutMs?: number;
  /** Where the shards' own output goes, each line tagged with its shard (default this process's). */
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /**
   * A shard exited with a code no respawn fixes (FATAL_EXIT_CODES: settings, token or intents
   * refused). Respawning has stopped; the caller stops the other shards and exits with `code`.
   */
  onFatal?: (exit: { shard: number; code: number }) => void;
}

export interface RunningShards {
  manager: ShardingManager;
  /** Starts the plan's groups one identify window apart; resolves when every shard was ready or gave up. */
  spawnAll(): Promise<{ ready: number; ms: number }>;
  /** Stops respawning, asks every shard to disconnect (SIGTERM), kills those that take too long. */
  stop(): Promise<void>;
}

/**
 * Copies a shard's output to ours: its JSON log lines gain `"shard": id`, other lines a
 * `[shard id]` prefix, so that every line says which shard wrote it.
 */
function relayOutput(
  child: ChildProcess,
  [key, id]: [string, number],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
) {
  const tag = (line: string) =>
    line.startsWith('{"') ? `{"${key}":${id},${line.slice(1)}` : `[${key} ${id}] ${line}`;
  for (const [input, output] of [
    [child.stdout, stdout],
    [child.stderr, stderr],
  ] as const) {
    if (input)
      createInterface({ input, crlfDelay: Infinity }).on('line', (line) => output.write(`${tag(line)}\n`));
  }
}

/**
 * discord.js's ShardingManager over the bot's entry point: one process per shard, started as fast
 * as Discord's session start limit allows (a whole group of `max_concurrency` shards at once), each
 * respawned when it dies (with a growing delay when it keeps dying), and logged.
 */
export function startShards({
  file,
  token,
  plan,
  logger,
  execArgv = [],
  // A process identifies its own shards max_concurrency at a time, one window apart.
  readyTimeoutMs = SHARD_READY_TIMEOUT_MS +
    IDENTIFY_WINDOW_MS * Math.ceil(Math.max(...plan.processes.map((p) => p.length)) / plan.maxConcurrency),
  stdout = process.stdout,
  stderr = process.stderr,
  onFatal = () => {},
}: StartShardsOptions): RunningShards {
  // discord.js's Shard is a process here: one per plan.processes entry, keyed by its index (its
  // shard id when every process serves one shard), and told its shards through SHARDS.
  const perProcess = plan.processes.some((shards) => shards.length > 1);
  const manager = new ShardingManager(file, {
    token,
    totalShards: plan.count,
    shardList: plan.processes.map((_, index) => index),
    mode: 'process',
    // Respawning is ours: discord.js respawns at once, forever, even a shard that dies on start.
    respawn: false,
    // Piped, so that each line can be tagged with its shard.
    silent: true,
    execArgv: [...execArgv],
  });
  let stopping = false;
  const spawnedAt = new Map<number, number>();
  const deaths = new Map<number, number[]>();
  const respawns = new Set<NodeJS.Timeout>();

  // discord.js's Shard says "ready" once per gateway shard of its process: a process is ready
  // when all of its shards are (the next start group must not identify before that).
  const readyShards = new Map<number, number>();
  const wholeProcessReady = new Map<number, () => void>();
  const spawn = async (shard: Shard): Promise<boolean> => {
    const whole = new Promise<void>((resolve) => wholeProcessReady.set(shard.id, resolve));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`not ready within ${readyTimeoutMs / 1000} s`)),
        readyTimeoutMs,
      );
    });
    try {
      await Promise.race([shard.spawn(readyTimeoutMs).then(() => whole), timeout]);
      return true;
    } catch (error) {
      logger.warn({ ...who(shard), err: error }, 'shard did not become ready');
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  /** How a process is named in the log: its shard, or its index and shards when it serves several. */
  const who = (shard: Shard) =>
    perProcess ? { process: shard.id, shards: plan.processes[shard.id] } : { shard: shard.id };
  const create = (index: number): Shard => {
    const shard = manager.createShard(index);
    (shard.env as Record<string, unknown>).SHARDS = JSON.stringify(plan.processes[index]);
    return shard;
  };

  const watch = (shard: Shard): Shard => {
    shard.on('spawn', (child) => {
      spawnedAt.set(shard.id, performance.now());
      readyShards.set(shard.id, 0);
      const proc = child as ChildProcess;
      logger.info({ ...who(shard), pid: proc.pid }, 'shard spawned');
      relayOutput(proc, [perProcess ? 'process' : 'shard', shard.id], stdout, stderr);
    });
    shard.on('ready', () => {
      const ready = (readyShards.get(shard.id) ?? 0) + 1;
      readyShards.set(shard.id, ready);
      if (ready !== plan.processes[shard.id]!.length) return;
      const ms = Math.round(performance.now() - (spawnedAt.get(shard.id) ?? 0));
      logger.info({ ...who(shard), pid: shard.process?.pid, ms }, 'shard ready');
      wholeProcessReady.get(shard.id)?.();
    });
    shard.on('death', (child) => {
      if (stopping) return;
      const proc = child as ChildProcess;
      if (proc.exitCode !== null && FATAL_EXIT_CODES.has(proc.exitCode)) {
        // Discord refused it (or its settings are wrong): every respawn would be refused too.
        stopping = true;
        for (const timer of respawns) clearTimeout(timer);
        logger.fatal(
          { ...who(shard), pid: proc.pid, code: proc.exitCode },
          'shard refused for a reason no restart fixes (see its log line above); stopping every shard',
        );
        onFatal({ shard: shard.id, code: proc.exitCode });
        return;
      }
      const now = Date.now();
      const recent = [...(deaths.get(shard.id) ?? []).filter((t) => now - t < DEATH_WINDOW_MS), now];
      deaths.set(shard.id, recent);
      const delayMs = respawnDelayMs(recent.length);
      logger.warn(
        {
          ...who(shard),
          pid: proc.pid,
          code: proc.exitCode,
          signal: proc.signalCode,
          respawnInMs: delayMs,
        },
        'shard died; respawning',
      );
      const timer = setTimeout(() => {
        respawns.delete(timer);
        // Unless stopping, or already back (respawnAll kills and spawns shards itself).
        if (!stopping && !shard.process) void spawn(shard);
      }, delayMs);
      respawns.add(timer);
    });
    shard.on('error', (error) => logger.error({ ...who(shard), err: error }, 'shard error'));
    return shard;
  };

  return {
    manager,
    async spawnAll() {
      const started = performance.now();
      logger.info(
        {
          shards: plan.count,
          processes: plan.processes.length,
          maxConcurrency: plan.maxConcurrency,
          groups: plan.groups.length,
        },
        'spawning shards',
      );
      let ready = 0;
      for (const [i, group] of plan.groups.entries()) {
        if (stopping) break;
        // Discord admits max_concurrency identifies per 5 s: the next group waits one window.
        if (i > 0) await sleep(IDENTIFY_WINDOW_MS);
        const results = await Promise.all(group.map((index) => spawn(watch(create(index)))));
        ready += group.reduce((n, index, i) => n + (results[i] ? plan.processes[index]!.length : 0), 0);
      }
      const ms = Math.round(performance.now() - started);
      if (ready === plan.count) logger.info({ shards: plan.count, ms }, 'all shards ready');
      else if (stopping)
        logger.warn({ shards: plan.count, ready, ms }, 'stopped before every shard was ready');
      else logger.error({ shards: plan.count, ready, ms }, 'not every shard became ready (see why above)');
      return { ready, ms };
    },
    async stop() {
      stopping = true;
      for (const timer of respawns) clearTimeout(timer);
      await Promise.all(
        manager.shards.map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null || child.signalCode !== null) return;
          const exited = once(child, 'exit');
          shard.kill();
          const killer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_GRACE_MS);
          await exited;
          clearTimeout(killer);
        }),
      );
      logger.info({ shards: manager.shards.size }, 'all shards stopped');
    },
  };
}
