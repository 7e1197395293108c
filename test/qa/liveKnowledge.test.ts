import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { answerQuestion, LiveKnowledge, loadKnowledgeBase, type KnowledgeBase } from '../../src/qa/index.ts';

const LIBRARY_STORY = `Local

Harbor town opens its first public library in decades


The town of Easthaven opened its first public library in 40 years on Saturday, with 12,000 books on its shelves.

“Reading is a right, not a privilege,” said head librarian Maria Okafor at the opening ceremony.

The library was funded by a grant from the Coastal Arts Foundation.

Source: Easthaven Gazette
`;

const FERRY_STORY = `Transport

Island ferry service resumes after winter storms


The ferry between Easthaven and Gull Island resumed service on Monday after a three-week pause.

“We are glad to have our lifeline back,” said island councillor Tomas Reyes.

Source: Easthaven Gazette
`;

const LIBRARIAN_QUESTION = 'Who said "reading is a right, not a privilege"?';

describe('LiveKnowledge', () => {
  let dir: string;
  let initial: KnowledgeBase;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lede-live-'));
    await writeFile(path.join(dir, 'library.txt'), LIBRARY_STORY);
    initial = await loadKnowledgeBase(dir);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN served knowledge WHEN the folder gains a story and reload() runs THEN current has it and the report says before → after', async () => {
    const live = new LiveKnowledge(initial, () => loadKnowledgeBase(dir));
    await writeFile(path.join(dir, 'ferry.txt'), FERRY_STORY);

    const report = await live.reload();

    expect(report.ok).toBe(true);
    expect(report.error).toBeUndefined();
    expect(report.joined).toBeUndefined();
    expect(report.before).toEqual({ stories: 1, paragraphs: 3 });
    expect(report.after).toEqual({ stories: 2, paragraphs: 5 });
    expect(report.skipped).toEqual([]);
    expect(report.ms).toBeGreaterThanOrEqual(0);
    expect(live.current).not.toBe(initial);
    expect(live.current.stories.map((s) => s.id)).toEqual(['ferry', 'library']);
    const answer = answerQuestion(live.current, 'Who said "we are glad to have our lifeline back"?');
    expect(answer.answer).toContain('Tomas Reyes');
    expect(answer.citations[0]).toMatchObject({ story: 'ferry', paragraph: 2 });
  });

  it('GIVEN served knowledge WHEN its only story is removed THEN reload fails with an error and the old knowledge still answers as before', async () => {
    const live = new LiveKnowledge(initial, () => loadKnowledgeBase(dir));
    const before = answerQuestion(live.current, LIBRARIAN_QUESTION);
    await unlink(path.join(dir, 'library.txt'));

    const report = await live.reload();

    expect(report.ok).toBe(false);
    expect(report.error).toContain(dir);
    expect(report.before).toEqual({ stories: 1, paragraphs: 3 });
    expect(report.after).toEqual(report.before);
    expect(live.current).toBe(initial);
    const after = answerQuestion(live.current, LIBRARIAN_QUESTION);
    expect(after).toEqual(before);
    expect(after.answer).toContain('Maria Okafor');
  });

  it('GIVEN served knowledge WHEN its only story turns binary THEN reload fails naming the skipped file and current is the old object', async () => {
    const live = new LiveKnowledge(initial, () => loadKnowledgeBase(dir));
    await writeFile(path.join(dir, 'library.txt'), Buffer.from([0x52, 0x00, 0x00, 0x01]));

    const report = await live.reload();

    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/library\.txt.*binary/i);
    expect(live.current).toBe(initial);
    expect(answerQuestion(live.current, LIBRARIAN_QUESTION).answer).toContain('Maria Okafor');
  });

  it('GIVEN two reload() calls at once WHEN both finish THEN the loader ran once and the second report says joined', async () => {
    let calls = 0;
    const live = new LiveKnowledge(initial, () => {
      calls++;
      return loadKnowledgeBase(dir);
    });
    await writeFile(path.join(dir, 'ferry.txt'), FERRY_STORY);

    const [first, second] = await Promise.all([live.reload(), live.reload()]);

    expect(calls).toBe(1);
    expect(first.ok).toBe(true);
    expect(first.joined).toBeUndefined();
    expect(second).toMatchObject({ ok: true, joined: true, after: first.after });
    expect(live.current.stories).toHaveLength(2);

    // Once that run is over, the next reload loads again.
    await live.reload();
    expect(calls).toBe(2);
  });

  it('GIVEN a loader that throws a non-UserError WHEN reloaded THEN the report says unexpected and the old knowledge stays', async () => {
    const live = new LiveKnowledge(initial, () => Promise.reject(new TypeError('index exploded')));

    const report = await live.reload();

    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/unexpected/i);
    expect(report.error).toContain('index exploded');
    expect(live.current).toBe(initial);
  });

  it('GIVEN a loader that throws a UserError WHEN reloaded THEN the report shows its message as-is', async () => {
    const live = new LiveKnowledge(initial, () => Promise.reject(new UserError('no story to load in /x')));

    const report = await live.reload();

    expect(report).toMatchObject({ ok: false, error: 'no story to load in /x' });
    expect(live.current).toBe(initial);
  });
});
