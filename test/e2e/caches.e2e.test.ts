import { Events } from 'discord.js';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, sweepDirectMessageChannels } from '../../src/bot/client.ts';
import { snowflake, startFakeDiscord } from '../support/fakeDiscord.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

const QUESTION = 'Who called the cooperation a collusion of convenience?';
const USERS = 500;
/** At most this many asks in flight (discord.js sends 50 requests a second anyway). */
const IN_FLIGHT = 25;

describe('the bot’s caches stay bounded however many people ask', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it(`GIVEN ${USERS} distinct users asking by DM and by /ask WHEN all are answered THEN no user, member or message is cached, and idle DM channels are dropped`, async () => {
    const people = Array.from({ length: USERS }, (_, i) => ({ id: snowflake(), username: `reader${i}` }));
    for (let i = 0; i < people.length; i += IN_FLIGHT) {
      await Promise.all(
        people.slice(i, i + IN_FLIGHT).map(async (user, j) => {
          if ((i + j) % 10 === 0) {
            const { token } = await t.fake.sendInteraction(
              t.fake.slashCommand('ask', { question: QUESTION }, { user }),
            );
            expect(shownText(await t.fake.waitForMessage(token, 30_000))).toMatch(/¶\d+/);
          } else {
            const id = await t.fake.sendDirectMessage(QUESTION, user);
            expect(shownText(await t.fake.waitForDirectReply(id, 30_000))).toMatch(/¶\d+/);
          }
        }),
      );
    }
    const client = t.bot.client;
    expect(client.users.cache.size).toBeLessThanOrEqual(1); // the bot itself
    const dms = client.channels.cache.filter((c) => c.isDMBased());
    expect(dms.every((c) => c.isTextBased() && c.messages.cache.size === 0)).toBe(true);
    for (const guild of client.guilds.cache.values()) expect(guild.members.cache.size).toBeLessThanOrEqual(1);

    // The sweep (every minute in production) drops the idle DM channels; a new DM still gets its answer.
    expect(sweepDirectMessageChannels(client, 0)).toBe(dms.size);
    expect(client.channels.cache.filter((c) => c.isDMBased()).size).toBe(0);
    const again = await t.fake.sendDirectMessage(QUESTION, people[1]);
    expect(shownText(await t.fake.waitForDirectReply(again))).toMatch(/¶\d+/);
  }, 90_000);
});

describe('the DM channel sweep', () => {
  it('GIVEN a client whose DM channels are swept every 200 ms WHEN 50 people DM it THEN their channels are gone soon after', async () => {
    const fake = await startFakeDiscord({ port: 0 });
    const client = createClient({ apiUrl: fake.apiUrl, dmChannelSweepMs: 200 });
    try {
      const ready = once(client, Events.ClientReady);
      await client.login(fake.token);
      await ready;
      const received = new Promise<void>((resolve) => {
        let count = 0;
        client.on(Events.MessageCreate, () => ++count === 50 && resolve());
      });
      for (let i = 0; i < 50; i++) {
        await fake.sendDirectMessage('hello', { id: snowflake(), username: `dm${i}` });
      }
      await received;
      expect(client.channels.cache.filter((c) => c.isDMBased()).size).toBeGreaterThan(0);
      expect(client.users.cache.size).toBeLessThanOrEqual(1);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(client.channels.cache.filter((c) => c.isDMBased()).size).toBe(0);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});
