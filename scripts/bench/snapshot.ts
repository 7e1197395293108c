/**
 * The lede snapshot: the whole knowledge base through src/search/snapshot.ts (`saveSnapshot` /
 * `loadSnapshot`, a JSON file) when that module exists, and always the paragraph index alone
 * (`JSON.stringify(kb.index)` / `loadParagraphIndex`, MiniSearch's own toJSON / loadJSON).
 */
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as paragraphIndex from '../../src/search/paragraphIndex.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { percentile, timed, timedAsync } from './stats.ts';

export interface SnapshotFigures {
  bytes: number;
  /** Median of three loads: one load can land on a major GC. */
  loadMs: number;
  saveMs: number;
  /** What was saved and loaded, for the table's notes. */
  via: string;
  /** The loaded copy ranks the probe query's paragraphs as the original does. */
  sameTopHit: boolean;
  /** The paragraph index alone (MiniSearch JSON), whatever `via` is. */
  indexOnly: { bytes: number; loadMs: number };
}

interface SnapshotModule {
  saveSnapshot(file: string, kb: KnowledgeBase): Promise<void>;
  loadSnapshot(file: string, hash: string): Promise<KnowledgeBase | undefined>;
}

async function snapshotModule(): Promise<SnapshotModule | null> {
  try {
    const module = (await import(new URL('../../src/search/snapshot.ts', import.meta.url).href)) as Partial<SnapshotModule>;
    return typeof module.saveSnapshot === 'function' && typeof module.loadSnapshot === 'function'
      ? (module as SnapshotModule)
      : null;
  } catch {
    return null;
  }
}

const topHit = (index: paragraphIndex.ParagraphIndex, query: string): number | undefined =>
  paragraphIndex.searchParagraphs(index, query, 1)[0]?.id;

function measureIndexOnly(kb: KnowledgeBase, probe: string) {
  const saved = timed(() => JSON.stringify(kb.index));
  const load = paragraphIndex.loadParagraphIndex;
  const loads = [0, 1, 2].map(() => timed(() => load(saved.value)));
  return {
    bytes: Buffer.byteLength(saved.value),
    saveMs: saved.ms,
    loadMs: percentile(
      loads.map((l) => l.ms),
      50,
    ),
    sameTopHit: topHit(loads[0]!.value, probe) === topHit(kb.index, probe),
  };
}

/** Measures saving and loading `kb`; `probe` is a query used to check the loaded copy; files go to `dir`. */
export async function measureSnapshot(kb: KnowledgeBase, probe: string, dir: string): Promise<SnapshotFigures> {
  const indexOnly = measureIndexOnly(kb, probe);
  const module = await snapshotModule();
  if (!module) {
    return {
      ...indexOnly,
      via: 'the paragraph index: JSON.stringify(kb.index) + loadParagraphIndex (no src/search/snapshot.ts)',
      indexOnly: { bytes: indexOnly.bytes, loadMs: indexOnly.loadMs },
    };
  }
  const file = path.resolve(dir, `snapshot-${process.pid}-${kb.paragraphs.length}.json`);
  try {
    const saved = await timedAsync(() => module.saveSnapshot(file, kb));
    const loads = [];
    for (let i = 0; i < 3; i++) loads.push(await timedAsync(() => module.loadSnapshot(file, kb.hash)));
    const loaded = loads[0]!.value;
    return {
      bytes: (await stat(file)).size,
      saveMs: saved.ms,
      loadMs: percentile(
        loads.map((l) => l.ms),
        50,
      ),
      via: 'the whole knowledge base: src/search/snapshot.ts saveSnapshot / loadSnapshot (a JSON file, read and parsed)',
      sameTopHit: loaded !== undefined && topHit(loaded.index, probe) === topHit(kb.index, probe),
      indexOnly: { bytes: indexOnly.bytes, loadMs: indexOnly.loadMs },
    };
  } finally {
    await rm(file, { force: true });
  }
}
