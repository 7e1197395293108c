import { describe, expect, it } from 'vitest';
import { createLogger, MAX_FILES_LOGGED, redactSecrets } from '../../src/bot/logger.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'info',
    secrets: [TOKEN],
    destination: { write: (l: string) => void lines.push(l) },
  });
  return { logger, lines };
}

describe('createLogger', () => {
  it('GIVEN an error whose message and stack hold the bot token THEN the log line holds neither', () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error(`login failed for ${TOKEN}`), interactionId: '42' }, 'boom');
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ level: 50, interactionId: '42', msg: 'boom', app: 'lede' });
    expect(line.err.message).toBe('login failed for [redacted]');
    expect(lines[0]).not.toContain(TOKEN);
  });

  it('GIVEN fields named token or a message with the token THEN they are redacted', () => {
    const { logger, lines } = capture();
    logger.info({ token: TOKEN, config: { discordToken: TOKEN } }, `using ${TOKEN}`);
    expect(lines.join('')).not.toContain(TOKEN);
    expect(JSON.parse(lines[0]!).msg).toBe('using [redacted]');
  });

  it('GIVEN a REST URL with an interaction token THEN the token is cut out', () => {
    expect(
      redactSecrets('POST /api/v10/interactions/123/aW50ZXJhY3Rpb246MTIzOnNlY3JldHRva2Vu/callback', []),
    ).toBe('POST /api/v10/interactions/123/[redacted]/callback');
    expect(redactSecrets('/webhooks/9/aW50ZXJhY3Rpb246MTIzOnNlY3JldA.xyz/messages/@original', [])).toBe(
      '/webhooks/9/[redacted]/messages/@original',
    );
  });

  it('GIVEN an error that is not an Error (a string, undefined, null, a number) THEN it is logged, redacted, and logging never throws', () => {
    const { logger, lines } = capture();
    for (const reason of [`rejected with ${TOKEN}`, undefined, null, 42]) {
      expect(() => logger.error({ err: reason }, 'unhandled rejection')).not.toThrow();
    }
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[0]!).err.message).toBe('rejected with [redacted]');
    expect(lines.join('')).not.toContain(TOKEN);
  });

  it("GIVEN the token in an error's cause, in a field it carries, or in an AggregateError THEN no line holds it", () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error('outer', { cause: new Error(`inner ${TOKEN}`) }) }, 'cause');
    const carried = Object.assign(new Error('request failed'), { requestBody: { json: { note: TOKEN } } });
    logger.error({ err: carried }, 'carried');
    logger.error({ err: new AggregateError([new Error(TOKEN)], 'several') }, 'aggregate');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toContain(TOKEN);
    expect(JSON.parse(lines[0]!).err.message).toContain('outer');
  });

  it('GIVEN a reload that skipped 6,000 files and warned about 30 THEN its log line names the first MAX_FILES_LOGGED of each and counts the rest', () => {
    const { logger, lines } = capture();
    const files = (n: number, reason: string) =>
      Array.from({ length: n }, (_, i) => ({ file: `broken-${'x'.repeat(100)}-${i}.txt`, reason }));
    logger.info({ skipped: files(6000, 'empty file'), warnings: files(30, 'title cut') }, 'reindex');
    logger.info({ skipped: files(2, 'empty file') }, 'knowledge loaded');
    const [reindex, loaded] = lines.map((l) => JSON.parse(l) as Record<string, { file: string }[]>);
    expect(lines[0]!.length).toBeLessThan(10_000);
    expect(reindex!.skipped).toHaveLength(MAX_FILES_LOGGED + 1);
    expect(reindex!.skipped!.at(-1)).toEqual({
      file: '…',
      reason: `${6000 - MAX_FILES_LOGGED} more not listed`,
    });
    expect(reindex!.warnings!.at(-1)).toEqual({
      file: '…',
      reason: `${30 - MAX_FILES_LOGGED} more not listed`,
    });
    expect(loaded!.skipped).toEqual(files(2, 'empty file'));
  });
});
