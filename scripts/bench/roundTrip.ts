/**
 * The `/ask` round trip: the real bot (discord.js client and all) against the fake Discord of
 * test/support/fakeDiscord.ts, through `measureAskRoundTrips` of scripts/bench-roundtrip.ts (timed from
 * dispatching INTERACTION_CREATE to the deferred reply's edit landing at the fake's REST API).
 *
 * Asks are paced (25 ms between one answer and the next ask, under 40 a second): discord.js allows itself
 * 50 REST requests a second (`globalRequestsPerSecond`) and the deferred edit of every /ask counts against
 * it, so asks sent back to back stall ~0.8 s on every 50th. That burst figure is measured too, as a note.
 */
import { existsSync } from 'node:fs';
import { percentile } from './stats.ts';

export interface RoundTrip {
  asks: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Pause between an answer and the next ask, in the paced run. */
  gapMs?: number;
  /** The same number of asks sent back to back, as fast as the bot answers. */
  burst?: { p50Ms: number; p99Ms: number; asksPerSecond: number };
  /** Why there is no figure, when there is none. */
  note?: string;
}

interface RoundTripModule {
  measureAskRoundTrips(options: { asks?: number; warmup?: number; gapMs?: number }): Promise<{ samples: number[] }>;
}

const MODULE = 'scripts/bench-roundtrip.ts';
const GAP_MS = 25;

export async function measureRoundTrip(asks: number, { root = process.cwd() } = {}): Promise<RoundTrip> {
  if (!existsSync(`${root}/${MODULE}`) || !existsSync(`${root}/test/support/fakeDiscord.ts`)) {
    return { asks: 0, p50Ms: null, p99Ms: null, note: `n/a (pending: ${MODULE} or test/support/fakeDiscord.ts not written yet)` };
  }
  try {
    const { measureAskRoundTrips } = (await import(new URL(`../../${MODULE}`, import.meta.url).href)) as RoundTripModule;
    const paced = await measureAskRoundTrips({ asks, warmup: 10, gapMs: GAP_MS });
    const start = performance.now();
    const burst = await measureAskRoundTrips({ asks, warmup: 10, gapMs: 0 });
    const seconds = (performance.now() - start) / 1000;
    return {
      asks,
      p50Ms: percentile(paced.samples, 50),
      p99Ms: percentile(paced.samples, 99),
      gapMs: GAP_MS,
      burst: {
        p50Ms: percentile(burst.samples, 50),
        p99Ms: percentile(burst.samples, 99),
        asksPerSecond: (asks + 10) / seconds,
      },
    };
  } catch (error) {
    return { asks: 0, p50Ms: null, p99Ms: null, note: `n/a (the round trip failed: ${(error as Error).message.split('\n')[0]})` };
  }
}
