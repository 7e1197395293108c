/**
 * `npm run build` makes a dist/ that plain node runs: compiled once here (to a scratch folder, with
 * the same tsconfig.build.json), then the compiled `ask` answers and the compiled bot connects.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { spawnLede } from '../support/spawnLede.ts';

const run = promisify(execFile);
const OUT = path.resolve('.cache/build-test');
const TSC = path.resolve('node_modules/typescript/bin/tsc');

describe('the compiled build (npm run build → npm run start:prod)', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    await rm(OUT, { recursive: true, force: true });
    await run(process.execPath, [TSC, '-p', 'tsconfig.build.json', '--outDir', OUT], { timeout: 170_000 });
    await run(process.execPath, ['scripts/copy-assets.mjs', OUT], { timeout: 30_000 });
    fake = await startFakeDiscord({ port: 0 });
  }, 180_000);
  afterAll(async () => {
    await fake?.close();
    await rm(OUT, { recursive: true, force: true });
  });

  it('GIVEN the compiled ask WHEN asked about a test story with plain node THEN it answers and cites the paragraph', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        path.join(OUT, 'cli/ask.js'),
        '--knowledge',
        'test/fixtures/stories',
        'Who said "We let down the people who trusted us with their homes"?',
      ],
      { timeout: 30_000, env: { ...process.env, SNAPSHOT_DIR: 'off' } },
    );
    expect(stdout).toMatch(/^Answer: .*Lindqvist/m);
    expect(stdout).toContain('¶3');
  });

  it('GIVEN the compiled bot WHEN started with plain node THEN it connects and answers /help, and SIGTERM ends it with 0', async () => {
    const bot = spawnLede([path.join(OUT, 'index.js')], {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: 'test/fixtures/stories',
    });
    try {
      const { token } = await fake.sendInteraction(fake.slashCommand('help'));
      expect((await fake.waitForMessage(token, 20_000)).embeds[0].description).toContain('/ask');
      bot.child.kill('SIGTERM');
      expect((await bot.exited()).code).toBe(0);
    } finally {
      bot.kill();
    }
  });
});
