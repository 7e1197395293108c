import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { Config } from '../config.ts';
import { UserError } from '../errors.ts';
import { commands as registry, messageCommands as actions } from './commands/index.ts';
import type { Command, MessageCommand } from './commands/types.ts';

export interface RegisterResult {
  /** `guild <id>` or `global`. */
  scope: string;
  names: string[];
}

/**
 * Bulk-overwrites the application's commands with the slash `commands` and the right-click
 * `messageCommands`: in one server when
 * DISCORD_GUILD_ID is set (instant, for development), else globally.
 */
export async function registerCommands(
  config: Pick<Config, 'discordToken' | 'discordClientId' | 'discordGuildId' | 'discordApiUrl'>,
  commands: readonly Command[] = registry,
  messageCommands: readonly MessageCommand[] = actions,
): Promise<RegisterResult> {
  const { discordToken: token, discordClientId: clientId, discordGuildId: guildId } = config;
  if (!token || !clientId) {
    throw new UserError('Registering commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example).');
  }
  const rest = new REST({ api: config.discordApiUrl }).setToken(token);
  const route = guildId
    ? Routes.applicationGuildCommands(clientId, guildId)
    : Routes.applicationCommands(clientId);
  const registered = (await rest.put(route, {
    body: [...commands.map((c) => c.data), ...messageCommands.map((c) => c.data)],
  })) as RESTPutAPIApplicationCommandsResult;
  return { scope: guildId ? `guild ${guildId}` : 'global', names: registered.map((c) => c.name) };
}
