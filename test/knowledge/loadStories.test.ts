import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isUserError, UserError } from '../../src/errors.ts';
import { decodeStoryFile, loadStories, MAX_STORY_BYTES } from '../../src/knowledge/loadStories.ts';

const story = (title: string, body = 'The first paragraph says something.') =>
  `World\n\n${title}\n\n\n${body}\n\nA second paragraph follows.\n\nSource: Test Wire\n`;

const tempDirs: string[] = [];
async function folderWith(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lede-load-'));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

/** The UserError `promise` rejects with (fails the test if it resolves or rejects with anything else). */
async function userErrorOf(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect(isUserError(error)).toBe(true);
  return error as UserError;
}

afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loadStories', () => {
  it('GIVEN one good story among bad files WHEN loaded THEN the story loads and each bad file is skipped with its name and why', async () => {
    const dir = await folderWith({
      'good.txt': story('A good story about the harbor'),
      'empty.txt': '',
      'blank.md': '  \n\t\n  \n',
      'latin1.txt': Buffer.from([0xff, 0xfe, 0x41]),
      'binary.txt': Buffer.from([0x41, 0x42, 0x00, 0x43, 0x00, 0x0a]),
      'huge.txt': 'a'.repeat(MAX_STORY_BYTES + 1),
      'data.json': '{"title": "not a story"}',
    });
    await mkdir(path.join(dir, 'x.txt'));

    const { stories, skipped } = await loadStories(dir);

    expect(stories.map((s) => s.file)).toEqual(['good.txt']);
    expect(stories[0]!.title).toBe('A good story about the harbor');
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      'binary.txt',
      'blank.md',
      'empty.txt',
      'huge.txt',
      'latin1.txt',
      'x.txt',
    ]);
    expect(reasons['empty.txt']).toMatch(/empty/i);
    expect(reasons['blank.md']).toMatch(/empty/i);
    expect(reasons['latin1.txt']).toMatch(/not UTF-8/i);
    expect(reasons['binary.txt']).toMatch(/binary/i);
    expect(reasons['huge.txt']).toMatch(/larger than 5 MB/i);
    expect(reasons['x.txt']).toBe('a directory, not a file');
    // The .json file is not a story file at all: neither loaded nor skipped.
    const mentioned = [...stories.map((s) => s.file), ...skipped.map((s) => s.file)];
    expect(mentioned).not.toContain('data.json');
  });

  it('GIVEN a file of exactly 5 MB WHEN decoded THEN it is text; one byte more THEN it is too large', () => {
    const atLimit = decodeStoryFile(Buffer.alloc(MAX_STORY_BYTES, 'a'));
    const overLimit = decodeStoryFile(Buffer.alloc(MAX_STORY_BYTES + 1, 'a'));

    expect('text' in atLimit && atLimit.text.length).toBe(MAX_STORY_BYTES);
    expect(overLimit).toEqual({ reason: expect.stringMatching(/larger than 5 MB/i) });
  });

  it('GIVEN a folder with only bad files WHEN loaded THEN it rejects with a UserError naming the folder', async () => {
    const dir = await folderWith({
      'empty.txt': '',
      'binary.md': Buffer.from([0x00, 0x01, 0x02]),
    });

    const error = await userErrorOf(loadStories(dir));

    expect(error.message).toContain(dir);
    expect(error.message).toContain('empty.txt');
  });

  it('GIVEN a folder of 500 files none of which is a story WHEN loaded THEN the error names the first 10 and counts the rest', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`s${String(i).padStart(3, '0')}.txt`, '']),
    );
    const dir = await folderWith(files);

    const error = await userErrorOf(loadStories(dir));

    expect(error.message).toContain('"s009.txt": empty file');
    expect(error.message).not.toContain('s010.txt');
    expect(error.message).toMatch(/; and 490 more\)$/);
    expect(error.message.length).toBeLessThan(600 + dir.length);
  });

  it('GIVEN a story saved as UTF-16 (with its byte-order mark) WHEN loaded THEN it is skipped saying to save it as UTF-8', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(story('Saved by Notepad'), 'utf16le'),
    ]);
    const dir = await folderWith({ 'good.txt': story('A good story'), 'notepad.txt': utf16 });

    const { skipped } = await loadStories(dir);

    expect(skipped).toEqual([{ file: 'notepad.txt', reason: 'UTF-16 text: save it as UTF-8' }]);
  });

  it('GIVEN a missing folder WHEN loaded THEN it rejects with a UserError naming it', async () => {
    const parent = await folderWith({});
    const missing = path.join(parent, 'not-here');

    const error = await userErrorOf(loadStories(missing));

    expect(error.message).toContain(missing);
    expect(error.message).toMatch(/not found/i);
  });

  it('GIVEN two files whose names give the same id WHEN loaded THEN each story gets its own id', async () => {
    const dir = await folderWith({
      'Harbor News.txt': story('The first harbor story of the day'),
      'harbor-news.txt': story('The second harbor story of the day'),
    });

    const { stories } = await loadStories(dir);

    expect(stories).toHaveLength(2);
    const ids = stories.map((s) => s.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain('harbor-news');
    for (const s of stories) {
      expect(s.id).toMatch(/^harbor-news(?:-\d+)?$/);
      expect(s.paragraphs.every((p) => p.storyId === s.id)).toBe(true);
    }
  });

  it('GIVEN the same folder WHEN loaded twice THEN every file keeps its id', async () => {
    const dir = await folderWith({
      'Yoon at NATO (2024).txt': story('Yoon speaks at a NATO public forum'),
      'other.md': '# A Markdown story\n\nIt has one paragraph.\n',
    });

    const first = await loadStories(dir);
    const second = await loadStories(dir);

    const idsOf = (loaded: typeof first) => Object.fromEntries(loaded.stories.map((s) => [s.file, s.id]));
    expect(idsOf(first)).toEqual({ 'Yoon at NATO (2024).txt': 'yoon-at-nato-2024', 'other.md': 'other' });
    expect(idsOf(second)).toEqual(idsOf(first));
  });

  it('GIVEN files written out of order WHEN loaded THEN stories come in file-name order', async () => {
    const dir = await folderWith({
      'c-third.txt': story('The third story of the folder'),
      'a-first.md': '# The first story of the folder\n\nBody text.\n',
      'b-second.txt': story('The second story of the folder'),
    });

    const { stories } = await loadStories(dir);

    expect(stories.map((s) => s.file)).toEqual(['a-first.md', 'b-second.txt', 'c-third.txt']);
    expect(stories.map((s) => s.title)).toEqual([
      'The first story of the folder',
      'The second story of the folder',
      'The third story of the folder',
    ]);
  });
});
