import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../support/fakeDiscord.ts';
import { blockMarkupLines, liveMarkup } from '../support/markdown.ts';
import { buttonsOf, shownText as shownTextOf, startTestBot, type TestBot } from './harness.ts';

/** A plain-text story (kept as written, unlike Markdown) that tries to phish from the bot's replies: several links on one line, a heading, a mention. */
const PHISHING_STORY = `World

# Ferry refunds [open now](https://evil.example/refund)


The ferry company said refunds would be paid in March. Claim yours [at the claims office](https://evil.example/a) or [by post](https://evil.example/b) before Friday.

## Act now: <@123456789012345678> and @everyone should visit <https://evil.example/c> today.

Source: [Official notice](https://evil.example/notice)
`;

/** The Markdown a message shows (content, embed titles and descriptions; footers are plain text). */
const markdownOf = (message: Json): string[] => [
  message.content ?? '',
  ...((message.embeds ?? []) as Json[]).flatMap((e) => [e.title ?? '', e.description ?? '']),
];

function expectInert(message: Json): void {
  for (const text of markdownOf(message)) {
    expect(liveMarkup(text).replaceAll('**', '')).toBe('');
    expect(blockMarkupLines(text)).toEqual([]);
    expect(text).not.toMatch(/@(everyone|here)/);
  }
}

describe('a story written to phish, through the real client and the fake Discord', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
    await writeFile(path.join(t.knowledgeDir, 'ferry.txt'), PHISHING_STORY);
    const report = await t.live.reload();
    expect(report.ok).toBe(true);
  });
  afterAll(async () => {
    await t?.stop();
  });

  const run = async (name: string, options: Record<string, string | number | boolean>) => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand(name, options));
    return t.fake.waitForMessage(token);
  };

  it('GIVEN /search for words of the story THEN the passages show its links, heading and mentions literally', async () => {
    const message = await run('search', { query: 'refunds claims office' });
    expect(message.embeds[0].description).toContain('**refunds**');
    expect(message.embeds[0].description).toContain(
      '\\[at the **claims** **office**\\](https\\://evil.example/a)',
    );
    expectInert(message);
  });

  it('GIVEN a /search query with link syntax and ** THEN the reply shows the query literally', async () => {
    for (const query of [
      '](https://evil.example/q) refunds',
      '** refunds **',
      '[refunds](https://evil.example)',
    ]) {
      expectInert(await run('search', { query }));
    }
  });

  it('GIVEN /ask, /paragraph and /stories THEN none of them makes a link, heading or mention', async () => {
    const story = t.live.current.stories.find((s) => s.file === 'ferry.txt')!;
    expectInert(await run('ask', { question: 'When will the ferry refunds be paid?' }));
    expectInert(await run('ask', { question: '[Who](https://evil.example) should act now?' }));
    expectInert(await run('paragraph', { number: 1, story: story.id }));
    expectInert(await run('paragraph', { number: 2, story: story.id }));
    expectInert(await run('stories', {}));
  });
});

describe('a story whose front-matter date carries a phishing link', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
    // V8 reads a date with "(…)" after it as a date with a comment: this story is the most recent.
    await writeFile(
      path.join(t.knowledgeDir, 'zz-ferry.md'),
      '---\ntitle: Ferry refunds\ndate: "2099-01-01 (claim [here](https://evil.example/date) <@&123> @everyone *now*)"\n---\n\nThe ferry company said refunds would be paid in March.\n',
    );
    expect((await t.live.reload()).ok).toBe(true);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('GIVEN /summary with no story named THEN the note naming the most recent story shows its date literally', async () => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('summary', {}));
    const message = await t.fake.waitForMessage(token);
    expect(message.embeds[0].title).toBe('Ferry refunds');
    const description = message.embeds[0].description as string;
    expect(description).toContain(
      '(2099-01-01 (claim \\[here\\](https\\://evil.example/date) \\<@&123\\> @\u200beveryone \\*now\\*))',
    );
    // The only live markup is lede's own: the note in italics, with `/summary story:` as code.
    expect(liveMarkup(description.split('\n')[0]!)).toBe('*`:`*');
    expect(description).not.toMatch(/@(everyone|here)/);
  });
});

describe('questions whose buttons or suggestions would be cut inside an emoji', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t?.stop();
  });

  /** 88 characters, then an emoji (two UTF-16 units): a cut at 89 would keep half of it. */
  const QUESTION = `Who said ${'a'.repeat(79)}😀 to Russia?`;

  it('GIVEN /ask with such a question THEN the answer is posted, its "Other passages" button holding whole characters', async () => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question: QUESTION }));
    const message = await t.fake.waitForMessage(token);
    expect(t.fake.requestsFor(token).every((r) => r.status < 400)).toBe(true);
    const ids = [...buttonsOf(message).values()];
    expect(ids.some((id) => id.startsWith('passages:0:Who said'))).toBe(true);
    for (const id of ids) expect(id).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('GIVEN a DM with such a question THEN it is answered too', async () => {
    const id = await t.fake.sendDirectMessage(QUESTION);
    const reply = await t.fake.waitForDirectReply(id);
    expect([...buttonsOf(reply).keys()]).toContain('Other passages');
  });
});

describe('a story with no title whose first paragraph has an emoji where its title is cut', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
    // The title is the first paragraph's first 80 characters: the 80th is half of the emoji.
    await writeFile(
      path.join(t.knowledgeDir, 'emoji.md'),
      `The Tollbridge ferry carried ${'a'.repeat(50)}🚢 more passengers than ever on Monday, the port said.\n`,
    );
    expect((await t.live.reload()).ok).toBe(true);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('GIVEN /stories and /summary of it THEN both are posted, the title holding whole characters', async () => {
    for (const [name, options] of [
      ['stories', {}],
      ['summary', { story: 'emoji' }],
    ] as const) {
      const { token } = await t.fake.sendInteraction(t.fake.slashCommand(name, options));
      const message = await t.fake.waitForMessage(token);
      expect(
        t.fake.requestsFor(token).every((r) => r.status < 400),
        name,
      ).toBe(true);
      expect(shownTextOf(message), name).toContain('The Tollbridge ferry carried');
    }
  });
});
