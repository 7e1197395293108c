import { readdir, realpath } from 'node:fs/promises';
import { UserError } from '../errors.ts';
import { parseStory, storyIdFromFile } from './parseStory.ts';
import { MAX_STORY_BYTES } from './limits.ts';
import { readStoryFile, TOO_LARGE } from './readStoryFile.ts';
import type { SkippedFile, Story } from './types.ts';

export { MAX_STORY_BYTES } from './limits.ts';
/** Files read at once: enough to overlap their system calls, few enough to bound open handles and memory. */
const READ_CONCURRENCY = 8;
const STORY_FILE = /\.(txt|md|markdown)$/i;

export interface LoadedStories {
  stories: Story[];
  skipped: SkippedFile[];
  /** The raw bytes of every file read, in order, for a content hash. */
  files: { file: string; bytes: Buffer }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A UTF-16 file (what some Windows editors save): its byte-order mark (FF FE or FE FF), an even
 * length, and the NUL bytes of its ASCII letters. (Latin-1 text may start "ÿþ" too, but holds no NUL.)
 */
const isUtf16 = (bytes: Buffer): boolean =>
  bytes.length % 2 === 0 &&
  ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) &&
  bytes.includes(0);

/**
 * Skipped files named in the error when no story loads: enough to see what is wrong, while a
 * folder of 10,000 broken files still gives a message of a few lines (it was 300 KB, in one log line).
 */
const SKIPPED_NAMED_IN_ERROR = 10;

/** Why a file cannot be a story, or its text. */
export function decodeStoryFile(bytes: Buffer): { text: string } | { reason: string } {
  if (bytes.length > MAX_STORY_BYTES) return { reason: TOO_LARGE };
  if (isUtf16(bytes)) return { reason: 'UTF-16 text: save it as UTF-8' };
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

/**
 * Reads the bytes of every `.txt` / `.md` file of `dir`. Only regular files whose real path is
 * inside the folder are read: a link out of it, a directory, a FIFO or a device named like a
 * story is skipped with the reason (see `readStoryFile`). Throws a UserError naming a missing folder.
 */
export async function readStoryFiles(dir: string): Promise<StoryFiles> {
  let names: string[];
  let realDir: string;
  try {
    realDir = await realpath(dir);
    names = (await readdir(realDir)).filter((n) => STORY_FILE.test(n)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `knowledge folder not found: ${dir}`
        : `cannot read the knowledge folder ${dir} (${code ?? (error as Error).message})`,
    );
  }
  // A few files at a time: each read is several small system calls, so waiting on one at a time
  // was most of the cost of a folder of many small stories.
  const reads: Awaited<ReturnType<typeof readStoryFile>>[] = [];
  for (let i = 0; i < names.length; i += READ_CONCURRENCY) {
    const batch = names.slice(i, i + READ_CONCURRENCY);
    reads.push(...(await Promise.all(batch.map((name) => readStoryFile(realDir, name)))));
  }
  const files: StoryFiles['files'] = [];
  const skipped: SkippedFile[] = [];
  names.forEach((name, i) => {
    const read = reads[i]!;
    if ('reason' in read) skipped.push({ file: name, reason: read.reason });
    else files.push({ file: name, bytes: read.bytes });
  });
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
    // A file name is data: quoted, so a newline or a quote in it cannot pass for the message's own text.
    const named = skipped.slice(0, SKIPPED_NAMED_IN_ERROR);
    const more = skipped.length - named.length;
    const why = skipped.length
      ? ` (skipped: ${named.map((s) => `${JSON.stringify(s.file)}: ${s.reason}`).join('; ')}${more ? `; and ${more} more` : ''})`
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
