const FROZEN = 'lede: a TopKIndex is built once (TopKIndex.build); rebuild it to change its documents';

/**
 * MiniSearch's `_documentIds` (short id → id) and `_idToShortId` (id → short id) when every document's
 * id is its short id (0, 1, 2 … in order, as lede numbers paragraphs and facts): one count instead of
 * two `Map`s of an entry a document (200,000 entries to fill at every build and snapshot load of 100k
 * paragraphs). Read-only, with the part of `Map` that MiniSearch and lede read.
 */
export class SequentialIds implements ReadonlyMap<number, number> {
  constructor(readonly size: number) {}

  get(key: unknown): number | undefined {
    return typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < this.size ? key : undefined;
  }

  has(key: unknown): boolean {
    return this.get(key) !== undefined;
  }

  *keys(): MapIterator<number> {
    for (let i = 0; i < this.size; i++) yield i;
  }

  values(): MapIterator<number> {
    return this.keys();
  }

  *entries(): MapIterator<[number, number]> {
    for (let i = 0; i < this.size; i++) yield [i, i];
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: number, map: ReadonlyMap<number, number>) => void): void {
    for (let i = 0; i < this.size; i++) callback(i, i, this);
  }

  set(): never {
    throw new Error(FROZEN);
  }

  delete(): never {
    throw new Error(FROZEN);
  }
}
