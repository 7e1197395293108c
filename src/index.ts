/**
 * Composition root: config → knowledge → live index → the Discord bot when DISCORD_TOKEN is set,
 * else the offline console.
 */
import { installProcessHandlers, startBot, createLogger } from './bot/index.ts';
import { runConsole } from './cli/console.ts';
import { readConfig } from './config.ts';
import { isUserError } from './errors.ts';
import { LiveKnowledge, loadKnowledgeBase, statsOf } from './qa/index.ts';

async function main(): Promise<void> {
  const config = readConfig();
  const initial = await loadKnowledgeBase(config.knowledgeDir);
  const live = new LiveKnowledge(initial, () => loadKnowledgeBase(config.knowledgeDir));
  if (!config.discordToken) {
    await runConsole(live);
    return;
  }
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  logger.info(
    { knowledgeDir: config.knowledgeDir, ...statsOf(initial), skipped: initial.skipped },
    'knowledge loaded',
  );
  const bot = await startBot({ config, live, logger });
  installProcessHandlers({ stop: bot.stop, logger });
}

main().catch((error: unknown) => {
  // A settings or knowledge problem is shown as-is (exit 2); the token is never in either message.
  console.error(isUserError(error) ? `Error: ${error.message}` : `lede failed: ${(error as Error).message}`);
  process.exit(isUserError(error) ? 2 : 1);
});
