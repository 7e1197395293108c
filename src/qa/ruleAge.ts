/**
 * "How old is Ashdown?" over "Ashdown, 58, denied wrongdoing.": news writes a person's age between
 * commas after the name (or before "and": "Marr, 22 and ranked 19th"; or as "NAME, a 34-year-old"),
 * or as a compound before the name or the noun ("eight-year-old Kira", "a 27-year-old woman" for
 * "How old is the woman?"). Read from the paragraphs the search finds for the question, so the
 * answer does not depend on what else is loaded.
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
/** "How old is the woman?": one lower-case noun after "the", and nothing after it. */
const AGE_ASKED_OF_NOUN = /^\s*[Hh]ow old\s+(?:is|was|are|were)\s+the\s+(\p{Ll}{3,})\s*\??\s*$/u;

/** An age written as a word, as news writes ages under ten (and a few more). */
const AGE_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
const AGE = String.raw`(\d{1,3}|${AGE_WORDS.join('|')})`;

/** The patterns that give the age of `name` (a capitalised name) or `noun`, the age in group 1. */
function agePatterns(asked: { name?: string; noun?: string }): RegExp[] {
  if (asked.noun) {
    // "a 27-year-old woman", "the 64-year-old retired teacher": at most two words between.
    const noun = escapeRegExp(asked.noun);
    return [new RegExp(String.raw`\b${AGE}-year-old\s+(?:\p{Ll}+\s+){0,2}?${noun}\b`, 'iu')];
  }
  const words = asked.name!.trim().split(/\s+/u);
  const last = escapeRegExp(words.at(-1)!);
  const first = escapeRegExp(words[0]!);
  return [
    // "Ashdown, 58, denied", "Marr, 22 and ranked 19th", "Elena Marsh, a 34-year-old shopkeeper".
    new RegExp(
      String.raw`\b${last},\s+(?:aged\s+)?(?:(\d{1,3})(?:,|\s+and\b)|an?\s+(\d{1,3})-year-old\b)`,
      'u',
    ),
    // "eight-year-old Kira", "the 64-year-old Marsh".
    new RegExp(String.raw`\b${AGE}-year-old\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(?:${first}|${last})\b`, 'iu'),
  ];
}

/** The age as a figure ("eight" → "eight", "58" → "58"), if it is one a person may be. */
function ageIn(found: RegExpExecArray | null): string | undefined {
  const age = found?.[1] ?? found?.[2];
  if (!age) return undefined;
  const value = /^\d/u.test(age) ? Number(age) : AGE_WORDS.indexOf(age.toLowerCase()) + 1;
  return value > 0 && value < 125 ? age : undefined;
}

/** The age the story gives beside the name (or the noun) the question asks about, or undefined. */
export function answerAge(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer | undefined {
  const spaced = question.replace(/\s+/gu, ' ');
  const name = AGE_ASKED.exec(spaced)?.[1];
  const noun = name ? undefined : AGE_ASKED_OF_NOUN.exec(spaced)?.[1];
  if (!name && !noun) return undefined;
  const patterns = agePatterns(name ? { name } : { noun: noun! });
  for (const { id } of retrieveParagraphs(kb, q)) {
    const paragraph = kb.paragraphs[id]!;
    for (const { text } of paragraph.sentences) {
      const age = patterns.map((p) => ageIn(p.exec(text))).find((a) => a !== undefined);
      // A fact the sentence states, as sure as a defined term (ruleDefinitions.ts).
      if (age)
        return answerOf(question, q.kind, age, PATTERN_FACT_CONFIDENCE, [citationOf(kb, paragraph, text)]);
    }
  }
  return undefined;
}
