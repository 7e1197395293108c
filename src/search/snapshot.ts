import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SkippedFile } from '../knowledge/types.ts';
import type { AliasTable } from './aliases.ts';
import { assembleKnowledgeBase } from './assembleKnowledgeBase.ts';
import { FACT_INDEX_OPTIONS, FactIndex, factListOf } from './factIndex.ts';
import type { StoryFacts } from './facts.ts';
import type { KnowledgeBase } from './knowledgeBase.ts';
import { packMentions, unpackMentions } from './mentionColumns.ts';
import { PARAGRAPH_INDEX_OPTIONS, ParagraphIndex } from './paragraphIndex.ts';
import { packTags, unpackTags } from './paragraphTags.ts';
import { packStories, unpackStories } from './storySections.ts';
import {
  json,
  jsonSection,
  readSnapshotFile,
  u16,
  u32,
  writeSnapshotFile,
  type RebuildReason,
  type Section,
} from './snapshotFile.ts';
import type { CompactIndex, TopKIndex } from './topKIndex.ts';

export type { RebuildReason } from './snapshotFile.ts';

/**
 * A knowledge base saved to disk, so that an unchanged knowledge folder starts without being read
 * again: stories (each paragraph's text once, sentences as spans of it), derived facts, names and
 * aliases, and both indexes as compact arrays. It is keyed by the content hash of the knowledge
 * files and by the code that derives it, and checked against a hash of its payload; a changed,
 * foreign or corrupt snapshot is never trusted, only rebuilt (see `readSnapshot`'s reason).
 */

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
  return path.join(snapshotDir, `knowledge-${key}.snapshot`);
}

/**
 * The knowledge base as named sections (JSON text, text blocks and typed arrays, no string over a
 * few MB per part): what `saveSnapshot` writes, and what can cross a worker thread boundary
 * (`fromSnapshotParts` restores it).
 */
export function toSnapshotParts(kb: KnowledgeBase): [string, Section][] {
  const packed = packMentions(kb.facts, kb.storyById);
  return [
    ...packStories(kb.stories, kb.paragraphs),
    ['skipped', jsonSection(kb.skipped)],
    ['paragraph.tags', jsonSection(packTags(kb.tags, kb.paragraphs))],
    ['facts', jsonSection(packed.facts)],
    ['facts.mentionCounts', packed.mentions.counts],
    ['facts.mentions', packed.mentions.columns],
    ['facts.mentionTexts', jsonSection(packed.mentions.texts)],
    ['aliases', jsonSection({ terms: [...kb.aliases.terms], phrases: kb.aliases.phrases })],
    ['properTerms', jsonSection([...kb.properTerms])],
    ...indexParts('index', kb.index),
    ...indexParts('factIndex', kb.factIndex),
  ];
}

function indexParts(
  prefix: string,
  index: Pick<TopKIndex<never, unknown>, 'toCompact'>,
): [string, Section][] {
  const c = index.toCompact();
  const lengths = new Uint32Array(c.fieldLengths.reduce((n, a) => n + a.length, 0));
  c.fieldLengths.reduce((offset, a) => (lengths.set(a, offset), offset + a.length), 0);
  return [
    [
      `${prefix}.meta`,
      jsonSection({
        fieldIds: c.fieldIds,
        averageFieldLength: c.averageFieldLength,
        documentIds: c.documentIds,
        terms: c.terms,
      }),
    ],
    [`${prefix}.fieldLengths`, lengths],
    [`${prefix}.offsets`, c.offsets],
    [`${prefix}.ids`, c.ids],
    [`${prefix}.freqs`, c.freqs],
  ];
}

function compactIndex(prefix: string, sections: ReadonlyMap<string, Buffer>): CompactIndex {
  const meta = json<Pick<CompactIndex, 'fieldIds' | 'averageFieldLength' | 'documentIds' | 'terms'>>(
    sections.get(`${prefix}.meta`),
  );
  const lengths = u32(sections.get(`${prefix}.fieldLengths`));
  const n = typeof meta.documentIds === 'number' ? meta.documentIds : meta.documentIds.length;
  const fields = Object.keys(meta.fieldIds).length;
  if (lengths.length !== n * fields)
    throw new Error('lede: snapshot field lengths do not match the documents');
  const offsets = u32(sections.get(`${prefix}.offsets`));
  const ids = u32(sections.get(`${prefix}.ids`));
  if (offsets.length !== meta.terms.length * fields + 1 || offsets[offsets.length - 1] !== ids.length)
    throw new Error('lede: snapshot postings do not match the terms');
  return {
    ...meta,
    fieldLengths: Array.from({ length: fields }, (_, f) => lengths.slice(f * n, (f + 1) * n)),
    offsets,
    ids,
    freqs: u16(sections.get(`${prefix}.freqs`)),
  };
}

/** The knowledge base from its parts (see `toSnapshotParts`); throws when they do not fit together. */
export function fromSnapshotParts(sections: ReadonlyMap<string, Buffer>, hash: string): KnowledgeBase {
  const { stories, paragraphs } = unpackStories(sections);
  const facts = unpackMentions(
    json<[string, StoryFacts][]>(sections.get('facts')),
    new Map(stories.map((s) => [s.id, s])),
    {
      counts: u32(sections.get('facts.mentionCounts')),
      columns: u32(sections.get('facts.mentions')),
      texts: json<[number, string][]>(sections.get('facts.mentionTexts')),
    },
  );
  const aliases = json<{ terms: [string, string[]][]; phrases: AliasTable['phrases'] }>(
    sections.get('aliases'),
  );
  const factList = factListOf(facts.values());
  const index = ParagraphIndex.fromCompact(compactIndex('index', sections), PARAGRAPH_INDEX_OPTIONS);
  const factIndex = FactIndex.fromCompact(compactIndex('factIndex', sections), FACT_INDEX_OPTIONS);
  // The indexes must hold exactly the paragraphs and facts saved beside them.
  if (index.documentCount !== paragraphs.length || factIndex.documentCount !== factList.length)
    throw new Error('lede: snapshot indexes do not match the paragraphs and facts');
  return assembleKnowledgeBase({
    stories,
    skipped: json<SkippedFile[]>(sections.get('skipped')),
    paragraphs,
    index,
    facts,
    factList,
    factIndex,
    aliases: { terms: new Map(aliases.terms), phrases: aliases.phrases },
    properTerms: new Set(json<string[]>(sections.get('properTerms'))),
    tags: unpackTags(json(sections.get('paragraph.tags')), paragraphs),
    hash,
  });
}

export async function saveSnapshot(file: string, kb: KnowledgeBase): Promise<void> {
  await writeSnapshotFile(file, { code: await derivationCode(), hash: kb.hash }, toSnapshotParts(kb));
}

/** The knowledge base saved in `file` for these files (`hash`), or why it cannot be used. */
export async function readSnapshot(
  file: string,
  hash: string,
): Promise<{ kb: KnowledgeBase; reason?: undefined } | { kb?: undefined; reason: RebuildReason }> {
  const read = await readSnapshotFile(file, derivationCode, hash);
  if (!read.ok) return { reason: read.reason };
  try {
    return { kb: fromSnapshotParts(read.sections, hash) };
  } catch {
    return { reason: 'corrupt' };
  }
}

/** The knowledge base saved in `file` for these files (`hash`), or undefined when absent, stale or corrupt. */
export async function loadSnapshot(file: string, hash: string): Promise<KnowledgeBase | undefined> {
  return (await readSnapshot(file, hash)).kb;
}
