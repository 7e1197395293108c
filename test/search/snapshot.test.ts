import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion, loadKnowledgeBase } from '../../src/qa/index.ts';
import { snapshotPath } from '../../src/search/snapshot.ts';
import { makeFolder, PAYLOAD_DIGEST, type SnapshotHeader } from '../../src/search/snapshotFile.ts';
import { SCHOOL_STORY } from '../support/stories.ts';

/** A pid no process has: above the kernel's pid_max. */
const deadPid = () => 4_194_304 + 17;

const digestOf = (b: Buffer) => createHash(PAYLOAD_DIGEST).update(b).digest('hex');
const headerEnd = (b: Buffer) => b.indexOf(10);
const headerOf = (b: Buffer) => JSON.parse(b.toString('utf8', 0, headerEnd(b))) as SnapshotHeader;
const payloadOf = (b: Buffer) => b.subarray(headerEnd(b) + 1);
const editHeader = (b: Buffer, edit: (h: SnapshotHeader) => SnapshotHeader) =>
  Buffer.concat([Buffer.from(JSON.stringify(edit(headerOf(b))) + '\n'), payloadOf(b)]);
function editPayload(b: Buffer, from: string, to: string): Buffer {
  const payload = Buffer.from(payloadOf(b));
  const at = payload.indexOf(from);
  payload.write(to, at);
  return Buffer.concat([b.subarray(0, headerEnd(b) + 1), payload]);
}

const root = path.resolve(import.meta.dirname, '../..');
let work: string;
let knowledge: string;
let snapshots: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'lede-snapshot-'));
  knowledge = path.join(work, 'knowledge');
  snapshots = path.join(work, 'snapshots');
  await cp(path.join(root, 'knowledge'), knowledge, { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('index snapshot', () => {
  it('GIVEN an unchanged knowledge folder WHEN loaded twice THEN the second load comes from the snapshot and answers the same', async () => {
    const built = await loadKnowledgeBase(knowledge, { snapshotDir: snapshots });
    expect(await readdir(snapshots)).toHaveLength(1);
    const restored = await loadKnowledgeBase(knowledge, { snapshotDir: snapshots });
    expect(restored).not.toBe(built);
    expect(restored.hash).toBe(built.hash);
    const question = 'Who said "freedom is never given for free"?';
    expect(answerQuestion(restored, question)).toEqual(answerQuestion(built, question));
    expect(answerQuestion(restored, 'What does UNSC stand for?').answer).toBe('U.N. Security Council');
  });

  it('GIVEN a snapshot WHEN a story is added THEN the folder is read again, the snapshot replaced and the reason told', async () => {
    const reasons: string[] = [];
    const onRebuild = (reason: string) => reasons.push(reason);
    const before = await loadKnowledgeBase(knowledge, { snapshotDir: snapshots, onRebuild });
    await writeFile(path.join(knowledge, 'school.txt'), SCHOOL_STORY);
    const after = await loadKnowledgeBase(knowledge, { snapshotDir: snapshots, onRebuild });
    expect(after.hash).not.toBe(before.hash);
    expect(after.stories).toHaveLength(2);
    expect(headerOf(await readFile(snapshotPath(snapshots, knowledge))).hash).toBe(after.hash);
    expect(reasons).toEqual(['no snapshot yet', 'different knowledge']);
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length / 2), 'hash mismatch'],
    ['a foreign file', () => Buffer.from(JSON.stringify({ hello: 'world' })), 'corrupt'],
    [
      'an old JSON snapshot',
      () => Buffer.from(JSON.stringify({ format: 'lede-snapshot', stories: [] })),
      'older format',
    ],
    ['edited text with its header intact', (b: Buffer) => editPayload(b, 'IP4', 'XP4'), 'hash mismatch'],
    ['made by other code', (b: Buffer) => editHeader(b, (h) => ({ ...h, code: 'other' })), 'stale code'],
    [
      'of another format version',
      (b: Buffer) => editHeader(b, (h) => ({ ...h, version: h.version - 1 })),
      'older format',
    ],
    [
      'sections that do not fit together, hash recomputed',
      (b: Buffer) => {
        const edited = editHeader(b, (h) => ({ ...h, sections: [...h.sections].reverse() }));
        return editHeader(edited, (h) => ({ ...h, digest: digestOf(payloadOf(edited)) }));
      },
      'corrupt',
    ],
  ])(
    'GIVEN a snapshot (%s) WHEN loaded THEN it is rebuilt, never trusted, and the reason is told',
    async (_name, corrupt, reason) => {
      await loadKnowledgeBase(knowledge, { snapshotDir: snapshots });
      const file = snapshotPath(snapshots, knowledge);
      const original = await readFile(file);
      const corrupted = corrupt(original);
      expect(corrupted.equals(original)).toBe(false);
      await writeFile(file, corrupted);
      const reasons: string[] = [];
      const kb = await loadKnowledgeBase(knowledge, {
        snapshotDir: snapshots,
        onRebuild: (r) => reasons.push(r),
      });
      expect(reasons).toEqual([reason]);
      expect(answerQuestion(kb, 'What does IP4 mean?').citations[0]?.paragraph).toBe(11);
      // Rebuilt and saved again: the corrupt file is gone.
      expect((await readFile(file)).equals(original)).toBe(true);
    },
  );

  it('GIVEN a temp file of a killed writer WHEN a snapshot is saved THEN it is removed, a live writer’s is kept', async () => {
    await loadKnowledgeBase(knowledge, { snapshotDir: snapshots });
    const file = snapshotPath(snapshots, knowledge);
    const dead = `${file}.${deadPid()}.0badc0de.tmp`;
    const live = `${file}.${process.pid}.1234abcd.tmp`;
    await writeFile(dead, 'half a snapshot');
    await writeFile(live, 'being written');
    await writeFile(path.join(knowledge, 'school.txt'), SCHOOL_STORY);
    await loadKnowledgeBase(knowledge, { snapshotDir: snapshots });
    const names = await readdir(snapshots);
    expect(names).not.toContain(path.basename(dead));
    expect(names).toContain(path.basename(live));
  });

  it('GIVEN a snapshot folder that cannot be written WHEN loading THEN the knowledge still loads', async () => {
    const blocker = path.join(work, 'not-a-folder');
    await writeFile(blocker, 'a file where the snapshot folder should be');
    const kb = await loadKnowledgeBase(knowledge, { snapshotDir: blocker });
    expect(kb.stories).toHaveLength(1);
  });

  it.skipIf(process.platform !== 'linux')(
    'GIVEN SNAPSHOT_DIR inside /proc (mkdir there says ENOENT) WHEN loading THEN the knowledge loads, without a snapshot, instead of hanging',
    async () => {
      const kb = await loadKnowledgeBase(knowledge, { snapshotDir: '/proc/lede-snapshots/deeper' });
      expect(kb.stories).toHaveLength(1);
    },
    10_000,
  );

  it('GIVEN a folder some levels deep WHEN made THEN every level is made, and making it again is no error', async () => {
    const deep = path.join(work, 'a', 'b', 'c');
    await makeFolder(deep);
    await makeFolder(deep);
    expect(await readdir(path.join(work, 'a', 'b'))).toEqual(['c']);
  });
});
