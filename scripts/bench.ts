/**
 * `npm run bench [-- --quick | --sizes bundled,1k,10k,100k] [--queries N] [--seed N] [--no-process]`
 * `npm run bench -- --parse` times loading 1 MB and 5 MB of story files, and hostile ones.
 * `npm run bench -- --render bench/results.json` prints the table of an earlier run.
 *
 * Builds collections of real English around the bundled story, indexes them with lede and with
 * baselines, and prints one table (also written to bench/results.json by a full run). Each size runs in
 * its own node process with --expose-gc, so that one size's garbage does not weigh on the next's heap.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './bench/corpus.ts';
import { freezeTree, treeFingerprint } from './bench/freeze.ts';
import { measureColdStarts, measureReindex, type ColdStart, type Reindex } from './bench/processBench.ts';
import { measureParse, renderParseTable } from './bench/parseBench.ts';
import { measureRoundTrip, type RoundTrip } from './bench/roundTrip.ts';
import { runSize, type SizeResult } from './bench/sizeBench.ts';
import {
  checkTargets,
  renderPreamble,
  renderTable,
  type BenchMeta,
  type BenchResults,
} from './bench/table.ts';

export const FULL_SIZES = ['bundled', '1k', '10k', '100k', '300k'];
export const QUICK_SIZES = ['bundled', '1k'];
const CACHE_DIR = '.cache/bench';
const SCRIPT = fileURLToPath(import.meta.url);

export interface BenchOptions {
  sizes: string[];
  quick: boolean;
  queries: number;
  seed: number;
  /** Also measure cold start, reindex and the /ask round trip. */
  processes: boolean;
}

export function parseBenchArgs(argv: string[]): BenchOptions & {
  child: string | undefined;
  out: string | undefined;
  render: string | undefined;
  cache: string;
  parse: boolean;
} {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      queries: { type: 'string' },
      seed: { type: 'string' },
      'no-process': { type: 'boolean', default: false },
      child: { type: 'string' },
      out: { type: 'string' },
      render: { type: 'string' },
      cache: { type: 'string' },
      parse: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  return {
    quick,
    sizes: values.sizes
      ? values.sizes
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : quick
        ? QUICK_SIZES
        : FULL_SIZES,
    queries: values.queries ? Number(values.queries) : quick ? 200 : 1000,
    seed: values.seed ? Number(values.seed) : DEFAULT_SEED,
    processes: !values['no-process'],
    child: values.child,
    out: values.out,
    render: values.render,
    cache: values.cache ?? CACHE_DIR,
    parse: values.parse ?? false,
  };
}

/**
 * Runs `scripts/bench.ts --child WHAT` of the tree at `root` in a fresh `node --expose-gc` process
 * (working directory `root`) and reads back the JSON it writes.
 */
