import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * The container of a snapshot: one JSON header line, then named sections of bytes (JSON text,
 * UTF-8 text or typed arrays). No part is one giant JSON string: at 300k paragraphs a single
 * `JSON.stringify` of the knowledge base came to 420 MB and ran node out of its default heap.
 * The header carries a SHA-256 digest of everything after it, checked before anything is parsed
 * (with the SHA extensions of current x86 and ARM CPUs, which OpenSSL uses, SHA-256 hashes the
 * 88 MB snapshot of 100k paragraphs in 57 ms of CPU here, SHA-512/256 in 153 ms).
 */
export interface SnapshotHeader {
  format: 'lede-snapshot';
  version: number;
  /** Hash of the code that derived the payload. */
  code: string;
  /** Content hash of the knowledge files. */
  hash: string;
  sections: { name: string; bytes: number }[];
  /** `PAYLOAD_DIGEST` (hex) of the payload: every section, in order. */
  digest: string;
}

export type Section = Buffer | Uint8Array | Uint16Array | Uint32Array;

/** Why a snapshot was not used and the knowledge base was built instead. */
export type RebuildReason =
  'no snapshot yet' | 'stale code' | 'older format' | 'different knowledge' | 'corrupt' | 'hash mismatch';

export const SNAPSHOT_FORMAT = 'lede-snapshot';
export const SNAPSHOT_VERSION = 5;

/** The hash of a snapshot's payload. */
export const PAYLOAD_DIGEST = 'sha256';

/** A `.tmp` of a writer whose process is gone, or older than this, is left over: removed. */
const STALE_TEMP_MS = 10 * 60 * 1000;

const bytesOf = (s: Section): Buffer => Buffer.from(s.buffer, s.byteOffset, s.byteLength);

/**
 * `mkdir -p dir`, one level at a time: Node 20's `mkdir(dir, { recursive: true })` never returns
 * (it spins, using a core) where mkdir answers ENOENT under a folder that exists, as in /proc: a
 * SNAPSHOT_DIR there hung `npm start` and `npm run ask` before their first answer.
 */
export async function makeFolder(dir: string): Promise<void> {
  const made = () =>
    mkdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  try {
    await made();
  } catch (error) {
    const parent = path.dirname(dir);
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === dir) throw error;
    await makeFolder(parent);
    await made();
  }
}

/**
 * Writes the sections to `file`, aside then renamed, so that a reader never sees half a file;
 * the temp name holds the pid and a random part (a worker thread shares its process's pid).
 */
export async function writeSnapshotFile(
  file: string,
  meta: Pick<SnapshotHeader, 'code' | 'hash'>,
  sections: readonly [string, Section][],
): Promise<void> {
  const digest = createHash(PAYLOAD_DIGEST);
  for (const [, s] of sections) digest.update(bytesOf(s));
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    ...meta,
    sections: sections.map(([name, s]) => ({ name, bytes: s.byteLength })),
    digest: digest.digest('hex'),
  };
  await makeFolder(path.dirname(file));
  await removeStaleTemps(file);
  const temp = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.write(`${JSON.stringify(header)}\n`);
    for (const [, s] of sections) await handle.write(bytesOf(s));
  } finally {
    await handle.close();
  }
  await rename(temp, file).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
}

/** Removes temp files of `file` left by a writer that was killed (its process is gone, or long ago). */
export async function removeStaleTemps(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const m = name.startsWith(`${base}.`) && /\.(\d+)(?:\.[\w-]+)?\.tmp$/.exec(name);
    if (!m) continue;
    const full = path.join(dir, name);
    const age = Date.now() - ((await stat(full).catch(() => undefined))?.mtimeMs ?? 0);
    if (isAlive(Number(m[1])) && age < STALE_TEMP_MS) continue;
    await rm(full, { force: true });
    removed.push(name);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type ReadResult =
  { ok: true; header: SnapshotHeader; sections: Map<string, Buffer> } | { ok: false; reason: RebuildReason };

/** The header line is read in pieces of this size until its newline turns up. */
const HEADER_CHUNK = 64 * 1024;

/**
 * Reads a snapshot and checks it in order: present, well-formed header, same code, same knowledge,
 * payload digest. Each section is read into a buffer of its own (outside the JS heap), so that a
 * typed array can view it without a copy (copying the index's arrays out of one file buffer was a
 * fifth of loading at 100k paragraphs); nothing is parsed before the digest is checked.
 */
export async function readSnapshotFile(
  file: string,
  code: () => Promise<string>,
  hash: string,
): Promise<ReadResult> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return { ok: false, reason: 'no snapshot yet' };
  }
  try {
    return await readSections(handle, code, hash);
  } finally {
    await handle.close();
  }
}

