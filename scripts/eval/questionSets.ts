import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { QuestionKind } from '../../src/qa/types.ts';

/** The kinds a gold question may be labelled with (`search` is the engine's fallback, not a kind of question). */
export const QUESTION_KINDS = [
  'who-said',
  'who',
  'define',
  'what-did',
  'when',
  'where',
  'why',
  'how',
  'how-many',
  'yes-no',
  'what',
] as const satisfies readonly QuestionKind[];

export type GoldKind = (typeof QUESTION_KINDS)[number];

/** A question the story answers: the answer must hold every `expect` fact and cite one of `cite`. */
export interface AnswerableQuestion {
  q: string;
  kind: GoldKind;
  answerable: true;
  /** Short facts, each matched case-insensitively as a substring; `a|b` accepts either. */
  expect: string[];
  /** Acceptable 1-based body paragraph numbers for the first citation. */
  cite: number[];
  /**
   * Paragraphs that establish a fact the cited paragraph only implies, e.g. where the speaker
   * of a `he said` quote is named. Used by the fixture tests only; never scored.
   */
  support?: number[];
}

/** A plausible question the story does not answer: the right answer is a refusal (`answer === null`). */
export interface UnanswerableQuestion {
  q: string;
  kind?: GoldKind;
  answerable: false;
  /** How a hand-written trick question was made (negation, antonym, entity-swap, …). */
  trick?: string;
}

export type GoldQuestion = AnswerableQuestion | UnanswerableQuestion;

export interface QuestionSet {
  /** Story id: the story's file name without extension. */
  story: string;
  /** File the set was read from, relative to the questions folder. */
  file: string;
  questions: GoldQuestion[];
}

const isPositiveIntegerList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 1);

const isKind = (value: unknown): value is GoldKind =>
  typeof value === 'string' && (QUESTION_KINDS as readonly string[]).includes(value);

/** Checks the shape of one question; throws naming the file and the question's position. */
function parseQuestion(raw: unknown, where: string): GoldQuestion {
  const fail = (why: string): never => {
    throw new Error(`eval: ${where}: ${why}`);
  };
  if (!raw || typeof raw !== 'object') return fail('not an object');
  const { q, kind, answerable, expect, cite, support, trick } = raw as Record<string, unknown>;
  if (typeof q !== 'string' || !q.trim()) return fail('"q" must be a non-empty string');
  if (kind !== undefined && !isKind(kind)) return fail(`unknown kind ${JSON.stringify(kind)}`);
  if (answerable === false) {
    if (expect !== undefined || cite !== undefined)
      fail('an unanswerable question has no "expect" or "cite"');
    if (trick !== undefined && (typeof trick !== 'string' || !trick.trim()))
      fail('"trick" must be a non-empty string');
    return {
      q,
      answerable: false,
      ...(kind ? { kind } : {}),
      ...(typeof trick === 'string' ? { trick } : {}),
    };
  }
  if (answerable !== true) return fail('"answerable" must be true or false');
  if (!kind) return fail('an answerable question needs a "kind"');
  if (
    !Array.isArray(expect) ||
    expect.length === 0 ||
    !expect.every((f) => typeof f === 'string' && f.trim())
  ) {
    return fail('"expect" must be a non-empty list of non-empty strings');
  }
  if (!isPositiveIntegerList(cite) || cite.length === 0)
    return fail('"cite" must list paragraph numbers (1-based)');
  if (support !== undefined && !isPositiveIntegerList(support))
    return fail('"support" must list paragraph numbers');
  return { q, kind, answerable: true, expect, cite, ...(support ? { support } : {}) };
}

function parseJson(json: string, file: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new Error(`eval: ${file} is not valid JSON (${(error as Error).message})`);
  }
}

/** Parses one question set file's JSON text. */
export function parseQuestionSet(json: string, file: string): QuestionSet {
  return questionSetOf(parseJson(json, file), file);
}

/**
 * Parses a file of several question sets, `{ "sets": [ { "story", "questions" }, … ] }`, as
 * data/unanswerable/stories.json is written.
 */
export function parseQuestionSets(json: string, file: string): QuestionSet[] {
  const { sets } = (parseJson(json, file) ?? {}) as Record<string, unknown>;
  if (!Array.isArray(sets)) throw new Error(`eval: ${file}: "sets" must be a list of question sets`);
  return sets.map((set, i) => questionSetOf(set, `${file} set ${i + 1}`));
}

function questionSetOf(data: unknown, file: string): QuestionSet {
  const { story, questions } = (data ?? {}) as Record<string, unknown>;
  if (typeof story !== 'string' || !story) throw new Error(`eval: ${file}: "story" must be a story id`);
  if (!Array.isArray(questions)) throw new Error(`eval: ${file}: "questions" must be a list`);
  return {
    story,
    file,
    questions: questions.map((raw, i) => parseQuestion(raw, `${file} question ${i + 1}`)),
  };
}

/** Reads every `*.json` of `dir`, in file-name order. */
export async function loadQuestionSets(dir: string): Promise<QuestionSet[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => parseQuestionSet(await readFile(path.join(dir, name), 'utf8'), name)),
  );
}
