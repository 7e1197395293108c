import { createRequire } from 'node:module';
import type { parse as ParseYaml } from 'yaml';
import { capText } from './capText.ts';
import { healLineBreaks } from './healLineBreaks.ts';
import {
  MAX_FRONT_MATTER_CHARS,
  MAX_META_CHARS,
  MAX_PARAGRAPH_CHARS,
  MAX_PARAGRAPHS_PER_STORY,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits.ts';
import { dropDateline, dropFurniture } from './pageFurniture.ts';
import { readPipeTable } from './pipeTable.ts';
import { readTextTable } from './textTable.ts';
import { readTextList } from './textList.ts';
import { plainTypography } from './typography.ts';
import { splitLongParagraph } from './splitLongParagraph.ts';
import { splitSentences } from './splitSentences.ts';
import { stripMarkdown } from './stripMarkdown.ts';
import type { Story } from './types.ts';

const SOURCE_LINE = /^source\s*:\s*(.+)$/i;

export interface StoryText {
  id: string;
  file: string;
  text: string;
}

/** A stable id from a file name: lower case, without extension, non-alphanumerics as dashes. */
export function storyIdFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return (
    base
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'story'
  );
}

function splitBlocks(text: string): string[] {
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '');
}

/** A breadcrumb's separators: "News › Local › Hadley Green", "Sport | Football", "Home > World". */
const CRUMB = /\s+[›»>|/]\s+/u;

/**
 * A short line with no sentence punctuation, such as "General" or "World News", or a breadcrumb of
 * such parts ("News › Local › Hadley Green").
 */
