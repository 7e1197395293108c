import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REINDEX_POLICY } from '../../src/config.ts';
import { MAX_STORY_BYTES } from '../../src/knowledge/loadStories.ts';
import { snowflake, type Json } from '../support/fakeDiscord.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

const STORIES = path.resolve('test/fixtures/stories');
const ADMIN = { id: snowflake(), username: 'editor' };
/** A reply's text as Discord shows it: the escaper's backslashes (`\\:`) are not displayed. */
const displayed = (message: Json): string => (message.content as string).replace(/\\([^\w\s])/g, '$1');

/** A story of our own, uploaded from Discord. */
const LIBRARY_STORY = `Local

Marrowfield library to open around the clock after record loans


The Marrowfield Public Library (MPL) will open 24 hours a day from March 3, after lending a record 410,000 books last year, the city said on Monday.

Library director Nadia Brennan said the night hours would be staffed by two librarians and a security guard. “People work at all hours now, and so should we,” she said.

The change will cost about $220,000 a year and is paid for by a state grant.

Source: Marrowfield Courier
`;

describe('/story add and /story remove (admin, an attachment served by the fake Discord on 127.0.0.1)', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({
      knowledge: STORIES,
      adminUserIds: [ADMIN.id],
      // REINDEX_ALLOW_SERVER_MANAGERS on: members with Manage Server may change the stories too.
      reindex: { ...DEFAULT_REINDEX_POLICY, allowServerManagers: true },
    });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const files = async () => (await readdir(t.knowledgeDir)).sort();
  const run = async (
    sub: string,
    options: Record<string, string | boolean | Json>,
    user = ADMIN,
    permissions?: bigint,
  ) => {
    const where = { user, ...(permissions !== undefined && { permissions }) };
    const { token } = await t.fake.sendInteraction(t.fake.subcommand('story', sub, options, where));
    return { token, message: await t.fake.waitForMessage(token, 10_000) };
  };
  /** The flags of the first answer (a reply, or a deferral that is edited later). */
  const ephemeralFlags = (token: string) =>
    (t.fake.requestsFor(token).find((r) => r.route === 'interaction-callback')?.body as Json).data?.flags;
  const ask = async (question: string) => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question }));
    return t.fake.waitForMessage(token);
  };

  it('GIVEN an admin WHEN they attach a .txt story THEN it is stored under a safe name, reindexed, described, logged, and then answered from', async () => {
    const before = await files();
    const file = t.fake.serveAttachment('Marrowfield Library (final).txt', LIBRARY_STORY);
    const { token, message } = await run('add', { file });
    const text = shownText(message);
    expect(text).toContain(
      'Added “Marrowfield library to open around the clock after record loans” as `marrowfield-library-final.txt`: 3 paragraphs.',
    );
    expect(text).toContain('People: Nadia Brennan');
    expect(text).toContain('Acronyms: MPL = Marrowfield Public Library');
    expect(text).toContain('Stories: 4 → 5.');
    expect(
      (t.fake.requestsFor(token).find((r) => r.route === 'interaction-callback')!.body as Json).data.flags,
    ).toBe(MessageFlags.Ephemeral);
    expect(await files()).toEqual([...before, 'marrowfield-library-final.txt'].sort());
    expect(await readFile(path.join(t.knowledgeDir, 'marrowfield-library-final.txt'), 'utf8')).toBe(
      LIBRARY_STORY,
    );
    expect(t.logs).toContainEqual(
      expect.objectContaining({
        command: 'story add',
        userId: ADMIN.id,
        file: 'marrowfield-library-final.txt',
        msg: 'story added',
      }),
    );

    const answer = await ask('Who is Nadia Brennan?');
    expect(answer.embeds[0].description).toMatch(/^Nadia Brennan, Library director/);
    expect(answer.embeds[0].footer.text).toContain('Marrowfield library to open around the clock');
  });

  it('GIVEN the same file again WHEN added without replace THEN it is refused and the file is unchanged; with replace: True it is replaced', async () => {
    const changed = LIBRARY_STORY.replace('two librarians', 'three librarians');
    const again = await run('add', {
      file: t.fake.serveAttachment('marrowfield-library-final.txt', changed),
    });
    expect(displayed(again.message)).toContain('exists already; add replace: True to replace it');
    expect(await readFile(path.join(t.knowledgeDir, 'marrowfield-library-final.txt'), 'utf8')).toBe(
      LIBRARY_STORY,
    );

    const replaced = await run('add', {
      file: t.fake.serveAttachment('marrowfield-library-final.txt', changed),
      replace: true,
    });
    expect(shownText(replaced.message)).toContain('Replaced “Marrowfield library');
    expect(await readFile(path.join(t.knowledgeDir, 'marrowfield-library-final.txt'), 'utf8')).toBe(changed);
  });

  it('GIVEN an admin WHEN /story remove story: the library story THEN its file is gone, it is logged, and it is no longer answered from', async () => {
    const { message } = await run('remove', { story: 'marrowfield-library-final' });
    expect(message.content).toContain(
      'Removed “Marrowfield library to open around the clock after record loans” (`marrowfield-library-final.txt`).',
    );
    expect(message.content).toContain('Stories: 5 → 4.');
    expect(await files()).not.toContain('marrowfield-library-final.txt');
    expect(t.logs).toContainEqual(
      expect.objectContaining({
        command: 'story remove',
        userId: ADMIN.id,
        file: 'marrowfield-library-final.txt',
      }),
    );
    const answer = await ask('Who is Nadia Brennan?');
    expect(shownText(answer)).not.toContain('Library director');
  });

  describe('GIVEN a bad upload THEN a clear reply and nothing changes (files, index, loads)', () => {
    const cases: [string, () => Json, RegExp][] = [
      [
        'a failed download (HTTP 500)',
        () => t.fake.serveAttachment('story.txt', LIBRARY_STORY, { status: 500 }),
        /The download failed \(HTTP 500\); nothing was changed/,
      ],
      [
        'a wrong type (.pdf)',
        () => t.fake.serveAttachment('story.pdf', '%PDF-1.7'),
        /“story\.pdf” is not a story file: attach a \.txt or \.md file/,
      ],
      [
        'an oversize file (by its metadata)',
        () => t.fake.serveAttachment('big.txt', 'x', { size: MAX_STORY_BYTES + 1 }),
        /larger than 5 MB/,
      ],
      [
        'an oversize file (found while downloading: small metadata, no length)',
        () =>
          t.fake.serveAttachment('big.txt', Buffer.alloc(MAX_STORY_BYTES + 10, 'a'), {
            size: 100,
            chunked: true,
          }),
        /larger than 5 MB/,
      ],
      [
        'a bad format (not UTF-8)',
        () => t.fake.serveAttachment('latin1.txt', Buffer.from('Caf\xe9 story\n\nBody text.', 'latin1')),
        /“latin1\.txt” cannot be a story: not UTF-8 text\. Nothing was changed\./,
      ],
      [
        'a bad format (front matter that is not YAML)',
        () => t.fake.serveAttachment('broken.md', '---\ntitle: [unclosed\n---\n\nA paragraph.\n'),
        /“broken\.md” cannot be a story: front matter is not valid YAML/,
      ],
      ['an empty file', () => t.fake.serveAttachment('empty.md', '\n\n'), /cannot be a story: empty file/],
    ];
    for (const [what, attachment, reply] of cases) {
      it(`GIVEN ${what}`, async () => {
        const before = await files();
        const loads = t.loads();
        const stories = t.live.current.stories.length;
        const { token, message } = await run('add', { file: attachment() });
        expect(displayed(message)).toMatch(reply);
        expect(ephemeralFlags(token)).toBe(MessageFlags.Ephemeral);
        expect(await files()).toEqual(before);
        expect(t.loads()).toBe(loads);
        expect(t.live.current.stories.length).toBe(stories);
      });
    }
  });

  it('GIVEN server managers are allowed AND a member without Manage Server WHEN they try /story add or remove THEN refused, nothing downloaded or changed; Manage Server may', async () => {
    const before = await files();
    const member = { id: snowflake(), username: 'member' };
    const file = t.fake.serveAttachment('sneaky.txt', LIBRARY_STORY);
    const add = await run('add', { file }, member, PermissionFlagsBits.SendMessages);
    expect(add.message.content).toBe(
      'Only the bot admins and members with Manage Server can add or remove stories.',
    );
    const remove = await run('remove', { story: 'riverton' }, member, PermissionFlagsBits.SendMessages);
    expect(remove.message.content).toBe(
      'Only the bot admins and members with Manage Server can add or remove stories.',
    );
    expect(t.fake.requests.some((r) => r.route === 'attachment' && r.path.includes(file.id as string))).toBe(
      false,
    );
    expect(await files()).toEqual(before);

    const manager = await run(
      'add',
      { file: t.fake.serveAttachment('sneaky.txt', LIBRARY_STORY) },
      member,
      PermissionFlagsBits.ManageGuild,
    );
    expect(shownText(manager.message)).toContain('Added “Marrowfield library');
    await run('remove', { story: 'sneaky' });
  });
});

describe('/story add by default (REINDEX_ALLOW_SERVER_MANAGERS off)', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ knowledge: STORIES, adminUserIds: [ADMIN.id] });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('GIVEN a member with Manage Server WHEN they try /story add THEN refused (the stories are every server’s), nothing downloaded or changed', async () => {
    const before = (await readdir(t.knowledgeDir)).sort();
    const file = t.fake.serveAttachment('managed.txt', LIBRARY_STORY);
    const member = { id: snowflake(), username: 'manager' };
    const { token } = await t.fake.sendInteraction(
      t.fake.subcommand(
        'story',
        'add',
        { file },
        { user: member, permissions: PermissionFlagsBits.ManageGuild },
      ),
    );
    const reply = await t.fake.waitForMessage(token, 10_000);
    expect(displayed(reply)).toBe(
      "Only the bot's operators can add or remove stories, since they are shared by every server.",
    );
    expect(t.fake.requests.some((r) => r.route === 'attachment' && r.path.includes(file.id as string))).toBe(
      false,
    );
    expect((await readdir(t.knowledgeDir)).sort()).toEqual(before);
  });
});
