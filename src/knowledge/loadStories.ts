import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { parseStory, storyIdFromFile } from './parseStory.ts';
import type { SkippedFile, Story } from './types.ts';

/** A story file larger than this is skipped. */
export const MAX_STORY_BYTES = 5 * 1024 * 1024;
const STORY_FILE = /\.(txt|md|markdown)$/i;

export interface LoadedStories {
  stories: Story[];
  skipped: SkippedFile[];
  /** The raw bytes of every file read, in order, for a content hash. */
  files: { file: string; bytes: Buffer }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why a file cannot be a story, or its text. */
export function decodeStoryFile(bytes: Buffer): { text: string } | { reason: string } {
  if (bytes.length > MAX_STORY_BYTES) return { reason: `larger than ${MAX_STORY_BYTES / 1024 / 1024} MB` };
  if (bytes.includes(0)) return { reason: 'binary file (NUL bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: 'not UTF-8 text' };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { reason: 'empty file' };
  return { text };
}

export interface StoryFiles {
  /** The story files read, in file-name order, with their bytes. */
  files: { file: string; bytes: Buffer }[];
  /** Files not read at all (too large, unreadable). */
  skipped: SkippedFile[];
}

/** Reads the bytes of every `.txt` / `.md` file of `dir`. Throws a UserError naming a missing folder. */
export async function readStoryFiles(dir: string): Promise<StoryFiles> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => STORY_FILE.test(n)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `knowledge folder not found: ${dir}`
        : `cannot read the knowledge folder ${dir} (${code ?? (error as Error).message})`,
    );
  }
  const files: StoryFiles['files'] = [];
  const skipped: SkippedFile[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    try {
      const info = await stat(full);
      if (!info.isFile()) continue;
      if (info.size > MAX_STORY_BYTES) {
        skipped.push({ file: name, reason: `larger than ${MAX_STORY_BYTES / 1024 / 1024} MB` });
        continue;
      }
      files.push({ file: name, bytes: await readFile(full) });
    } catch (error) {
      skipped.push({
        file: name,
        reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      });
    }
  }
  return { files, skipped };
}

/**
 * Parses story files read by `readStoryFiles`. A file that cannot be a story is skipped with its
 * reason; the others still load. Throws a UserError naming the folder when no story loads.
 */
export function parseStoryFiles(dir: string, { files, skipped: unread }: StoryFiles): LoadedStories {
  const stories: Story[] = [];
  const skipped: SkippedFile[] = [...unread];
  const ids = new Set<string>();
  for (const { file: name, bytes } of files) {
    const decoded = decodeStoryFile(bytes);
    if ('reason' in decoded) {
      skipped.push({ file: name, reason: decoded.reason });
      continue;
    }
    try {
      let id = storyIdFromFile(name);
      for (let n = 2; ids.has(id); n++) id = `${storyIdFromFile(name)}-${n}`;
      stories.push(parseStory({ id, file: name, text: decoded.text }));
      ids.add(id);
    } catch (error) {
      skipped.push({ file: name, reason: (error as Error).message });
    }
  }
  if (stories.length === 0) {
    const why = skipped.length
      ? ` (skipped: ${skipped.map((s) => `${s.file}: ${s.reason}`).join('; ')})`
      : '';
    throw new UserError(`no story to load in ${dir}: add .txt or .md files${why}`);
  }
  skipped.sort((x, y) => x.file.localeCompare(y.file));
  return { stories, skipped, files };
}

/**
 * Reads every `.txt` / `.md` file of `dir` as one story, in file-name order. A file that cannot
 * be a story is skipped with its reason; the others still load. Throws a UserError naming the
 * folder when it is missing or no story loads.
 */
export async function loadStories(dir: string): Promise<LoadedStories> {
  return parseStoryFiles(dir, await readStoryFiles(dir));
}
