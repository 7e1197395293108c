/**
 * One collection size: build every engine on the same paragraphs, then time the same questions on each.
 * Run in its own process (with --expose-gc) so that sizes do not pollute each other's heap.
 */
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { loadStories } from '../../src/knowledge/loadStories.ts';
import type { Paragraph, Story } from '../../src/knowledge/types.ts';
import { answerQuestion, buildKnowledgeBase, type KnowledgeBase } from '../../src/qa/index.ts';
import { searchParagraphs } from '../../src/search/paragraphIndex.ts';
import { Bm25Index } from './bm25.ts';
import { buildCollection, DEFAULT_SEED, loadRealPool, paragraphCount, parseSize, type PoolStory } from './corpus.ts';
import { BUNDLED_STORY_FILE, checkFixed, FIXED_QUESTIONS, type FixedCheck } from './fixedQuestions.ts';
import { LinearScan } from './linearScan.ts';
import { buildQueries, type BenchQuery } from './queries.ts';
import { measureSnapshot } from './snapshot.ts';
import { canCollectGarbage, percentile, settledHeap, timed } from './stats.ts';

export const ENGINES = {
  ledeSearch: 'lede searchParagraphs',
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
  rows: EngineRow[];
  /** The bundled story's fixed questions, asked of the whole collection; null when the story is absent. */
  fixed: FixedCheck[] | null;
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
  top(query: string): number | undefined;
  snapshot?(): { bytes: number; loadMs: number };
}

interface RunContext {
  paragraphs: readonly Paragraph[];
  queries: readonly BenchQuery[];
  warmup: number;
}

function relevant(ctx: RunContext, hit: number | undefined, target: number): boolean {
  if (hit === undefined) return false;
  return hit === target || ctx.paragraphs[hit]?.text === ctx.paragraphs[target]?.text;
}

