/**
 * The lede snapshot: the whole knowledge base through src/search/snapshot.ts (`saveSnapshot` /
 * `loadSnapshot`, a JSON file) when that module exists, and always the paragraph index alone
 * (its share of the snapshot's sections).
 */
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as paragraphIndex from '../../src/search/paragraphIndex.ts';
import { toSnapshotParts } from '../../src/search/snapshot.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { percentile, timedAsync } from './stats.ts';

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

/** The paragraph index's share of the snapshot (its sections); it loads as part of the whole. */
function measureIndexOnly(kb: KnowledgeBase) {
  const bytes = toSnapshotParts(kb)
    .filter(([name]) => name.startsWith('index.'))
    .reduce((n, [, section]) => n + section.byteLength, 0);
  return { bytes, saveMs: Number.NaN, loadMs: Number.NaN, sameTopHit: true };
}

/** Measures saving and loading `kb`; `probe` is a query used to check the loaded copy; files go to `dir`. */
export async function measureSnapshot(kb: KnowledgeBase, probe: string, dir: string): Promise<SnapshotFigures> {
  const indexOnly = measureIndexOnly(kb);
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
      via: 'the whole knowledge base: src/search/snapshot.ts saveSnapshot / loadSnapshot (sections of JSON, text and typed arrays, SHA-256 checked on load)',
      sameTopHit: loaded !== undefined && topHit(loaded.index, probe) === topHit(kb.index, probe),
      indexOnly: { bytes: indexOnly.bytes, loadMs: indexOnly.loadMs },
    };
  } finally {
    await rm(file, { force: true });
  }
}
