import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  removeStoryFile,
  restoreStoryFile,
  storyPath,
  writeStoryFile,
} from '../../src/knowledge/storyStore.ts';

describe('story files written from outside (/story add, /story remove)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lede-store-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN names with a path, a dot file or another type THEN each is refused before touching the disk', () => {
    for (const bad of ['../escape.txt', 'sub/story.txt', '.hidden.txt', 'story.exe', 'Story.TXT', '..', '']) {
      expect(() => storyPath(dir, bad), bad).toThrow('is not a safe story file name');
    }
    expect(storyPath(dir, 'harbor-expansion.md')).toBe(path.join(dir, 'harbor-expansion.md'));
  });

  it('GIVEN a new story THEN it is written whole, and no temporary file is left behind', async () => {
    await writeStoryFile(dir, 'a.txt', Buffer.from('Title\n\nBody.'));
    expect(await readdir(dir)).toEqual(['a.txt']);
    expect(await readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('Title\n\nBody.');
  });

  it('GIVEN an existing file THEN it is not overwritten unless asked, and a replace returns the old bytes to restore', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'old');
    await expect(writeStoryFile(dir, 'a.txt', Buffer.from('new'))).rejects.toThrow('exists already');
    expect(await readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('old');
    const { previous } = await writeStoryFile(dir, 'a.txt', Buffer.from('new'), { replace: true });
    expect(previous?.toString()).toBe('old');
    await restoreStoryFile(dir, 'a.txt', previous);
    expect(await readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('GIVEN a removal THEN the file is gone and its bytes come back to restore it', async () => {
    await writeFile(path.join(dir, 'b.md'), 'story');
    const bytes = await removeStoryFile(dir, 'b.md');
    expect(await readdir(dir)).toEqual([]);
    await restoreStoryFile(dir, 'b.md', bytes);
    expect(await readFile(path.join(dir, 'b.md'), 'utf8')).toBe('story');
    await expect(removeStoryFile(dir, 'c.md')).rejects.toThrow('There is no story file');
  });
});
