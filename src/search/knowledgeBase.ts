import type { AnalysisCache } from './analysisCache.ts';
import { createHash } from 'node:crypto';
import { parseStoryFiles, readStoryFiles } from '../knowledge/loadStories.ts';
import type { Paragraph, SkippedFile, Story } from '../knowledge/types.ts';
import { buildAliases, type AliasTable } from './aliases.ts';
import { buildFactIndex, type Fact, type FactIndex } from './factIndex.ts';
import type { StoryFacts } from './facts.ts';
import { deriveAllFacts, deriveFactsInWorkers, factWorkerCount } from './parallelFacts.ts';
import { buildParagraphIndex, paragraphDocs, type ParagraphIndex } from './paragraphIndex.ts';
import { readSnapshot, saveSnapshot, snapshotPath, type RebuildReason } from './snapshot.ts';
import { CapitalCounter } from './termCounts.ts';
import { assembleKnowledgeBase } from './assembleKnowledgeBase.ts';
import { tagParagraphs, type ParagraphTags } from './paragraphTags.ts';

/** Everything the answer engine reads: stories, their paragraphs and the index over them. Immutable. */
export interface KnowledgeBase {
  readonly stories: readonly Story[];
  readonly skipped: readonly SkippedFile[];
  /** Every paragraph of every story; a paragraph's position here is its id in the index. */
  readonly paragraphs: readonly Paragraph[];
  readonly storyById: ReadonlyMap<string, Story>;
  /** The id of each story's first paragraph (a story's paragraphs are consecutive in `paragraphs`). */
  readonly firstParagraph: ReadonlyMap<string, number>;
  readonly index: ParagraphIndex;
  /** People, quotations and definitions of each story, by story id. */
  readonly facts: ReadonlyMap<string, StoryFacts>;
  /** Quotations and definitions of all stories, and their MiniSearch index. */
  readonly factList: readonly Fact[];
  readonly factIndex: FactIndex;
  readonly aliases: AliasTable;
  /** In how many paragraphs each searchable term occurs (for term weights). */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** Terms the stories mostly write with a capital: names, even when a question is typed in lower case. */
  readonly properTerms: ReadonlySet<string>;
  /** Content hash of the knowledge files (empty when built from memory). */
  readonly hash: string;
  /** Part-of-speech tags of each paragraph, worked out at build for small knowledge (paragraphTags.ts). */
  readonly tags: ParagraphTags;
  /** The answer engine's per-paragraph analysis (tags, candidates), computed lazily, bounded. */
  readonly analysis: AnalysisCache;
}

export interface KnowledgeStats {
  stories: number;
  paragraphs: number;
}

export const statsOf = (kb: KnowledgeBase): KnowledgeStats => ({
  stories: kb.stories.length,
  paragraphs: kb.paragraphs.length,
});

/**
 * The id of paragraph `number` of story `storyId`, or -1: a lookup in the story's own paragraphs
 * (a scan of all 100,000 paragraphs took 1.7 ms of every question at 100k).
 */
export function paragraphIdOf(kb: KnowledgeBase, storyId: string, number: number): number {
  const first = kb.firstParagraph.get(storyId);
  if (first === undefined) return -1;
  for (let id = first; id < kb.paragraphs.length && kb.paragraphs[id]!.storyId === storyId; id++)
    if (kb.paragraphs[id]!.number === number) return id;
  return -1;
}

/** Builds a knowledge base from parsed stories (pure; no I/O). */
export function buildKnowledgeBase(
  stories: readonly Story[],
  skipped: readonly SkippedFile[] = [],
  hash = '',
): KnowledgeBase {
  return withFacts(indexParagraphs(stories), deriveAllFacts(stories), { stories, skipped, hash });
}

export interface ParallelBuildOptions {
  /** Worker threads that derive facts beside the paragraph index (default: `factWorkerCount`). */
  workers?: number;
}

