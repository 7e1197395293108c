import { once } from 'node:events';
import { DiscordjsErrorCodes, Events, type Client } from 'discord.js';
import { DEFAULT_REINDEX_POLICY, type Config } from '../config.ts';
import { UserError } from '../errors.ts';
import { ConversationMemory, type LiveKnowledge } from '../qa/index.ts';
import { createClient } from './client.ts';
import { Cooldown } from './cooldown.ts';
import { commands as registry, messageCommands as menus } from './commands/index.ts';
import type { BotContext, Command, MessageCommand } from './commands/types.ts';
import { refusalOfClose, tokenRefused, type DiscordRefusal } from './discordRefusal.ts';
import { createInteractionHandler } from './events/interactionCreate.ts';
import { createDirectMessageHandler } from './events/messageCreate.ts';
import type { Logger } from './logger.ts';
import type { BotMetrics } from './metrics.ts';
import { RateLimiter } from './rateLimiter.ts';
import { serveShardRequests } from './sharding/reloadAllShards.ts';

export interface StartBotOptions {
  config: Pick<Config, 'discordToken' | 'discordApiUrl' | 'adminUserIds' | 'rateLimit'> &
    Partial<Pick<Config, 'reindex' | 'shardsPerProcess' | 'knowledgeDir'>>;
  live: LiveKnowledge;
  logger: Logger;
  /** The commands to serve (default: the registry). */
  commands?: readonly Command[];
  /** The right-click actions to serve (default: the registry's). */
  messageCommands?: readonly MessageCommand[];
  /** Clock for the question rate limit and the conversations' time to live (tests). */
  now?: () => number;
  /**
   * Discord refused the session for good after it was ready (token revoked: close 4004): the client
   * has stopped reconnecting, and the process should exit with `refusal.exitCode`. Default: logged.
   */
  onRefused?: (refusal: DiscordRefusal) => void;
  /** Records questions, answers and reindexes (METRICS_PORT); the caller serves them. */
  metrics?: BotMetrics;
  /** Called with the client before it logs in (so that /healthz can watch it connect). */
  onClient?: (client: Client) => void;
}

export interface RunningBot {
  client: Client<true>;
  /** Disconnects from Discord. */
  stop(): Promise<void>;
}

/** Connects to Discord and serves the commands and DMs until `stop()`. Resolves once ready. */
export async function startBot({
  config,
  live,
  logger,
  commands = registry,
  messageCommands = menus,
  now,
  onRefused = (refusal) => logger.fatal(refusal.message),
  metrics,
  onClient,
}: StartBotOptions): Promise<RunningBot> {
  const token = config.discordToken;
  if (!token) throw new UserError('DISCORD_TOKEN is not set: the bot cannot connect to Discord.');
  const client = createClient({ apiUrl: config.discordApiUrl });
  const context: BotContext = {
    live,
    config,
    logger,
    commands,
    messageCommands,
    conversations: new ConversationMemory(now ? { now } : {}),
    ...(config.knowledgeDir && { knowledgeDir: config.knowledgeDir }),
    questionLimiter: new RateLimiter({
      limit: config.rateLimit.questions,
      windowMs: config.rateLimit.windowMs,
      ...(now && { now }),
    }),
    reindexCooldown: new Cooldown({
      ms: (config.reindex ?? DEFAULT_REINDEX_POLICY).cooldownMs,
      ...(now && { now }),
    }),
    ...(metrics && { metrics }),
  };
  onClient?.(client);
  const onInteraction = createInteractionHandler(context);
  const onMessage = createDirectMessageHandler(context);
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, 'discord warning'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, 'gateway closed'),
  );
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  // Under a ShardingManager (npm run start:sharded): /reindex on another shard reaches this one.
  if (client.shard) serveShardRequests({ client, live, logger, metrics });

  // A close no reconnect fixes (4004, 4014…): before ready it fails the start, after it ends the bot.
  let isReady = false;
  let refuseStart: (refusal: DiscordRefusal) => void = () => {};
  const refusedBeforeReady = new Promise<never>((_, reject) => (refuseStart = reject));
  client.on(Events.ShardDisconnect, ({ code }) => {
    const refusal = refusalOfClose(code);
    if (!refusal) return;
    if (isReady) onRefused(refusal);
    else refuseStart(refusal);
  });

  const ready = once(client, Events.ClientReady);
  try {
    await Promise.race([client.login(token).then(() => ready), refusedBeforeReady]);
    isReady = true;
  } catch (error) {
    await client.destroy();
    const refusedToken = (error as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid;
    throw refusedToken ? tokenRefused() : error;
  }
  const connected = client as Client<true>;
  logger.info(
    { user: connected.user.tag, userId: connected.user.id, commands: commands.length },
    'connected to Discord',
  );
  return {
    client: connected,
    async stop() {
      await client.destroy();
      logger.info('disconnected from Discord');
    },
  };
}
