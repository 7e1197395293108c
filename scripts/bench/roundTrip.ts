/**
 * The `/ask` round trip: the real bot (discord.js client and all) against the fake Discord of
 * test/support/fakeDiscord.ts, started by the e2e harness (test/e2e/harness.ts). One ask is timed from
 * dispatching INTERACTION_CREATE to the bot's answer arriving at the fake's REST API (the deferred edit).
 *
 * Asks are paced (one every 25 ms, 40 a second): discord.js allows itself 50 REST requests a second
 * (`globalRequestsPerSecond`) and the deferred edit of every /ask counts against it, so asks sent back to
 * back (300 a second here) stall ~0.8 s on every 50th. That burst figure is measured too, as a note.
 */
import { existsSync } from 'node:fs';
import { FIXED_QUESTIONS } from './fixedQuestions.ts';
import { percentile } from './stats.ts';

export interface RoundTrip {
  asks: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Milliseconds between the starts of two paced asks. */
  paceMs?: number;
  /** The same asks sent back to back, as fast as the bot answers. */
  burst?: { p50Ms: number; p99Ms: number; asksPerSecond: number };
  /** Why there is no figure, when there is none. */
  note?: string;
}

interface Harness {
  startTestBot(options?: { rateLimit?: { questions: number; windowMs: number } }): Promise<{
    fake: {
      sendInteraction(interaction: object): Promise<{ token: string }>;
      slashCommand(name: string, options?: Record<string, string>): object;
      waitForMessage(token: string, timeoutMs?: number): Promise<object>;
    };
    stop(): Promise<void>;
  }>;
}

const HARNESS = 'test/e2e/harness.ts';
const PACE_MS = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureRoundTrip(asks: number, { warmup = 10, root = process.cwd() } = {}): Promise<RoundTrip> {
  if (!existsSync(`${root}/test/support/fakeDiscord.ts`) || !existsSync(`${root}/${HARNESS}`)) {
    return { asks: 0, p50Ms: null, p99Ms: null, note: 'n/a (pending: test/support/fakeDiscord.ts or its harness not written yet)' };
  }
  let harness: Harness;
  try {
    harness = (await import(new URL(`../../${HARNESS}`, import.meta.url).href)) as Harness;
  } catch (error) {
    return { asks: 0, p50Ms: null, p99Ms: null, note: `n/a (the e2e harness does not load: ${(error as Error).message.split('\n')[0]})` };
  }
  const bot = await harness.startTestBot({ rateLimit: { questions: 1_000_000, windowMs: 1_000 } });
  const askOnce = async (i: number): Promise<number> => {
    const question = FIXED_QUESTIONS[i % FIXED_QUESTIONS.length]!.question;
    const start = performance.now();
    const { token } = await bot.fake.sendInteraction(bot.fake.slashCommand('ask', { question }));
    await bot.fake.waitForMessage(token, 10_000);
    return performance.now() - start;
  };
  try {
    for (let i = 0; i < warmup; i++) await askOnce(i);
    await sleep(1_100); // let discord.js's one-second request window reset
    const paced: number[] = [];
    for (let i = 0; i < asks; i++) {
      const ms = await askOnce(i);
      paced.push(ms);
      await sleep(Math.max(0, PACE_MS - ms));
    }
    await sleep(1_100);
    const burst: number[] = [];
    const burstStart = performance.now();
    for (let i = 0; i < asks; i++) burst.push(await askOnce(i));
    const burstSeconds = (performance.now() - burstStart) / 1000;
    return {
      asks,
      p50Ms: percentile(paced, 50),
      p99Ms: percentile(paced, 99),
      paceMs: PACE_MS,
      burst: { p50Ms: percentile(burst, 50), p99Ms: percentile(burst, 99), asksPerSecond: asks / burstSeconds },
    };
  } catch (error) {
    return { asks: 0, p50Ms: null, p99Ms: null, note: `n/a (the round trip failed: ${(error as Error).message.split('\n')[0]})` };
  } finally {
    await bot.stop();
  }
}
