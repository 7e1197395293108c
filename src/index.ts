/**
 * Composition root: config → knowledge → live index → the Discord bot when DISCORD_TOKEN is set,
 * else the offline console.
 */
import { runConsole } from './cli/console.ts';
import { readConfig } from './config.ts';
import { isUserError } from './errors.ts';
import { LiveKnowledge, loadKnowledgeBase, statsOf } from './qa/index.ts';

async function main(): Promise<void> {
  const config = readConfig();
  // Why the snapshot was not used: on stderr in the console, through the logger once the bot has one.
  let reportRebuild = (reason: string) =>
    console.warn(`lede: indexing the knowledge (snapshot not used: ${reason})`);
  let firstRebuild: string | undefined;
  const load = () =>
    loadKnowledgeBase(config.knowledgeDir, {
      snapshotDir: config.snapshotDir,
      onRebuild: (reason) => reportRebuild(reason),
    });
  if (config.discordToken) reportRebuild = (reason) => (firstRebuild = reason);
  const initial = await load();
  const live = new LiveKnowledge(initial, load);
  if (!config.discordToken) {
    await runConsole(live);
    return;
  }
  // discord.js loads only when it is needed: the console starts without it.
  const { installProcessHandlers, startBot, createLogger } = await import('./bot/index.ts');
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  logger.info(
    { knowledgeDir: config.knowledgeDir, ...statsOf(initial), skipped: initial.skipped },
    'knowledge loaded',
  );
  reportRebuild = (reason) => logger.warn({ reason }, 'index snapshot not used; indexing the knowledge');
  if (firstRebuild) reportRebuild(firstRebuild);
  const bot = await startBot({ config, live, logger });
  installProcessHandlers({ stop: bot.stop, logger });
}

main().catch((error: unknown) => {
  // A settings or knowledge problem is shown as-is (exit 2); the token is never in either message.
  console.error(isUserError(error) ? `Error: ${error.message}` : `lede failed: ${(error as Error).message}`);
  process.exit(isUserError(error) ? 2 : 1);
});
