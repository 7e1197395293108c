/** The `/ask` round trip through the fake Discord (test/support/fakeDiscord.ts), when it exists. */
import { existsSync } from 'node:fs';

export interface RoundTrip {
  asks: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Why there is no figure, when there is none. */
  note?: string;
}

export async function measureRoundTrip(asks: number, root = process.cwd()): Promise<RoundTrip> {
  const fake = `${root}/test/support/fakeDiscord.ts`;
  if (!existsSync(fake) || !existsSync(`${root}/src/bot`)) {
    return { asks: 0, p50Ms: null, p99Ms: null, note: 'n/a (pending: test/support/fakeDiscord.ts not written yet)' };
  }
  return { asks: 0, p50Ms: null, p99Ms: null, note: `n/a (pending: fake Discord exists, not wired into the bench yet; ${asks} asks planned)` };
}
