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

/**
 * Runs the module `entry` in a worker thread with `input` as its `workerData` and resolves with the
 * first message it posts; an error, or an exit without a message, rejects. `input` is cloned when
 * this is called, so the caller may go on working on this thread while the worker runs.
 */
export function runModuleWorker<Out>(entry: URL, input: unknown): Promise<Out> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerCode(entry), { eval: true, workerData: input });
    let answered = false;
    worker.once('message', (result: Out) => {
      answered = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      answered = true;
      reject(new Error(`lede: the worker of ${entry.pathname} failed: ${error.message}`));
    });
    worker.once('exit', (code) => {
      if (!answered)
        reject(
          new Error(`lede: the worker of ${entry.pathname} stopped without an answer (exit code ${code})`),
        );
    });
  });
}
