/**
 * An attacker against the real bot (discord.js client and all) on a fake Discord on 127.0.0.1:
 * a story full of Discord markup, hostile queries, hostile uploads and a failing Discord. Every
 * body the fake received is checked against Discord's limits and for live links and mentions.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, type Json, type RecordedRequest } from '../support/fakeDiscord.ts';
import { buttonsOf, shownText, startTestBot, type TestBot } from './harness.ts';

const ADMIN = { id: snowflake(), username: 'editor' };
const DEADLINE_MS = 3000;

const MARKUP = [
  '[click](https://evil.example) and [here](https://evil.example/2) [x](<https://evil.example/3>)',
  '<https://evil.example/raw> @everyone @here <@123> <@!124> <@&456> <#789> <:x:1> <a:y:2> <t:1:R>',
  '||spoiler|| **bold** __under__ ~~strike~~ `code` \u200bzero\u200dwidth \u202eevil\u202c \u2066iso\u2069',
].join(' ');
const LINES = ['# heading ' + MARKUP, '> quote ' + MARKUP, '-# subtext ' + MARKUP, '```js', MARKUP, '```'];

/** A story whose every part carries markup; a 200 KB title and a 1 MB paragraph. */
function hostileStory(): string {
  const title = `Marshvale ferry ${MARKUP} `
    .repeat(Math.ceil(200_000 / (MARKUP.length + 17)))
    .slice(0, 200_000);
  const huge = `The Marshvale ferry carried ${MARKUP} cargo. `.repeat(
    Math.ceil(1_000_000 / (MARKUP.length + 40)),
  );
  return [
    'World',
    '',
    title.replace(/\n/g, ' '),
    '',
    '',
    `The Marshvale ferry operator Quintrell Harbour (QH) said on Monday it would add night sailings ${MARKUP}.`,
    '',
    `“We will sail every hour ${MARKUP},” said harbour master Odile Fenwright.`,
    '',
    LINES.join(' '),
    '',
    `QH stands for Quintrell Harbour ${MARKUP}.`,
    '',
    huge,
    '',
    `Source: ${MARKUP}`,
    '',
  ].join('\n');
}

/** Where a message body is: a reply, an update, an edit or a follow-up, or a DM reply. */
function messageBodies(requests: readonly RecordedRequest[]): { r: RecordedRequest; m: Json }[] {
  const out: { r: RecordedRequest; m: Json }[] = [];
  for (const r of requests) {
    const body = r.body as Json | undefined;
    if (!body || Array.isArray(body) || r.method === 'GET') continue;
    if (r.route === 'interaction-callback') {
      if (body.type === 4 || body.type === 7) out.push({ r, m: body.data ?? {} });
    } else if ('content' in body || 'embeds' in body) out.push({ r, m: body });
  }
  return out;
}

