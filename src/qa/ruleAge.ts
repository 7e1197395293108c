/**
 * "How old is Ashdown?" over "Ashdown, 58, denied wrongdoing.": news writes a person's age between
 * commas after the name (or before "and": "Marr, 22 and ranked 19th"; or as "NAME, a 34-year-old"). Read from the paragraphs the search finds for the question, so the answer
 * does not depend on what else is loaded.
 */
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import type { QuestionAnalysis } from './analyzeQuestion.ts';
import { citationOf } from './citation.ts';
import { escapeRegExp } from './extractSpan.ts';
import { retrieveParagraphs } from './retrieve.ts';
import { answerOf, PATTERN_FACT_CONFIDENCE } from './ruleCommon.ts';
import type { Answer } from './types.ts';

/** The name a how-old question asks about: its capitalised words after the verb. */
const AGE_ASKED =
  /^\s*[Hh]ow old\s+(?:is|was|are|were)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*\??\s*$/u;

/** The age the story gives beside the name the question asks about, or undefined. */
export function answerAge(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer | undefined {
  const name = AGE_ASKED.exec(question.replace(/\s+/gu, ' '))?.[1];
  if (!name) return undefined;
  const last = escapeRegExp(name.trim().split(/\s+/u).at(-1)!);
  // "Ashdown, 58, denied", "Marr, 22 and ranked 19th", "Elena Marsh, a 34-year-old shopkeeper".
  const pattern = new RegExp(
    String.raw`\b${last},\s+(?:aged\s+)?(?:(\d{1,3})(?:,|\s+and\b)|an?\s+(\d{1,3})-year-old\b)`,
    'u',
  );
  for (const { id } of retrieveParagraphs(kb, q)) {
    const paragraph = kb.paragraphs[id]!;
    for (const { text } of paragraph.sentences) {
      const found = pattern.exec(text);
      const age = found?.[1] ?? found?.[2];
      // A fact the sentence states, as sure as a defined term (ruleDefinitions.ts).
      if (age && Number(age) > 0 && Number(age) < 125)
        return answerOf(question, q.kind, age, PATTERN_FACT_CONFIDENCE, [citationOf(kb, paragraph, text)]);
    }
  }
  return undefined;
}
