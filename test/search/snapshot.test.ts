import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion, loadKnowledgeBase } from '../../src/qa/index.ts';
import { snapshotPath } from '../../src/search/snapshot.ts';
import { SCHOOL_STORY } from '../support/stories.ts';

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

  it('GIVEN a snapshot WHEN a story is added THEN the folder is read again and the snapshot replaced', async () => {
    const before = await loadKnowledgeBase(knowledge, { snapshotDir: snapshots });
    await writeFile(path.join(knowledge, 'school.txt'), SCHOOL_STORY);
    const after = await loadKnowledgeBase(knowledge, { snapshotDir: snapshots });
    expect(after.hash).not.toBe(before.hash);
    expect(after.stories).toHaveLength(2);
    const saved = JSON.parse(await readFile(snapshotPath(snapshots, knowledge), 'utf8')) as { hash: string };
    expect(saved.hash).toBe(after.hash);
  });

  it.each([
    ['truncated JSON', (s: string) => s.slice(0, s.length / 2)],
    ['a foreign file', () => JSON.stringify({ hello: 'world' })],
    [
      'an index that does not match its paragraphs',
      (s: string) => s.replace(/"documentCount":\d+/, '"documentCount":999'),
    ],
  ])(
    'GIVEN a corrupt snapshot (%s) WHEN loaded THEN it is rebuilt, never trusted',
    async (_name, corrupt) => {
      await loadKnowledgeBase(knowledge, { snapshotDir: snapshots });
      const file = snapshotPath(snapshots, knowledge);
      const original = await readFile(file, 'utf8');
      const corrupted = corrupt(original);
      expect(corrupted).not.toBe(original);
      await writeFile(file, corrupted);
      const kb = await loadKnowledgeBase(knowledge, { snapshotDir: snapshots });
      expect(answerQuestion(kb, 'What does IP4 mean?').citations[0]?.paragraph).toBe(11);
      // Rebuilt and saved again: the corrupt file is gone.
      expect(await readFile(file, 'utf8')).toBe(original);
    },
  );

  it('GIVEN a snapshot folder that cannot be written WHEN loading THEN the knowledge still loads', async () => {
    const blocker = path.join(work, 'not-a-folder');
    await writeFile(blocker, 'a file where the snapshot folder should be');
    const kb = await loadKnowledgeBase(knowledge, { snapshotDir: blocker });
    expect(kb.stories).toHaveLength(1);
  });
});
