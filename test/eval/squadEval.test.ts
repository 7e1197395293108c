import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/qa/types.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { runSquad } from '../../scripts/eval/squadEval.ts';

const HARBOR = {
  title: 'Harbor',
  paragraphs: [
    {
      context: 'The harbor reopened on Monday after a two-week closure.',
      qas: [{ id: 'h1', question: 'When did the harbor reopen?', answers: [{ text: 'Monday' }] }],
    },
    {
      context: 'Four ferries resumed service on Tuesday.',
      qas: [{ id: 'h2', question: 'How many ferries resumed service?', answers: [{ text: 'Four' }] }],
    },
  ],
};
const MILL = {
  title: 'Mill',
  paragraphs: [
    {
      context: 'The mill closed in 1990.',
      qas: [{ id: 'm1', question: 'When did the mill close?', answers: [{ text: '1990' }] }],
    },
  ],
};
const TRICKS = {
  version: 'v2.0',
  data: [
    {
      title: 'Harbor, hand-written unanswerables',
      paragraphs: [
        {
          context: 'Four ferries resumed service on Tuesday.',
          qas: [
            {
              id: 't1',
              question: 'How many ferries stopped service on Tuesday?',
              answers: [],
              is_impossible: true,
              trick: 'antonym',
            },
          ],
        },
      ],
    },
  ],
};

let dir: string;
let files: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lede-squad-run-'));
  files = [path.join(dir, 'dev.json'), path.join(dir, 'tricks.json')];
  await writeFile(files[0]!, JSON.stringify({ version: '1.1', data: [HARBOR, MILL] }));
  await writeFile(files[1]!, JSON.stringify(TRICKS));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Answers "Four" citing the last paragraph of the first story, and notes which stories each question saw. */
function recordingEngine(seen: Map<string, string[]>) {
  return (kb: KnowledgeBase, question: string): Answer => {
    seen.set(
      question,
      kb.stories.map((s) => s.id),
    );
    const story = kb.stories[0]!;
    const paragraph = story.paragraphs.at(-1)!;
    return {
      question,
      answer: 'Four',
      kind: 'search',
      confidence: 0.9,
      citations: [
        {
          story: story.id,
          title: story.title,
          paragraph: paragraph.number,
          text: paragraph.text,
          source: null,
        },
      ],
    };
  };
}

describe('npm run eval -- --squad, end to end with a stub engine', () => {
  it('GIVEN a v1.1 file and a v2.0 file of tricks copying one context WHEN run per article THEN the trick is asked with its article alone and scored against that paragraph', async () => {
    const seen = new Map<string, string[]>();
    const { report } = await runSquad({ files, allInOne: false }, recordingEngine(seen));
    expect([report.lede.n, report.lede.hasAns, report.lede.noAns]).toEqual([4, 3, 1]);
    expect(seen.get('How many ferries stopped service on Tuesday?')).toEqual(['harbor']);
    expect(seen.get('When did the mill close?')).toEqual(['mill']);
    expect(report.byTrick).toEqual([['antonym', expect.objectContaining({ n: 1, refusedNoAns: 0 })]]);
    // The trick was answered citing the very paragraph it was written against.
    expect(report.lede.answeredNoAnsCitingIt).toBe(100);
    // "Four" is right for h2 only; the mill's only paragraph is cited for m1.
    expect(report.lede.hasAnsEm).toBeCloseTo(100 / 3, 5);
    expect(report.lede.cite1).toBeCloseTo(200 / 3, 5);
    expect(report.refuseAll.refusedNoAns).toBe(100);
  });

  it('GIVEN --all-in-one THEN every question sees every article', async () => {
    const seen = new Map<string, string[]>();
    await runSquad({ files, allInOne: true }, recordingEngine(seen));
    expect(new Set([...seen.values()].map((ids) => [...ids].sort().join(',')))).toEqual(
      new Set(['harbor,mill']),
    );
  });
});
