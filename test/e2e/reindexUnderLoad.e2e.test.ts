import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { storyFiles } from '../../scripts/bench/storyFiles.ts';
import { LiveKnowledge } from '../../src/qa/index.ts';
import { loadKnowledgeBaseInWorker } from '../../src/qa/loadInWorker.ts';
import { snowflake, type SentInteraction } from '../support/fakeDiscord.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

/** Discord drops an interaction that gets no first response within 3 s. */
const DISCORD_DEADLINE_MS = 3_000;
const PARAGRAPHS = 30_000;
/** How often a user asks while the reindex runs. */
const ASK_EVERY_MS = 250;
/** Generous: building 30,000 paragraphs on a busy 2-core machine took up to a minute. */
const REINDEX_TIMEOUT_MS = 240_000;
const ADMIN = { id: snowflake(), username: 'editor' };
const QUESTION = 'Who said nobody asked the people who live here?';

interface Ask {
  /** When the ask was due (`performance.now()`): a stalled thread delays the sending too, and that counts. */
  due: number;
  sent: SentInteraction;
}

describe('/reindex of a large knowledge folder, under questions', () => {
  let t: TestBot;
  afterEach(async () => {
    await t?.stop();
  });

  it(
    'GIVEN 30,000 new paragraphs on disk WHEN an admin reindexes while users keep asking THEN every ask gets its first response within 3 s, and the new stories answer afterwards',
    async () => {
      t = await startTestBot({
        adminUserIds: [ADMIN.id],
        // As the bot is wired in src/index.ts: reloads are built in a worker thread.
        makeLive: (initial) => new LiveKnowledge(initial, () => loadKnowledgeBaseInWorker(t.knowledgeDir)),
      });
      const files = storyFiles({ paragraphs: PARAGRAPHS, perFile: 100 });
      for (const file of files) await writeFile(path.join(t.knowledgeDir, file.name), file.text);

      const reindex = await t.fake.sendInteraction(
        t.fake.slashCommand('reindex', {}, { user: ADMIN, in: 'dm' }),
      );
      let reindexed = false;
      const reply = t.fake
        .waitForMessage(reindex.token, REINDEX_TIMEOUT_MS)
        .finally(() => (reindexed = true));

      const asks: Ask[] = [];
      const started = performance.now();
      while (!reindexed && performance.now() - started < REINDEX_TIMEOUT_MS) {
        const due = started + asks.length * ASK_EVERY_MS;
        await sleep(Math.max(0, due - performance.now()));
        if (reindexed) break;
        asks.push({
          due,
          sent: await t.fake.sendInteraction(t.fake.slashCommand('ask', { question: QUESTION })),
        });
      }
      const report = (await reply).content as string;
      const answers = await Promise.all(asks.map((a) => t.fake.waitForMessage(a.sent.token, 30_000)));
      const latencies = asks.map((a) => t.fake.requestsFor(a.sent.token)[0]!.at - a.due);
      const maxMs = Math.round(Math.max(...latencies));
      console.info(
        `reindex of ${PARAGRAPHS} paragraphs under load: ${Math.round(performance.now() - started)} ms; ` +
          `${asks.length} asks, all answered; first response max ${maxMs} ms, ` +
          `median ${Math.round(latencies.sort((a, b) => a - b)[latencies.length >> 1]!)} ms`,
      );

      expect(report).toContain(`Stories: 1 → ${files.length + 1}.`);
      expect(asks.length).toBeGreaterThanOrEqual(10);
      expect(answers).toHaveLength(asks.length);
      expect(maxMs).toBeLessThan(DISCORD_DEADLINE_MS);
      expect(t.live.current.paragraphs.length).toBeGreaterThanOrEqual(PARAGRAPHS);

      const after = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question: QUESTION }));
      expect(shownText(await t.fake.waitForMessage(after.token))).toMatch(/council weighs/);
    },
    REINDEX_TIMEOUT_MS + 60_000,
  );
});
