/**
 * The lede index snapshot: MiniSearch's own `toJSON` / `loadJSON` with the index options of src/search
 * (`loadParagraphIndex`). When src/search/snapshot.ts exists, the table notes it.
 */
import { existsSync } from 'node:fs';
import MiniSearch from 'minisearch';
import * as paragraphIndex from '../../src/search/paragraphIndex.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { percentile, timed } from './stats.ts';

export interface SnapshotFigures {
  bytes: number;
  saveMs: number;
  loadMs: number;
  /** How the snapshot was made, for the table's notes. */
  via: string;
  /** The loaded index answers the probe query as the original does. */
  sameTopHit: boolean;
}

const SNAPSHOT_MODULE = new URL('../../src/search/snapshot.ts', import.meta.url);

const topHit = (index: paragraphIndex.ParagraphIndex, query: string): number | undefined =>
  paragraphIndex.searchParagraphs(index, query, 1)[0]?.id;

/** Measures saving and loading the paragraph index of `kb`; `probe` is a query used to check the loaded copy. */
export function measureSnapshot(kb: KnowledgeBase, probe: string): SnapshotFigures {
  const saved = timed(() => JSON.stringify(kb.index));
  const load: (json: string) => paragraphIndex.ParagraphIndex =
    typeof paragraphIndex.loadParagraphIndex === 'function'
      ? paragraphIndex.loadParagraphIndex
      : (json) => MiniSearch.loadJSON(json, paragraphIndex.PARAGRAPH_INDEX_OPTIONS);
  // Median of three loads: one load can land on a major GC.
  const loads = [0, 1, 2].map(() => timed(() => load(saved.value)));
  const loaded = loads[0]!;
  return {
    bytes: Buffer.byteLength(saved.value),
    saveMs: saved.ms,
    loadMs: percentile(loads.map((l) => l.ms), 50),
    via: existsSync(SNAPSHOT_MODULE)
      ? 'JSON.stringify(kb.index) + loadParagraphIndex (src/search/snapshot.ts exists: not wired yet)'
      : 'JSON.stringify(kb.index) + loadParagraphIndex (no src/search/snapshot.ts)',
    sameTopHit: topHit(loaded.value, probe) === topHit(kb.index, probe),
  };
}
