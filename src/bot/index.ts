/** The Discord front end: everything in the project that knows discord.js. */
export { startBot, type RunningBot, type StartBotOptions } from './startBot.ts';
export { commands } from './commands/index.ts';
export type { BotContext, Command } from './commands/types.ts';
export { createLogger, type Logger } from './logger.ts';
export { installProcessHandlers } from './processHandlers.ts';
export { registerCommands, type RegisterResult } from './registerCommands.ts';
// The ops endpoint (and prom-client) is imported from './opsEndpoint.ts' only when metrics are served.
export type { OpsEndpoint } from './opsEndpoint.ts';
