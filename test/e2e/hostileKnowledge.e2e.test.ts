import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snowflake, type Json } from '../support/fakeDiscord.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

const ADMIN = { id: snowflake(), username: 'editor' };
const SECRET = 'DISCORD_TOKEN=MTA5.leaked-secret-value';

describe('a stories folder with a link to the bot token', () => {
  let t: TestBot;
  let outside: string;
  beforeEach(async () => {
    t = await startTestBot({ adminUserIds: [ADMIN.id] });
    outside = await mkdtemp(path.join(tmpdir(), 'lede-outside-'));
    // Shaped like a real .env: blocks separated by blank lines, so it parses as a story if read.
    await writeFile(path.join(outside, '.env'), `# Discord\n${SECRET}\n\n# Admins\nADMIN_USER_IDS=1234\n`);
  });
  afterEach(async () => {
    await t?.stop();
    await rm(outside, { recursive: true, force: true });
  });

  const run = async (name: string, options: Record<string, string | number> = {}): Promise<Json> => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand(name, options, { user: ADMIN }));
    return t.fake.waitForMessage(token);
  };

  it('GIVEN notes.txt → the .env outside the folder WHEN an admin reindexes and anyone lists, searches and reads paragraphs THEN no reply ever shows the token, and the link is named as skipped', async () => {
    await symlink(path.join(outside, '.env'), path.join(t.knowledgeDir, 'notes.txt'));

    const reindex = shownText(await run('reindex'));
    const replies = [
      reindex,
      shownText(await run('stories')),
      shownText(await run('search', { query: 'DISCORD_TOKEN leaked secret value' })),
      shownText(await run('paragraph', { story: 'notes', number: 1 })),
    ];

    for (const reply of replies) {
      expect(reply).not.toContain('leaked-secret');
      expect(reply).not.toContain('MTA5');
    }
    expect(reindex).toContain('notes.txt');
    expect(reindex).toContain('a link to a file outside the knowledge folder');
    expect(t.live.current.stories.map((s) => s.file)).not.toContain('notes.txt');
  });

  it('GIVEN 2,000 tiny broken files beside the stories WHEN an admin reindexes THEN the reply and the log line stay short, and questions are still answered', async () => {
    for (let i = 0; i < 2000; i++) {
      await writeFile(
        path.join(t.knowledgeDir, `broken-${'x'.repeat(100)}-${i}.txt`),
        i % 2 ? '\0\u0001' : '',
      );
    }
    const reindex = await run('reindex');
    expect(reindex.content).toContain('Skipped 2000 files:');
    expect(reindex.content.length).toBeLessThanOrEqual(2000);
    const logged = t.logs.find((l) => l.msg === 'reindex')!;
    expect(JSON.stringify(logged).length).toBeLessThan(10_000);
    expect(logged.skipped.at(-1).reason).toMatch(/^\d+ more not listed$/);
    const answer = await run('ask', { question: 'Who called the cooperation a collusion of convenience?' });
    expect(shownText(answer)).toMatch(/Yoon Suk Yeol/);
  }, 60_000);
});
