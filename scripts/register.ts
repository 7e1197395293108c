/**
 * `npm run register`: bulk-overwrites the slash commands (server when DISCORD_GUILD_ID is set, else global).
 * `npm run register -- --clear-guild`: going global: deletes the commands registered in
 * DISCORD_GUILD_ID (they would show twice there), then registers the commands globally.
 */
import { parseArgs } from 'node:util';
import { REST, Routes } from 'discord.js';
import { registerCommands } from '../src/bot/registerCommands.ts';
import { readConfig, type Config } from '../src/config.ts';
import { isUserError, UserError } from '../src/errors.ts';

const USAGE = `Usage: npm run register [-- --clear-guild]
  (no flag)       register the commands in DISCORD_GUILD_ID if set (instant), else globally
  --clear-guild   delete the commands registered in DISCORD_GUILD_ID, then register globally`;

/** Bulk-overwrites a server's commands with none. */
async function clearGuildCommands(
  config: Pick<Config, 'discordToken' | 'discordClientId' | 'discordGuildId' | 'discordApiUrl'>,
): Promise<string> {
  const { discordToken: token, discordClientId: clientId, discordGuildId: guildId } = config;
  if (!token || !clientId || !guildId) {
    throw new UserError(
      '--clear-guild needs DISCORD_TOKEN, DISCORD_CLIENT_ID and DISCORD_GUILD_ID (the server whose commands to delete).',
    );
  }
  await new REST({ api: config.discordApiUrl })
    .setToken(token)
    .put(Routes.applicationGuildCommands(clientId, guildId), {
      body: [],
    });
  return guildId;
}

try {
  const { values } = parseArgs({
    options: { 'clear-guild': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
  } else {
    const config = readConfig();
    if (values['clear-guild']) {
      console.log(`Deleted the commands registered in server ${await clearGuildCommands(config)}.`);
    }
    const { scope, names } = await registerCommands(
      values['clear-guild'] ? { ...config, discordGuildId: undefined } : config,
    );
    const shown = names.map((n) => (/^[a-z-]+$/.test(n) ? `/${n}` : `“${n}”`));
    console.log(`Registered ${names.length} commands (${scope}): ${shown.join(', ')}`);
    if (scope === 'global') console.log('Global commands can take a while to appear in every server.');
  }
} catch (error) {
  const code = (error as { code?: unknown }).code;
  const known = isUserError(error) || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
  console.error(
    known ? `${(error as Error).message}\n${USAGE}` : `Registering failed: ${(error as Error).message}`,
  );
  process.exitCode = 1;
}
