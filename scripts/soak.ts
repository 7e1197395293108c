/**
 * `npm run soak`: does the bot's memory stay flat under many distinct users? The real bot (startBot,
 * discord.js and all) runs in a child process against the fake Discord on 127.0.0.1; this process
 * sends asks from many distinct users, half as /ask in a server, half as DMs, at a steady rate, and
 * reads the child's heap after a full GC before and after.
 *
 *   npm run soak                                  # 10,000 asks from 6,000 users at 30 asks/s
 *   npm run soak -- --asks 1000 --users 600 --rate 30
 *
 * Prints one JSON object: answers in time (first response within Discord's 3 s), latency, heap
 * before / after the asks / after the idle DM channels were swept, and the caches' sizes.
 * discord.js sends at most 50 requests a second (a /ask is two: defer, then the answer), so the
 * rate stays under 33 asks a second.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DM_CHANNEL_SWEEP_MS } from '../src/bot/client.ts';
import { INTERACTION_RESPONSE_MS } from '../src/bot/limits.ts';
import { snowflake, startFakeDiscord, type FakeDiscord, type FakeUser } from '../test/support/fakeDiscord.ts';

/** Questions any story could be asked; the answers do not matter here, only that they come. */
const QUESTIONS = [
  'Who said it?',
  'What does it mean?',
  'Where did it happen?',
  'When was it said?',
  'Why did they meet?',
  'How many partners are there?',
];

/** What the bot process reports about its memory. */
export interface MemoryReport {
  heapUsedMB: number;
  users: number;
  channels: number;
  dmChannels: number;
  guilds: number;
  /** discord.js's REST request queues (one per interaction token or channel until swept). */
  restQueues: number;
}

// ---------------------------------------------------------------- the bot process

