/** Figures that involve a whole process: cold start, reindex, and the /ask round trip. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadKnowledgeBase } from '../../src/qa/index.ts';
import { median, percentile } from './stats.ts';

export const COLD_QUESTION = 'Who said freedom is never given for free?';

export interface ColdStart {
  label: string;
  command: string;
  /** Milliseconds from spawn to the first answer on standard output, one per run. */
  runs: number[];
  medianMs: number | null;
  /** Why there is no figure, when there is none. */
  error?: string;
}

interface SpawnTiming {
  command: string;
  args: string[];
  /** Written to standard input right after spawn. */
  input?: string;
  /** The answer has arrived once everything printed so far satisfies this. */
  answered: (stdout: string) => boolean;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/**
 * Spawns a process in its own process group, times it until `answered` holds, then ends that group
 * (npx and npm start children of their own).
 */
export function timeToAnswer({ command, args, input, answered, env, timeoutMs = 30_000 }: SpawnTiming): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let done = false;
    const finish = (error: Error | null, ms?: number) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
      if (error) reject(error);
      else resolve(ms!);
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (answered(stdout)) finish(null, performance.now() - start);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => finish(error));
    child.on('exit', (code) => {
      if (!done) finish(new Error(`exited with code ${code} before answering: ${(stderr || stdout).trim().slice(0, 300)}`));
    });
    child.stdin.on('error', () => {});
    if (input !== undefined) child.stdin.write(input);
  });
}

async function repeat(label: string, runs: number, timing: SpawnTiming, shown: string): Promise<ColdStart> {
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) times.push(await timeToAnswer(timing));
  } catch (error) {
    return { label, command: shown, runs: times, medianMs: null, error: (error as Error).message };
  }
  return { label, command: shown, runs: times, medianMs: median(times) };
}

/** The console prints a banner and a `lede> ` prompt; the answer is whatever follows the prompt. */
export const consoleAnswered = (stdout: string): boolean => {
  const prompt = stdout.indexOf('lede> ');
  return prompt >= 0 && /\S/.test(stdout.slice(prompt + 'lede> '.length));
};

const NO_TOKEN_ENV = (): NodeJS.ProcessEnv => ({ ...process.env, DISCORD_TOKEN: '' });

export async function measureColdStarts(runs: number, root = process.cwd()): Promise<ColdStart[]> {
  const out: ColdStart[] = [];
  const hasAsk = existsSync(`${root}/src/cli/ask.ts`);
  const ask = `npm run --silent ask -- "${COLD_QUESTION}"`;
  out.push(
    hasAsk
      ? await repeat(
          'cold start: npm run ask',
          runs,
          { command: 'npm', args: ['run', '--silent', 'ask', '--', COLD_QUESTION], answered: (s) => /\S/.test(s), env: NO_TOKEN_ENV() },
          ask,
        )
      : { label: 'cold start: npm run ask', command: ask, runs: [], medianMs: null, error: 'n/a (src/cli/ask.ts absent)' },
  );
  // Without npm: how much of the above is npm's own start-up.
  if (hasAsk) {
    out.push(
      await repeat(
        'cold start: node --import tsx src/cli/ask.ts',
        runs,
        {
          command: process.execPath,
          args: ['--import', 'tsx', 'src/cli/ask.ts', COLD_QUESTION],
          answered: (s) => /\S/.test(s),
          env: NO_TOKEN_ENV(),
        },
        `node --import tsx src/cli/ask.ts "${COLD_QUESTION}"`,
      ),
    );
  }
  const consoleCommand = 'npx tsx src/index.ts (no DISCORD_TOKEN), question on stdin';
  out.push(
    existsSync(`${root}/src/index.ts`)
      ? await repeat(
          'cold start: console',
          runs,
          { command: 'npx', args: ['tsx', 'src/index.ts'], input: `${COLD_QUESTION}\n`, answered: consoleAnswered, env: NO_TOKEN_ENV() },
          consoleCommand,
        )
      : { label: 'cold start: console', command: consoleCommand, runs: [], medianMs: null, error: 'n/a (src/index.ts absent)' },
  );
  return out;
}

export interface Reindex {
  runs: number;
  medianMs: number;
  p99Ms: number;
  paragraphs: number;
}

/** `loadKnowledgeBase(dir)` warm: a few untimed loads, then `runs` timed ones. */
export async function measureReindex(runs: number, dir = 'knowledge'): Promise<Reindex> {
  let paragraphs = 0;
  for (let i = 0; i < 3; i++) paragraphs = (await loadKnowledgeBase(dir)).paragraphs.length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await loadKnowledgeBase(dir);
    times.push(performance.now() - start);
  }
  return { runs, medianMs: median(times), p99Ms: percentile(times, 99), paragraphs };
}
