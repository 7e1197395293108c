import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.ts';
import { answerQuestion, LiveKnowledge, loadKnowledgeBase } from '../../src/qa/index.ts';
import { loadKnowledgeBaseInWorker } from '../../src/qa/loadInWorker.ts';
import { HARBOR_STORY, SCHOOL_STORY } from '../support/stories.ts';

const dirs: string[] = [];
async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lede-worker-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loadKnowledgeBaseInWorker', () => {
  it('GIVEN a knowledge folder WHEN loaded in a worker thread THEN it holds what loading on this thread gives, and answers alike', async () => {
    const dir = await folderWith({ 'harbor.txt': HARBOR_STORY, 'school.txt': SCHOOL_STORY, 'empty.txt': '' });
    await symlink('/etc/hostname', path.join(dir, 'host.txt'));

    const [here, there] = await Promise.all([loadKnowledgeBase(dir), loadKnowledgeBaseInWorker(dir)]);

    expect(there.stories).toEqual(here.stories);
    expect(there.skipped).toEqual(here.skipped);
    expect(there.hash).toBe(here.hash);
    const question = 'Who called the vote a betrayal?';
    expect(answerQuestion(there, question)).toEqual(answerQuestion(here, question));
  }, 60_000);

  it('GIVEN a reload that runs past its time limit WHEN an admin reindexes THEN the build is stopped, the reason is told and the old stories are still served', async () => {
    const dir = await folderWith({ 'harbor.txt': HARBOR_STORY });
    const initial = await loadKnowledgeBase(dir);
    await writeFile(path.join(dir, 'school.txt'), SCHOOL_STORY);
    const live = new LiveKnowledge(initial, () => loadKnowledgeBaseInWorker(dir, {}, 1));

    const report = await live.reload();

    expect(report.ok).toBe(false);
    expect(report.error).toBe(
      'building the knowledge base took longer than 0 s and was stopped; the stories served are unchanged',
    );
    expect(live.current).toBe(initial);
    expect(live.current.stories).toHaveLength(1);
  }, 60_000);

  it('GIVEN a missing folder WHEN loaded in a worker THEN it rejects with the same UserError as on this thread', async () => {
    const missing = path.join(os.tmpdir(), 'lede-no-such-folder');
    const error = await loadKnowledgeBaseInWorker(missing).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe(`knowledge folder not found: ${missing}`);
  }, 60_000);

  it('GIVEN served knowledge reloaded through the worker WHEN the folder has no story left THEN the reload fails with why and the old knowledge is still served', async () => {
    const dir = await folderWith({ 'harbor.txt': HARBOR_STORY });
    const initial = await loadKnowledgeBase(dir);
    const live = new LiveKnowledge(initial, () => loadKnowledgeBaseInWorker(dir));
    await rm(path.join(dir, 'harbor.txt'));
    await writeFile(path.join(dir, 'blank.md'), '   \n');

    const report = await live.reload();

    expect(report.ok).toBe(false);
    expect(report.error).toBe(
      `no story to load in ${dir}: add .txt or .md files (skipped: "blank.md": empty file)`,
    );
    expect(live.current).toBe(initial);
  }, 60_000);

  it('GIVEN a story with a paragraph split at load WHEN reloaded through the worker THEN the report names the file and what was changed', async () => {
    const dir = await folderWith({ 'harbor.txt': HARBOR_STORY });
    const live = new LiveKnowledge(await loadKnowledgeBase(dir), () => loadKnowledgeBaseInWorker(dir));
    const wall = 'The pier was approved after a long debate. '.repeat(200);
    await writeFile(path.join(dir, 'wall.txt'), `Pier approved\n\n${wall}\n`);

    const report = await live.reload();

    expect(report.ok).toBe(true);
    expect(report.after.stories).toBe(2);
    expect(report.warnings).toEqual([
      { file: 'wall.txt', reason: 'paragraph 1 split into 3 (longer than 4000 characters)' },
    ]);
  }, 60_000);
});