async function runBot(apiUrl: string, token: string): Promise<void> {
  const { createLogger } = await import('../src/bot/logger.ts');
  const { startBot } = await import('../src/bot/startBot.ts');
  const { LiveKnowledge, loadKnowledgeBase } = await import('../src/qa/index.ts');
  const dir = path.resolve('knowledge');
  const live = new LiveKnowledge(await loadKnowledgeBase(dir), () => loadKnowledgeBase(dir));
  const logger = createLogger({ level: 'warn', secrets: [token] });
  const bot = await startBot({
    config: {
      discordToken: token,
      discordApiUrl: apiUrl,
      adminUserIds: [],
      rateLimit: { questions: 5, windowMs: 10_000 },
    },
    live,
    logger,
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('soak: run the bot process with --expose-gc');
  process.on('message', (message: string) => {
    if (message === 'stop') {
      void bot.stop().then(() => process.exit(0));
      return;
    }
    for (let i = 0; i < 3; i++) gc();
    const channels = bot.client.channels.cache;
    const report: MemoryReport = {
      heapUsedMB: Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10,
      users: bot.client.users.cache.size,
      channels: channels.size,
      dmChannels: channels.filter((c) => c.isDMBased()).size,
      guilds: bot.client.guilds.cache.size,
      restQueues: bot.client.rest.handlers.size,
    };
    process.send!(report);
  });
  process.send!('ready');
}

// ---------------------------------------------------------------- the load

function memoryOf(child: ChildProcess): Promise<MemoryReport> {
  const report = once(child, 'message').then(([m]) => m as MemoryReport);
  child.send('measure');
  return report;
}

interface Outcome {
  /** Dispatch to the first response (reply or defer), ms. */
  firstMs: number;
  /** Dispatch to the answer, ms. */
  answerMs: number;
}

/** One ask from `user`: a DM, or /ask in the server; resolves with its timings. */
async function ask(fake: FakeDiscord, user: FakeUser, question: string, dm: boolean): Promise<Outcome> {
  const started = performance.now();
  if (dm) {
    const id = await fake.sendDirectMessage(question, user);
    await fake.waitForDirectReply(id, 60_000);
    const ms = performance.now() - started;
    return { firstMs: ms, answerMs: ms };
  }
  const { token } = await fake.sendInteraction(fake.slashCommand('ask', { question }, { user }));
  const first = await fake.waitForRequest((r) => r.params.token === token, 60_000);
  await fake.waitForMessage(token, 60_000);
  return { firstMs: first.at - started, answerMs: performance.now() - started };
}

const percentile = (sorted: number[], p: number): number =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN);

async function soak({
  asks,
  users,
  rate,
  sweep,
}: {
  asks: number;
  users: number;
  rate: number;
  sweep: boolean;
}) {
  const fake = await startFakeDiscord({ port: 0 });
  const child = fork(fileURLToPath(import.meta.url), ['--bot', fake.apiUrl, fake.token], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    await once(child, 'message');
    const people = Array.from({ length: users }, (_, i) => ({ id: snowflake(), username: `reader${i}` }));
    // Warm up (JIT, first allocations) with a few users, then measure.
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => ask(fake, people[i % 8]!, QUESTIONS[i % 6]!, i % 2 === 0)),
    );
    fake.requests.length = 0;
    const before = await memoryOf(child);

    const outcomes: Outcome[] = [];
    const failures: string[] = [];
    const gapMs = 1000 / rate;
    const started = performance.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < asks; i++) {
      const due = started + i * gapMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const user = people[i % users]!;
      pending.push(
        ask(fake, user, QUESTIONS[i % QUESTIONS.length]!, i % 2 === 1).then(
          (outcome) => void outcomes.push(outcome),
          (error: unknown) => void failures.push(String(error)),
        ),
      );
      // Keep the fake's request log short: every ask so far has been answered or is waiting on its own.
      if (pending.length >= 500) {
        await Promise.all(pending.splice(0));
        fake.requests.length = 0;
      }
    }
    await Promise.all(pending);
    const seconds = (performance.now() - started) / 1000;
    fake.requests.length = 0;
    const after = await memoryOf(child);
    // The idle DM channels go at the next sweep.
    if (sweep) await new Promise((resolve) => setTimeout(resolve, DM_CHANNEL_SWEEP_MS * 2 + 1000));
    const swept = await memoryOf(child);

    const first = outcomes.map((o) => o.firstMs).sort((a, b) => a - b);
    const answer = outcomes.map((o) => o.answerMs).sort((a, b) => a - b);
    return {
      asks,
      distinctUsers: users,
      asksPerSecond: Math.round((asks / seconds) * 10) / 10,
      answered: outcomes.length,
      failed: failures.length,
      firstFailures: failures.slice(0, 3),
      inTime: first.filter((ms) => ms <= INTERACTION_RESPONSE_MS).length,
      firstResponseMs: {
        p50: percentile(first, 0.5),
        p99: percentile(first, 0.99),
        max: Math.round(first.at(-1) ?? NaN),
      },
      answerMs: {
        p50: percentile(answer, 0.5),
        p99: percentile(answer, 0.99),
        max: Math.round(answer.at(-1) ?? NaN),
      },
      memory: { before, afterAsks: after, afterSweep: swept },
      heapGrowth: {
        afterAsks: `${(((after.heapUsedMB - before.heapUsedMB) / before.heapUsedMB) * 100).toFixed(1)} %`,
        afterSweep: `${(((swept.heapUsedMB - before.heapUsedMB) / before.heapUsedMB) * 100).toFixed(1)} %`,
      },
    };
  } finally {
    child.send('stop');
    await once(child, 'exit');
    await fake.close();
  }
}

if (process.argv[2] === '--bot') {
  await runBot(process.argv[3]!, process.argv[4]!);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      asks: { type: 'string', default: '10000' },
      users: { type: 'string', default: '6000' },
      rate: { type: 'string', default: '30' },
      /** Measure at once instead of waiting two DM channel sweeps. */
      'skip-sweep': { type: 'boolean', default: false },
    },
  });
  const result = await soak({
    asks: Number(values.asks),
    users: Number(values.users),
    rate: Number(values.rate),
    sweep: !values['skip-sweep'],
  });
  console.log(JSON.stringify(result, null, 2));
}
