/**
 * One collection size: build every engine on the same paragraphs, then time the same questions on each.
 * Run in its own process (with --expose-gc) so that sizes do not pollute each other's heap.
 */
import { loadavg, tmpdir } from 'node:os';
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { loadStories } from '../../src/knowledge/loadStories.ts';
import type { Paragraph, Story } from '../../src/knowledge/types.ts';
import { answerQuestion, buildKnowledgeBase, type KnowledgeBase } from '../../src/qa/index.ts';
import { buildKnowledgeBaseInParallel } from '../../src/search/knowledgeBase.ts';
import { searchParagraphs } from '../../src/search/paragraphIndex.ts';
import { Bm25Index } from './bm25.ts';
import { buildCollection, DEFAULT_SEED, loadRealPool, paragraphCount, parseSize, type PoolStory } from './corpus.ts';
import { BUNDLED_STORY_FILE, checkFixed, FIXED_QUESTIONS, type FixedCheck } from './fixedQuestions.ts';
import { LinearScan } from './linearScan.ts';
import { buildQueries, type BenchQuery } from './queries.ts';
import { measureSnapshot, type SnapshotFigures } from './snapshot.ts';
import { canCollectGarbage, percentile, settledHeap, timed, timedAsync } from './stats.ts';

export const ENGINES = {
  ledeSearch: 'lede: buildKnowledgeBase, searchParagraphs',
  ledeAnswer: 'lede answerQuestion (end to end)',
  miniSearch: 'MiniSearch defaults (naive)',
  flexSearch: 'FlexSearch 0.8 Index',
  bm25: 'BM25 floor (scripts/bench/bm25.ts)',
  scan: 'linear scan floor (rarest word)',
} as const;
export type EngineName = (typeof ENGINES)[keyof typeof ENGINES];

export interface EngineRow {
  engine: EngineName;
  /** null: shares the index of the row above (answerQuestion runs on the lede index). */
  buildMs: number | null;
  heapBytes: number | null;
  snapshotBytes: number | null;
  snapshotLoadMs: number | null;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Share of questions whose source paragraph (or an identical text) is the top hit. */
  top1: number;
  /** The same, for the misspelt questions only. */
  top1Misspelt: number;
}

export interface SizeResult {
  size: string;
  paragraphs: number;
  stories: number;
  queries: number;
  misspelt: number;
  /** Time to make the collection (not part of any engine's figures). */
  corpusMs: number;
  /** Heap figures come from a process run with --expose-gc. */
  exactHeap: boolean;
  snapshotVia: string;
  snapshotSameTopHit: boolean;
  /** The paragraph index alone (MiniSearch JSON), beside the whole snapshot in the table. */
  indexSnapshot: { bytes: number; loadMs: number };
  rows: EngineRow[];
  /** The bundled story's fixed questions, asked of the whole collection; null when the story is absent. */
  fixed: FixedCheck[] | null;
  /** 1-minute load average when this size started and ended (the machine is shared). */
  loadAverage?: { start: number; end: number };
  /** Heap the stories themselves hold (text, sentences), beside the engines' heap. */
  storiesHeapBytes?: number;
  /** Wall ms of `buildKnowledgeBaseInParallel` (facts in worker threads, as `loadKnowledgeBase` builds). */
  parallelBuildMs?: number;
}

export interface SizeOptions {
  seed?: number;
  queryCount?: number;
  /** Untimed questions run first on each engine (default: min(200, queryCount)). */
  warmup?: number;
  knowledgeDir?: string;
  pool?: readonly PoolStory[];
  /** Cache folder for the corpus pool; null disables it. */
  cacheDir?: string | null;
  log?: (line: string) => void;
}

export async function makeStories(
  label: string,
  { seed = DEFAULT_SEED, knowledgeDir = 'knowledge', pool, cacheDir }: SizeOptions = {},
): Promise<Story[]> {
  const { stories: bundled } = await loadStories(knowledgeDir);
  const size = parseSize(label);
  if (size === 'bundled') return bundled;
  return buildCollection({ size, bundled, pool: pool ?? (await loadRealPool({ seed, cacheDir })), seed });
}

interface Built {
  /** The flat position of the best paragraph for `query`, if any. */
  top(query: string): number | undefined;
  /** Serialises the index and loads it back. */
  snapshot?(): { bytes: number; loadMs: number };
}

/** What an engine indexes: the collection's stories, and their paragraph texts in flat order. */
interface Input {
  stories: readonly Story[];
  texts: readonly string[];
}

interface RunContext {
  paragraphs: readonly Paragraph[];
  queries: readonly BenchQuery[];
  warmup: number;
  /** A small input (the bundled stories) to build every engine on once, before the measured build. */
  warmupInput: Input;
}

