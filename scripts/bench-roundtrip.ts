/**
 * `npm run bench:roundtrip`: the `/ask` round trip through the fake Discord, from the gateway
 * dispatch of INTERACTION_CREATE to the answer landing (the deferred reply's edit), with the real
 * discord.js client in between. Prints the median and the worst of N asks (default 100).
 *
 *   npm run bench:roundtrip -- 200      # 200 asks
 *   npm run bench:roundtrip -- 100 25   # 100 asks, 25 ms apart
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../src/bot/logger.ts';
import { startBot } from '../src/bot/startBot.ts';
import { LiveKnowledge, loadKnowledgeBase } from '../src/qa/index.ts';
import { startFakeDiscord } from '../test/support/fakeDiscord.ts';

const QUESTIONS = [
  'Who called the North Korea-Russia cooperation a collusion of convenience?',
  'What does IP4 mean?',
  'Where was the NATO summit held?',
  'What does Russia want from North Korea?',
  'Why did IP4 countries attend the NATO summit?',
];

export interface AskRoundTrips {
  asks: number;
  medianMs: number;
  worstMs: number;
  /** Every round trip, in ask order. */
  samples: number[];
}

/** Starts a fake Discord and the bot on `knowledgeDir`, asks `asks` questions one after another, and times each. */
export async function measureAskRoundTrips({
  asks = 100,
  warmup = 5,
  knowledgeDir = path.resolve('knowledge'),
  /** Pause between asks; back to back (0) goes past discord.js's own 50 requests/s REST limit. */
  gapMs = 0,
} = {}): Promise<AskRoundTrips> {
  const initial = await loadKnowledgeBase(knowledgeDir);
  const live = new LiveKnowledge(initial, () => loadKnowledgeBase(knowledgeDir));
  const fake = await startFakeDiscord({ port: 0 });
  const logger = createLogger({ level: 'info', destination: { write: () => {} } });
  const bot = await startBot({
    config: {
      discordToken: fake.token,
      discordApiUrl: fake.apiUrl,
      adminUserIds: [],
      rateLimit: { questions: asks + warmup + 1, windowMs: 60_000 },
    },
    live,
    logger,
  });
  const samples: number[] = [];
  try {
    for (let i = 0; i < warmup + asks; i++) {
      const question = QUESTIONS[i % QUESTIONS.length]!;
      const started = performance.now();
      const { token } = await fake.sendInteraction(fake.slashCommand('ask', { question }));
      const landed = await fake.waitForRequest(
        (r) => r.params.token === token && r.route === 'edit-original',
      );
      if (i >= warmup) samples.push(landed.at - started);
      if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  } finally {
    await bot.stop();
    await fake.close();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const medianMs =
    sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { asks, medianMs, worstMs: sorted.at(-1) ?? NaN, samples };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const asks = Number(process.argv[2] ?? 100);
  const gapMs = Number(process.argv[3] ?? 0);
  const result = await measureAskRoundTrips({ asks, gapMs });
  console.log(
    `/ask round trip through the fake Discord, ${result.asks} asks ${gapMs ? `${gapMs} ms apart` : 'back to back'}: ` +
      `median ${result.medianMs.toFixed(1)} ms, worst ${result.worstMs.toFixed(1)} ms`,
  );
}
