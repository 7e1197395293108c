import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSquadDev } from '../support/sharedData.ts';
import {
  OUTPUT,
  SHARED_SQUAD,
  SOURCE_DIR,
  TRICKS,
  buildSquadV2,
  parseSource,
  type SourceLine,
} from '../../scripts/unanswerable/build.ts';
import {
  GENERATED_OUTPUT,
  QUOTAS,
  antonymize,
  nameChunks,
  negate,
  prng,
  select,
  toSquadV2,
} from '../../scripts/unanswerable/generate.ts';

interface Qa {
  id: string;
  question: string;
  answers: unknown[];
  is_impossible: boolean;
  plausible_answers: { text: string; answer_start: number }[];
  trick: string;
  generated?: boolean;
}
interface Article {
  title: string;
  paragraphs: { context: string; qas: Qa[] }[];
}
interface SharedArticle {
  title: string;
  paragraphs: {
    context: string;
    qas: { id: string; question: string; answers: { text: string; answer_start: number }[] }[];
  }[];
}

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;
const normalize = (q: string): string =>
  q
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const questionsOf = (data: Article[]): (Qa & { title: string; context: string })[] =>
  data.flatMap((a) =>
    a.paragraphs.flatMap((p) => p.qas.map((q) => ({ ...q, title: a.title, context: p.context }))),
  );

let shared: SharedArticle[];
let crowd: Set<string>;

// The SQuAD dev copy is outside the repository: the checks against it run wherever it is.
const needsShared = it.skipIf(!hasSquadDev);

beforeAll(async () => {
  if (!hasSquadDev) return;
  shared = (await readJson<{ data: SharedArticle[] }>(SHARED_SQUAD)).data;
  crowd = new Set(
    shared.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((q) => normalize(q.question)))),
  );
});

