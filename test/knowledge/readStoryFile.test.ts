import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStories } from '../../src/knowledge/loadStories.ts';
import { isInside } from '../../src/knowledge/readStoryFile.ts';
import { loadKnowledgeBase } from '../../src/search/knowledgeBase.ts';

const SECRET = 'DISCORD_TOKEN=MTA5.secret-value-never-shown';
const GOOD_STORY = `World

Harbor board approves a new ferry pier


The harbor board approved a new ferry pier on Tuesday after two years of debate.

Work will start in the spring, the board said.

Source: Test Wire
`;

const roots: string[] = [];
const servers: Server[] = [];

/** A project folder with a `.env` beside its `knowledge/` folder (which holds one good story). */
async function project(): Promise<{ root: string; knowledge: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lede-safe-'));
  roots.push(root);
  const knowledge = path.join(root, 'knowledge');
  await mkdir(knowledge);
  await writeFile(path.join(root, '.env'), `${SECRET}\n`);
  await writeFile(path.join(knowledge, 'good.txt'), GOOD_STORY);
  return { root, knowledge };
}

const reasonsOf = (skipped: readonly { file: string; reason: string }[]) =>
  Object.fromEntries(skipped.map((s) => [s.file, s.reason]));

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  await Promise.all(roots.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('knowledge loading reads only regular files inside the knowledge folder', () => {
  it('GIVEN a story file that links to ../.env (the bot token) WHEN the knowledge loads THEN the link is skipped with why, and the token is nowhere in what was loaded', async () => {
    const { knowledge } = await project();
    await symlink('../.env', path.join(knowledge, 'notes.txt'));

    const kb = await loadKnowledgeBase(knowledge);

    expect(kb.stories.map((s) => s.file)).toEqual(['good.txt']);
    expect(reasonsOf(kb.skipped)).toEqual({ 'notes.txt': 'a link to a file outside the knowledge folder' });
    const everything = JSON.stringify({ stories: kb.stories, skipped: kb.skipped, facts: [...kb.facts] });
    expect(everything).not.toContain('DISCORD_TOKEN');
    expect(everything).not.toContain('secret-value');
    expect(kb.index.search('secret value never shown')).toEqual([]);
  });

  it('GIVEN a story file that links to /etc/passwd by absolute path WHEN loaded THEN it is skipped, not answered from', async () => {
    const { knowledge } = await project();
    await symlink('/etc/passwd', path.join(knowledge, 'passwd.txt'));

    const { stories, skipped, files } = await loadStories(knowledge);

    expect(stories.map((s) => s.file)).toEqual(['good.txt']);
    expect(reasonsOf(skipped)).toEqual({ 'passwd.txt': 'a link to a file outside the knowledge folder' });
    expect(files.map((f) => f.file)).toEqual(['good.txt']);
  });

  it('GIVEN links to a story inside the folder (beside it and in a sub-folder) WHEN loaded THEN both load like the file itself', async () => {
    const { knowledge } = await project();
    await mkdir(path.join(knowledge, 'archive'));
    await writeFile(
      path.join(knowledge, 'archive', 'old.txt'),
      GOOD_STORY.replace('new ferry pier', 'old dock'),
    );
    await symlink('good.txt', path.join(knowledge, 'alias.txt'));
    await symlink('archive/old.txt', path.join(knowledge, 'older.txt'));

    const { stories, skipped } = await loadStories(knowledge);

    expect(stories.map((s) => [s.file, s.title])).toEqual([
      ['alias.txt', 'Harbor board approves a new ferry pier'],
      ['good.txt', 'Harbor board approves a new ferry pier'],
      ['older.txt', 'Harbor board approves a old dock'],
    ]);
    expect(skipped).toEqual([]);
  });

  it('GIVEN a link out of the folder to /dev/zero (endless) and a dangling link WHEN loaded THEN both are skipped at once with why', async () => {
    const { knowledge } = await project();
    await symlink('/dev/zero', path.join(knowledge, 'zero.txt'));
    await symlink('gone.txt', path.join(knowledge, 'dangling.md'));

    const { stories, skipped } = await loadStories(knowledge);

    expect(stories).toHaveLength(1);
    expect(reasonsOf(skipped)).toEqual({
      'dangling.md': 'a link to a missing file',
      'zero.txt': 'a link to a file outside the knowledge folder',
    });
  });

  it('GIVEN a FIFO named like a story (no writer, and a link to it) WHEN loaded THEN the load does not hang and both are skipped as a named pipe', async () => {
    const { knowledge } = await project();
    execFileSync('mkfifo', [path.join(knowledge, 'pipe.txt')]);
    await symlink('pipe.txt', path.join(knowledge, 'pipe-link.md'));

    const started = performance.now();
    const { stories, skipped } = await loadStories(knowledge);

    expect(performance.now() - started).toBeLessThan(2_000);
    expect(stories).toHaveLength(1);
    expect(reasonsOf(skipped)).toEqual({
      'pipe-link.md': 'a named pipe (FIFO), not a file',
      'pipe.txt': 'a named pipe (FIFO), not a file',
    });
  });

  it('GIVEN a directory and a socket named like stories WHEN loaded THEN each is skipped with what it is', async () => {
    const { knowledge } = await project();
    await mkdir(path.join(knowledge, 'x.txt'));
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(path.join(knowledge, 'sock.md'), resolve));

    const { skipped } = await loadStories(knowledge);

    expect(reasonsOf(skipped)).toEqual({
      'sock.md': 'a socket, not a file',
      'x.txt': 'a directory, not a file',
    });
  });

  it('GIVEN a knowledge folder that is itself a link WHEN loaded THEN its stories load (the folder, not the link, is the boundary)', async () => {
    const { root, knowledge } = await project();
    const link = path.join(root, 'stories-link');
    await symlink(knowledge, link);

    const { stories } = await loadStories(link);

    expect(stories.map((s) => s.file)).toEqual(['good.txt']);
  });

  it('GIVEN file names with a newline and a backtick WHEN loaded THEN each story keeps its exact name as data, and an error quotes the names', async () => {
    const { knowledge } = await project();
    const odd = 'a`b\nc.txt';
    await writeFile(path.join(knowledge, odd), GOOD_STORY);

    const { stories } = await loadStories(knowledge);
    expect(stories.map((s) => s.file)).toEqual([odd, 'good.txt']);
    expect(stories[0]!.id).toBe('a-b-c');

    const broken = await mkdtemp(path.join(os.tmpdir(), 'lede-safe-'));
    roots.push(broken);
    await writeFile(path.join(broken, odd), '');
    const error = await loadStories(broken).catch((e: unknown) => e as Error);
    expect((error as Error).message).toContain('(skipped: "a`b\\nc.txt": empty file)');
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('isInside', () => {
  it('GIVEN paths around a folder THEN only what is strictly below it is inside', () => {
    expect(isInside('/srv/k', '/srv/k/a.txt')).toBe(true);
    expect(isInside('/srv/k', '/srv/k/sub/a.txt')).toBe(true);
    expect(isInside('/srv/k', '/srv/k')).toBe(false);
    expect(isInside('/srv/k', '/srv/k2/a.txt')).toBe(false);
    expect(isInside('/srv/k', '/srv/.env')).toBe(false);
    expect(isInside('/srv/k', '/etc/passwd')).toBe(false);
    expect(isInside('/srv/k', '/srv/k/..a.txt')).toBe(true);
  });
});
