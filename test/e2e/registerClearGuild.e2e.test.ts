/** `npm run register -- --clear-guild`: going from development (server commands) to global commands. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, messageCommands } from '../../src/bot/commands/index.ts';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { spawnLede } from '../support/spawnLede.ts';

/** Every slash command and right-click action the bot has (the count grew from 8 to 12 with /story and the actions). */
const COMMAND_COUNT = commands.length + messageCommands.length;

describe('npm run register -- --clear-guild', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ port: 0 });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('GIVEN commands registered in the development server WHEN going global with --clear-guild THEN that server’s commands are deleted first, then every command is registered globally', async () => {
    const guildId = snowflake();
    const register = spawnLede(['--import', 'tsx', 'scripts/register.ts', '--clear-guild'], {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect((await register.exited()).code).toBe(0);
    const puts = fake.requests.filter((r) => r.route === 'put-commands');
    expect(puts.map((r) => ({ guild: r.params.guildId, count: (r.body as unknown[]).length }))).toEqual([
      { guild: guildId, count: 0 },
      { guild: undefined, count: COMMAND_COUNT },
    ]);
    expect(register.output()).toContain(`Deleted the commands registered in server ${guildId}.`);
    expect(register.output()).toContain(`Registered ${COMMAND_COUNT} commands (global)`);
    expect(register.output()).not.toContain(fake.token);
  });

  it('GIVEN --clear-guild without DISCORD_GUILD_ID THEN it fails naming what it needs, registering nothing', async () => {
    const before = fake.requests.length;
    const register = spawnLede(['--import', 'tsx', 'scripts/register.ts', '--clear-guild'], {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect((await register.exited()).code).toBe(1);
    expect(register.output()).toContain(
      '--clear-guild needs DISCORD_TOKEN, DISCORD_CLIENT_ID and DISCORD_GUILD_ID',
    );
    expect(fake.requests.length).toBe(before);
  });
});
