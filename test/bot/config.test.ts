import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCORD_API_URL, readConfig } from '../../src/config.ts';
import { isUserError } from '../../src/errors.ts';

const read = (env: Record<string, string>) => readConfig({ env, dotenv: false });
const problemsOf = (env: Record<string, string>): string => {
  try {
    read(env);
  } catch (error) {
    expect(isUserError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected readConfig to fail');
};

describe('readConfig', () => {
  it('GIVEN an empty environment THEN the console defaults apply: no token, Discord’s API, 5 questions per 10 s', () => {
    expect(read({})).toEqual({
      knowledgeDir: path.resolve('knowledge'),
      snapshotDir: path.resolve('.cache/lede'),
      discordToken: undefined,
      discordClientId: undefined,
      discordGuildId: undefined,
      adminUserIds: [],
      reindex: { allowServerManagers: false, cooldownMs: 30_000 },
      logLevel: 'info',
      discordApiUrl: DEFAULT_DISCORD_API_URL,
      rateLimit: { questions: 5, windowMs: 10_000 },
      metricsHost: '127.0.0.1',
      shardsPerProcess: 1,
    });
  });

  it('GIVEN SNAPSHOT_DIR=off THEN snapshots are off; GIVEN a folder THEN it is used', () => {
    expect(read({ SNAPSHOT_DIR: 'off' }).snapshotDir).toBeUndefined();
    expect(read({ SNAPSHOT_DIR: 'tmp/snaps' }).snapshotDir).toBe(path.resolve('tmp/snaps'));
  });

  it('GIVEN every key set THEN each is read, trimmed and typed', () => {
    const config = read({
      DISCORD_TOKEN: ' abc.def.ghi ',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      ADMIN_USER_IDS: '323456789012345678, 423456789012345678,',
      KNOWLEDGE_DIR: 'stories',
      LOG_LEVEL: 'DEBUG',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
      RATE_LIMIT_QUESTIONS: '3',
      RATE_LIMIT_WINDOW_SECONDS: '30',
    });
    expect(config).toMatchObject({
      discordToken: 'abc.def.ghi',
      discordClientId: '123456789012345678',
      discordGuildId: '223456789012345678',
      adminUserIds: ['323456789012345678', '423456789012345678'],
      knowledgeDir: path.resolve('stories'),
      logLevel: 'debug',
      discordApiUrl: 'http://127.0.0.1:8080/api',
      rateLimit: { questions: 3, windowMs: 30_000 },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('GIVEN several bad settings THEN one error names every key and what to do, and never shows the token', () => {
    const token = 'secret token with spaces';
    const message = problemsOf({
      DISCORD_TOKEN: token,
      DISCORD_CLIENT_ID: 'my-bot',
      ADMIN_USER_IDS: '323456789012345678,alice',
      LOG_LEVEL: 'loud',
      DISCORD_API_URL: 'discord.com/api',
      RATE_LIMIT_QUESTIONS: '0',
      RATE_LIMIT_WINDOW_SECONDS: 'ten',
    });
    expect(message).toMatch(/^lede cannot start; fix these settings/);
    for (const key of [
      'DISCORD_TOKEN contains spaces',
      'DISCORD_CLIENT_ID must be a Discord id',
      'ADMIN_USER_IDS',
      'alice',
      'LOG_LEVEL must be one of',
      'DISCORD_API_URL must be an http(s) URL',
      'RATE_LIMIT_QUESTIONS must be a whole number',
      'RATE_LIMIT_WINDOW_SECONDS must be a whole number',
    ]) {
      expect(message).toContain(key);
    }
    expect(message).not.toContain(token);
  });

  it('GIVEN the reindex settings THEN server managers are opt-in and the cooldown is read in seconds, 0 for none', () => {
    expect(read({ REINDEX_ALLOW_SERVER_MANAGERS: 'TRUE', REINDEX_COOLDOWN_SECONDS: '0' }).reindex).toEqual({
      allowServerManagers: true,
      cooldownMs: 0,
    });
    expect(read({ REINDEX_ALLOW_SERVER_MANAGERS: 'false', REINDEX_COOLDOWN_SECONDS: '90' }).reindex).toEqual({
      allowServerManagers: false,
      cooldownMs: 90_000,
    });
    const message = problemsOf({ REINDEX_ALLOW_SERVER_MANAGERS: 'yes', REINDEX_COOLDOWN_SECONDS: '-1' });
    expect(message).toContain('REINDEX_ALLOW_SERVER_MANAGERS must be true or false; got "yes"');
    expect(message).toContain('REINDEX_COOLDOWN_SECONDS must be a whole number of seconds');
  });

  it('GIVEN SHARD_COUNT=auto outside the ShardingManager THEN a plain start does not hand "auto" to discord.js', () => {
    const env: NodeJS.ProcessEnv = { SHARD_COUNT: 'auto' };
    expect(readConfig({ env, dotenv: false }).shardCount).toBe('auto');
    expect(env.SHARD_COUNT).toBeUndefined();
    const shardEnv: NodeJS.ProcessEnv = { SHARD_COUNT: 'auto', SHARDS: '[0]' };
    readConfig({ env: shardEnv, dotenv: false });
    expect(shardEnv.SHARD_COUNT).toBe('auto');
  });
});
