import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REINDEX_REFUSED, REINDEX_REFUSED_MANAGERS } from '../../src/bot/commands/reindex.ts';
import { LiveKnowledge, type ReloadReport } from '../../src/qa/index.ts';
import { snowflake } from '../support/fakeDiscord.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

const ADMIN = { id: snowflake(), username: 'editor' };
const NEW_STORY_TITLE = 'Harbour town opens floating library for fishermen';
const NEW_STORY = `Culture

${NEW_STORY_TITLE}


The harbour town of Kelmsby opened a floating library on Saturday, a converted ferry that will carry 4,000 books to fishing villages along the coast.

“Fishermen read more than people think,” said librarian Agnes Pohl, who raised the money for the ferry over three years.

The ferry will visit eleven villages every month, starting in April.

Source: Kelmsby Gazette
`;

describe('/reindex', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await startTestBot({ adminUserIds: [ADMIN.id] });
  });
  afterEach(async () => {
    await t?.stop();
  });

  const reindex = async (where: Parameters<TestBot['fake']['slashCommand']>[2]) => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('reindex', {}, where));
    return { token, message: await t.fake.waitForMessage(token) };
  };

  it('GIVEN a server member without Manage Server WHEN they /reindex THEN they are refused ephemerally and nothing reloads', async () => {
    const before = t.live.current;
    await writeFile(path.join(t.knowledgeDir, 'library.txt'), NEW_STORY);
    const { token, message } = await reindex({ permissions: PermissionFlagsBits.SendMessages });
    expect(message).toMatchObject({
      callbackType: 4,
      flags: MessageFlags.Ephemeral,
      content: REINDEX_REFUSED,
    });
    expect(t.fake.requestsFor(token)).toHaveLength(1);
    expect(t.loads()).toBe(1);
    expect(t.live.current).toBe(before);
  });

  it('GIVEN a stranger in a DM WHEN they /reindex THEN they are refused too', async () => {
    const { message } = await reindex({ in: 'dm' });
    expect(message.content).toBe(REINDEX_REFUSED);
    expect(t.loads()).toBe(1);
  });

  it('GIVEN an admin named in ADMIN_USER_IDS and a new story on disk WHEN /reindex in a DM THEN it defers, reports the counts, and the new story is answerable at once', async () => {
    const before = t.live.current;
    await writeFile(path.join(t.knowledgeDir, 'library.txt'), NEW_STORY);
    const { token, message } = await reindex({ in: 'dm', user: ADMIN });
    expect(t.fake.requestsFor(token)[0]!.body).toMatchObject({ type: 5 });
    const after = t.live.current;
    expect(after).not.toBe(before);
    expect(after.stories).toHaveLength(2);
    expect(message.content).toMatch(/^Reindexed in \d+\.\d\d s\.\n/);
    expect(message.content).toContain(
      `Stories: 1 → 2. Paragraphs: ${before.paragraphs.length} → ${after.paragraphs.length}.`,
    );

    const ask = await t.fake.sendInteraction(
      t.fake.slashCommand('ask', { question: 'Who raised the money for the floating library ferry?' }),
    );
    expect(shownText(await t.fake.waitForMessage(ask.token))).toContain(NEW_STORY_TITLE);
  });

  it('GIVEN a member with Manage Server (server managers not allowed, the default) WHEN /reindex THEN they are refused: it would reload every server', async () => {
    await writeFile(path.join(t.knowledgeDir, 'library.txt'), NEW_STORY);
    const { message } = await reindex({ permissions: PermissionFlagsBits.ManageGuild });
    expect(message).toMatchObject({ flags: MessageFlags.Ephemeral, content: REINDEX_REFUSED });
    const admin = await reindex({ permissions: PermissionFlagsBits.Administrator });
    expect(admin.message.content).toBe(REINDEX_REFUSED);
    expect(t.loads()).toBe(1);
  });

  it('GIVEN an admin reindexed a moment ago WHEN they /reindex again THEN they are told how long to wait, ephemerally, and nothing reloads', async () => {
    await reindex({ user: ADMIN });
    expect(t.loads()).toBe(2);
    const { token, message } = await reindex({ user: ADMIN });
    expect(message).toMatchObject({ callbackType: 4, flags: MessageFlags.Ephemeral });
    expect(message.content).toMatch(
      /^The stories were reindexed \d+ s ago; reindexes are 30 s apart\. Try again in \d+ s\.$/,
    );
    expect(t.fake.requestsFor(token)).toHaveLength(1);
    expect(t.loads()).toBe(2);
  });

  it('GIVEN skipped files named with a backtick, a line break and link syntax WHEN an admin reindexes THEN each is listed literally on its own line', async () => {
    for (const name of ['a`b.txt', 'line\n# one.txt', '[x](https:evil.example).txt']) {
      await writeFile(path.join(t.knowledgeDir, name), '');
    }
    const { message } = await reindex({ user: ADMIN });
    const listed = (message.content as string).split('\n').filter((line) => line.startsWith('- '));
    expect(listed.sort()).toEqual(
      [
        '- a\\`b.txt: empty file',
        '- line # one.txt: empty file',
        '- \\[x\\](https\\:evil.example).txt: empty file',
      ].sort(),
    );
  });

  it('GIVEN the served story broken by an edit (bad front matter) and a new good one WHEN an admin reindexes THEN the reply says first that the broken one is no longer served, and why', async () => {
    const [file] = await readdir(t.knowledgeDir);
    const served = path.join(t.knowledgeDir, file!);
    await writeFile(served, `---\ntitle: [unclosed\n---\n\n${await readFile(served, 'utf8')}`);
    await writeFile(path.join(t.knowledgeDir, 'library.txt'), NEW_STORY);
    const { message } = await reindex({ user: ADMIN });
    const lines = (message.content as string).split('\n');
    expect(lines[1]).toBe('Stories: 1 → 1. Paragraphs: 13 → 3.');
    expect(lines[2]).toBe(
      `No longer served (a story until now, skipped below): ${file!.replace(/[-_]/g, (c) => (c === '_' ? '\\_' : c))}. Fix it and reindex to serve it again.`,
    );
    expect(lines.slice(3)).toEqual([
      'Skipped 1 file:',
      expect.stringMatching(new RegExp(`^- .*: front matter is not valid YAML`)),
    ]);
  });

  it('GIVEN only broken files on disk WHEN an admin reindexes THEN it says why it failed and the old index keeps answering', async () => {
    const before = t.live.current;
    for (const file of await readdir(t.knowledgeDir)) await rm(path.join(t.knowledgeDir, file));
    await writeFile(path.join(t.knowledgeDir, 'broken.txt'), Buffer.from([0x00, 0xff, 0xfe]));
    const { message } = await reindex({ user: ADMIN });
    expect(message.content).toMatch(/^Reindex failed after \d+\.\d\d s: /);
    expect(message.content).toContain(
      `Still serving the previous index: 1 story, ${before.paragraphs.length} paragraphs.`,
    );
    expect(t.live.current).toBe(before);

    const ask = await t.fake.sendInteraction(
      t.fake.slashCommand('search', { query: 'collusion of convenience' }),
    );
    expect(shownText(await t.fake.waitForMessage(ask.token))).toContain(before.stories[0]!.title);
  });
});

