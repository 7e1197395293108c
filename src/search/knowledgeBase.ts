import { createHash } from 'node:crypto';
import { parseStoryFiles, readStoryFiles } from '../knowledge/loadStories.ts';
import type { Paragraph, SkippedFile, Story } from '../knowledge/types.ts';
import { buildAliases, type AliasTable } from './aliases.ts';
import { AnalysisCache } from './analysisCache.ts';
import { buildFactIndex, type Fact, type FactIndex } from './factIndex.ts';
import { deriveFacts, type StoryFacts } from './facts.ts';
import {
  buildParagraphIndex,
  paragraphDocs,
  attachCompanions,
  type ParagraphIndex,
} from './paragraphIndex.ts';
import { loadSnapshot, saveSnapshot, snapshotPath } from './snapshot.ts';
import { normalizeTerm, tokenize } from './terms.ts';

/** Everything the answer engine reads: stories, their paragraphs and the index over them. Immutable. */
export interface KnowledgeBase {
  readonly stories: readonly Story[];
  readonly skipped: readonly SkippedFile[];
  /** Every paragraph of every story; a paragraph's position here is its id in the index. */
  readonly paragraphs: readonly Paragraph[];
  readonly storyById: ReadonlyMap<string, Story>;
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
  /** The answer engine's per-paragraph analysis (tags, candidates), computed lazily, bounded. */
  readonly analysis: AnalysisCache;
}

/** How many analysed items a knowledge base keeps (a paragraph's tags, candidates, term sets …). */
export const ANALYSIS_CAPACITY = 20_000;

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
  const facts = new Map(stories.map((s) => [s.id, deriveFacts(s)]));
  const { facts: factList, index: factIndex } = buildFactIndex(facts.values());
  const { documentFrequency, properTerms } = countTerms(paragraphs);
  const index = buildParagraphIndex(docs);
  attachCompanions(index, { vocabulary: documentFrequency, textOf: (id) => paragraphs[id]?.text });
  return {
    stories,
    skipped,
    paragraphs,
    storyById: new Map(stories.map((s) => [s.id, s])),
    index,
    facts,
    factList,
    factIndex,
    aliases: buildAliases(stories, facts),
    documentFrequency,
    properTerms,
    hash,
    analysis: new AnalysisCache(ANALYSIS_CAPACITY),
  };
}

/** Document frequency of every term, and which terms are mostly capitalized inside sentences. */
function countTerms(paragraphs: readonly Paragraph[]): {
  documentFrequency: Map<string, number>;
  properTerms: Set<string>;
} {
  const documentFrequency = new Map<string, number>();
  const capitalized = new Map<string, number>();
  const occurrences = new Map<string, number>();
  for (const p of paragraphs) {
    const seen = new Set<string>();
    for (const sentence of p.sentences) {
      tokenize(sentence.text).forEach((token, i) => {
        const term = normalizeTerm(token);
        if (!term) return;
        if (!seen.has(term)) {
          seen.add(term);
          documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
        }
        if (i === 0) return; // a sentence's first word is capitalized anyway
        occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
        if (/^\p{Lu}/u.test(token)) capitalized.set(term, (capitalized.get(term) ?? 0) + 1);
      });
    }
  }
  const properTerms = new Set<string>();
  for (const [term, n] of capitalized) if (n >= 0.6 * (occurrences.get(term) ?? n)) properTerms.add(term);
  return { documentFrequency, properTerms };
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
    const saved = await loadSnapshot(file, hash);
    if (saved) return saved;
  }
  const { stories, skipped } = parseStoryFiles(dir, read);
  const kb = buildKnowledgeBase(stories, skipped, hash);
  // A snapshot that cannot be written (read-only disk) only costs the next start its speed.
  if (file) await saveSnapshot(file, kb).catch(() => undefined);
  return kb;
}
