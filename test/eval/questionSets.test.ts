import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../src/knowledge/types.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { EVAL_PATHS } from '../../scripts/eval/paths.ts';
import { loadQuestionSets, QUESTION_KINDS, type QuestionSet } from '../../scripts/eval/questionSets.ts';
import { normalizeForMatch } from '../../scripts/eval/scoreAnswer.ts';
import { loadEvalKnowledge } from '../../scripts/eval/runEval.ts';

const FIXTURE_STORIES = path.join(EVAL_PATHS.root, 'test/fixtures/stories');
const MIN_QUESTIONS = 90;
const MIN_UNANSWERABLE_SHARE = 0.2;

let kb: KnowledgeBase;
let sets: QuestionSet[];

beforeAll(async () => {
  kb = await loadEvalKnowledge(EVAL_PATHS.storyDirs);
  sets = await loadQuestionSets(EVAL_PATHS.questionsDir);
});

const storyOf = (set: QuestionSet): Story => {
  const story = kb.storyById.get(set.story);
  if (!story) throw new Error(`${set.file}: no story "${set.story}"`);
  return story;
};

describe('eval fixtures: stories', () => {
  it('GIVEN the bundled and test story folders WHEN loaded THEN every file parses and none is skipped', () => {
    expect(kb.skipped).toEqual([]);
    expect(kb.stories.length).toBeGreaterThanOrEqual(4);
    expect(kb.stories.some((s) => s.file.endsWith('.md'))).toBe(true);
  });

  it('GIVEN a plain-text test story THEN it has the bundled layout: section, title, body, last line "Source: NAME" without a final newline', async () => {
    const files = (await readdir(FIXTURE_STORIES)).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const text = await readFile(path.join(FIXTURE_STORIES, file), 'utf8');
      expect(text, file).toMatch(/^[A-Z][\w ]{0,30}\n\n[^\n]+\n\n\n[^\n]/);
      expect(text, file).toMatch(/\n\nSource: [^\n]+$/);
      expect(text, file).not.toMatch(/["']/);
      const story = kb.stories.find((s) => s.file === file);
      expect(story?.section, file).toBeTruthy();
      expect(story?.source, file).toBeTruthy();
      expect(story?.paragraphs.length, file).toBeGreaterThanOrEqual(12);
    }
  });

  it('GIVEN the recall story with "manu" and "facturer" on two lines WHEN parsed THEN paragraph 4 reads "manufacturer"', () => {
    const story = kb.storyById.get('brightwell-homecell-battery-recall');
    expect(story?.paragraphs[3]?.text).toContain('outside manufacturer, Kavora Cells');
  });

  it('GIVEN the Markdown test story THEN its front matter gives title, source, url and date', () => {
    const story = kb.storyById.get('riverton-council-budget-2025');
    expect(story).toMatchObject({ source: 'Riverton Daily Ledger', date: '2024-11-19' });
    expect(story?.title).toMatch(/^Riverton council approves/);
    expect(story?.url).toMatch(/^https:\/\//);
  });
});

describe('eval fixtures: question sets', () => {
  it('GIVEN every story WHEN looking for its question set THEN there is exactly one, named after the story id', () => {
    expect(sets.map((s) => s.story).sort()).toEqual(kb.stories.map((s) => s.id).sort());
    for (const set of sets) expect(set.file).toBe(`${set.story}.json`);
  });

  it(`GIVEN all sets THEN there are at least ${MIN_QUESTIONS} questions, a fifth or more unanswerable, every kind answerable at least once`, () => {
    const questions = sets.flatMap((s) => s.questions);
    const unanswerable = questions.filter((q) => !q.answerable);
    expect(questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
    expect(unanswerable.length / questions.length).toBeGreaterThanOrEqual(MIN_UNANSWERABLE_SHARE);
    const kinds = new Set(questions.flatMap((q) => (q.answerable ? [q.kind] : [])));
    expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
    for (const set of sets)
      expect(
        set.questions.some((q) => !q.answerable),
        set.file,
      ).toBe(true);
  });

  it('GIVEN a set THEN no question is asked twice', () => {
    for (const set of sets) {
      const asked = set.questions.map((q) => normalizeForMatch(q.q));
      expect(new Set(asked).size, set.file).toBe(asked.length);
    }
  });

  it('GIVEN an answerable question THEN its cite and support paragraphs exist in the parsed story', () => {
    for (const set of sets) {
      const count = storyOf(set).paragraphs.length;
      for (const q of set.questions) {
        if (!q.answerable) continue;
        for (const n of [...q.cite, ...(q.support ?? [])]) {
          expect(n, `${set.file}: "${q.q}" cites ¶${n} of ${count}`).toBeLessThanOrEqual(count);
        }
      }
    }
  });

  it('GIVEN an answerable question THEN each expected fact is in the text of a cited (or supporting) paragraph', () => {
    const problems: string[] = [];
    for (const set of sets) {
      const story = storyOf(set);
      for (const q of set.questions) {
        if (!q.answerable) continue;
        const texts = [...q.cite, ...(q.support ?? [])].map((n) =>
          normalizeForMatch(story.paragraphs[n - 1]?.text ?? ''),
        );
        for (const fact of q.expect) {
          const alternatives = fact.split('|').map(normalizeForMatch);
          // A yes/no verdict is the answer's, not the story's words.
          if (q.kind === 'yes-no' && alternatives.every((a) => a === 'yes' || a === 'no')) continue;
          if (!alternatives.some((a) => texts.some((t) => t.includes(a)))) {
            problems.push(`${set.file}: "${q.q}" expects "${fact}", not in ¶${q.cite.join(',')}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('GIVEN the bundled story THEN its set holds the questions from the issue', () => {
    const set = sets.find((s) => s.story === 'yonhap-yoon-nato-forum-collusion-of-convenience');
    const find = (q: string) => set?.questions.find((g) => g.q === q);
    expect(find('Who said "freedom is never given for free"?')).toMatchObject({
      expect: ['Yoon'],
      cite: [12],
    });
    expect(find('What does IP4 mean?')).toMatchObject({ cite: [11] });
    expect(find('What did Russia veto?')).toMatchObject({ cite: [7] });
    expect(find('Who called the cooperation a "collusion of convenience"?')).toMatchObject({ cite: [1, 5] });
    expect(find('What does UNSC stand for?')).toMatchObject({ expect: ['Security Council'], cite: [6] });
    expect(find('Where did Yoon make the remarks?')).toMatchObject({
      expect: ['forum', 'Washington'],
      cite: [2],
    });
    expect(find('What did Kim Jong Un say?')).toMatchObject({ answerable: false });
  });
});