/** Markdown that would be live: an unescaped masked link, mention, emoji, timestamp or <link>. */
const LIVE = [
  /(?<!\\)\]\(/, // masked link
  /(?<!\\)<(?:@|#|a?:|t:|https?:|\/)/, // mentions, channels, emoji, timestamps, <links>
  /@(?:everyone|here)/, // @everyone without the zero-width break
  /^\s*(?:#|-#|>)\s/m, // heading, subtext, quote at a line start (lede's own "> " quotes excepted below)
];

/** Bidi overrides and isolates, and NUL: dropped from every text by the escaper. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u202a-\u202e\u2066-\u2069\u0000]/;

function checkMessage(m: Json, where: string): void {
  expect(m.allowed_mentions?.parse, where).toEqual([]);
  const content = (m.content ?? '') as string;
  expect(content.length, where).toBeLessThanOrEqual(2000);
  let total = 0;
  const markdown = [content];
  for (const e of (m.embeds ?? []) as Json[]) {
    expect((e.title ?? '').length, where).toBeLessThanOrEqual(256);
    expect((e.description ?? '').length, where).toBeLessThanOrEqual(4096);
    expect((e.footer?.text ?? '').length, where).toBeLessThanOrEqual(2048);
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
    for (const f of (e.fields ?? []) as Json[]) {
      expect(f.name.length, where).toBeLessThanOrEqual(256);
      expect(f.value.length, where).toBeLessThanOrEqual(1024);
      total += f.name.length + f.value.length;
      markdown.push(f.value);
    }
    markdown.push(e.title ?? '', e.description ?? '');
  }
  expect(total, where).toBeLessThanOrEqual(6000);
  for (const row of (m.components ?? []) as Json[]) {
    for (const c of row.components as Json[]) {
      if (c.label) expect(c.label.length, where).toBeLessThanOrEqual(80);
      if (c.custom_id) expect(c.custom_id.length, where).toBeLessThanOrEqual(100);
    }
  }
  for (const text of markdown) {
    const own = text.replace(/^> /gm, ''); // lede quotes paragraphs with "> "
    for (const live of LIVE) expect(own, `${where}: ${live} in ${own.slice(0, 300)}`).not.toMatch(live);
    expect(text, where).not.toMatch(UNSAFE_CHARS);
  }
}

function checkEverything(t: TestBot): void {
  for (const { r, m } of messageBodies(t.fake.requests)) checkMessage(m, `${r.method} ${r.path}`);
  for (const r of t.fake.requests) {
    const body = r.body as Json | undefined;
    if (r.route !== 'interaction-callback' || body?.type !== 8) continue;
    for (const choice of body.data.choices as Json[]) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(String(choice.value).length).toBeLessThanOrEqual(100);
      expect(choice.name).not.toMatch(UNSAFE_CHARS);
    }
  }
}

describe('an attacker against the merged bot', () => {
  let t: TestBot;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'lede-hostile-'));
    await writeFile(path.join(folder, 'marshvale-ferry.txt'), hostileStory());
    // A Markdown story: a 200 KB `# title` (a plain-text title that long is read as a paragraph).
    const longTitle = `Ferry ${MARKUP} `.repeat(Math.ceil(200_000 / MARKUP.length)).slice(0, 200_000);
    await writeFile(
      path.join(folder, 'ferry-title.md'),
      `---\nsource: "${MARKUP.replace(/"/g, "'")}"\n---\n\n# ${longTitle.replace(/\n/g, ' ')}\n\nThe ferry fleet of Quintrell Harbour grew to nine boats ${MARKUP}.\n\n> quote ${MARKUP}\n`,
    );
    await writeFile(
      path.join(folder, 'plain.txt'),
      'Local\n\nHarbour fees rise in Tollbridge\n\n\nTollbridge harbour fees rise by 4 percent from April, the port board said.\n\nSource: Tollbridge Post\n',
    );
    t = await startTestBot({ knowledge: folder, adminUserIds: [ADMIN.id] });
  }, 30_000);
  afterAll(async () => {
    await t?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  /** Sends a slash command and returns its first message, within Discord's 3 s. */
  const run = async (name: string, options: Record<string, string | number | boolean> = {}, user = ADMIN) => {
    const sent = await t.fake.sendInteraction(t.fake.slashCommand(name, options, { user }));
    const message = await t.fake.waitForMessage(sent.token, 10_000);
    const first = t.fake.requestsFor(sent.token)[0]!;
    expect(first.at - sent.at, `${name} answered late`).toBeLessThan(DEADLINE_MS);
    return { ...sent, message };
  };
  const stillAnswers = async () => {
    const { message } = await run('ask', { question: 'How much do Tollbridge harbour fees rise?' });
    expect(shownText(message)).toContain('4 percent');
  };

  it('GIVEN a story full of markup, a 200 KB title and a 1 MB paragraph WHEN every command, button, autocomplete, DM and right-click action shows it THEN nothing is live, nothing is over a limit, every reply is in time', async () => {
    const id = t.live.current.stories.find((s) => s.file === 'marshvale-ferry.txt')!.id;
    const asked = await run('ask', { question: 'Who said they will sail every hour?' });
    await run('ask', { question: `What does QH stand for? ${MARKUP}`.slice(0, 500) });
    const searched = await run('search', { query: 'Marshvale ferry cargo everyone click evil' });
    await run('paragraph', { story: id, number: 4 });
    await run('paragraph', { story: id, number: 3 });
    await run('paragraph', { story: id, number: 5 });
    await run('stories');
    await run('summary', { story: id });
    await run('summary', { story: 'ferry-title' });
    await run('paragraph', { story: 'ferry-title', number: 1 });
    const titled = t.live.current.stories.find((s) => s.file === 'ferry-title.md')!;
    expect(titled.title.length).toBeLessThanOrEqual(256);
    expect(titled.title).toContain('[click]');
    await run('who-said', { quote: 'sail every hour' });
    await run('define', { term: 'QH' });
    await run('help');

    for (const message of [asked.message, searched.message]) {
      for (const [label, customId] of buttonsOf(message)) {
        const sent = await t.fake.sendInteraction(t.fake.buttonClick(customId, message));
        const reply = await t.fake.waitForMessage(sent.token, 10_000);
        expect(t.fake.requestsFor(sent.token)[0]!.at - sent.at, label).toBeLessThan(DEADLINE_MS);
        for (const [, next] of buttonsOf(reply)) {
          const again = await t.fake.sendInteraction(t.fake.buttonClick(next, reply));
          await t.fake.waitForMessage(again.token, 10_000);
        }
      }
    }
    for (const [name, focused, value] of [
      ['ask', 'question', 'Marshvale'],
      ['define', 'term', 'Q'],
      ['paragraph', 'story', 'marsh'],
      ['summary', 'story', ''],
      ['story', 'story', 'everyone'],
    ] as const) {
      const sent = await t.fake.sendInteraction(
        t.fake.autocomplete(name, focused, value, {}, { user: ADMIN }),
      );
      await t.fake.waitForRequest((r) => r.params.token === sent.token || r.path.includes(sent.token), 5000);
    }
    for (const action of ['Who said this?', 'Ask lede']) {
      const sent = await t.fake.sendInteraction(
        t.fake.messageAction(action, `“We will sail every hour ${MARKUP}”`, { user: ADMIN }),
      );
      await t.fake.waitForMessage(sent.token, 10_000);
    }
    const dm = await t.fake.sendDirectMessage(`what did Odile Fenwright say? ${MARKUP}`);
    await t.fake.waitForDirectReply(dm, 10_000);

    // The markup did reach the replies, shown literally: the checks above looked at it.
    const shown = messageBodies(t.fake.requests)
      .map(({ m }) => shownText(m))
      .join('\n');
    expect(shown).toContain('\\[click\\](https\\://evil.example)');
    expect(shown).toContain('@\u200beveryone');
    checkEverything(t);
    await stillAnswers();
  }, 60_000);

  it('GIVEN hostile queries WHEN asked, searched, defined, and used as story names THEN each gets a clear reply and the bot keeps answering', async () => {
    const queries = [
      `${'[a](https://evil) **x** ||y|| <@1> @everyone '.repeat(20)}`.slice(0, 500),
      'who\u0000said\u0007 \u001b[31m this\u0000?',
      'what \ud800 is \udfff QH?',
      '\u202eWho said sail\u202c?',
      '?!?!...;;;---***',
      '🚢🚢🔥🔥👀',
      `${'a'.repeat(60)}!`,
      '(a+)+$ ((a*)*)* [[[ \\ ^$.|?*+()',
      "'; DROP TABLE stories; -- $(rm -rf /) `cat /etc/passwd`",
    ];
    for (const question of queries) {
      const { message } = await run('ask', { question });
      expect(shownText(message).trim().length).toBeGreaterThan(0);
      await run('search', { query: question });
      await run('define', { term: question.slice(0, 100) });
      await run('who-said', { quote: question });
    }
    for (const story of ['../../etc/passwd', '..\\..\\windows', '/etc/passwd', '%2e%2e%2f', '<@123>', '*']) {
      const para = await run('paragraph', { story, number: 1 });
      expect(shownText(para.message)).not.toMatch(/root:|DISCORD_TOKEN/);
      await run('summary', { story });
      const removed = await t.fake.sendInteraction(
        t.fake.subcommand('story', 'remove', { story }, { user: ADMIN }),
      );
      const reply = await t.fake.waitForMessage(removed.token, 10_000);
      expect(reply.content).toMatch(/No story matches/);
    }
    expect(t.live.current.stories.length).toBe(3);
    checkEverything(t);
    await stillAnswers();
  }, 60_000);

  describe('/story add attacks', () => {
    const files = async () => (await readdir(t.knowledgeDir)).sort();
    /** Entries beside the knowledge folder an upload's name could have reached. */
    const outside = async () =>
      (await readdir(path.dirname(t.knowledgeDir))).filter((f) => /evil|^\.env$|^con|passwd/i.test(f));
    const add = async (file: Json, user = ADMIN) => {
      const sent = await t.fake.sendInteraction(t.fake.subcommand('story', 'add', { file }, { user }));
      return (await t.fake.waitForMessage(sent.token, 20_000)) as Json;
    };
    const good =
      'Local\n\nCanal lock repaired in Ashcombe\n\n\nThe Ashcombe canal lock reopened on Friday after repairs costing 80,000 pounds.\n';

    it('GIVEN hostile names, sizes and contents WHEN an admin adds them THEN nothing is written outside knowledge/, names are safe, the index keeps serving', async () => {
      const before = await outside();
      for (const name of [
        '../../evil.md',
        '..%2f..%2fevil2.md',
        '.env',
        'con.txt',
        'a\nb`c.txt',
        '/etc/evil.txt',
      ]) {
        const reply = await add(t.fake.serveAttachment(name, good));
        expect(shownText(reply).length).toBeGreaterThan(0);
        for (const f of await files()) expect(f).toMatch(/^[a-z0-9][a-z0-9-]*\.(txt|md)$/);
      }
      const big = await add(
        t.fake.serveAttachment('big.txt', Buffer.alloc(6 * 1024 * 1024, 'a'), { size: 100, chunked: true }),
      );
      expect(big.content).toMatch(/larger than 5 MB/);
      const binary = await add(t.fake.serveAttachment('bin.txt', Buffer.from([0, 1, 2, 255, 254, 0, 0, 7])));
      expect(binary.content).toMatch(/cannot be a story/);
      const frontMatter = `---\ntitle: Big\nnotes: "${'x'.repeat(100_000)}"\n---\n\nA paragraph about a canal.\n`;
      const fm = await add(t.fake.serveAttachment('fm.md', frontMatter));
      expect(shownText(fm).length).toBeGreaterThan(0);
      expect(await outside()).toEqual(before);
      checkEverything(t);
      await stillAnswers();
    }, 60_000);

    it('GIVEN an attachment URL on another host or a redirect WHEN added THEN it is never fetched; a non-admin is refused', async () => {
      const other = { ...t.fake.serveAttachment('ssrf.txt', good) };
      other.url = other.url.replace('127.0.0.1', 'localhost');
      other.proxy_url = other.url;
      const refused = await add(other);
      expect(refused.content).toMatch(/not on Discord’s servers/);
      const meta = {
        ...t.fake.serveAttachment('meta.txt', good),
        url: 'http://169.254.169.254/latest/meta-data/',
      };
      expect((await add(meta)).content).toMatch(/not on Discord’s servers/);
      const fileUrl = { ...t.fake.serveAttachment('local.txt', good), url: 'file:///etc/passwd' };
      expect((await add(fileUrl)).content).toMatch(/no usable address|not on Discord/);
      const member = { id: snowflake(), username: 'member' };
      const stranger = await add(t.fake.serveAttachment('stranger.txt', good), member);
      expect(stranger.content).toMatch(/Only the bot's operators/);
      checkEverything(t);
      await stillAnswers();
    }, 30_000);
  });

  it('GIVEN Discord answering 500 (every retry) and 429 on replies, and the gateway closing mid-answer THEN the bot survives and keeps answering', async () => {
    const errorsBefore = t.logs.length;
    t.fake.failNext((r) => r.route === 'interaction-callback', 500, 10);
    const failed = await t.fake.sendInteraction(
      t.fake.slashCommand('ask', { question: 'Who said they will sail every hour?' }),
    );
    await t.fake.waitForRequest((r) => r.params.token === failed.token && r.status === 500, 5000);
    t.fake.failNext((r) => r.route === 'channel-message', 500, 10);
    await t.fake.sendDirectMessage('who said they will sail every hour?');
    await t.fake.waitForRequest((r) => r.route === 'channel-message' && r.status === 500, 5000);

    t.fake.rateLimitNext((r) => r.route === 'interaction-callback', 1);
    const limited = await t.fake.sendInteraction(t.fake.slashCommand('search', { query: 'Marshvale' }));
    await t.fake.waitForMessage(limited.token, 10_000);

    const cut = await t.fake.sendInteraction(t.fake.slashCommand('summary', {}));
    await t.fake.closeGateway(4000);
    await t.fake.waitForMessage(cut.token, 10_000);
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await stillAnswers();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
    const dm = await t.fake.sendDirectMessage('How much do Tollbridge harbour fees rise?');
    expect(shownText(await t.fake.waitForDirectReply(dm, 10_000))).toContain('4 percent');
    expect(t.logs.slice(errorsBefore).some((l) => l.level === 50 || l.level === 40)).toBe(true);
  }, 40_000);
});
