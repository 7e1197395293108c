/**
 * Cold start and memory of lede run through tsx (`npm start`, `npm run ask`) against the compiled
 * build (`npm run start:prod`, `node dist/cli/ask.js`). Needs `npm run build` first.
 *
 *   node --import tsx scripts/ops/measureRuntime.ts [runs=5] [--compiled]
 *
 * Each variant has its own snapshot folder, warmed once, so both start from a snapshot.
 * RSS sums the process tree (`tsx` runs the bot in a child of its own CLI process). The compiled
 * bot runs as `npm run start:prod` does: its environment settings and node flags are read from
 * package.json (before 2026-12-01 it ran plain `node dist/index.js`). `--compiled`: that row only.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startFakeDiscord } from '../../test/support/fakeDiscord.ts';
import { cleanEnv } from '../../test/support/spawnLede.ts';

const RUNS = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 5);
const COMPILED_ONLY = process.argv.includes('--compiled');
const QUESTION = 'Who said freedom is never given for free?';
const TSX = 'node_modules/.bin/tsx';

interface Variant {
  label: string;
  bot: string[];
  /** Environment the bot starts with (`start:prod`'s `NAME=value` settings). */
  botEnv?: Record<string, string>;
  ask: string[];
  snapshotDir: string;
}
/** `npm run start:prod` split into its leading `NAME=value` settings and its node command. */
function startProdCommand(script: string): { env: Record<string, string>; command: string[] } {
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes('=')) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  return { env, command: words };
}
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const startProd = startProdCommand(packageJson.scripts['start:prod']!);

const ALL_VARIANTS: Variant[] = [
  {
    label: 'tsx (npm start)',
    bot: [TSX, 'src/index.ts'],
    ask: [TSX, 'src/cli/ask.ts'],
    snapshotDir: '.cache/measure-tsx',
  },
  {
    label: 'compiled (npm run start:prod)',
    bot: startProd.command,
    botEnv: startProd.env,
    ask: ['node', 'dist/cli/ask.js'],
    snapshotDir: '.cache/measure-dist',
  },
];
const VARIANTS = COMPILED_ONLY ? ALL_VARIANTS.slice(1) : ALL_VARIANTS;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds from spawn until the output contains `until` (the process is then killed). */
function timeUntil(command: string[], env: Record<string, string>, until: string, input?: string) {
  return new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command[0]!, command.slice(1), {
      env: cleanEnv(env),
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "${until}" within 60 s: ${output.slice(-500)}`));
    }, 60_000);
    const check = (d: Buffer) => {
      output += d.toString();
      if (!output.includes(until)) return;
      clearTimeout(timer);
      resolve(performance.now() - started);
      child.kill('SIGKILL');
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    if (input !== undefined) child.stdin!.write(input);
  });
}

/** Resident set size in MiB of `pid` and all its descendants (Linux /proc). */
function treeRssMiB(pid: number): number {
  const children = (p: number): number[] => {
    const file = `/proc/${p}/task/${p}/children`;
    if (!existsSync(file)) return [];
    const ids = readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return ids.flatMap((id) => [id, ...children(id)]);
  };
  let kib = 0;
  for (const p of [pid, ...children(pid)]) {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
    kib += Number(match?.[1] ?? 0);
  }
  return kib / 1024;
}

async function botRss(variant: Variant): Promise<number> {
  const fake = await startFakeDiscord({ port: 0 });
  const child = spawn(variant.bot[0]!, variant.bot.slice(1), {
    env: cleanEnv({
      ...variant.botEnv,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      SNAPSHOT_DIR: variant.snapshotDir,
      RATE_LIMIT_QUESTIONS: '1000',
    }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (let i = 0; i < 20; i++) {
      const { token } = await fake.sendInteraction(fake.slashCommand('ask', { question: QUESTION }));
      await fake.waitForMessage(token, 30_000);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return treeRssMiB(child.pid!);
  } finally {
    child.kill('SIGTERM');
    await fake.close();
  }
}

if (!existsSync('dist/index.js')) throw new Error('run `npm run build` first');
const rows: string[] = [];
for (const variant of VARIANTS) {
  const env = { SNAPSHOT_DIR: variant.snapshotDir };
  const botEnv = { ...variant.botEnv, ...env };
  await timeUntil(variant.bot, botEnv, 'lede> ', ''); // warms the snapshot
  const prompt: number[] = [];
  const ask: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    prompt.push(await timeUntil(variant.bot, botEnv, 'lede> ', ''));
    ask.push(await timeUntil([...variant.ask, QUESTION], env, 'Answer:'));
  }
  for (let i = 0; i < RUNS; i++) rss.push(await botRss(variant));
  const range = (xs: number[], digits = 0) =>
    `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  rows.push(`| ${variant.label} | ${range(prompt)} ms | ${range(ask)} ms | ${range(rss)} MiB |`);
}
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; ${RUNS} runs, median (min–max); start:prod: ${packageJson.scripts['start:prod']}\n`,
);
console.log(
  '| run | cold start to the console prompt | `ask` answer, cold | bot RSS, connected, 20 answers |',
);
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
