/**
 * What the bot loads at start-up: modules it needs only sometimes are imported on first use, so a
 * bot started from a snapshot without METRICS_PORT does not hold them (docs/operations.md, "Cold
 * start and memory"). Checked in a fresh node process: vitest's own process has loaded everything.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Imports the bot's and the answer engine's entry modules (as src/index.ts does), then parses a story. */
const SCRIPT = `
import { createRequire } from 'node:module';
const loaded = () => {
  const files = Object.keys(createRequire(import.meta.url).cache);
  return Object.fromEntries(['prom-client', 'yaml', 'discord.js'].map((p) => [p, files.some((f) => f.includes('/node_modules/' + p + '/'))]));
};
await import('./src/qa/index.ts');
await import('./src/bot/index.ts');
const atStart = loaded();
const { parseStory } = await import('./src/knowledge/parseStory.ts');
parseStory({ id: 'a', file: 'a.md', text: '---\\ntitle: A title\\n---\\nA paragraph of a story.' });
console.log(JSON.stringify({ atStart, afterParse: loaded() }));
`;

describe('what the bot loads at start-up', () => {
  it('GIVEN the bot’s modules WHEN imported THEN prom-client and the YAML parser are not loaded, and YAML loads with the first story parsed', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', SCRIPT],
      { timeout: 60_000 },
    );
    const { atStart, afterParse } = JSON.parse(stdout) as Record<string, Record<string, boolean>>;
    expect(atStart).toEqual({ 'prom-client': false, yaml: false, 'discord.js': true });
    expect(afterParse!.yaml).toBe(true);
  }, 70_000);
});
