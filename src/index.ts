/**
 * Composition root: config → knowledge → live index → the Discord bot when DISCORD_TOKEN is set,
 * else the offline console. Exit codes: src/ops/exitCodes.ts.
 */
import { readConfig } from './config.ts';
import { isUserError, UserError } from './errors.ts';
import { EXIT_CODES } from './ops/exitCodes.ts';
import { stdinCanFeedConsole } from './ops/terminal.ts';
import { LiveKnowledge, loadKnowledgeBase, statsOf } from './qa/index.ts';
import { loadKnowledgeBaseInWorker } from './qa/loadInWorker.ts';

const NO_TOKEN_NO_TERMINAL = `DISCORD_TOKEN is not set, and there is no terminal to open the offline console in.
- To run the bot: set DISCORD_TOKEN (in .env, the service's environment or EnvironmentFile; see .env.example and docs/operations.md).
- To ask questions offline: run \`npm start\` in a terminal, or \`npm run ask -- "your question"\`.`;

async function main(): Promise<void> {
  const config = readConfig();
  // Checked before the knowledge loads: a service without a token fails at once, and says why.
  if (!config.discordToken && !stdinCanFeedConsole()) throw new UserError(NO_TOKEN_NO_TERMINAL);
  // Why the snapshot was not used: on stderr in the console, through the logger once the bot has one.
  let reportRebuild = (reason: string) =>
    console.warn(`lede: indexing the knowledge (snapshot not used: ${reason})`);
  let firstRebuild: string | undefined;
  if (config.discordToken) reportRebuild = (reason) => (firstRebuild = reason);
  const options = { snapshotDir: config.snapshotDir };
  const initial = await loadKnowledgeBase(config.knowledgeDir, {
    ...options,
    onRebuild: (reason) => reportRebuild(reason),
  });
  // A reload is built in a worker thread: questions keep being answered meanwhile.
  const live = new LiveKnowledge(initial, () => loadKnowledgeBaseInWorker(config.knowledgeDir, options));
  if (!config.discordToken) {
    const { runConsole } = await import('./cli/console.ts');
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
  const { metricsPort } = config;
  // prom-client and its 70 modules load only when metrics are served (docs/operations.md).
  const ops =
    metricsPort === undefined
      ? undefined
      : await import('./bot/opsEndpoint.ts').then(({ startOpsEndpoint }) =>
          startOpsEndpoint({ config: { ...config, metricsPort }, live, logger }),
        );
  const bot = await startBot({
    config,
    live,
    logger,
    ...(ops && { metrics: ops.metrics, onClient: ops.watch }),
    onRefused(refusal) {
      logger.fatal({ exitCode: refusal.exitCode }, refusal.message);
      void stop().finally(() => process.exit(refusal.exitCode));
    },
  });
  const stop = async () => {
    await bot.stop();
    await ops?.close();
  };
  installProcessHandlers({ stop, logger });
}

main().catch((error: unknown) => {
  // A settings, knowledge or Discord-refusal problem is shown as-is; the token is never in any message.
  const exitCode =
    (error as { exitCode?: number }).exitCode ??
    (isUserError(error) ? EXIT_CODES.settings : EXIT_CODES.failed);
  console.error(isUserError(error) ? `Error: ${error.message}` : `lede failed: ${(error as Error).message}`);
  process.exit(exitCode);
});