describe('/reindex with REINDEX_ALLOW_SERVER_MANAGERS=true', () => {
  let t: TestBot;
  let clock = 1_000_000;
  beforeEach(async () => {
    t = await startTestBot({
      reindex: { allowServerManagers: true, cooldownMs: 30_000 },
      now: () => clock,
    });
  });
  afterEach(async () => {
    await t?.stop();
  });

  it('GIVEN a member with Manage Server and a broken file beside a good one WHEN /reindex THEN the good one loads, the broken one is listed with its reason, and after the cooldown they may reindex again', async () => {
    await writeFile(path.join(t.knowledgeDir, 'library.txt'), NEW_STORY);
    await writeFile(path.join(t.knowledgeDir, 'broken.txt'), Buffer.from([0x47, 0x00, 0x01, 0x02]));
    const manager = { permissions: PermissionFlagsBits.ManageGuild };
    const first = await t.fake.sendInteraction(t.fake.slashCommand('reindex', {}, manager));
    const message = await t.fake.waitForMessage(first.token);
    expect(message.content).toContain('Stories: 1 → 2.');
    expect(message.content).toContain('Skipped 1 file:\n- broken.txt: binary file (NUL bytes)');

    clock += 10_000;
    const early = await t.fake.sendInteraction(t.fake.slashCommand('reindex', {}, manager));
    expect((await t.fake.waitForMessage(early.token)).content).toContain('Try again in 20 s.');
    clock += 20_000;
    const later = await t.fake.sendInteraction(t.fake.slashCommand('reindex', {}, manager));
    expect((await t.fake.waitForMessage(later.token)).content).toMatch(/^Reindexed in /);
    expect(t.loads()).toBe(3);
  });

  it('GIVEN a member without Manage Server THEN the refusal names who may reindex', async () => {
    const { token } = await t.fake.sendInteraction(
      t.fake.slashCommand('reindex', {}, { permissions: PermissionFlagsBits.SendMessages }),
    );
    expect((await t.fake.waitForMessage(token)).content).toBe(REINDEX_REFUSED_MANAGERS);
    expect(t.loads()).toBe(1);
  });
});

describe('/reindex twice at once', () => {
  let t: TestBot;
  let calls = 0;
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));

  /** Holds the first reload until the second one has been asked for, so the two overlap for sure. */
  class GatedKnowledge extends LiveKnowledge {
    override reload(): Promise<ReloadReport> {
      calls += 1;
      const report = super.reload();
      if (calls === 2) release();
      return report;
    }
  }

  beforeEach(async () => {
    t = await startTestBot({
      adminUserIds: [ADMIN.id],
      makeLive: (initial, load) =>
        new GatedKnowledge(initial, async () => {
          await gate;
          return load();
        }),
    });
  });
  afterEach(async () => {
    await t?.stop();
  });

  it('GIVEN two admins reindexing at the same moment THEN the folder is read once and both get the report', async () => {
    await writeFile(path.join(t.knowledgeDir, 'library.txt'), NEW_STORY);
    const a = await t.fake.sendInteraction(t.fake.slashCommand('reindex', {}, { user: ADMIN }));
    const b = await t.fake.sendInteraction(t.fake.slashCommand('reindex', {}, { user: ADMIN, in: 'dm' }));
    const [first, second] = await Promise.all([
      t.fake.waitForMessage(a.token),
      t.fake.waitForMessage(b.token),
    ]);
    expect(calls).toBe(2);
    expect(t.loads()).toBe(2); // the start-up load and one reload
    const contents = [first.content as string, second.content as string];
    expect(contents.every((c) => c.includes('Stories: 1 → 2.'))).toBe(true);
    expect(contents.filter((c) => c.includes('(joined the reindex already running)'))).toHaveLength(1);
  });
});
