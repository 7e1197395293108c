/** Runs one of lede's entry points as a child process, as `npm start` would, and collects what it says. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ENV_KEYS } from '../../src/config.ts';

export interface LedeProcess {
  child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** Resolves with the exit code (or signal) once it exits; kills it after `timeoutMs`. */
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the output contains `text`; rejects after `timeoutMs` or if it exits first. */
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
  kill(): void;
}

/** The environment without any lede setting from the developer's shell or .env, plus `env`. */
export function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !(ENV_KEYS as readonly string[]).includes(key)),
  );
  return { ...inherited, SNAPSHOT_DIR: 'off', ...env };
}

export function spawnLede(
  args: readonly string[],
  env: Record<string, string>,
  { stdin = 'ignore', command = process.execPath }: { stdin?: 'ignore' | 'pipe'; command?: string } = {},
): LedeProcess {
  const child: ChildProcess = spawn(command, [...args], {
    env: cleanEnv(env),
    stdio: [stdin, 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
  const exit = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  return {
    child,
    output: () => output,
    async exited(timeoutMs = 20_000) {
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        return await exit;
      } finally {
        clearTimeout(timer);
      }
    },
    async waitForOutput(text, timeoutMs = 20_000) {
      const deadline = performance.now() + timeoutMs;
      while (!output.includes(text)) {
        if (child.exitCode !== null || performance.now() > deadline) {
          throw new Error(`no "${text}" in the output within ${timeoutMs} ms:\n${output.slice(-3000)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
