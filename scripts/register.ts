/** `npm run register`: bulk-overwrites the slash commands (server when DISCORD_GUILD_ID is set, else global). */
import { registerCommands } from '../src/bot/registerCommands.ts';
import { readConfig } from '../src/config.ts';
import { isUserError } from '../src/errors.ts';

try {
  const config = readConfig();
  const { scope, names } = await registerCommands(config);
  const shown = names.map((n) => (/^[a-z-]+$/.test(n) ? `/${n}` : `“${n}”`));
  console.log(`Registered ${names.length} commands (${scope}): ${shown.join(', ')}`);
  if (scope === 'global') console.log('Global commands can take a while to appear in every server.');
} catch (error) {
  console.error(isUserError(error) ? error.message : `Registering failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