function relevant(ctx: RunContext, hit: number | undefined, target: number): boolean {
  if (hit === undefined) return false;
  return hit === target || ctx.paragraphs[hit]?.text === ctx.paragraphs[target]?.text;
}

type QueryFigures = Omit<EngineRow, 'buildMs' | 'heapBytes' | 'snapshotBytes' | 'snapshotLoadMs'>;

function timeQueries(ctx: RunContext, engine: EngineName, top: (query: string) => number | undefined): QueryFigures {
  for (const q of ctx.queries.slice(0, ctx.warmup)) top(q.text);
  settledHeap();
  const times: number[] = [];
  let hits = 0;
  let misspeltHits = 0;
  let misspelt = 0;
  for (const q of ctx.queries) {
    const start = performance.now();
    const hit = top(q.text);
    times.push(performance.now() - start);
    const ok = relevant(ctx, hit, q.target);
    if (ok) hits++;
    if (q.misspelt) {
      misspelt++;
      if (ok) misspeltHits++;
    }
  }
  return {
    engine,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    top1: hits / ctx.queries.length,
    top1Misspelt: misspelt ? misspeltHits / misspelt : Number.NaN,
  };
}

/** Median of three loads: one load can land on a major GC. */
export function snapshotFigures(serialize: () => string, load: (json: string) => unknown): { bytes: number; loadMs: number } {
  const json = serialize();
  const loads = [0, 1, 2].map(() => timed(() => load(json)).ms);
  return { bytes: Buffer.byteLength(json), loadMs: percentile(loads, 50) };
}

/**
 * Builds once on the warm-up input first (untimed, discarded): the first build in a process also pays
 * for JIT compilation and lazily loaded data (word lists, stemmer tables), which are not the index's cost.
 * Then: build time, heap held by the built index (after gc), snapshot, and the timed questions.
 */
function runEngine<T extends Built>(ctx: RunContext, input: Input, engine: EngineName, build: (input: Input) => T): { row: EngineRow; built: T } {
  build(ctx.warmupInput).top(ctx.queries[0]?.text ?? 'warm up');
  const before = settledHeap();
  const { ms: buildMs, value: built } = timed(() => build(input));
  const heapBytes = settledHeap() - before;
  const snap = built.snapshot?.();
  const row = {
    ...timeQueries(ctx, engine, (q) => built.top(q)),
    buildMs,
    heapBytes,
    snapshotBytes: snap?.bytes ?? null,
    snapshotLoadMs: snap?.loadMs ?? null,
  };
  return { row, built };
}

const paragraphKey = (p: { storyId?: string; story?: string; number?: number; paragraph?: number }): string =>
  `${p.storyId ?? p.story}#${p.number ?? p.paragraph}`;

interface LedeBuilt extends Built {
  kb: KnowledgeBase;
}

/** The baselines, each on the same paragraph texts. */
const BASELINES: { engine: EngineName; build: (input: Input) => Built }[] = [
  {
    engine: ENGINES.miniSearch,
    build: ({ texts }) => {
      const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
      index.addAll(texts.map((text, id) => ({ id, text })));
      return {
        top: (q) => index.search(q)[0]?.id as number | undefined,
        snapshot: () => snapshotFigures(() => JSON.stringify(index), (json) => MiniSearch.loadJSON(json, { fields: ['text'] })),
      };
    },
  },
  {
    engine: ENGINES.flexSearch,
    build: ({ texts }) => {
      // Default options; `suggest` lets a question match when one of its words (a typo) is nowhere.
      const index = new FlexIndex();
      texts.forEach((text, id) => index.add(id, text));
      return {
        top: (q) => index.search(q, { limit: 1, suggest: true })[0] as number | undefined,
        snapshot: () => {
          const parts: Record<string, string> = {};
          void index.export((key, data) => {
            parts[key] = data;
          });
          return snapshotFigures(
            () => JSON.stringify(parts),
            (json) => {
              const copy = new FlexIndex();
              for (const [key, data] of Object.entries(JSON.parse(json) as Record<string, string>)) copy.import(key, data);
              return copy;
            },
          );
        },
      };
    },
  },
  {
    engine: ENGINES.bm25,
    build: ({ texts }) => {
      const index = new Bm25Index(texts);
      return {
        top: (q) => index.search(q, 1)[0]?.id,
        snapshot: () => snapshotFigures(() => JSON.stringify(index), (json) => JSON.parse(json) as unknown),
      };
    },
  },
  {
    engine: ENGINES.scan,
    build: ({ texts }) => {
      const scan = new LinearScan(texts);
      return { top: (q) => scan.search(q) };
    },
  },
];

