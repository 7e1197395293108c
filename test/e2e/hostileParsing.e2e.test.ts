/**
 * Story files written to make the parser slow, then /reindex through the real client and the fake
 * Discord: the reindex answers in seconds, the other stories load, and the bot keeps answering.
 * (A word and 500 spaces on one line took the table reader 129 s; a reindex that never ends also
 * holds every later /reindex, which joins it.)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from '../support/fakeDiscord.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

const ADMIN = { id: snowflake(), username: 'editor' };

/** Lines that are almost rows of a table of figures: a label, a long run of spaces, no figure. */
function almostTable(spaces: number): string {
  const row = (label: string) => `${label}${' '.repeat(spaces)}x`;
  return `Harbour dues\n\nThe harbour dues were set on Monday.\n\n${row('Tolls')}\n${row('Fees')}\n`;
}

describe('a story that makes the parser slow', () => {
  let t: TestBot;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'lede-slow-parse-'));
    await writeFile(
      path.join(folder, 'canal.txt'),
      'Local\n\nCanal lock reopens\n\n\nThe Ashcombe canal lock reopened on Friday after repairs costing 80,000 pounds.\n\nSource: Ashcombe Post\n',
    );
    t = await startTestBot({ knowledge: folder, adminUserIds: [ADMIN.id] });
  }, 30_000);
  afterAll(async () => {
    await t?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('GIVEN lines of a word and hundreds of spaces WHEN an admin reindexes THEN the reply comes in seconds, the story loads, and questions are still answered', async () => {
    await writeFile(path.join(t.knowledgeDir, 'dues.txt'), almostTable(400));
    const started = Date.now();
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('reindex', {}, { user: ADMIN }));
    const message = await t.fake.waitForMessage(token, 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(message.content).toContain('Stories: 1 → 2.');

    const asked = await t.fake.sendInteraction(
      t.fake.slashCommand('ask', { question: 'How much did the Ashcombe canal lock repairs cost?' }),
    );
    expect(shownText(await t.fake.waitForMessage(asked.token, 10_000))).toContain('80,000 pounds');
  }, 120_000);
});
