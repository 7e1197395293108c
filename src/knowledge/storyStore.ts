/**
 * Writes and removes story files in the knowledge folder, and nowhere else: names are checked
 * (no path separators, no dot files, a story extension), writes are atomic (a temporary file
 * renamed into place), and a file is never overwritten unless asked.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.ts';

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*\.(?:txt|md|markdown)$/;

/** The full path of `fileName` in `dir`; throws unless it is a plain story file name inside it. */
export function storyPath(dir: string, fileName: string): string {
  if (!SAFE_NAME.test(fileName)) throw new UserError(`"${fileName}" is not a safe story file name.`);
  const root = path.resolve(dir);
  const full = path.resolve(root, fileName);
  if (path.dirname(full) !== root) throw new UserError(`"${fileName}" is not a safe story file name.`);
  return full;
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Stores `bytes` as `fileName` in `dir`, atomically. Without `replace`, an existing file is left
 * alone and this throws a UserError. Returns the bytes it replaced, to put them back if need be.
 */
export async function writeStoryFile(
  dir: string,
  fileName: string,
  bytes: Buffer,
  { replace = false } = {},
): Promise<{ previous: Buffer | undefined }> {
  const target = storyPath(dir, fileName);
  // A dot file with another extension: the loader never reads it, even if it is left behind.
  const temp = path.join(path.dirname(target), `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
  const previous = await readIfExists(target);
  if (previous && !replace) {
    throw new UserError(`A story file named “${fileName}” exists already; add replace: True to replace it.`);
  }
  await writeFile(temp, bytes, { flag: 'wx' });
  try {
    if (replace) await rename(temp, target);
    else await link(temp, target); // fails if the name was taken meanwhile: never overwrites
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(
        `A story file named “${fileName}” exists already; add replace: True to replace it.`,
      );
    }
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  return { previous };
}

/** Removes `fileName` from `dir`; returns its bytes, to put it back if need be. */
export async function removeStoryFile(dir: string, fileName: string): Promise<Buffer> {
  const target = storyPath(dir, fileName);
  const bytes = await readIfExists(target);
  if (!bytes) throw new UserError(`There is no story file “${fileName}” any more.`);
  await unlink(target);
  return bytes;
}

/** Puts a file back as it was before a change that could not be served (undefined: it did not exist). */
export async function restoreStoryFile(
  dir: string,
  fileName: string,
  bytes: Buffer | undefined,
): Promise<void> {
  const target = storyPath(dir, fileName);
  if (bytes === undefined) await unlink(target).catch(() => undefined);
  else await writeStoryFile(dir, fileName, bytes, { replace: true });
}