/** lede: the index and its snapshot, the search alone, the whole answer engine, and the fixed questions. */
async function runLede(
  ctx: RunContext,
  input: Input,
  stories: readonly Story[],
  flatIndexOf: ReadonlyMap<string, number>,
  log: (line: string) => void,
  label: string,
  snapshotDir: string,
): Promise<{ rows: EngineRow[]; snapshot: SnapshotFigures; fixed: FixedCheck[] | null }> {
  const rows: EngineRow[] = [];
  const lede = runEngine(ctx, input, ENGINES.ledeSearch, ({ stories: some }): LedeBuilt => {
    const kb = buildKnowledgeBase(some);
    const positions = new Map(some.flatMap((s) => s.paragraphs).map((p, i) => [paragraphKey(p), i]));
    return {
      kb,
      top: (q) => {
        const hit = searchParagraphs(kb.index, q, 1)[0];
        const p = hit && kb.paragraphs[hit.id];
        return p ? positions.get(paragraphKey(p)) : undefined;
      },
    };
  });
  const { kb } = lede.built;
  const snapshot = await measureSnapshot(kb, ctx.queries[0]?.text ?? 'freedom', snapshotDir);
  rows.push({ ...lede.row, snapshotBytes: snapshot.bytes, snapshotLoadMs: snapshot.loadMs });
  log(`${label}: ${ENGINES.ledeSearch} done`);
  const answerTop = (q: string): number | undefined => {
    try {
      const cite = answerQuestion(kb, q).citations[0];
      return cite ? flatIndexOf.get(paragraphKey(cite)) : undefined;
    } catch {
      return undefined;
    }
  };
  rows.push({ ...timeQueries(ctx, ENGINES.ledeAnswer, answerTop), buildMs: null, heapBytes: null, snapshotBytes: null, snapshotLoadMs: null });
  log(`${label}: ${ENGINES.ledeAnswer} done`);
  const bundledId = stories.find((s) => s.file === BUNDLED_STORY_FILE)?.id;
  const fixed = bundledId ? FIXED_QUESTIONS.map((q) => checkFixed(q, bundledId, answerQuestion(kb, q.question))) : null;
  return { rows, snapshot, fixed };
}

export async function runSize(label: string, options: SizeOptions = {}): Promise<SizeResult> {
  const { seed = DEFAULT_SEED, queryCount = 1000, log = () => {} } = options;
  const loadAtStart = loadavg()[0]!;
  const heapBefore = settledHeap();
  const made = await timedAsync(() => makeStories(label, options));
  const storiesHeapBytes = settledHeap() - heapBefore;
  const stories = made.value;
  const paragraphs = stories.flatMap((s) => s.paragraphs);
  const input: Input = { stories, texts: paragraphs.map((p) => p.text) };
  const flatIndexOf = new Map(paragraphs.map((p, i) => [paragraphKey(p), i]));
  const queries = buildQueries(paragraphs, { count: queryCount, seed: seed ^ 0x5eed });
  const bundled = (await loadStories(options.knowledgeDir ?? 'knowledge')).stories;
  const ctx: RunContext = {
    paragraphs,
    queries,
    warmup: options.warmup ?? Math.min(200, queryCount),
    warmupInput: { stories: bundled, texts: bundled.flatMap((s) => s.paragraphs.map((p) => p.text)) },
  };
  log(`${label}: ${paragraphCount(stories)} paragraphs in ${stories.length} stories (made in ${Math.round(made.ms)} ms)`);
  const rows: EngineRow[] = [];

  const lede = await runLede(ctx, input, stories, flatIndexOf, log, label, options.cacheDir ?? tmpdir());
  rows.push(...lede.rows);
  const parallelBuild = await timedAsync(() => buildKnowledgeBaseInParallel(stories));
  log(`${label}: buildKnowledgeBaseInParallel done`);

  for (const { engine, build } of BASELINES) {
    rows.push(runEngine(ctx, input, engine, build).row);
    log(`${label}: ${engine} done`);
  }

  return {
    size: label,
    paragraphs: paragraphs.length,
    stories: stories.length,
    queries: queries.length,
    misspelt: queries.filter((q) => q.misspelt).length,
    corpusMs: made.ms,
    exactHeap: canCollectGarbage,
    snapshotVia: lede.snapshot.via,
    snapshotSameTopHit: lede.snapshot.sameTopHit,
    indexSnapshot: lede.snapshot.indexOnly,
    rows,
    fixed: lede.fixed,
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    storiesHeapBytes,
    parallelBuildMs: parallelBuild.ms,
  };
}
