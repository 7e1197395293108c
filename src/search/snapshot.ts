import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AsPlainObject } from 'minisearch';
import type { Paragraph, SkippedFile, Story } from '../knowledge/types.ts';
import type { AliasTable } from './aliases.ts';
import { loadFactIndexJS, type Fact } from './factIndex.ts';
import type { StoryFacts } from './facts.ts';
import { ANALYSIS_CAPACITY, type KnowledgeBase } from './knowledgeBase.ts';
import { AnalysisCache } from './analysisCache.ts';
import { attachCompanions, loadParagraphIndexJS } from './paragraphIndex.ts';

/**
 * A knowledge base saved to disk, so that an unchanged knowledge folder starts without being read
 * again: parsed stories, derived facts, term statistics and the two MiniSearch indexes (`toJSON`).
 * It is keyed by the content hash of the knowledge files and by the code that derives it; a
 * changed, foreign or corrupt snapshot is never trusted, only rebuilt.
 */
interface SnapshotFile {
  format: 'lede-snapshot';
  code: string;
  hash: string;
  stories: readonly Story[];
  skipped: readonly SkippedFile[];
  facts: [string, StoryFacts][];
  factList: readonly Fact[];
  documentFrequency: [string, number][];
  properTerms: string[];
  aliases: { terms: [string, readonly string[]][]; phrases: AliasTable['phrases'] };
  index: AsPlainObject;
  factIndex: AsPlainObject;
}

let codeVersion: Promise<string> | undefined;

/** A hash of the code that turns files into a knowledge base: a snapshot from other code is stale. */
function derivationCode(): Promise<string> {
  codeVersion ??= (async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const dir of [path.join(here, '..', 'knowledge'), here]) {
      for (const name of (await readdir(dir)).filter((n) => /\.[cm]?[jt]s$/.test(n)).sort()) {
        hash.update(name).update(await readFile(path.join(dir, name)));
      }
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return codeVersion;
}

/** Where the snapshot of one knowledge folder lives inside `snapshotDir`. */
export function snapshotPath(snapshotDir: string, knowledgeDir: string): string {
  const key = createHash('sha256').update(path.resolve(knowledgeDir)).digest('hex').slice(0, 12);
  return path.join(snapshotDir, `knowledge-${key}.json`);
}

export async function saveSnapshot(file: string, kb: KnowledgeBase): Promise<void> {
  const snapshot: SnapshotFile = {
    format: 'lede-snapshot',
    code: await derivationCode(),
    hash: kb.hash,
    // A sentence's text is its span of the paragraph: saved as the span only (a quarter of the file).
    stories: kb.stories.map((story) => ({
      ...story,
      paragraphs: story.paragraphs.map((p) => ({
        ...p,
        sentences: p.sentences.map(({ start, end }) => ({ start, end })),
      })),
    })) as unknown as Story[],
    skipped: kb.skipped,
    facts: [...kb.facts],
    factList: kb.factList,
    documentFrequency: [...kb.documentFrequency],
    properTerms: [...kb.properTerms],
    aliases: { terms: [...kb.aliases.terms], phrases: kb.aliases.phrases },
    index: kb.index.toJSON(),
    factIndex: kb.factIndex.toJSON(),
  };
  await mkdir(path.dirname(file), { recursive: true });
  // Write aside and rename: a reader never sees half a snapshot.
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(snapshot));
  await rename(temp, file);
}

function restoreSentences(p: Paragraph): Paragraph {
  return {
    ...p,
    sentences: p.sentences.map(({ start, end }) => ({ text: p.text.slice(start, end), start, end })),
  };
}

/** The knowledge base saved in `file` for these files (`hash`), or undefined when absent, stale or corrupt. */
export async function loadSnapshot(file: string, hash: string): Promise<KnowledgeBase | undefined> {
  let snapshot: SnapshotFile;
  try {
    snapshot = JSON.parse(await readFile(file, 'utf8')) as SnapshotFile;
    if (
      snapshot?.format !== 'lede-snapshot' ||
      snapshot.hash !== hash ||
      snapshot.code !== (await derivationCode())
    ) {
      return undefined;
    }
    const stories = snapshot.stories.map((story) => ({
      ...story,
      paragraphs: story.paragraphs.map(restoreSentences),
    }));
    const kb: KnowledgeBase = {
      stories,
      skipped: snapshot.skipped,
      paragraphs: stories.flatMap((s) => s.paragraphs),
      storyById: new Map(stories.map((s) => [s.id, s])),
      index: loadParagraphIndexJS(snapshot.index),
      facts: new Map(snapshot.facts),
      factList: snapshot.factList,
      factIndex: loadFactIndexJS(snapshot.factIndex),
      aliases: { terms: new Map(snapshot.aliases.terms), phrases: snapshot.aliases.phrases },
      documentFrequency: new Map(snapshot.documentFrequency),
      properTerms: new Set(snapshot.properTerms),
      hash,
      analysis: new AnalysisCache(ANALYSIS_CAPACITY),
    };
    attachCompanions(kb.index, { vocabulary: kb.documentFrequency, textOf: (id) => kb.paragraphs[id]?.text });
    // The indexes must hold exactly the paragraphs and facts saved beside them.
    const consistent =
      kb.index.documentCount === kb.paragraphs.length && kb.factIndex.documentCount === kb.factList.length;
    return consistent ? kb : undefined;
  } catch {
    return undefined;
  }
}
