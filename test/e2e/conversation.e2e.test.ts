import path from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, type FakeUser, type Json, type Where } from '../support/fakeDiscord.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

/** Our own test stories (four of them): never the bundled article. */
const STORIES = path.resolve('test/fixtures/stories');

describe('a conversation with lede (our test stories, real discord.js client, fake Discord)', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ knowledge: STORIES });
  });
  afterAll(async () => {
    await t?.stop();
  });

  /** Sends a slash command and returns the message the bot answered with. */
  const command = async (name: string, options: Record<string, string | boolean>, where?: Where) => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand(name, options, where));
    return { token, message: await t.fake.waitForMessage(token) };
  };
  const dm = async (text: string, from?: FakeUser) =>
    t.fake.waitForDirectReply(await t.fake.sendDirectMessage(text, from));
  const deferFlags = (token: string) =>
    (t.fake.requestsFor(token).find((r) => r.route === 'interaction-callback')?.body as Json).data?.flags;

  it('GIVEN four stories WHEN /summary story: riverton THEN the title, the lede quoted with ¶1 and key points with their ¶', async () => {
    const { message } = await command('summary', { story: 'riverton-council-budget-2025' });
    const text = shownText(message);
    expect(message.embeds[0].title).toBe(
      'Riverton council approves $48 million budget with free bus fares for students',
    );
    expect(text).toContain('**The lede** (¶1)');
    expect(text).toContain('> The Riverton City Council voted 7-2 on Tuesday night');
    expect(text).toContain('**Key points**');
    expect(text.match(/^• .+\(¶\d+\)$/gmu)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Councilman Greg Ellison, who voted against the budget');
    expect(message.embeds[0].footer.text).toContain('¶1 · Riverton Daily Ledger');
    expect(message.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('GIVEN no story named WHEN a new user asks /ask "give me the gist" THEN the most recent story, and the reply says which', async () => {
    const { message } = await command(
      'ask',
      { question: 'give me the gist' },
      { user: { id: snowflake(), username: 'new' } },
    );
    expect(shownText(message)).toContain('The most recent of 4 stories (2024-11-19)');
    expect(message.embeds[0].title).toContain('Riverton council');
  });

  it('GIVEN a DM conversation WHEN three questions follow one another THEN "he" is the speaker just named, and the answers say so', async () => {
    const reader = { id: snowflake(), username: 'dm-reader' };
    const first = await dm('Who said they let down the people who trusted them?', reader);
    expect(first.embeds[0].description).toMatch(/^Erik Lindqvist/);
    expect(first.embeds[0].footer.text).toContain('¶3');

    const second = await dm('what else did he say?', reader);
    expect(second.content).toBe('(he = Erik Lindqvist)');
    expect(second.embeds[0].description).toContain('the time it takes to be sure');
    expect(second.embeds[0].description).not.toContain('We let down the people');
    expect(second.embeds[0].footer.text).toContain('¶8');

    const third = await dm('who is he?', reader);
    expect(third.content).toBe('(he = Erik Lindqvist)');
    expect(third.embeds[0].description).toMatch(/^Erik Lindqvist, Chief executive/);
  });

  it('GIVEN a server channel WHEN one user holds a three-turn dialogue THEN it follows, and another user in the channel has a conversation of their own', async () => {
    const alice = { id: snowflake(), username: 'alice' };
    const bob = { id: snowflake(), username: 'bob' };
    const ask = (question: string, user: FakeUser) => command('ask', { question }, { user });

    const first = await ask('What did the Riverton City Council approve?', alice);
    expect(first.message.embeds[0].description).toMatch(/^a \$48 million budget/);
    const when = await ask('when?', alice);
    expect(when.message.content).toBe('(“when?” = “When did the Riverton City Council approve?”)');
    // The answer is the day (the learned engine gives "Tuesday"), citing the sentence that says it.
    expect(when.message.embeds[0].description).toMatch(/^Tuesday\b[\s\S]*voted 7-2 on Tuesday night/);

    // Bob, in the same channel, has asked nothing: "who is she?" is not read against Alice's answers.
    const bobAsks = await ask('who is she?', bob);
    expect(shownText(bobAsks.message)).not.toContain('she =');

    const who = await ask('Who called the budget a plan for the families who actually live here?', alice);
    expect(who.message.embeds[0].description).toMatch(/^Donna Pike/);
    const she = await ask('who is she?', alice);
    expect(she.message.content).toBe('(she = Donna Pike)');
    expect(she.message.embeds[0].description).toMatch(/^Donna Pike, Mayor/);
  });

  it('GIVEN a question in French or Korean THEN an English reply says lede reads English questions only, with no passages', async () => {
    const { message } = await command('ask', {
      question: 'Qui a dit que le budget était un plan pour les familles ?',
    });
    expect(message.content).toContain('That question looks in French. lede reads English questions only');
    expect(message.embeds).toEqual([]);
    const korean = await dm('누가 그렇게 말했어요?');
    expect(korean.content).toContain('looks in Korean. lede reads English questions only');
    expect(korean.embeds).toEqual([]);
  });

  it('GIVEN a message quoting a line WHEN "Who said this?" is used on it THEN the speaker, only for the user who asked', async () => {
    const { token } = await t.fake.sendInteraction(
      t.fake.messageAction(
        'Who said this?',
        'did you see this? “We are spending next year’s money this year” lol',
      ),
    );
    const message = await t.fake.waitForMessage(token);
    expect(message.embeds[0].description).toMatch(/^Greg Ellison/);
    expect(message.embeds[0].footer.text).toContain('¶3');
    expect(deferFlags(token)).toBe(MessageFlags.Ephemeral);
  });

  it('GIVEN a message asking a question WHEN "Ask lede" is used on it THEN the answer, as /ask gives it, only for the user who asked', async () => {
    const { token } = await t.fake.sendInteraction(
      t.fake.messageAction('Ask lede', 'How much will the winner of each cup receive?', { in: 'dm' }),
    );
    const message = await t.fake.waitForMessage(token);
    expect(message.embeds[0].description).toMatch(/^2\\\.4 million euros/);
    expect(deferFlags(token)).toBe(MessageFlags.Ephemeral);
  });

  it('GIVEN a message with no text WHEN "Who said this?" is used THEN a clear ephemeral message', async () => {
    const { token } = await t.fake.sendInteraction(t.fake.messageAction('Who said this?', ''));
    const message = await t.fake.waitForMessage(token);
    expect(message.content).toContain('no text I can read');
    expect(message.flags).toBe(MessageFlags.Ephemeral);
  });

  it('GIVEN /help THEN it shows /summary, /story and the right-click actions with an example from our stories', async () => {
    const { message } = await command('help', {});
    const text = shownText(message);
    expect(text).toContain('`/summary story:`');
    expect(text).toContain('`/story add file: replace:`');
    expect(text).toContain('`/story remove story:`');
    expect(text).toContain('**Who said this?** or **Ask lede**');
    expect(text).toContain('families who actually live here');
  });
});
