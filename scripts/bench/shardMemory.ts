/**
 * Memory of a sharded lede: `npm run start:sharded` with 2 shards against the fake Discord
 * (test/support/fakeDiscord.ts), on the bundled knowledge and on a 10k-paragraph knowledge built
 * by the corpus builder; then 2,500 guilds (Discord's most per shard) sent to shard 0.
 *
 *   node --import tsx scripts/bench/shardMemory.ts            # bundled and 10k
 *   node --import tsx scripts/bench/shardMemory.ts bundled    # one size
 *
 * RSS counts every page a process has resident; PSS splits the pages shared with other processes
 * (the node binary, the shared libraries) between them, so the PSS of all shards adds up to what
 * they cost together. Linux only (/proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Story } from '../../src/knowledge/types.ts';
import { guildOnShard, snowflake, startFakeDiscord, type FakeDiscord, type Json } from '../../test/support/fakeDiscord.ts';
import { makeStories } from './sizeBench.ts';

const SHARDS = 2;
const ADMIN = { id: snowflake(), username: 'editor' };
const GUILDS_ON_SHARD_0 = 2_500;
const MB = 1024 * 1024;

/** A story as a plain-text knowledge file (section, title, paragraphs, source). */
const storyFile = (story: Story): string =>
  ['Bench', '', story.title, '', '', ...story.paragraphs.flatMap((p) => [p.text, '']), `Source: ${story.source}`, ''].join('\n');