/** Checks shared by both files: real paragraphs, spans where they say, unique ids, no crowd question. */
function expectWellFormed(data: Article[], options: { checkCrowd: boolean }): void {
  const paragraphs = new Map(shared.map((a) => [a.title, new Set(a.paragraphs.map((p) => p.context))]));
  const questions = questionsOf(data);
  for (const q of questions) {
    expect(paragraphs.get(q.title)?.has(q.context), `${q.id}: context is not a paragraph of ${q.title}`).toBe(
      true,
    );
    expect(q.is_impossible, q.id).toBe(true);
    expect(q.answers, q.id).toEqual([]);
    for (const p of q.plausible_answers)
      expect(q.context.slice(p.answer_start, p.answer_start + p.text.length), q.id).toBe(p.text);
    if (options.checkCrowd)
      expect(crowd.has(normalize(q.question)), `${q.id} repeats a crowd question`).toBe(false);
  }
  const ids = questions.map((q) => q.id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('hand-written unanswerables for the 13 shared SQuAD articles', () => {
  let data: Article[];
  beforeAll(async () => {
    data = (await readJson<{ version: string; data: Article[] }>(OUTPUT)).data;
  });

  needsShared(
    'GIVEN the built file THEN every context, span and id holds and no crowd question is repeated',
    () => {
      expectWellFormed(data, { checkCrowd: true });
      for (const q of questionsOf(data)) expect(q.plausible_answers, q.id).toHaveLength(1);
    },
  );

  needsShared(
    'GIVEN the built file THEN it has at least 300 questions, on every article, each trick at least 5 %',
    () => {
      const questions = questionsOf(data);
      expect(questions.length).toBeGreaterThanOrEqual(300);
      expect(new Set(questions.map((q) => q.title))).toEqual(new Set(shared.map((a) => a.title)));
      for (const q of questions) expect(TRICKS as readonly string[], q.id).toContain(q.trick);
      for (const trick of TRICKS) {
        const share = questions.filter((q) => q.trick === trick).length / questions.length;
        expect(share, `${trick} is ${(share * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(0.05);
      }
    },
  );

  needsShared(
    'GIVEN the TSV sources WHEN built again THEN the result equals the committed file',
    async () => {
      const files = (await readdir(SOURCE_DIR)).filter((f) => f.endsWith('.tsv')).sort();
      const lines: SourceLine[] = [];
      for (const f of files) {
        const file = path.join(SOURCE_DIR, f);
        lines.push(...parseSource(path.basename(f, '.tsv'), await readFile(file, 'utf8'), file));
      }
      expect(buildSquadV2(shared, lines)).toEqual(await readJson(OUTPUT));
    },
  );

  it('GIVEN a source line with an unknown trick or a span not in its paragraph THEN the error names the line', () => {
    expect(() => parseSource('Harbor', '0\tsarcasm\tWho?\tX', 'harbor.tsv')).toThrow(
      /harbor.tsv:1: trick "sarcasm"/,
    );
    expect(() => parseSource('Harbor', '# note\n0\tnegation\tWho?', 'harbor.tsv')).toThrow(
      /harbor.tsv:2: expected 4/,
    );
    const story = [{ title: 'Harbor', paragraphs: [{ context: 'The harbor reopened on Monday.' }] }];
    const line = parseSource(
      'Harbor',
      '0\tnumber-swap\tWhen did the harbor reopen in 1990?\tTuesday',
      'h.tsv',
    );
    expect(() => buildSquadV2(story, line)).toThrow(/h.tsv:1: "Tuesday" is not in paragraph 0/);
  });
});

describe('generated unanswerables (training data, kept apart)', () => {
  let data: Article[];
  beforeAll(async () => {
    data = (await readJson<{ data: Article[] }>(GENERATED_OUTPUT)).data;
  });

  needsShared(
    'GIVEN the generated file THEN every question is flagged generated, well formed and of a known trick',
    () => {
      expectWellFormed(data, { checkCrowd: false });
      const questions = questionsOf(data);
      expect(questions.length).toBeGreaterThanOrEqual(1000);
      expect(questions.length).toBeLessThanOrEqual(3000);
      for (const q of questions) {
        expect(q.generated, q.id).toBe(true);
        expect(Object.keys(QUOTAS), q.id).toContain(q.trick);
        if (q.trick !== 'other-article') expect(crowd.has(normalize(q.question)), q.id).toBe(false);
      }
    },
  );

  needsShared(
    'GIVEN the shared file WHEN generated again THEN the output equals the committed file',
    async () => {
      expect(toSquadV2(shared, select(shared))).toEqual(await readJson(GENERATED_OUTPUT));
    },
    120_000,
  );

  it('GIVEN a seed THEN the PRNG repeats its sequence and another seed differs', () => {
    const a = prng(7);
    const b = prng(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(prng(8)()).not.toBe(first[0]);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('GIVEN questions about a story WHEN negated THEN "not" joins the verb, "never" a past verb after who', () => {
    expect(negate('Who was named harbor master?')).toBe('Who was not named harbor master?');
    expect(negate('When did Maria Lopez sign the lease?')).toBe('When did Maria Lopez not sign the lease?');
    expect(negate('Who founded the bakery?')).toBe('Who never founded the bakery?');
    expect(negate('What did the council approve?')).toBeNull();
    expect(negate('Who did not vote?')).toBeNull();
  });

  it('GIVEN a paragraph WHEN a question word has an opposite the paragraph never uses THEN it is swapped', () => {
    const context = 'The Elm Street bridge is the largest bridge in town.';
    expect(antonymize('Which is the largest bridge?', context)).toBe('Which is the smallest bridge?');
    expect(antonymize('Which is the largest bridge?', `${context} The smallest is on Oak Lane.`)).toBeNull();
    expect(antonymize('Which bridge is the oldest?', context)).toBeNull();
  });

  it('GIVEN a question THEN its names are the maximal capitalised runs, without the question word', () => {
    expect(nameChunks('When did Maria Lopez open Harbor Bakery 2?')).toEqual([
      'Maria Lopez',
      'Harbor Bakery 2',
    ]);
    expect(nameChunks('In which year was the bridge built?')).toEqual([]);
  });
});
