import { parse as parseYaml } from 'yaml';
import { healLineBreaks } from './healLineBreaks.ts';
import { splitSentences } from './splitSentences.ts';
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

/** A short line with no sentence punctuation, such as "General" or "World News". */
function looksLikeSection(block: string): boolean {
  const line = block.trim();
  return (
    !line.includes('\n') && line.length <= 40 && line.split(/\s+/).length <= 4 && !/[.!?:,"“”]/.test(line)
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

function readFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { meta: {}, body: text };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new Error(`front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const meta: FrontMatter = {};
  if (data && typeof data === 'object') {
    for (const key of ['title', 'source', 'url', 'date', 'section'] as const) {
      const value = (data as Record<string, unknown>)[key];
      if (value instanceof Date) meta[key] = value.toISOString().slice(0, 10);
      else if (value !== undefined && value !== null && String(value).trim())
        meta[key] = String(value).trim();
    }
  }
  return { meta, body: text.slice(match[0].length) };
}

/** Strips inline Markdown (emphasis, links, code) so that the text reads as plain prose. */
function stripMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '');
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
  const { meta, body } = readFrontMatter(normalized);
  let blocks = splitBlocks(body);
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
    blocks = blocks.filter((block) => !/^#{1,6}\s/.test(block.trim())).map(stripMarkdown);
  } else if (!title) {
    // "General" above "Title line" is a section; above "A body sentence." it is the title.
    if (blocks[0] && blocks[1] && looksLikeSection(blocks[0]) && looksLikeTitle(blocks[1])) {
      section ??= blocks[0].trim();
      blocks = blocks.slice(1);
    }
    if (blocks[0] && (blocks.length >= 2 || looksLikeTitle(blocks[0]))) {
      title = healLineBreaks(blocks[0]);
      blocks = blocks.slice(1);
    }
  }

  const texts = blocks.map((block) => healLineBreaks(block)).filter((t) => t !== '');
  if (texts.length === 0) throw new Error('no body paragraphs');

  return {
    id,
    file,
    title: title ?? texts[0]!.slice(0, 80),
    ...(section ? { section } : {}),
    ...(source ? { source } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    paragraphs: texts.map((t, i) => ({ storyId: id, number: i + 1, text: t, sentences: splitSentences(t) })),
  };
}
