/**
 * `npm run bench [-- --quick | --sizes bundled,1k,10k,100k] [--queries N] [--seed N] [--no-process]`
 * `npm run bench -- --render bench/results.json` prints the table of an earlier run.
 *
 * Builds collections of real English around the bundled story, indexes them with lede and with
 * baselines, and prints one table (also written to bench/results.json by a full run). Each size runs in
 * its own node process with --expose-gc, so that one size's garbage does not weigh on the next's heap.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './bench/corpus.ts';
import { measureColdStarts, measureReindex } from './bench/processBench.ts';
import { measureRoundTrip } from './bench/roundTrip.ts';
import { runSize, type SizeResult } from './bench/sizeBench.ts';
import {
  checkTargets,
  renderPreamble,
  renderTable,
  type BenchMeta,
  type BenchResults,
} from './bench/table.ts';

export const FULL_SIZES = ['bundled', '1k', '10k', '100k'];
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

export function parseBenchArgs(
  argv: string[],
): BenchOptions & { child: string | undefined; out: string | undefined; render: string | undefined } {
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
  };
}

/** Runs one size in a fresh `node --expose-gc` process and reads back its result. */
function runSizeInChild(size: string, options: BenchOptions): Promise<SizeResult> {
  const out = path.join(CACHE_DIR, `size-${size}-${process.pid}.json`);
  const args = [
    '--expose-gc',
    '--import',
    'tsx',
    SCRIPT,
    '--child',
    size,
    '--out',
    out,
    '--queries',
    String(options.queries),
    '--seed',
    String(options.seed),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench: the ${size} run exited with code ${code}`));
      readFile(out, 'utf8').then((json) => resolve(JSON.parse(json) as SizeResult), reject);
    });
  });
}

/** A hash of every file under src/: when it differs between the start and the end, the run measured two versions. */
async function sourceFingerprint(dir = 'src'): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(file).update(await readFile(file));
  return hash.digest('hex').slice(0, 12);
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
  const sourceAtStart = await sourceFingerprint();
  const sizes: SizeResult[] = [];
  for (const size of options.sizes) {
    log(`size ${size}…`);
    sizes.push(
      inProcess
        ? await runSize(size, { seed: options.seed, queryCount: options.queries, cacheDir: CACHE_DIR, log })
        : await runSizeInChild(size, options),
    );
  }
  let reindex = null;
  let coldStarts = null;
  let roundTrip = null;
  if (options.processes) {
    log('reindex…');
    reindex = await measureReindex(options.quick ? 5 : 20);
    log('cold starts…');
    coldStarts = await measureColdStarts(options.quick ? 1 : 5);
    log('/ask round trip…');
    roundTrip = await measureRoundTrip(options.quick ? 20 : 200);
  }
  const partial = {
    meta: {
      ...machine(),
      date: startedAt,
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
      seed: options.seed,
      queries: options.queries,
      quick: options.quick,
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
      sourceChanged: (await sourceFingerprint()) !== sourceAtStart,
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
  if (options.child) {
    const result = await runSize(options.child, {
      seed: options.seed,
      queryCount: options.queries,
      cacheDir: CACHE_DIR,
      log: logToStderr,
    });
    await writeFile(
      options.out ?? path.join(CACHE_DIR, `size-${options.child}.json`),
      JSON.stringify(result),
    );
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
