import { GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, searchPassages, suggestQuestions, suggestTerms } from '../../src/qa/index.ts';
import { buttonsOf, shownText, startTestBot, type TestBot } from './harness.ts';

const QUESTION = 'Who called the North Korea-Russia cooperation a collusion of convenience?';

describe('/ask and friends through a real discord.js client and a fake Discord', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t?.stop();
  });

  const storyId = () => t.live.current.stories[0]!.id;
  const storyTitle = () => t.live.current.stories[0]!.title;

  it('GIVEN the bot logs in THEN it identifies with the Guilds and DirectMessages intents only, and calls no other route', () => {
    expect(t.fake.identifies).toHaveLength(1);
    expect(t.fake.identifies[0]!.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages);
    expect(t.fake.requests.map((r) => `${r.method} ${r.route} ${r.authorized}`)).toEqual([
      'GET gateway-bot true',
    ]);
  });

  it('GIVEN a server member WHEN they /ask THEN the bot defers publicly, then edits in the answer citing the paragraph, pinging nobody', async () => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question: QUESTION }));
    const message = await t.fake.waitForMessage(token);
    const [defer, edit] = t.fake.requestsFor(token);
    expect(defer).toMatchObject({ route: 'interaction-callback', body: { type: 5, data: { flags: 0 } } });
    expect(edit).toMatchObject({ route: 'edit-original', params: { applicationId: t.fake.applicationId } });
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const expected = answerQuestion(t.live.current, QUESTION);
    const cited = expected.citations[0]!;
    const text = shownText(message);
    expect(text).toContain(`¶${cited.paragraph}`);
    expect(text).toContain(storyTitle());
    if (expected.answer === null) expect(message.content).toBe("The stories don't say.");
    else expect(message.embeds[0].footer.text).toBe(`${cited.title} · ¶${cited.paragraph} · ${cited.source}`);
  });

  it('GIVEN the DM channel with the bot WHEN /ask private:true THEN the deferral is ephemeral and the answer lands by editing it', async () => {
    const { token } = await t.fake.sendInteraction(
      t.fake.slashCommand('ask', { question: QUESTION, private: true }, { in: 'dm' }),
    );
    const message = await t.fake.waitForMessage(token);
    const [defer] = t.fake.requestsFor(token);
    expect(defer!.body).toMatchObject({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect(shownText(message)).toContain(storyTitle());
  });

  it('GIVEN a question that says @everyone and has markdown WHEN asked THEN the reply allows no mention and shows the markdown literally', async () => {
    const question = '@everyone who said **collusion** of _convenience_?';
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question }));
    const message = await t.fake.waitForMessage(token);
    expect(message.allowed_mentions.parse).toEqual([]);
    const text = shownText(message);
    expect(text).toContain('\\*\\*collusion\\*\\* of \\_convenience\\_');
    expect(text).not.toContain('**collusion**');
  });

  it('GIVEN a partial question WHEN /ask autocompletes THEN it offers the engine’s questions and terms, at most 25, each within 100 characters', async () => {
    const partial = `what does NATO mean ${'and more '.repeat(15)}`;
    const { token } = await t.fake.sendInteraction(t.fake.autocomplete('ask', 'question', partial));
    const callback = await t.fake.waitForRequest((r) => r.params.token === token);
    expect(callback.body).toMatchObject({ type: 8 });
    const choices = (callback.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
    const engine = [
      ...suggestQuestions(t.live.current, partial, 25),
      ...suggestTerms(t.live.current, partial, 25),
    ];
    expect(choices.length).toBe(Math.min(25, new Set(engine.map((s) => s.trim().toLowerCase())).size));
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('GIVEN part of a story title WHEN /paragraph autocompletes the story THEN it offers that story by id', async () => {
    const { token } = await t.fake.sendInteraction(
      t.fake.autocomplete('paragraph', 'story', 'collusion', { number: 3 }),
    );
    const callback = await t.fake.waitForRequest((r) => r.params.token === token);
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: storyTitle(), value: storyId() }] } });
  });

  it('GIVEN /search results WHEN Next is clicked THEN the same message turns to the next page (update, not a new reply)', async () => {
    const query = 'Russia North Korea';
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('search', { query }));
    const first = await t.fake.waitForMessage(token);
    expect(first.callbackType).toBe(4);
    const total = searchPassages(t.live.current, query).total;
    expect(first.embeds[0].footer.text).toBe(`1–4 of ${total}`);
    expect(first.embeds[0].description).toMatch(/\*\*(Russia|North|Korea)\*\*/);
    const next = buttonsOf(first).get('Next ▶');
    expect(next).toBe(`search:4:${query}`);

    const click = await t.fake.sendInteraction(t.fake.buttonClick(next!, { components: first.components }));
    const second = await t.fake.waitForMessage(click.token);
    expect(second.callbackType).toBe(7);
    expect(second.embeds[0].footer.text).toMatch(new RegExp(`^5–\\d+ of ${total}$`));
    expect(second.embeds[0].description).toContain('**5.**');
  });

  it('GIVEN an answer WHEN "Other passages" is clicked THEN the clicker alone gets the passages for that question', async () => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question: QUESTION }));
    const answer = await t.fake.waitForMessage(token);
    const other = buttonsOf(answer).get('Other passages');
    expect(other).toBe(`passages:0:${QUESTION}`);
    const click = await t.fake.sendInteraction(t.fake.buttonClick(other!, { components: answer.components }));
    const passages = await t.fake.waitForMessage(click.token);
    expect(passages).toMatchObject({ callbackType: 4, flags: MessageFlags.Ephemeral });
    expect(passages.embeds[0].title).toContain('Passages for');
  });

  it('GIVEN a "Show paragraph" button WHEN clicked THEN the clicker alone sees that whole paragraph', async () => {
    const paragraph = t.live.current.stories[0]!.paragraphs[4]!;
    const click = await t.fake.sendInteraction(t.fake.buttonClick(`paragraph:5:${storyId()}`, {}));
    const shown = await t.fake.waitForMessage(click.token);
    expect(shown).toMatchObject({ callbackType: 4, flags: MessageFlags.Ephemeral });
    expect(shown.embeds[0].footer.text).toContain('¶5');
    expect(shown.embeds[0].description).toContain(paragraph.text.slice(0, 40));
  });

  it('GIVEN a paragraph number out of range WHEN /paragraph THEN the user mistake is explained to them alone', async () => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('paragraph', { number: 999 }));
    const reply = await t.fake.waitForMessage(token);
    const count = t.live.current.stories[0]!.paragraphs.length;
    expect(reply).toMatchObject({ callbackType: 4, flags: MessageFlags.Ephemeral });
    expect(reply.content).toContain(`paragraphs 1 to ${count}; there is no ¶999`);

    const unknown = await t.fake.sendInteraction(
      t.fake.slashCommand('paragraph', { number: 1, story: '**nope**' }),
    );
    expect((await t.fake.waitForMessage(unknown.token)).content).toContain(
      'No story matches "\\*\\*nope\\*\\*"',
    );
  });

  it('GIVEN /stories and /help WHEN used THEN they reply at once with the story list and every command', async () => {
    const stories = await t.fake.sendInteraction(t.fake.slashCommand('stories'));
    const list = await t.fake.waitForMessage(stories.token);
    expect(list.callbackType).toBe(4);
    expect(list.embeds[0].title).toBe(`1 story, ${t.live.current.paragraphs.length} paragraphs`);
    expect(list.embeds[0].description).toContain(storyId());

    const help = await t.fake.sendInteraction(t.fake.slashCommand('help', { private: true }, { in: 'dm' }));
    const text = await t.fake.waitForMessage(help.token);
    expect(text.flags).toBe(MessageFlags.Ephemeral);
    for (const name of ['ask', 'who-said', 'define', 'search', 'paragraph', 'stories', 'help', 'reindex']) {
      expect(text.embeds[0].description).toContain(`/${name}`);
    }
  });

  it('GIVEN /who-said and /define WHEN used THEN each defers and edits in a rendered answer', async () => {
    for (const [name, option, value] of [
      ['who-said', 'quote', 'colusion of convenence'],
      ['define', 'term', 'IP4'],
    ] as const) {
      const { token } = await t.fake.sendInteraction(t.fake.slashCommand(name, { [option]: value }));
      const message = await t.fake.waitForMessage(token);
      expect(t.fake.requestsFor(token)[0]!.body).toMatchObject({ type: 5 });
      expect(shownText(message)).toMatch(/¶\d+/);
    }
  });

  it('GIVEN a quote of the 500 characters Discord lets /who-said take, and a message as long quoted for "Who said this?" THEN both are answered, neither refused as "over 500 characters"', async () => {
    const quote = 'a collusion of convenience, '.repeat(18).slice(0, 500).trim();
    const slash = await t.fake.sendInteraction(t.fake.slashCommand('who-said', { quote }));
    const action = await t.fake.sendInteraction(t.fake.messageAction('Who said this?', `“${quote}”`));
    for (const { token } of [slash, action]) {
      const shown = shownText(await t.fake.waitForMessage(token));
      expect(shown).not.toMatch(/characters long/);
      expect(shown).toMatch(/Yoon Suk Yeol/);
    }
  });
});