async function readSections(
  handle: FileHandle,
  code: () => Promise<string>,
  hash: string,
): Promise<ReadResult> {
  const { size } = await handle.stat();
  const head = await readHeaderLine(handle, size);
  let header: SnapshotHeader;
  try {
    header = JSON.parse(head.text) as SnapshotHeader;
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (header?.format !== SNAPSHOT_FORMAT) return { ok: false, reason: 'corrupt' };
  // A snapshot of another version of lede (after an upgrade) is expected, not damage.
  if (header.version !== SNAPSHOT_VERSION) return { ok: false, reason: 'older format' };
  if (!Array.isArray(header.sections)) return { ok: false, reason: 'corrupt' };
  if (header.code !== (await code())) return { ok: false, reason: 'stale code' };
  if (header.hash !== hash) return { ok: false, reason: 'different knowledge' };
  if (!header.sections.every(({ bytes: n }) => Number.isInteger(n) && n >= 0))
    return { ok: false, reason: 'corrupt' };
  // A file shorter or longer than its sections does not hold the payload its digest names.
  const payloadBytes = header.sections.reduce((total, s) => total + s.bytes, 0);
  if (head.payloadStart + payloadBytes !== size) return { ok: false, reason: 'hash mismatch' };
  const digest = createHash(PAYLOAD_DIGEST);
  const sections = new Map<string, Buffer>();
  let at = head.payloadStart;
  for (const { name, bytes: n } of header.sections) {
    const section = Buffer.allocUnsafeSlow(n);
    if ((await readFully(handle, section, at)) !== n) return { ok: false, reason: 'hash mismatch' };
    digest.update(section);
    sections.set(name, section);
    at += n;
  }
  if (digest.digest('hex') !== header.digest) return { ok: false, reason: 'hash mismatch' };
  return { ok: true, header, sections };
}

/** The first line of the file (the header) and where the payload after it starts. */
async function readHeaderLine(
  handle: FileHandle,
  size: number,
): Promise<{ text: string; payloadStart: number }> {
  const chunks: Buffer[] = [];
  let at = 0;
  while (at < size) {
    const chunk = Buffer.alloc(Math.min(HEADER_CHUNK, size - at));
    const read = await readFully(handle, chunk, at);
    const newline = chunk.subarray(0, read).indexOf(10);
    if (newline >= 0) {
      chunks.push(chunk.subarray(0, newline));
      return { text: Buffer.concat(chunks).toString('utf8'), payloadStart: at + newline + 1 };
    }
    chunks.push(chunk.subarray(0, read));
    if (read === 0) break;
    at += read;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), payloadStart: size };
}

/** Reads `target.length` bytes at `position` (fewer at the end of the file); returns how many. */
async function readFully(handle: FileHandle, target: Buffer, position: number): Promise<number> {
  let filled = 0;
  while (filled < target.length) {
    const { bytesRead } = await handle.read(target, filled, target.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/**
 * A section as a typed array: a view of the section's own buffer when it is aligned (as
 * `readSnapshotFile` reads it), a copy otherwise.
 */
export function u32(section: Buffer | undefined): Uint32Array {
  if (!section || section.byteLength % 4 !== 0)
    throw new Error('lede: snapshot section is not a Uint32Array');
  if (section.byteOffset % 4 === 0)
    return new Uint32Array(section.buffer, section.byteOffset, section.byteLength / 4);
  const out = new Uint32Array(section.byteLength / 4);
  new Uint8Array(out.buffer).set(section);
  return out;
}

export function u16(section: Buffer | undefined): Uint16Array {
  if (!section || section.byteLength % 2 !== 0)
    throw new Error('lede: snapshot section is not a Uint16Array');
  if (section.byteOffset % 2 === 0)
    return new Uint16Array(section.buffer, section.byteOffset, section.byteLength / 2);
  const out = new Uint16Array(section.byteLength / 2);
  new Uint8Array(out.buffer).set(section);
  return out;
}

export function json<T>(section: Buffer | undefined): T {
  if (!section) throw new Error('lede: snapshot section missing');
  return JSON.parse(section.toString('utf8')) as T;
}

export const jsonSection = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');
