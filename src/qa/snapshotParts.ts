import * as snapshot from '../search/snapshot.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';

/** The snapshot module's in-memory form: named sections of bytes and typed arrays. */
export interface SnapshotParts {
  toSnapshotParts(kb: KnowledgeBase): [string, ArrayBufferView][];
  fromSnapshotParts(sections: ReadonlyMap<string, Buffer>, hash: string): KnowledgeBase;
}

/**
 * The snapshot module's `toSnapshotParts` / `fromSnapshotParts` when it has them (its sectioned
 * format crosses a thread as a copy of bytes, with no parse), else undefined: then the knowledge
 * base crosses as a snapshot file (`saveSnapshot` / `loadSnapshot`), which costs this thread a
 * JSON parse. Looked up at run time so that this module works with either snapshot format.
 */
export function snapshotParts(): SnapshotParts | undefined {
  const exports = snapshot as unknown as Partial<SnapshotParts>;
  const { toSnapshotParts, fromSnapshotParts } = exports;
  return toSnapshotParts && fromSnapshotParts ? { toSnapshotParts, fromSnapshotParts } : undefined;
}
