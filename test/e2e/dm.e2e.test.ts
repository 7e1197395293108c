import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/index.ts';
import { snowflake, type Json } from '../support/fakeDiscord.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

const QUESTION = 'What did Yoon say Russia wants from North Korea?';

describe('direct messages to the bot', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('GIVEN a plain DM WHEN it is a question THEN the bot replies in the DM with the same answer as /ask', async () => {
    const id = await t.fake.sendDirectMessage(QUESTION);
    const reply = await t.fake.waitForDirectReply(id);
    const request = t.fake.requests.find((r) => r.body === reply)!;
    expect(request.authorized).toBe(true);
    expect(request.params.channelId).not.toBe(t.fake.channelId);
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const expected = answerQuestion(t.live.current, QUESTION);
    expect(shownText(reply)).toContain(`¶${expected.citations[0]!.paragraph}`);
  });

  it('GIVEN a DM saying "help" THEN the bot replies with the help text', async () => {
    const id = await t.fake.sendDirectMessage('help');
    const reply = await t.fake.waitForDirectReply(id);
    expect(reply.embeds[0].description).toContain('/ask question:');
    expect(reply.embeds[0].description).toContain('direct message');
  });

  it('GIVEN DMs from another bot and from the bot itself THEN neither is answered, and a person still is', async () => {
    const fromBot = await t.fake.sendDirectMessage(QUESTION, {
      id: snowflake(),
      username: 'other-bot',
      bot: true,
    });
    const fromSelf = await t.fake.sendDirectMessage(QUESTION, t.fake.botUser);
    const fromPerson = await t.fake.sendDirectMessage(QUESTION);
    await t.fake.waitForDirectReply(fromPerson);
    const repliedTo = t.fake.requests
      .filter((r) => r.route === 'channel-message')
      .map((r) => (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id);
    expect(repliedTo).not.toContain(fromBot);
    expect(repliedTo).not.toContain(fromSelf);
  });

  it('GIVEN an empty-looking question WHEN sent by DM THEN the user mistake is explained', async () => {
    const id = await t.fake.sendDirectMessage('x'.repeat(600));
    const reply = await t.fake.waitForDirectReply(id);
    expect(reply.content).toContain('please keep it under 500');
  });
});

describe('the per-user question limit', () => {
  let t: TestBot;
  let clock = 1_000_000;
  beforeAll(async () => {
    t = await startTestBot({ rateLimit: { questions: 2, windowMs: 10_000 }, now: () => clock });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('GIVEN a limit of 2 questions per 10 s WHEN a user DMs a third THEN they are asked politely to wait, and others are not', async () => {
    const asker = { id: snowflake(), username: 'quick' };
    for (let i = 0; i < 2; i++) {
      const reply = await t.fake.waitForDirectReply(await t.fake.sendDirectMessage(QUESTION, asker));
      expect(shownText(reply)).toMatch(/¶\d+/);
    }
    clock += 4_000;
    const third = await t.fake.waitForDirectReply(await t.fake.sendDirectMessage(QUESTION, asker));
    expect(third.content).toBe("You're asking faster than I can read. Please try again in 6 s.");
    expect(third.embeds).toEqual([]);

    const other = await t.fake.waitForDirectReply(await t.fake.sendDirectMessage(QUESTION));
    expect(shownText(other)).toMatch(/¶\d+/);

    clock += 6_000;
    const later = await t.fake.waitForDirectReply(await t.fake.sendDirectMessage(QUESTION, asker));
    expect(shownText(later)).toMatch(/¶\d+/);
  });

  it('GIVEN a user flooding the DM with 20 questions and 5 "help"s WHEN over the limit THEN they are told to wait once, the rest get no reply, and after the window they are answered again', async () => {
    const flooder = { id: snowflake(), username: 'flood' };
    const sent: string[] = [];
    for (let i = 0; i < 20; i++) sent.push(await t.fake.sendDirectMessage(`${QUESTION} ${i}`, flooder));
    for (let i = 0; i < 5; i++) sent.push(await t.fake.sendDirectMessage('help', flooder));
    // Every DM is logged once handled; the three answered ones once their reply landed.
    await Promise.all(sent.slice(0, 3).map((id) => t.fake.waitForDirectReply(id)));
    const handled = () => sent.filter((id) => t.logs.some((l) => l.messageId === id)).length;
    for (let waited = 0; handled() < sent.length && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Every reply the bot posted in a DM: what it replied to, and what it said.
    const replies = t.fake.requests.flatMap((r) => {
      const body = r.body as Json | undefined;
      const to = body?.message_reference?.message_id as string | undefined;
      return r.route === 'channel-message' && r.method === 'POST' && to && sent.includes(to)
        ? [{ to, content: (body?.content ?? '') as string }]
        : [];
    });
    expect(replies).toHaveLength(3);
    expect(replies.filter((r) => /asking faster/.test(r.content)).map((r) => r.to)).toEqual([sent[2]]);
    expect(
      t.logs.filter((l) => l.msg === 'dm not answered: over the question limit, told already'),
    ).toHaveLength(22);

    clock += 10_000;
    const later = await t.fake.waitForDirectReply(await t.fake.sendDirectMessage('help', flooder));
    expect(shownText(later)).toMatch(/\/ask/);
  });

  it("GIVEN a user flooding the DM with 20 questions too long to ask WHEN over the limit THEN they too are told to wait once and the rest get no reply: each reply spends the bot's own rate limit", async () => {
    const flooder = { id: snowflake(), username: 'long-flood' };
    const sent: string[] = [];
    for (let i = 0; i < 20; i++)
      sent.push(await t.fake.sendDirectMessage(`${'why '.repeat(200)}${i}`, flooder));
    await Promise.all(sent.slice(0, 3).map((id) => t.fake.waitForDirectReply(id)));
    const handled = () => sent.filter((id) => t.logs.some((l) => l.messageId === id)).length;
    for (let waited = 0; handled() < sent.length && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // a reply is posted after its log line
    const replies = t.fake.requests.flatMap((r) => {
      const body = r.body as Json | undefined;
      const to = body?.message_reference?.message_id as string | undefined;
      return r.route === 'channel-message' && r.method === 'POST' && to && sent.includes(to)
        ? [{ to, content: (body?.content ?? '') as string }]
        : [];
    });
    expect(replies.map((r) => r.to)).toEqual(sent.slice(0, 3));
    expect(replies[0]!.content).toMatch(/^That question is 80\d characters long/);
    expect(replies[2]!.content).toMatch(/asking faster/);
    clock += 10_000;
  });

  it('GIVEN a user over the limit WHEN they /ask THEN the refusal is ephemeral and nothing is deferred', async () => {
    const asker = { id: snowflake(), username: 'slash' };
    for (let i = 0; i < 2; i++) {
      const { token } = await t.fake.sendInteraction(
        t.fake.slashCommand('ask', { question: QUESTION }, { user: asker }),
      );
      await t.fake.waitForMessage(token);
    }
    const { token } = await t.fake.sendInteraction(
      t.fake.slashCommand('ask', { question: QUESTION }, { user: asker }),
    );
    const refusal = await t.fake.waitForMessage(token);
    expect(refusal).toMatchObject({ callbackType: 4, flags: MessageFlags.Ephemeral });
    expect(refusal.content).toMatch(/^You're asking faster than I can read/);
    expect(t.fake.requestsFor(token)).toHaveLength(1);
  });
});