/**
 * `buildKnowledgeBase` with the facts (people, quotes, definitions: ~40 % of a build) derived in
 * worker threads while this thread indexes the paragraphs: the same knowledge base. Should a
 * worker fail, the facts are derived here instead: never worse than the build, only slower.
 */
export async function buildKnowledgeBaseInParallel(
  stories: readonly Story[],
  skipped: readonly SkippedFile[] = [],
  hash = '',
  options: ParallelBuildOptions = {},
): Promise<KnowledgeBase> {
  const paragraphCount = stories.reduce((n, s) => n + s.paragraphs.length, 0);
  const workers = options.workers ?? factWorkerCount(paragraphCount);
  if (workers < 1) return buildKnowledgeBase(stories, skipped, hash);
  const pending = deriveFactsInWorkers(stories, workers);
  const indexed = indexParagraphs(stories);
  const facts = await pending.catch(() => deriveAllFacts(stories));
  return withFacts(indexed, facts, { stories, skipped, hash });
}

interface IndexedParagraphs {
  paragraphs: Paragraph[];
  index: ParagraphIndex;
  capitals: CapitalCounter;
}

/** The paragraph index. One tokenizing pass: its token counts also count capitals, its postings give document frequencies. */
function indexParagraphs(stories: readonly Story[]): IndexedParagraphs {
  const { docs, paragraphs } = paragraphDocs(stories);
  const capitals = new CapitalCounter(paragraphs);
  return { paragraphs, index: buildParagraphIndex(docs, capitals.countTokens), capitals };
}

/** The knowledge base from its paragraph index and the stories' facts. */
function withFacts(
  { paragraphs, index, capitals }: IndexedParagraphs,
  facts: ReadonlyMap<string, StoryFacts>,
  { stories, skipped, hash }: { stories: readonly Story[]; skipped: readonly SkippedFile[]; hash: string },
): KnowledgeBase {
  const { facts: factList, index: factIndex } = buildFactIndex(facts.values());
  return assembleKnowledgeBase({
    stories,
    skipped,
    paragraphs,
    index,
    facts,
    factList,
    factIndex,
    aliases: buildAliases(stories, facts),
    properTerms: capitals.properTerms(index),
    tags: tagParagraphs(paragraphs),
    hash,
  });
}

/** Hash of the knowledge files' names and bytes: unchanged files give the same hash. */
export function hashFiles(files: readonly { file: string; bytes: Buffer }[]): string {
  const hash = createHash('sha256');
  for (const { file, bytes } of files) hash.update(file).update('\0').update(bytes).update('\0');
  return hash.digest('hex');
}

export interface LoadKnowledgeOptions {
  /**
   * A folder for index snapshots. When the knowledge files are unchanged (same content hash) the
   * saved snapshot is loaded instead of reading and indexing the stories again; otherwise the
   * knowledge base is built and saved there. Omit to always build.
   */
  snapshotDir?: string;
  /**
   * Told why the snapshot could not be used and the knowledge is built instead (no snapshot yet,
   * stale code, different knowledge, corrupt, hash mismatch), for the caller's log.
   */
  onRebuild?: (reason: RebuildReason, file: string) => void;
}

/** Reads a knowledge folder and indexes it. Throws a UserError when no story loads. */
export async function loadKnowledgeBase(
  dir: string,
  options: LoadKnowledgeOptions = {},
): Promise<KnowledgeBase> {
  const read = await readStoryFiles(dir);
  const hash = hashFiles(read.files);
  const file = options.snapshotDir ? snapshotPath(options.snapshotDir, dir) : undefined;
  if (file) {
    const saved = await readSnapshot(file, hash);
    if (saved.kb) return saved.kb;
    options.onRebuild?.(saved.reason, file);
  }
  const { stories, skipped } = parseStoryFiles(dir, read);
  const kb = await buildKnowledgeBaseInParallel(stories, skipped, hash);
  // A snapshot that cannot be written (read-only disk) only costs the next start its speed.
  if (file) await saveSnapshot(file, kb).catch(() => undefined);
  return kb;
}
