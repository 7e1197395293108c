import { constants, type Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_STORY_BYTES } from './limits.ts';

export const TOO_LARGE = `larger than ${MAX_STORY_BYTES / 1024 / 1024} MB`;

/** What a non-regular file is, for the reason it is skipped. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Whether `file` (a real path) lies inside the folder `realDir` (a real path too). */
export function isInside(realDir: string, file: string): boolean {
  const relative = path.relative(realDir, file);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return relative !== '' && !outside;
}

const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Where `name` of the folder really is, and that it is a regular file inside the folder (a link
 * may point elsewhere in it, never out of it): its real path, or why it is not a story file.
 */
async function resolveInside(realDir: string, name: string): Promise<{ real: string } | { reason: string }> {
  let real: string;
  try {
    real = await realpath(path.join(realDir, name));
  } catch (error) {
    const code = errorCode(error);
    return { reason: code === 'ENOENT' ? 'a link to a missing file' : `cannot read (${code})` };
  }
  // The reason never says where an outside link points: that path is none of a reader's business.
  if (!isInside(realDir, real)) return { reason: 'a link to a file outside the knowledge folder' };
  return { real };
}

/**
 * Reads one file of the knowledge folder `realDir` (a real path), or says why it is not read: only
 * a regular file whose real path is inside the folder is. The type is checked before opening (a
 * device is never opened) and again on the opened handle, which must be the very file checked
 * (same device and inode), so a file swapped in between is refused. Opened non-blocking: a FIFO
 * put in place at the last moment cannot hang the load. At most MAX_STORY_BYTES + 1 are read.
 */
export async function readStoryFile(
  realDir: string,
  name: string,
): Promise<{ bytes: Buffer } | { reason: string }> {
  const resolved = await resolveInside(realDir, name);
  if ('reason' in resolved) return resolved;
  let checked: Stats;
  try {
    checked = await stat(resolved.real);
  } catch (error) {
    return { reason: `cannot read (${errorCode(error)})` };
  }
  if (!checked.isFile()) return { reason: `${kindOf(checked)}, not a file` };
  if (checked.size > MAX_STORY_BYTES) return { reason: TOO_LARGE };

  let handle;
  try {
    handle = await open(resolved.real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return { reason: `cannot read (${errorCode(error)})` };
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return { reason: `${kindOf(opened)}, not a file` };
    if (opened.dev !== checked.dev || opened.ino !== checked.ino) {
      return { reason: 'the file changed while it was read' };
    }
    // Where the opened handle really is (Linux names it in /proc); elsewhere the check above stands.
    const openedAt = await realpath(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
    if (openedAt !== undefined && !isInside(realDir, openedAt)) {
      return { reason: 'a link to a file outside the knowledge folder' };
    }
    return await readAtMost(handle, MAX_STORY_BYTES);
  } catch (error) {
    return { reason: `cannot read (${errorCode(error)})` };
  } finally {
    await handle.close();
  }
}

/** The bytes of an opened file, or TOO_LARGE when it holds more than `limit` (it may have grown). */
async function readAtMost(
  handle: Awaited<ReturnType<typeof open>>,
  limit: number,
): Promise<{ bytes: Buffer } | { reason: string }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limit) return { reason: TOO_LARGE };
  }
  return { bytes: Buffer.concat(chunks, total) };
}
