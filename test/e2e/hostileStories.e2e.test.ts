/**
 * Hostile files dropped into knowledge/ beside the bundled story, then /reindex through the real
 * client and the fake Discord: every file that cannot be a story is named with a reason an admin
 * can act on, the rest load, the reply fits Discord's limits and pings nobody, and the bot keeps
 * answering.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, type Json } from '../support/fakeDiscord.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

const ADMIN = { id: snowflake(), username: 'editor' };
const STORY = (title: string) =>
  `Local\n\n${title}\n\n\nThe Ashcombe canal lock reopened on Friday after repairs costing 80,000 pounds.\n\nSource: Ashcombe Post\n`;

/** Front matter of YAML aliases that would expand to 9^9 (387 million) items. */
function aliasBomb(): string {
  const lines = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return [...lines, 'title: *i', '---', '', 'The canal lock reopened on Friday.', ''].join('\n');
}

/** Each hostile file, and why the reindex reply says it was skipped, or what it changed to load it. */
const HOSTILE: Record<string, { content: string | Buffer; reason?: string; change?: string }> = {
  'alias-bomb.md': { content: aliasBomb(), reason: 'front matter is not valid YAML (Excessive alias count' },
  'mapping-title.md': {
    content:
      '---\ntitle: {toString: 1}\nsource: [a, b]\n---\n\n# Weir gates replaced at Ashcombe\n\nThe weir gates were replaced on Monday.\n',
  },
  'long-front-matter.md': {
    content: `---\ntitle: Hidden\nnotes: "${'x'.repeat(70_000)}"\n---\n\nThe canal lock reopened.\n`,
    reason: 'front matter is longer than 64 KB',
  },
  'notepad.txt': {
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY('Saved as UTF-16'), 'utf16le')]),
    reason: 'UTF-16 text: save it as UTF-8',
  },
  'nul.txt': { content: Buffer.from(`${STORY('Nul')}\u0000\u0000`), reason: 'binary file (NUL bytes)' },
  'latin1.txt': { content: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), reason: 'not UTF-8 text' },
  'one-line.txt': {
    content: 'The canal barge moved slowly. '.repeat(35_000),
    change: 'paragraph 1 split into 264 (longer than 4000 characters)',
  },
};

describe('hostile files in knowledge/, then /reindex', () => {
  let t: TestBot;
  let outside: string;
  let reply: Json;
  beforeAll(async () => {
    t = await startTestBot({ adminUserIds: [ADMIN.id] });
    outside = await mkdtemp(path.join(tmpdir(), 'lede-outside-'));
    await writeFile(path.join(outside, 'secret.txt'), STORY('Outside secret MTA5.leaked'));
    for (const [name, { content }] of Object.entries(HOSTILE)) {
      await writeFile(path.join(t.knowledgeDir, name), content);
    }
    await symlink(path.join(outside, 'secret.txt'), path.join(t.knowledgeDir, 'secret.txt'));
    await symlink(outside, path.join(t.knowledgeDir, 'outside.md'));
    await symlink('loop.txt', path.join(t.knowledgeDir, 'loop.txt'));
    await mkdir(path.join(t.knowledgeDir, 'nested.txt', 'deeper'), { recursive: true });
    await writeFile(path.join(t.knowledgeDir, 'nested.txt', 'deeper', 'inner.txt'), STORY('Nested'));
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('reindex', {}, { user: ADMIN }));
    reply = await t.fake.waitForMessage(token, 30_000);
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await rm(outside, { recursive: true, force: true });
  });

  it('GIVEN an alias bomb, over-long front matter, UTF-16, NUL bytes, Latin-1, links out, a link loop and a folder WHEN an admin reindexes THEN each is listed with its reason and nothing outside is read', () => {
    const content = reply.content as string;
    expect(content).toMatch(/^Reindexed in \d+\.\d\d s\.\nStories: 1 → 3\./);
    // As Discord shows them: the escaper's backslashes (`\:`) are not seen.
    const listed = content
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.replace(/\\(.)/g, '$1'));
    const changed = listed.splice(listed.length - 3);
    for (const [name, { reason, change }] of Object.entries(HOSTILE)) {
      const line = listed.find((l) => l.startsWith(`- ${name}: `));
      if (reason) expect(line, name).toContain(reason);
      else expect(line, name).toBeUndefined();
      if (change) expect(changed, name).toContain(`- ${name}: ${change}`);
    }
    expect(content).toContain('\nLoaded with changes 3 files:\n');
    expect(listed).toContain('- secret.txt: a link to a file outside the knowledge folder');
    expect(listed).toContain('- outside.md: a link to a file outside the knowledge folder');
    expect(listed).toContain('- loop.txt: cannot read (ELOOP)');
    expect(listed).toContain('- nested.txt: a directory, not a file');
    expect(listed).toHaveLength(9);
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(reply.allowed_mentions?.parse).toEqual([]);
    expect(content).not.toContain('leaked');
    expect(t.live.current.stories.map((s) => s.file)).not.toContain('nested.txt');
  });

  it('GIVEN a front-matter title that is a mapping WHEN /stories lists it THEN its title is the heading, never "[object Object]"', async () => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('stories', {}, { user: ADMIN }));
    const shown = shownText(await t.fake.waitForMessage(token));
    expect(shown).toContain('Weir gates replaced at Ashcombe');
    expect(shown).not.toContain('object Object');
    expect(shown).not.toContain('leaked');
  });

  it('GIVEN the 1 MB single-line story and the bundled one WHEN asked THEN both answer', async () => {
    const ask = async (question: string) => {
      const { token } = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question }));
      return shownText(await t.fake.waitForMessage(token, 10_000));
    };
    expect(await ask('When were the weir gates replaced?')).toContain('Monday');
    expect(await ask('What did Yoon call the cooperation between North Korea and Russia?')).toMatch(
      /collusion of convenience/,
    );
  });
});
