import { createHash } from 'node:crypto';
import { loadStories } from '../knowledge/loadStories.ts';
import type { Paragraph, SkippedFile, Story } from '../knowledge/types.ts';
import { buildParagraphIndex, paragraphDocs, type ParagraphIndex } from './paragraphIndex.ts';

/** Everything the answer engine reads: stories, their paragraphs and the index over them. Immutable. */
export interface KnowledgeBase {
  readonly stories: readonly Story[];
  readonly skipped: readonly SkippedFile[];
  /** Every paragraph of every story; a paragraph's position here is its id in the index. */
  readonly paragraphs: readonly Paragraph[];
  readonly storyById: ReadonlyMap<string, Story>;
  readonly index: ParagraphIndex;
  /** Content hash of the knowledge files (empty when built from memory). */
  readonly hash: string;
}

export interface KnowledgeStats {
  stories: number;
  paragraphs: number;
}

export const statsOf = (kb: KnowledgeBase): KnowledgeStats => ({
  stories: kb.stories.length,
  paragraphs: kb.paragraphs.length,
});

/** Builds a knowledge base from parsed stories (pure; no I/O). */
export function buildKnowledgeBase(
  stories: readonly Story[],
  skipped: readonly SkippedFile[] = [],
  hash = '',
): KnowledgeBase {
  const { docs, paragraphs } = paragraphDocs(stories);
  return {
    stories,
    skipped,
    paragraphs,
    storyById: new Map(stories.map((s) => [s.id, s])),
    index: buildParagraphIndex(docs),
    hash,
  };
}

/** Hash of the knowledge files' names and bytes: unchanged files give the same hash. */
export function hashFiles(files: readonly { file: string; bytes: Buffer }[]): string {
  const hash = createHash('sha256');
  for (const { file, bytes } of files) hash.update(file).update('\0').update(bytes).update('\0');
  return hash.digest('hex');
}

/** Reads a knowledge folder and indexes it. Throws a UserError when no story loads. */
export async function loadKnowledgeBase(dir: string): Promise<KnowledgeBase> {
  const { stories, skipped, files } = await loadStories(dir);
  return buildKnowledgeBase(stories, skipped, hashFiles(files));
}
