import {
  Client,
  GatewayIntentBits,
  Options,
  Partials,
  SnowflakeUtil,
  type ClientOptions,
  type SweeperOptions,
} from 'discord.js';

/**
 * What discord.js may cache. lede reads only the interaction or DM in hand (its user, member
 * permissions and channel come with it), so it caches no messages, users, members, presences,
 * reactions, emoji, stickers, threads, voice or invites; only its own user and member are kept.
 * Before these limits, 6,000 distinct users and DMs grew the heap from 21 to 68 MB (issue 9).
 * (Servers and channels are not limitable in discord.js; DM channels are swept, see below.)
 */
export const CACHE_LIMITS = Options.cacheWithLimits({
  ApplicationCommandManager: 0,
  ApplicationEmojiManager: 0,
  AutoModerationRuleManager: 0,
  BaseGuildEmojiManager: 0,
  DMMessageManager: 0,
  EntitlementManager: 0,
  GuildBanManager: 0,
  GuildEmojiManager: 0,
  GuildForumThreadManager: 0,
  GuildInviteManager: 0,
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  GuildMessageManager: 0,
  GuildScheduledEventManager: 0,
  GuildStickerManager: 0,
  GuildTextThreadManager: 0,
  MessageManager: 0,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  StageInstanceManager: 0,
  ThreadManager: 0,
  ThreadMemberManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
  VoiceStateManager: 0,
});

/** Hourly, in case something is cached anyway: users and members but the bot, old messages, threads. */
const SWEEP_INTERVAL_SECONDS = 3600;
export const SWEEPERS: SweeperOptions = {
  ...Options.DefaultSweeperSettings,
  messages: { interval: SWEEP_INTERVAL_SECONDS, lifetime: 1800 },
  users: { interval: SWEEP_INTERVAL_SECONDS, filter: () => (user) => user.id !== user.client.user.id },
  guildMembers: {
    interval: SWEEP_INTERVAL_SECONDS,
    filter: () => (member) => member.id !== member.client.user.id,
  },
};

/**
 * Every DM (and every command used in one) caches its DM channel, and discord.js never drops
 * them: every minute, the DM channels without a message for a minute are dropped (a new DM
 * brings its channel back). A minute is far longer than any answer takes, and at most two
 * minutes of DM channels stay cached, about 0.75 KB each (soak: 1,493 channels, 1.1 MB).
 */
export const DM_CHANNEL_SWEEP_MS = 60_000;

/** How often discord.js's REST client drops its idle per-route queues (default hourly). */
export const REST_HANDLER_SWEEP_MS = 60_000;

export interface CreateClientOptions {
  apiUrl: string;
  /** How often idle DM channels are dropped, and after how long idle (tests shorten it). */
  dmChannelSweepMs?: number;
}

/** The DM channels of `client` idle for `idleMs`, dropped from its cache; returns how many. */
export function sweepDirectMessageChannels(client: Client, idleMs: number, now = Date.now()): number {
  return client.channels.cache.sweep((channel) => {
    if (!channel.isDMBased()) return false;
    const last = channel.lastMessageId ? SnowflakeUtil.timestampFrom(channel.lastMessageId) : 0;
    return now - last >= idleMs;
  });
}

/** The discord.js client with lede's DM channel sweep, stopped by `destroy()`. */
class LedeClient extends Client {
  readonly #dmSweep: NodeJS.Timeout;

  constructor(options: ClientOptions, dmChannelSweepMs: number) {
    super(options);
    this.#dmSweep = setInterval(
      () => sweepDirectMessageChannels(this, dmChannelSweepMs),
      dmChannelSweepMs,
    ).unref();
  }

  override async destroy(): Promise<void> {
    clearInterval(this.#dmSweep);
    await super.destroy();
  }
}

/**
 * The discord.js client: server events and DMs only, no privileged intent (DM content needs none),
 * no mention ever pings (every reply also says so), and bounded caches.
 */
export function createClient({
  apiUrl,
  dmChannelSweepMs = DM_CHANNEL_SWEEP_MS,
}: CreateClientOptions): Client {
  return new LedeClient(
    {
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
      // DM channels are not cached until used: without this partial, DMs never arrive.
      partials: [Partials.Channel],
      allowedMentions: { parse: [] },
      // The REST client keeps a request queue per interaction token and per channel, and by default
      // drops the idle ones only hourly: 10,000 asks left ~8 MB of them (npm run soak).
      rest: { api: apiUrl, handlerSweepInterval: REST_HANDLER_SWEEP_MS },
      makeCache: CACHE_LIMITS,
      sweepers: SWEEPERS,
    },
    dmChannelSweepMs,
  );
}
