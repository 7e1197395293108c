/**
 * Exits that tell the truth: the real bot (`src/index.ts`, `src/shard.ts`) against the fake
 * Discord refusing it the way Discord does, and started with no token where no terminal is.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/ops/exitCodes.ts';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { spawnLede, type LedeProcess } from '../support/spawnLede.ts';

const BOT = ['--import', 'tsx', 'src/index.ts'];
const SHARDED = ['--import', 'tsx', 'src/shard.ts'];

describe('honest exits', () => {
  let fake: FakeDiscord;
  const started: LedeProcess[] = [];
  const run = (args: string[], env: Record<string, string>, stdin?: 'ignore' | 'pipe') => {
    const lede = spawnLede(args, { DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', ...env }, { stdin });
    started.push(lede);
    return lede;
  };
  beforeEach(async () => {
    fake = await startFakeDiscord({ port: 0, shards: 2, maxConcurrency: 16 });
  });
  afterEach(async () => {
    for (const lede of started.splice(0)) lede.kill();
    await fake.close();
  });

  it('GIVEN a wrong token (Discord answers 401) WHEN started THEN it exits 3 saying the token was refused and how to get a new one, never printing it', async () => {
    const wrong = `${fake.token}x`;
    const bot = run(BOT, { DISCORD_TOKEN: wrong });
    expect((await bot.exited()).code).toBe(EXIT_CODES.tokenRefused);
    expect(bot.output()).toContain('Discord refused DISCORD_TOKEN (401 Unauthorized)');
    expect(bot.output()).toContain('Reset Token');
    expect(bot.output()).not.toContain(wrong);
  });

  it('GIVEN Discord refuses the intents (close 4014) WHEN started THEN it exits 4 naming the intents and where to enable them', async () => {
    fake.refuseIdentifies(4014);
    const bot = run(BOT, { DISCORD_TOKEN: fake.token });
    expect((await bot.exited()).code).toBe(EXIT_CODES.gatewayRefused);
    expect(bot.output()).toContain('4014 (disallowed intents)');
    expect(bot.output()).toContain('Privileged Gateway Intents');
    expect(fake.identifies).toHaveLength(1);
  });

  it('GIVEN a running bot WHEN its token is revoked (close 4004) THEN it logs why and exits 3 instead of 0', async () => {
    const bot = run(BOT, { DISCORD_TOKEN: fake.token });
    await bot.waitForOutput('connected to Discord');
    await fake.closeGateway(4004);
    expect((await bot.exited()).code).toBe(EXIT_CODES.tokenRefused);
    expect(bot.output()).toContain('4004 (authentication failed)');
    expect(bot.output()).not.toContain(fake.token);
  });

  it('GIVEN no DISCORD_TOKEN and no terminal (stdin is /dev/null, as under systemd or Docker) WHEN started THEN it exits 2 saying how to set the token or run the console', async () => {
    const bot = run(BOT, {});
    expect((await bot.exited()).code).toBe(EXIT_CODES.settings);
    expect(bot.output()).toContain('DISCORD_TOKEN is not set, and there is no terminal');
    expect(bot.output()).toContain('npm run ask');
    expect(bot.output()).not.toContain('offline console (no DISCORD_TOKEN set)');
  });

  it('GIVEN no DISCORD_TOKEN and questions piped in WHEN started THEN the console answers them and exits 0', async () => {
    const bot = run(BOT, {}, 'pipe');
    bot.child.stdin!.end('What is this bot?\n');
    expect((await bot.exited()).code).toBe(0);
    expect(bot.output()).toContain('offline console');
  });

  it('GIVEN two shards refused their intents (close 4014) WHEN start:sharded runs THEN the manager stops every shard and exits 4, without respawning', async () => {
    fake.refuseIdentifies(4014);
    const manager = run(SHARDED, { DISCORD_TOKEN: fake.token, SHARD_COUNT: '2' });
    expect((await manager.exited(40_000)).code).toBe(EXIT_CODES.gatewayRefused);
    expect(manager.output()).toContain('4014 (disallowed intents)');
    expect(manager.output()).toContain('no restart fixes');
    expect(manager.output()).not.toContain('shard died; respawning');
    expect(fake.identifies.length).toBeLessThanOrEqual(2);
  }, 60_000);

  it('GIVEN sharded and running WHEN shard 1’s token is revoked mid-session (close 4004) THEN the manager stops every shard and exits 3', async () => {
    const manager = run(SHARDED, { DISCORD_TOKEN: fake.token, SHARD_COUNT: '2' });
    await manager.waitForOutput('all shards ready', 40_000);
    fake.refuseIdentifies(4004);
    await fake.closeGateway(4004, 1);
    expect((await manager.exited(40_000)).code).toBe(EXIT_CODES.tokenRefused);
    expect(manager.output()).toContain('all shards stopped');
    expect(manager.output()).not.toContain('shard died; respawning');
    expect(manager.output()).not.toContain(fake.token);
  }, 60_000);
});