async function knowledgeFolder(size: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  if (size === 'bundled') return { dir: path.resolve('knowledge'), cleanup: async () => {} };
  const dir = await mkdtemp(path.join(tmpdir(), `lede-shard-memory-${size}-`));
  for (const [i, story] of (await makeStories(size)).entries()) {
    await writeFile(path.join(dir, `${String(i).padStart(5, '0')}.txt`), storyFile(story));
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const kilobytes = (text: string, key: string): number =>
  Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;

/** Resident and proportional set sizes of a process, in bytes, and its peak RSS so far. */
async function memoryOf(pid: number): Promise<{ rss: number; pss: number; peak: number }> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return { rss: kilobytes(rollup, 'Rss'), pss: kilobytes(rollup, 'Pss'), peak: kilobytes(status, 'VmHWM') };
}

/** A guild as GUILD_CREATE brings it with the Guilds intent: channels, roles, emojis, the bot as member. */
function guildJson(id: string, bot: Json): Json {
  const channels = Array.from({ length: 20 }, (_, i) => ({
    id: snowflake(),
    type: i < 3 ? 4 : i % 5 === 0 ? 2 : 0,
    name: `channel-${i}`,
    position: i,
    permission_overwrites: [],
    guild_id: id,
  }));
  const roles = Array.from({ length: 10 }, (_, i) => ({
    id: i === 0 ? id : snowflake(),
    name: i === 0 ? '@everyone' : `role-${i}`,
    color: 0,
    hoist: false,
    position: i,
    permissions: '1024',
    managed: false,
    mentionable: false,
    flags: 0,
  }));
  const emojis = Array.from({ length: 10 }, (_, i) => ({ id: snowflake(), name: `emoji${i}`, roles: [], animated: false }));
  return {
    id,
    name: `Guild ${id}`,
    icon: null,
    owner_id: snowflake(),
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 150,
    channels,
    threads: [],
    roles,
    emojis,
    stickers: [],
    members: [{ user: bot, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

interface Run {
  fake: FakeDiscord;
  manager: ChildProcess;
  logs: Json[];
  waitFor(match: (l: Json) => boolean, timeoutMs?: number): Promise<Json>;
}

async function startSharded(knowledgeDir: string, snapshotDir: string): Promise<Run> {
  const fake = await startFakeDiscord({ shards: SHARDS, maxConcurrency: 16 });
  const manager = spawn(process.execPath, ['--import', 'tsx', 'src/shard.ts'], {
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      SHARD_COUNT: String(SHARDS),
      KNOWLEDGE_DIR: knowledgeDir,
      SNAPSHOT_DIR: snapshotDir,
      RATE_LIMIT_QUESTIONS: '100000',
      ADMIN_USER_IDS: ADMIN.id,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Json[] = [];
  let partial = '';
  manager.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{')) logs.push(JSON.parse(line) as Json);
  });
  const waitFor = async (match: (l: Json) => boolean, timeoutMs = 120_000) => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = logs.find(match);
      if (found) return found;
      if (performance.now() > deadline || manager.exitCode !== null) throw new Error('shardMemory: no such log line');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { fake, manager, logs, waitFor };
}

async function measure(size: string): Promise<void> {
  const { dir, cleanup } = await knowledgeFolder(size);
  const snapshotDir = await mkdtemp(path.join(tmpdir(), 'lede-shard-memory-snapshot-'));
  await mkdir(snapshotDir, { recursive: true });
  const run = await startSharded(dir, snapshotDir);
  try {
    const knowledge = await run.waitFor((l) => l.msg === 'knowledge snapshot ready');
    const ready = await run.waitFor((l) => l.msg === 'all shards ready');
    const pids = new Map<number, number>();
    for (const shard of [0, 1]) pids.set(shard, (await run.waitFor((l) => l.msg === 'shard ready' && l.shard === shard)).pid);
    // Answer a few questions on each shard, so that what answering allocates is counted.
    for (const shard of [0, 1]) {
      for (const question of ['Who said freedom is never given for free?', 'What does IP4 mean?', 'Why did Yoon attend?']) {
        const sent = await run.fake.sendInteraction(run.fake.slashCommand('ask', { question }, { guildId: guildOnShard(shard, SHARDS) }));
        await run.fake.waitForMessage(sent.token, 30_000);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const manager = await memoryOf(run.manager.pid!);
    const shard0 = await memoryOf(pids.get(0)!);
    const shard1 = await memoryOf(pids.get(1)!);
    const mb = (n: number) => (n / MB).toFixed(0);
    console.log(
      `${size}: ${knowledge.stories} stories, ${knowledge.paragraphs} paragraphs; 2 shards ready in ${ready.ms} ms (knowledge ${knowledge.ms} ms in the manager)`,
    );
    console.log(`  manager  RSS ${mb(manager.rss)} MB  PSS ${mb(manager.pss)} MB`);
    console.log(`  shard 0  RSS ${mb(shard0.rss)} MB  PSS ${mb(shard0.pss)} MB`);
    console.log(`  shard 1  RSS ${mb(shard1.rss)} MB  PSS ${mb(shard1.pss)} MB`);

    // Fill shard 0 with as many guilds as Discord lets one shard hold.
    const bot = { id: run.fake.botUser.id, username: 'lede', discriminator: '0', global_name: null, avatar: null, bot: true };
    const started = performance.now();
    for (let i = 0; i < GUILDS_ON_SHARD_0; i++) {
      const id = guildOnShard(0, SHARDS);
      await run.fake.dispatch('GUILD_CREATE', guildJson(id, bot));
    }
    // Events are handled in order: once this is answered, every guild is in the cache.
    const sent = await run.fake.sendInteraction(run.fake.slashCommand('help', {}, { guildId: guildOnShard(0, SHARDS) }));
    await run.fake.waitForMessage(sent.token, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const full = await memoryOf(pids.get(0)!);
    console.log(
      `  shard 0 with ${GUILDS_ON_SHARD_0} guilds (20 channels, 10 roles, 10 emojis each; ${Math.round(performance.now() - started)} ms): RSS ${mb(full.rss)} MB  PSS ${mb(full.pss)} MB  (+${((full.rss - shard0.rss) / GUILDS_ON_SHARD_0 / 1024).toFixed(1)} KB a guild)`,
    );

    // A reindex builds the new index beside the old one: the peak is what a shard must have room for.
    const reindex = await run.fake.sendInteraction(run.fake.slashCommand('reindex', {}, { in: 'dm', user: ADMIN }));
    const reply = await run.fake.waitForMessage(reindex.token, 120_000);
    console.log(`  /reindex: ${String(reply.content).split('\n').slice(0, 3).join(' | ')}`);
    for (const shard of [0, 1]) {
      const after = await memoryOf(pids.get(shard)!);
      console.log(`  shard ${shard} after /reindex: RSS ${mb(after.rss)} MB, peak RSS over the run ${mb(after.peak)} MB`);
    }
  } finally {
    const exited = once(run.manager, 'exit');
    run.manager.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (run.manager.exitCode === null) run.manager.kill('SIGKILL');
    await run.fake.close();
    await rm(snapshotDir, { recursive: true, force: true });
    await cleanup();
  }
}

const sizes = process.argv.slice(2);
for (const size of sizes.length ? sizes : ['bundled', '10k']) await measure(size);