function timeQueries(ctx: RunContext, engine: EngineName, built: Built): Omit<EngineRow, 'buildMs' | 'heapBytes' | 'snapshotBytes' | 'snapshotLoadMs'> {
  for (const q of ctx.queries.slice(0, ctx.warmup)) built.top(q.text);
  settledHeap();
  const times: number[] = [];
  let hits = 0;
  let misspeltHits = 0;
  let misspelt = 0;
  for (const q of ctx.queries) {
    const start = performance.now();
    const hit = built.top(q.text);
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

function runEngine(ctx: RunContext, engine: EngineName, build: () => Built): EngineRow {
  const before = settledHeap();
  const { ms: buildMs, value: built } = timed(build);
  const heapBytes = settledHeap() - before;
  const snap = built.snapshot?.();
  return {
    ...timeQueries(ctx, engine, built),
    buildMs,
    heapBytes,
    snapshotBytes: snap?.bytes ?? null,
    snapshotLoadMs: snap?.loadMs ?? null,
  };
}

const paragraphKey = (p: { storyId?: string; story?: string; number?: number; paragraph?: number }): string =>
  `${p.storyId ?? p.story}#${p.number ?? p.paragraph}`;

export async function runSize(label: string, options: SizeOptions = {}): Promise<SizeResult> {
  const { seed = DEFAULT_SEED, queryCount = 1000, log = () => {} } = options;
  const made = await (async () => {
    const start = performance.now();
    const value = await makeStories(label, options);
    return { ms: performance.now() - start, value };
  })();
  const stories = made.value;
  const paragraphs = stories.flatMap((s) => s.paragraphs);
  const texts = paragraphs.map((p) => p.text);
  const flatIndexOf = new Map(paragraphs.map((p, i) => [paragraphKey(p), i]));
  const queries = buildQueries(paragraphs, { count: queryCount, seed: seed ^ 0x5eed });
  const ctx: RunContext = { paragraphs, queries, warmup: options.warmup ?? Math.min(200, queryCount) };
  log(`${label}: ${paragraphCount(stories)} paragraphs in ${stories.length} stories (made in ${Math.round(made.ms)} ms)`);

  const rows: EngineRow[] = [];

  // lede: the index, its snapshot, the search alone and the whole answer engine, and the fixed questions.
  let kb: KnowledgeBase | undefined;
  const lede = runEngine(ctx, ENGINES.ledeSearch, () => {
    kb = buildKnowledgeBase(stories);
    const index = kb.index;
    const kbParagraphs = kb.paragraphs;
    return {
      top: (q) => {
        const hit = searchParagraphs(index, q, 1)[0];
        const p = hit && kbParagraphs[hit.id];
        return p ? flatIndexOf.get(paragraphKey(p)) : undefined;
      },
    };
  });
  const knowledge = kb!;
  const snapshot = measureSnapshot(knowledge, queries[0]?.text ?? 'freedom');
  rows.push({ ...lede, snapshotBytes: snapshot.bytes, snapshotLoadMs: snapshot.loadMs });
  log(`${label}: lede search done`);
  const answerTop = (q: string): number | undefined => {
    try {
      const cite = answerQuestion(knowledge, q).citations[0];
      return cite ? flatIndexOf.get(paragraphKey(cite)) : undefined;
    } catch {
      return undefined;
    }
  };
  rows.push({
    ...timeQueries(ctx, ENGINES.ledeAnswer, { top: answerTop }),
    buildMs: null,
    heapBytes: null,
    snapshotBytes: null,
    snapshotLoadMs: null,
  });
  log(`${label}: lede answer done`);
  const bundledId = stories.find((s) => s.file === BUNDLED_STORY_FILE)?.id;
  const fixed = bundledId ? FIXED_QUESTIONS.map((q) => checkFixed(q, bundledId, answerQuestion(knowledge, q.question))) : null;
  kb = undefined;

  rows.push(
    runEngine(ctx, ENGINES.miniSearch, () => {
      const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
      index.addAll(texts.map((text, id) => ({ id, text })));
      return {
        top: (q) => index.search(q)[0]?.id as number | undefined,
        snapshot: () => {
          const json = JSON.stringify(index);
          const { ms } = timed(() => MiniSearch.loadJSON(json, { fields: ['text'] }));
          return { bytes: Buffer.byteLength(json), loadMs: ms };
        },
      };
    }),
  );
  log(`${label}: MiniSearch done`);

  rows.push(
    runEngine(ctx, ENGINES.flexSearch, () => {
      const index = new FlexIndex();
      texts.forEach((text, id) => index.add(id, text));
      return {
        top: (q) => index.search(q, { limit: 1, suggest: true })[0] as number | undefined,
        snapshot: () => {
          const parts: [string, string][] = [];
          void index.export((key, data) => {
            parts.push([key, data]);
          });
          const bytes = parts.reduce((n, [k, d]) => n + Buffer.byteLength(k) + Buffer.byteLength(d), 0);
          const { ms } = timed(() => {
            const copy = new FlexIndex();
            for (const [key, data] of parts) copy.import(key, data);
            return copy;
          });
          return { bytes, loadMs: ms };
        },
      };
    }),
  );
  log(`${label}: FlexSearch done`);

  rows.push(
    runEngine(ctx, ENGINES.bm25, () => {
      const index = new Bm25Index(texts);
      return {
        top: (q) => index.search(q, 1)[0]?.id,
        snapshot: () => {
          const json = JSON.stringify(index);
          const { ms } = timed(() => JSON.parse(json) as unknown);
          return { bytes: Buffer.byteLength(json), loadMs: ms };
        },
      };
    }),
  );
  log(`${label}: BM25 done`);

  rows.push(
    runEngine(ctx, ENGINES.scan, () => {
      const scan = new LinearScan(texts);
      return { top: (q) => scan.search(q) };
    }),
  );
  log(`${label}: linear scan done`);

  return {
    size: label,
    paragraphs: paragraphs.length,
    stories: stories.length,
    queries: queries.length,
    misspelt: queries.filter((q) => q.misspelt).length,
    corpusMs: made.ms,
    exactHeap: canCollectGarbage,
    snapshotVia: snapshot.via,
    snapshotSameTopHit: snapshot.sameTopHit,
    rows,
    fixed,
  };
}