function runChild<T>(what: string, options: BenchOptions, root: string): Promise<T> {
  const out = path.resolve(CACHE_DIR, `child-${what}-${process.pid}.json`);
  const script = path.join(root, 'scripts', 'bench.ts');
  const args = ['--expose-gc', '--import', 'tsx', script, '--child', what, '--out', out];
  args.push(
    '--queries',
    String(options.queries),
    '--seed',
    String(options.seed),
    '--cache',
    path.resolve(CACHE_DIR),
  );
  if (options.quick) args.push('--quick');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench: the ${what} run exited with code ${code}`));
      readFile(out, 'utf8')
        .then((json) => resolve(JSON.parse(json) as T))
        .catch(reject)
        .finally(() => void rm(out, { force: true }));
    });
  });
}

interface ProcessFigures {
  reindex: Reindex;
  coldStarts: ColdStart[];
  roundTrip: RoundTrip;
}

/** Reindex, cold starts and the /ask round trip, measured from the working directory. */
async function measureProcesses(quick: boolean, log: (line: string) => void): Promise<ProcessFigures> {
  log('reindex…');
  const reindex = await measureReindex(quick ? 5 : 20);
  log('cold starts…');
  const coldStarts = await measureColdStarts(quick ? 1 : 5);
  log('/ask round trip…');
  const roundTrip = await measureRoundTrip(quick ? 20 : 200);
  return { reindex, coldStarts, roundTrip };
}

function machine(): Pick<BenchMeta, 'cpu' | 'cores' | 'memoryGiB' | 'node' | 'commit'> {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    // Others work in this checkout: say when the measured src/ is not the committed one.
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim();
    if (dirty) commit += ` + uncommitted changes in src/ (${dirty.split('\n').length} files)`;
  } catch {
    // Not a git checkout.
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    commit,
  };
}

const logToStderr = (line: string) => void process.stderr.write(`[bench] ${line}\n`);

export async function runBench(
  options: BenchOptions,
  { inProcess = false, log = logToStderr }: { inProcess?: boolean; log?: (line: string) => void } = {},
): Promise<BenchResults> {
  await mkdir(CACHE_DIR, { recursive: true });
  const loadAtStart = os.loadavg()[0] ?? 0;
  const startedAt = new Date().toISOString();
  const meta = machine();
  const source = await treeFingerprint('src');
  // Out of process, everything runs on a copy of the code taken now: others commit while we measure.
  const root = inProcess
    ? process.cwd()
    : await freezeTree(process.cwd(), path.join(CACHE_DIR, `tree-${process.pid}`));
  const sizes: SizeResult[] = [];
  let processes: ProcessFigures | null = null;
  try {
    for (const size of options.sizes) {
      log(`size ${size}…`);
      sizes.push(
        inProcess
          ? await runSize(size, { seed: options.seed, queryCount: options.queries, cacheDir: CACHE_DIR, log })
          : await runChild<SizeResult>(size, options, root),
      );
    }
    if (options.processes) {
      processes = inProcess
        ? await measureProcesses(options.quick, log)
        : await runChild<ProcessFigures>('process', options, root);
    }
  } finally {
    if (!inProcess) await rm(root, { recursive: true, force: true });
  }
  const { reindex = null, coldStarts = null, roundTrip = null } = processes ?? {};
  const partial = {
    meta: {
      ...meta,
      source,
      frozen: !inProcess,
      date: startedAt,
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
      seed: options.seed,
      queries: options.queries,
      quick: options.quick,
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
    },
    sizes,
    coldStarts,
    reindex,
    roundTrip,
  };
  return { ...partial, targets: checkTargets(partial) };
}

const isFullRun = (o: BenchOptions) =>
  !o.quick &&
  o.processes &&
  o.queries === 1000 &&
  o.seed === DEFAULT_SEED &&
  o.sizes.join(',') === FULL_SIZES.join(',');

async function main(argv: string[]): Promise<void> {
  const options = parseBenchArgs(argv);
  if (options.child === 'process') {
    await writeFile(
      options.out ?? path.join(CACHE_DIR, 'process.json'),
      JSON.stringify(await measureProcesses(options.quick, logToStderr)),
    );
    return;
  }
  if (options.child) {
    const result = await runSize(options.child, {
      seed: options.seed,
      queryCount: options.queries,
      cacheDir: options.cache,
      log: logToStderr,
    });
    await writeFile(
      options.out ?? path.join(CACHE_DIR, `size-${options.child}.json`),
      JSON.stringify(result),
    );
    return;
  }
  if (options.parse) {
    console.log(renderParseTable(await measureParse({ cacheDir: options.cache })));
    return;
  }
  if (options.render) {
    // Print the table of an earlier run (for docs/performance.md) without measuring anything.
    const saved = JSON.parse(await readFile(options.render, 'utf8')) as BenchResults;
    console.log(`${renderPreamble(saved)}\n\n${renderTable(saved)}`);
    return;
  }
  const results = await runBench(options);
  console.log(`${renderPreamble(results)}\n\n${renderTable(results)}`);
  const file = isFullRun(options) ? 'bench/results.json' : 'bench/results.partial.json';
  await mkdir('bench', { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  logToStderr(`wrote ${file}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === SCRIPT) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
