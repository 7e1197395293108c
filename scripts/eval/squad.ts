/**
 * The SQuAD JSON format (v1.1 and v2.0) and the official scoring convention, shared by the eval
 * (`npm run eval -- --squad FILE`) and the trainer (`npm run train`).
 *
 * Scoring follows the official SQuAD evaluation script: both strings are normalised (lower case,
 * punctuation dropped, the articles a/an/the dropped, whitespace collapsed); exact match and token
 * F1 are each the maximum over the gold answers. A question with no gold answer (SQuAD 2.0
 * `is_impossible`) scores 1 for a refusal (`null`) and 0 for any answer; an answerable one scores
 * 0 for a refusal.
 */
import { readFile } from 'node:fs/promises';

export interface SquadQuestion {
  id: string;
  question: string;
  /** Gold answer texts; empty when the question is unanswerable. */
  answers: string[];
  isImpossible: boolean;
  /** For unanswerables: the span a careless reader would give (SQuAD 2.0 `plausible_answers`). */
  plausibleAnswers: string[];
  /** Free-form label of how an unanswerable was written (negation, antonym, entity-swap, …). */
  trick?: string;
}

export interface SquadParagraph {
  context: string;
  qas: SquadQuestion[];
}

export interface SquadArticle {
  title: string;
  paragraphs: SquadParagraph[];
}

const fail = (file: string, why: string): never => {
  throw new Error(`squad: ${file}: ${why}`);
};

const texts = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.map((a) => (a as { text?: unknown })?.text).filter((t): t is string => typeof t === 'string')
    : [];

/** Parses SQuAD JSON text (v1.1 or v2.0); throws naming the file and what is wrong. */
export function parseSquad(json: string, file = 'squad file'): SquadArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail(file, `not valid JSON (${(error as Error).message})`);
  }
  const articles = (data as { data?: unknown })?.data;
  if (!Array.isArray(articles)) return fail(file, '"data" must be a list of articles');
  return articles.map((article: unknown, a) => {
    const { title, paragraphs } = (article ?? {}) as Record<string, unknown>;
    if (typeof title !== 'string') return fail(file, `article ${a + 1} has no title`);
    if (!Array.isArray(paragraphs)) return fail(file, `article "${title}" has no paragraphs`);
    return {
      title,
      paragraphs: paragraphs.map((p: unknown, i) => {
        const { context, qas } = (p ?? {}) as Record<string, unknown>;
        if (typeof context !== 'string') return fail(file, `"${title}" paragraph ${i + 1} has no context`);
        if (!Array.isArray(qas)) return fail(file, `"${title}" paragraph ${i + 1} has no qas`);
        return {
          context,
          qas: qas.map((raw: unknown, q): SquadQuestion => {
            const r = (raw ?? {}) as Record<string, unknown>;
            if (typeof r.question !== 'string')
              return fail(file, `"${title}" paragraph ${i + 1} question ${q + 1} has no text`);
            const answers = texts(r.answers);
            const isImpossible = r.is_impossible === true || answers.length === 0;
            return {
              id: typeof r.id === 'string' ? r.id : `${title}-${i}-${q}`,
              question: r.question,
              answers: isImpossible ? [] : answers,
              isImpossible,
              plausibleAnswers: texts(r.plausible_answers),
              ...(typeof r.trick === 'string' ? { trick: r.trick } : {}),
            };
          }),
        };
      }),
    };
  });
}

/** Reads and parses a SQuAD JSON file. */
export async function loadSquad(file: string): Promise<SquadArticle[]> {
  return parseSquad(await readFile(file, 'utf8'), file);
}

const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** The official normalisation: lower case, no punctuation, no a/an/the, collapsed spaces. */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(PUNCTUATION, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

const tokensOf = (text: string): string[] => normalizeAnswer(text).split(' ').filter(Boolean);

/** 1 when the normalised strings are equal. */
export const exactMatch = (prediction: string, gold: string): number =>
  normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;

/** Token-level F1 of the normalised strings (bag of tokens, as the official script). */
export function tokenF1(prediction: string, gold: string): number {
  const p = tokensOf(prediction);
  const g = tokensOf(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      same += 1;
      counts.set(t, left - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** True when the normalised prediction holds a normalised gold answer as a run of whole tokens. */
export function containsAnswer(prediction: string, gold: string): boolean {
  const p = ` ${normalizeAnswer(prediction)} `;
  const g = normalizeAnswer(gold);
  return g.length > 0 && p.includes(` ${g} `);
}

export interface QuestionScore {
  em: number;
  f1: number;
  contains: boolean;
}

/**
 * Scores one prediction (`null` = refused) against a question: maxima over the gold answers.
 * Unanswerable questions score 1 for a refusal and 0 otherwise.
 */
export function scorePrediction(prediction: string | null, question: SquadQuestion): QuestionScore {
  if (question.isImpossible) {
    const right = prediction === null ? 1 : 0;
    return { em: right, f1: right, contains: prediction === null };
  }
  if (prediction === null) return { em: 0, f1: 0, contains: false };
  return {
    em: Math.max(0, ...question.answers.map((g) => exactMatch(prediction, g))),
    f1: Math.max(0, ...question.answers.map((g) => tokenF1(prediction, g))),
    contains: question.answers.some((g) => containsAnswer(prediction, g)),
  };
}
