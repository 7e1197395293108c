import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSquad } from '../../scripts/eval/squad.ts';
import { OUTPUT, SOURCE_DIR, parseStory } from '../../scripts/train/buildNews.ts';
import { TRICKS } from '../../scripts/unanswerable/build.ts';
import { SHARED_KNOWLEDGE } from '../support/sharedData.ts';

interface RawSpan {
  text: string;
  answer_start: number;
}
interface RawQa {
  id: string;
  answers: RawSpan[];
  is_impossible: boolean;
  plausible_answers?: RawSpan[];
  trick?: string;
}
interface RawFile {
  version: string;
  data: { title: string; paragraphs: { context: string; qas: RawQa[] }[] }[];
}

/** The brief: about 25 crowd-style questions a story, at least 250 in all. */
const QUESTIONS_PER_STORY = 25;
const QUESTIONS_IN_ALL = 250;
/** Text that must never become training data: the eval's stories (own and held out) and the bundled article. */
const OFF_LIMITS = ['test/fixtures', 'knowledge', SHARED_KNOWLEDGE];
/** A shared run this long is copied text, not a stock phrase ("did not respond to a request for" is 7). */
const COPIED_RUN = 8;

const wordRuns = (text: string): Set<string> => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return new Set(words.slice(COPIED_RUN - 1).map((_, i) => words.slice(i, i + COPIED_RUN).join(' ')));
};

const filesUnder = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));

const raw = async (): Promise<RawFile> => JSON.parse(await readFile(OUTPUT, 'utf8')) as RawFile;

describe('news training set (data/train/news-squad2.json)', () => {
  it('GIVEN the built file WHEN parsed as SQuAD THEN every story is whole and the questions are many, unique and one in three unanswerable', async () => {
    const articles = parseSquad(await readFile(OUTPUT, 'utf8'), OUTPUT);
    const questions = articles.flatMap((a) => a.paragraphs.flatMap((p) => p.qas));
    expect((await raw()).version).toBe('v2.0');
    expect(articles.length).toBeGreaterThanOrEqual(3);
    for (const a of articles) expect(a.paragraphs.length, a.title).toBeGreaterThanOrEqual(7);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const a of articles)
      expect(a.paragraphs.flatMap((p) => p.qas).length, a.title).toBeGreaterThanOrEqual(QUESTIONS_PER_STORY);
    expect(questions.length).toBeGreaterThanOrEqual(QUESTIONS_IN_ALL);
    const impossible = questions.filter((q) => q.isImpossible);
    expect(impossible.length / questions.length).toBeGreaterThanOrEqual(0.35);
    for (const q of impossible) {
      expect(TRICKS, q.id).toContain(q.trick);
      expect(q.plausibleAnswers, q.id).toHaveLength(1);
    }
    for (const q of questions.filter((x) => !x.isImpossible))
      expect(q.answers.length, q.id).toBeGreaterThan(0);
  });

  it('GIVEN every answer and plausible answer THEN its text sits in its paragraph at answer_start', async () => {
    const { data } = await raw();
    for (const { paragraphs } of data)
      for (const { context, qas } of paragraphs)
        for (const qa of qas)
          for (const span of [...qa.answers, ...(qa.plausible_answers ?? [])])
            expect(context.slice(span.answer_start, span.answer_start + span.text.length), qa.id).toBe(
              span.text,
            );
  });

  it('GIVEN the sources in data/train/src WHEN rebuilt THEN they give exactly the committed file', async () => {
    const files = (await readdir(SOURCE_DIR)).filter((f) => f.endsWith('.txt')).sort();
    const rebuilt = await Promise.all(
      files.map(async (f) =>
        parseStory(path.basename(f, '.txt'), await readFile(path.join(SOURCE_DIR, f), 'utf8'), f),
      ),
    );
    expect((await raw()).data).toEqual(JSON.parse(JSON.stringify(rebuilt)));
  });

  it('GIVEN the eval stories, the held-out stories and the bundled article THEN no training paragraph copies a run of their words', async () => {
    const offLimits = new Set<string>();
    // The held-out stories (../shared/knowledge) are checked wherever they are; a fresh clone has none.
    for (const dir of OFF_LIMITS.filter((d) => d !== SHARED_KNOWLEDGE || existsSync(d)))
      for (const file of await filesUnder(dir))
        for (const run of wordRuns(await readFile(file, 'utf8'))) offLimits.add(run);
    expect(offLimits.size).toBeGreaterThan(1000);
    const { data } = await raw();
    for (const { title, paragraphs } of data)
      for (const { context } of paragraphs)
        expect(
          [...wordRuns(context)].filter((run) => offLimits.has(run)),
          title,
        ).toEqual([]);
  });

  it('GIVEN a source whose answer is not in its paragraph or whose trick is unknown THEN the build names the line', () => {
    const story = (question: string) => `title: T\n---\nThe mayor, 52, spoke on Monday.\n---\n${question}\n`;
    expect(
      parseStory('t', story('0\tanswer\tHow old is the mayor?\t52'), 'f.txt').paragraphs[0]!.qas,
    ).toHaveLength(1);
    expect(() => parseStory('t', story('0\tanswer\tHow old is the mayor?\t53'), 'f.txt')).toThrow(
      /f.txt:5: "53" is not in paragraph 0/,
    );
    expect(() => parseStory('t', story('0\tguess\tWho?\tThe mayor'), 'f.txt')).toThrow(
      /f.txt:5: kind "guess"/,
    );
    expect(() => parseStory('t', story('3\tanswer\tWho?\tThe mayor'), 'f.txt')).toThrow(/no paragraph 3/);
  });
});
