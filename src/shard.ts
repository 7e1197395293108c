/**
 * `npm run start:sharded`: discord.js's ShardingManager over the bot's own entry point
 * (src/index.ts), one process per shard. The knowledge is indexed once, before the shards start,
 * and saved as a snapshot that every shard then loads; /reindex on any shard reloads them all.
 */
import { fileURLToPath } from 'node:url';
import { installProcessHandlers } from './bot/processHandlers.ts';
import { createLogger } from './bot/logger.ts';
import { fetchGatewayBot, planShards } from './bot/sharding/gatewayPlan.ts';
import { indexKnowledgeOnce } from './bot/sharding/indexKnowledgeOnce.ts';
import { startShards } from './bot/sharding/startShards.ts';
import { readConfig } from './config.ts';
import { isUserError, UserError } from './errors.ts';
import { EXIT_CODES } from './ops/exitCodes.ts';
import { execArgvFor, moduleBeside } from './ops/runtime.ts';

const BOT_ENTRY = fileURLToPath(moduleBeside(import.meta.url, 'index'));
/** Run as TypeScript, the shards run it as `npm start` does: through tsx; compiled (dist/), with plain node. */
const SHARD_EXEC_ARGV = execArgvFor(import.meta.url);

async function main(): Promise<void> {
  const config = readConfig();
  const token = config.discordToken;
  if (!token) {
    throw new UserError(
      'DISCORD_TOKEN is not set: start:sharded connects to Discord (npm start opens the console).',
    );
  }
  const logger = createLogger({ level: config.logLevel, secrets: [token] });

  // Index once, in a process of its own: a knowledge problem stops us before any shard starts, and
  // the snapshot it saves is what every shard loads instead of indexing the stories itself.
  const knowledge = await indexKnowledgeOnce({ execArgv: SHARD_EXEC_ARGV });
  logger.info(
    {
      knowledgeDir: config.knowledgeDir,
      snapshotDir: config.snapshotDir ?? 'off (every shard indexes the stories itself)',
      ...knowledge,
    },
    'knowledge snapshot ready',
  );

  const plan = planShards(
    config.shardCount,
    await fetchGatewayBot({ apiUrl: config.discordApiUrl, token }),
    Date.now(),
    config.shardsPerProcess,
  );
  const shards = startShards({
    file: BOT_ENTRY,
    token,
    plan,
    logger,
    execArgv: SHARD_EXEC_ARGV,
    // A shard refused for good (token, intents): stop them all and exit with its code, no respawn loop.
    onFatal: ({ code }) => void shards.stop().finally(() => process.exit(code)),
  });
  installProcessHandlers({ stop: shards.stop, logger });
  await shards.spawnAll();
}

main().catch((error: unknown) => {
  console.error(
    isUserError(error) ? `Error: ${error.message}` : `lede (sharded) failed: ${(error as Error).message}`,
  );
  const exitCode =
    (error as { exitCode?: number }).exitCode ??
    (isUserError(error) ? EXIT_CODES.settings : EXIT_CODES.failed);
  process.exit(exitCode);
});