function looksLikeSection(block: string): boolean {
  const line = block.trim();
  if (line.includes('\n') || line.length > 60 || /[.!?:,"“”]/.test(line)) return false;
  const parts = line.split(CRUMB);
  return parts.length === 1
    ? line.length <= 40 && line.split(/\s+/).length <= 4
    : parts.length <= 5 && parts.every((part) => part.split(/\s+/).length <= 3);
}

/**
 * Markdown that is structure, not a paragraph: a sub-heading, a rule (`---`, `***`) or an image
 * alone in its block (its alt text describes the photo; the story's sentences are its own).
 */
function isMarkdownStructure(block: string): boolean {
  const text = block.trim();
  return (
    /^#{1,6}\s/.test(text) || /^(?:[-*_][ \t]*){3,}$/.test(text) || /^!\[[^\]\n]*\]\([^()\n]*\)$/.test(text)
  );
}

/** One line that does not end like a sentence: a headline. */
function looksLikeTitle(block: string): boolean {
  const line = block.trim();
  return !line.includes('\n') && line.length <= 200 && !/[.!?;:,]["”’)]?$/u.test(line);
}

interface FrontMatter {
  title?: string;
  source?: string;
  url?: string;
  date?: string;
  section?: string;
}

let parseYaml: typeof ParseYaml | undefined;

/**
 * The YAML parser, required on first use: a bot that starts from a snapshot parses no story, so
 * it does not hold `yaml`'s 69 modules (with prom-client's, 1.5 MB of heap; docs/operations.md).
 */
function yamlParser(): typeof ParseYaml {
  parseYaml ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;
  return parseYaml;
}

/** `---`, the front matter, `---`: one anchored lazy match, linear in the text it scans. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * A front-matter value as text: a string, number, boolean or date. A list or a mapping is not a
 * title or a source (it would show as "a,b" or "[object Object]", or throw for a `toString` key).
 */
function scalarText(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value).trim() || undefined;
  }
  return undefined;
}

/**
 * A `key: value` line whose value opens with a quoted word and goes on (`title: "Salt Year" wins
 * the Golden Heron`): how a page's headline that starts with a quoted name lands in front matter,
 * and not YAML (the quoted scalar ends at its closing quote).
 */
const QUOTED_HEAD_LINE = /^([A-Za-z_][\w-]*):[ \t]+((["'])[^\n]*)$/u;
const ONE_QUOTED_SCALAR = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*(?:#.*)?$/u;

/** The front matter with each such line's value read as plain text (single-quoted for YAML). */
function quoteQuotedHeads(yamlText: string): { text: string; keys: string[] } {
  const keys: string[] = [];
  const lines = yamlText.split('\n').map((line) => {
    const m = QUOTED_HEAD_LINE.exec(line);
    if (!m || ONE_QUOTED_SCALAR.test(m[2] ?? '')) return line;
    keys.push(m[1] ?? '');
    return `${m[1]}: '${(m[2] ?? '').trim().replaceAll("'", "''")}'`;
  });
  return { text: lines.join('\n'), keys };
}

/**
 * The front matter's YAML. When it does not parse only because a value opens with a quoted word
 * (see QUOTED_HEAD_LINE), that value is read as text, with a warning; anything else that is not
 * YAML throws, saying why.
 */
function parseFrontMatter(yamlText: string, warn: (message: string) => void): unknown {
  const fail = (error: unknown) =>
    new Error(`front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  try {
    return yamlParser()(yamlText);
  } catch (error) {
    const repaired = quoteQuotedHeads(yamlText);
    if (repaired.keys.length === 0) throw fail(error);
    try {
      const data = yamlParser()(repaired.text);
      for (const key of repaired.keys) warn(`${key} read as text: it opens with a quoted word, not YAML`);
      return data;
    } catch {
      throw fail(error);
    }
  }
}

function readFrontMatter(text: string, warn: (message: string) => void): { meta: FrontMatter; body: string } {
  // Front matter that does not close early is none: the YAML parser never sees megabytes.
  const head = text.slice(0, MAX_FRONT_MATTER_CHARS);
  const match = FRONT_MATTER.exec(head);
  if (!match) {
    // It does close, only later: that is front matter too long to read, not story text.
    if (text.length > head.length && FRONT_MATTER.test(text)) {
      throw new Error(`front matter is longer than ${MAX_FRONT_MATTER_CHARS / 1024} KB`);
    }
    return { meta: {}, body: text };
  }
  const data = parseFrontMatter(match[1] ?? '', warn);
  const meta: FrontMatter = {};
  if (data && typeof data === 'object') {
    for (const key of ['title', 'source', 'url', 'date', 'section'] as const) {
      const value = (data as Record<string, unknown>)[key];
      if (value === undefined || value === null) continue;
      const shown = scalarText(value);
      if (shown) meta[key] = shown;
      else if (typeof value === 'object') warn(`${key} ignored: a list or mapping, not text`);
    }
  }
  return { meta, body: text.slice(match[0].length) };
}

/** What a story's heading fields say, each within its bound; a cut or a dropped field is noted. */
function capHeadings(
  fields: { title?: string; section?: string; source?: string; url?: string; date?: string },
  warn: (message: string) => void,
): Pick<Story, 'section' | 'source' | 'url' | 'date'> & { title?: string } {
  const capped: Pick<Story, 'section' | 'source' | 'url' | 'date'> & { title?: string } = {};
  for (const key of ['title', 'section', 'source', 'date'] as const) {
    const value = fields[key];
    if (!value) continue;
    const max = key === 'title' ? MAX_TITLE_CHARS : MAX_META_CHARS;
    if (value.length > max) warn(`${key} cut to ${max} characters (it had ${value.length})`);
    capped[key] = capText(value, max);
  }
  if (fields.url && fields.url.length > MAX_URL_CHARS) {
    warn(`url dropped: longer than ${MAX_URL_CHARS} characters`);
  } else if (fields.url && !isWebLink(fields.url)) {
    warn('url dropped: not an http(s) link');
  } else if (fields.url) capped.url = fields.url;
  return capped;
}

/** Only a web page may be linked: never `javascript:`, `file:` or a Discord-internal scheme. */
function isWebLink(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Body paragraphs, each cut into pieces of at most MAX_PARAGRAPH_CHARS; a cut is noted. */
function boundedParagraphs(texts: readonly string[], warn: (message: string) => void): string[] {
  return texts.flatMap((text, i) => {
    const pieces = splitLongParagraph(text, MAX_PARAGRAPH_CHARS);
    if (pieces.length > 1) {
      warn(`paragraph ${i + 1} split into ${pieces.length} (longer than ${MAX_PARAGRAPH_CHARS} characters)`);
    }
    return pieces;
  });
}

/**
 * Parses one story file. Plain text: an optional short section line, the title, body paragraphs
 * separated by blank lines, and an optional last line `Source: NAME`. Markdown: optional front
 * matter (`title`, `source`, `url`, `date`), an optional `# Title`, then paragraphs.
 * Throws when the file holds no body paragraph.
 */
export function parseStory({ id, file, text }: StoryText): Story {
  const isMarkdown = /\.(md|markdown)$/i.test(file);
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const warnings: string[] = [];
  const warn = (message: string) => void warnings.push(message);
  const { meta, body } = readFrontMatter(normalized, warn);
  // A byline, time stamp or "Share this article" is the page's, not the story's (pageFurniture.ts).
  let blocks = dropFurniture(splitBlocks(body));
  let { title, source, section } = meta;

  const last = blocks.at(-1)?.trim().split('\n');
  const sourceMatch = last && SOURCE_LINE.exec(last.at(-1) ?? '');
  if (last && sourceMatch) {
    source ??= sourceMatch[1]?.trim();
    blocks = blocks.slice(0, -1);
    if (last.length > 1) blocks.push(last.slice(0, -1).join('\n'));
  }

  if (isMarkdown) {
    const heading = blocks[0] && /^#\s+(.+)$/.exec(blocks[0].trim());
    if (heading) {
      title ??= heading[1]?.trim();
      blocks = blocks.slice(1);
    }
    // Sub-headings are structure, not paragraphs.
    // A list's items are sentences of their own, read before their marks are stripped (textList.ts).
    blocks = dropFurniture(
      blocks
        .filter((block) => !isMarkdownStructure(block))
        .map((block) => stripMarkdown(readTextList(block))),
    );
  } else if (!title) {
    // "General" above "Title line" is a section; above "A body sentence." it is the title.
    if (blocks[0] && blocks[1] && looksLikeSection(blocks[0]) && looksLikeTitle(blocks[1])) {
      section ??= blocks[0].trim();
      blocks = blocks.slice(1);
    }
    // A first block longer than any title is a paragraph: nothing is lost, the title is derived.
    const first = blocks[0];
    if (first && first.length <= MAX_TITLE_CHARS && (blocks.length >= 2 || looksLikeTitle(first))) {
      title = healLineBreaks(first);
      blocks = blocks.slice(1);
    }
  }

  // A table of figures as text keeps each row's label with its figure (textTable.ts), a table of
  // bars each cell with its row and column (pipeTable.ts), a list's items their own sentences
  // (textList.ts).
  // Typeset hyphens and spaces are plain ones to every pattern after this (typography.ts).
  const healed = blocks
    .map((block) => plainTypography(healLineBreaks(readTextList(readTextTable(readPipeTable(block))))).trim())
    .filter((t) => t !== '');
  // The lede's wire dateline is the page's: its agency is the source when no other is given.
  if (healed[0] !== undefined) {
    const lede = dropDateline(healed[0]);
    healed[0] = lede.text;
    source ??= lede.agency;
  }
  const texts = boundedParagraphs(healed, warn);
  if (texts.length === 0) throw new Error('no body paragraphs');
  if (texts.length > MAX_PARAGRAPHS_PER_STORY) {
    throw new Error(
      `${texts.length} paragraphs, more than a story holds (${MAX_PARAGRAPHS_PER_STORY}): split it into stories`,
    );
  }
  const headings = capHeadings(
    // Never half an emoji: Discord refuses a message holding one, and every citation shows the title.
    {
      title: title ?? texts[0]!.slice(0, 80).replace(/[\uD800-\uDBFF]$/, ''),
      section,
      source,
      url: meta.url,
      date: meta.date,
    },
    warn,
  );

  return {
    id,
    file,
    title: headings.title!,
    ...(headings.section ? { section: headings.section } : {}),
    ...(headings.source ? { source: headings.source } : {}),
    ...(headings.url ? { url: headings.url } : {}),
    ...(headings.date ? { date: headings.date } : {}),
    paragraphs: texts.map((t, i) => ({ storyId: id, number: i + 1, text: t, sentences: splitSentences(t) })),
    ...(warnings.length ? { warnings } : {}),
  };
}
