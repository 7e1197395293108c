import { Worker } from 'node:worker_threads';

/**
 * The code a worker starts with to run the module `entry`. Node 20 does not hand tsx's loader
 * hooks to a worker (neither inherited nor by `--import tsx` in its execArgv: "Unknown file
 * extension .ts"), so a TypeScript module is imported through tsx's own `tsImport`; compiled
 * JavaScript is imported as is.
 */
export function workerCode(entry: URL): string {
  if (!entry.pathname.endsWith('.ts')) return `import(${JSON.stringify(entry.href)});`;
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}));`;
}

/** A sibling module of `from`: `name.ts` when running from src/ (tsx, vitest), `name.js` from dist/. */
export const siblingModule = (name: string, from: string): URL =>
  new URL(from.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, from);

/** Why a worker was stopped before it answered: it ran past the time it was given. */
export class WorkerTimeLimit extends Error {
  override readonly name = 'WorkerTimeLimit';
}

/**
 * Runs the module `entry` in a worker thread with `input` as its `workerData` and resolves with the
 * first message it posts; an error, or an exit without a message, rejects. `input` is cloned when
 * this is called, so the caller may go on working on this thread while the worker runs. With
 * `timeLimitMs`, a worker still running then is terminated (a busy loop too) and the call rejects
 * with a `WorkerTimeLimit`.
 */
export function runModuleWorker<Out>(entry: URL, input: unknown, timeLimitMs?: number): Promise<Out> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerCode(entry), { eval: true, workerData: input });
    let answered = false;
    const timer =
      timeLimitMs === undefined
        ? undefined
        : setTimeout(() => {
            answered = true;
            reject(
              new WorkerTimeLimit(
                `the worker of ${entry.pathname} ran past ${timeLimitMs} ms and was stopped`,
              ),
            );
            void worker.terminate();
          }, timeLimitMs);
    const settle = () => {
      answered = true;
      clearTimeout(timer);
    };
    worker.once('message', (result: Out) => {
      if (answered) return;
      settle();
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (answered) return;
      settle();
      reject(new Error(`lede: the worker of ${entry.pathname} failed: ${error.message}`));
    });
    worker.once('exit', (code) => {
      if (answered) return;
      settle();
      reject(
        new Error(`lede: the worker of ${entry.pathname} stopped without an answer (exit code ${code})`),
      );
    });
  });
}
