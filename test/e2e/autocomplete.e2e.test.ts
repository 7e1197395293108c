/**
 * Autocomplete abuse through the real client and the fake Discord: values far longer than any
 * question (a client may send anything), regex and markup characters, and a burst of keystrokes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json } from '../support/fakeDiscord.ts';
import { startTestBot, type TestBot } from './harness.ts';

const INTERACTION_RESPONSE_MS = 3000;

describe('autocomplete under abuse', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  }, 30_000);
  afterAll(async () => {
    await t?.stop();
  });

  /** The choices the bot offered for one autocomplete, and how long it took to offer them. */
  const complete = async (command: string, option: string, value: string) => {
    const sent = await t.fake.sendInteraction(t.fake.autocomplete(command, option, value));
    const r = await t.fake.waitForRequest((q) => q.params.token === sent.token, 10_000);
    const body = r.body as Json;
    expect(body.type).toBe(8);
    return { choices: body.data.choices as { name: string; value: string }[], ms: r.at - sent.at };
  };

  it('GIVEN a 100,000-character value WHEN /ask, /define, /paragraph and /summary autocomplete THEN each offers choices within Discord’s limits in time, and nothing fails', async () => {
    const errorsBefore = t.logs.filter((l) => l.level >= 50).length;
    const huge = 'a'.repeat(100_000);
    const ask = await complete('ask', 'question', huge);
    // What was typed comes first, cut to a choice's 100 characters (the handler threw before).
    expect(ask.choices[0]!.value).toBe(`${'a'.repeat(99)}…`);
    for (const [command, option] of [
      ['define', 'term'],
      ['paragraph', 'story'],
      ['summary', 'story'],
    ] as const) {
      const { choices, ms } = await complete(command, option, huge);
      expect(choices).toEqual([]);
      expect(ms, command).toBeLessThan(INTERACTION_RESPONSE_MS);
    }
    expect(t.logs.filter((l) => l.level >= 50).length).toBe(errorsBefore);
  });

  it('GIVEN regex metacharacters, markup and other scripts WHEN typed THEN the choices are plain, at most 25, each within 100 characters', async () => {
    for (const value of [
      '(a+)+$',
      '[',
      '\\',
      '**<@1>** @everyone',
      '누가 말했',
      '🚢'.repeat(60),
      '\u202eyoon',
    ]) {
      const { choices } = await complete('ask', 'question', value);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
        expect(c.name).not.toMatch(/[\u202a-\u202e]/);
      }
    }
  });

  it('GIVEN 40 keystrokes at once WHEN each autocompletes THEN every one is answered within Discord’s 3 s', async () => {
    const question = 'Who called the cooperation between North Korea and Russia a collusion of convenience';
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => complete('ask', 'question', question.slice(0, i + 2))),
    );
    for (const { ms } of results) expect(ms).toBeLessThan(INTERACTION_RESPONSE_MS);
    expect(results.at(-1)!.choices[0]!.value).toBe(question.slice(0, 41).trim());
  });
});
