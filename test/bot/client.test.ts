import {
  Collection,
  DMMessageManager,
  GatewayIntentBits,
  GuildEmojiManager,
  GuildMemberManager,
  GuildMessageManager,
  IntentsBitField,
  LimitedCollection,
  MessageManager,
  PresenceManager,
  ReactionManager,
  ReactionUserManager,
  ThreadManager,
  ThreadMemberManager,
  UserManager,
  VoiceStateManager,
  type Client,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/bot/client.ts';

/** The managers whose caches lede never reads (it answers from the interaction or DM in hand). */
const UNREAD = {
  DMMessageManager,
  GuildEmojiManager,
  GuildMemberManager,
  GuildMessageManager,
  MessageManager,
  PresenceManager,
  ReactionManager,
  ReactionUserManager,
  ThreadManager,
  ThreadMemberManager,
  UserManager,
  VoiceStateManager,
};

describe('the discord.js client lede builds', () => {
  let client: Client | undefined;
  afterEach(async () => {
    await client?.destroy();
    client = undefined;
  });

  it('GIVEN lede’s client WHEN built THEN it asks for server events and DMs only, and never pings', () => {
    client = createClient({ apiUrl: 'http://127.0.0.1:9/api' });
    const intents = new IntentsBitField(client.options.intents);
    expect(intents.toArray().sort()).toEqual(['DirectMessages', 'Guilds']);
    expect(intents.has(GatewayIntentBits.GuildMembers)).toBe(false);
    expect(intents.has(GatewayIntentBits.MessageContent)).toBe(false);
    expect(client.options.allowedMentions).toEqual({ parse: [] });
  });

  it('GIVEN lede’s client WHEN each cache it never reads is made THEN that cache holds nothing', () => {
    client = createClient({ apiUrl: 'http://127.0.0.1:9/api' });
    const makeCache = client.options.makeCache!;
    for (const [name, manager] of Object.entries(UNREAD)) {
      const cache = makeCache(manager as never, undefined as never, manager as never);
      expect(cache, name).toBeInstanceOf(LimitedCollection);
      expect((cache as LimitedCollection<string, unknown>).maxSize, name).toBe(0);
    }
    // The servers themselves are kept (discord.js cannot run without them).
    expect(client.guilds.cache).toBeInstanceOf(Collection);
  });

  it('GIVEN lede’s client WHEN a user who is not the bot is cached THEN it is not kept', () => {
    client = createClient({ apiUrl: 'http://127.0.0.1:9/api' });
    client.users.cache.set('42', { id: '42', client } as never);
    expect(client.users.cache.size).toBe(0);
  });

  it('GIVEN lede’s client WHEN it runs THEN old messages, users and members are swept hourly', () => {
    client = createClient({ apiUrl: 'http://127.0.0.1:9/api' });
    expect(client.options.sweepers).toMatchObject({
      messages: { interval: 3600, lifetime: 1800 },
      users: { interval: 3600 },
      guildMembers: { interval: 3600 },
    });
  });
});
