/** Starts the real bot (discord.js client and all) against a fresh fake Discord, on a temp copy of knowledge/. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/bot/logger.ts';
import { startBot, type RunningBot } from '../../src/bot/startBot.ts';
import type { Config } from '../../src/config.ts';
import { LiveKnowledge, loadKnowledgeBase, type KnowledgeBase } from '../../src/qa/index.ts';
import { startFakeDiscord, type FakeDiscord, type Json } from '../support/fakeDiscord.ts';

export const BUNDLED_KNOWLEDGE = path.resolve('knowledge');

export interface TestBot {
  fake: FakeDiscord;
  bot: RunningBot;
  live: LiveKnowledge;
  /** The structured log lines the bot wrote. */
  logs: Json[];
  /** The bot's own knowledge folder (a temp copy; change it freely). */
  knowledgeDir: string;
  /** How many times the knowledge folder was loaded (the first load included). */
  loads: () => number;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  /** The folder whose stories the bot serves (copied; default the bundled knowledge/). */
  knowledge?: string;
  adminUserIds?: string[];
  rateLimit?: Config['rateLimit'];
  /** Who may /reindex besides the admins, and how often (default: operators only, 30 s apart). */
  reindex?: Config['reindex'];
  now?: () => number;
  /** Wraps the live knowledge (to make it fail on demand). */
  makeLive?: (initial: KnowledgeBase, load: () => Promise<KnowledgeBase>) => LiveKnowledge;
}

export async function startTestBot({
  knowledge = BUNDLED_KNOWLEDGE,
  adminUserIds = [],
  rateLimit = { questions: 1000, windowMs: 10_000 },
  reindex,
  now,
  makeLive = (initial, load) => new LiveKnowledge(initial, load),
}: TestBotOptions = {}): Promise<TestBot> {
  const knowledgeDir = await mkdtemp(path.join(tmpdir(), 'lede-e2e-'));
  await cp(knowledge, knowledgeDir, { recursive: true });
  let loads = 0;
  const load = () => {
    loads += 1;
    return loadKnowledgeBase(knowledgeDir);
  };
  const live = makeLive(await load(), load);
  const fake = await startFakeDiscord({ port: 0 });
  const logs: Json[] = [];
  const logger = createLogger({
    level: 'info',
    secrets: [fake.token],
    destination: { write: (line: string) => void logs.push(JSON.parse(line) as Json) },
  });
  const bot = await startBot({
    config: {
      discordToken: fake.token,
      discordApiUrl: fake.apiUrl,
      adminUserIds,
      rateLimit,
      knowledgeDir,
      ...(reindex && { reindex }),
    },
    live,
    logger,
    ...(now && { now }),
  });
  return {
    fake,
    bot,
    live,
    logs,
    knowledgeDir,
    loads: () => loads,
    async stop() {
      await bot.stop();
      await fake.close();
      await rm(knowledgeDir, { recursive: true, force: true });
    },
  };
}

/** The text a reply shows: content, embed titles, descriptions and footers. */
export function shownText(message: Json): string {
  const embeds = (message.embeds ?? []) as Json[];
  return [
    message.content ?? '',
    ...embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '']),
  ].join('\n');
}

/** The buttons of a reply: label → custom id. */
export function buttonsOf(message: Json): Map<string, string> {
  const rows = (message.components ?? []) as Json[];
  return new Map(
    rows.flatMap((row) => (row.components as Json[]).map((b) => [b.label as string, b.custom_id as string])),
  );
}
