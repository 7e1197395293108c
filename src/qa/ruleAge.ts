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
import { retrieveParagraphs, type Retrieval } from './retrieve.ts';
import { answerOf, PATTERN_FACT_CONFIDENCE } from './ruleCommon.ts';
import type { Answer } from './types.ts';

/**
 * The name a how-old question asks about: its words after the verb, capitalised or not (people type
 * "how old is ferreira"); not a pronoun or a noun after "the" (AGE_ASKED_OF_NOUN).
 */
const AGE_ASKED =
  /^\s*how old\s+(?:is|was|are|were)\s+(?!(?:the|a|an|he|she|they|it|him|her|them|this|that|his|its|their)\b)((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)\s*\??\s*$/iu;
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
    // "Ashdown, 58, denied", "Marr, 22 and ranked 19th", "Elena Marsh, a 34-year-old shopkeeper",
    // "Ashdown, who is 58, denied".
    new RegExp(
      String.raw`\b${last},\s+(?:aged\s+|who\s+(?:is|was)\s+)?(?:(\d{1,3})(?:,|\s+and\b)|an?\s+(\d{1,3})-year-old\b)`,
      'iu',
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
export function answerAge(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  question: string,
  retrieved: Retrieval = () => retrieveParagraphs(kb, q),
): Answer | undefined {
  const spaced = question.replace(/\s+/gu, ' ');
  const name = AGE_ASKED.exec(spaced)?.[1];
  const noun = name ? undefined : AGE_ASKED_OF_NOUN.exec(spaced)?.[1];
  if (!name && !noun) return undefined;
  const patterns = agePatterns(name ? { name } : { noun: noun! });
  for (const { id } of retrieved()) {
    const paragraph = kb.paragraphs[id]!;
    // A person this story names (not one of another story loaded).
    const people = kb.facts.get(paragraph.storyId)?.people.people ?? [];
    const isPerson = (word: string) =>
      people.some((p) => p.tokens.some((t) => t.toLowerCase() === word.toLowerCase()));
    for (const [i, { text }] of paragraph.sentences.entries()) {
      const age =
        patterns.map((p) => ageIn(p.exec(text))).find((a) => a !== undefined) ??
        (name ? ageAsEpithet(text, name, isPerson) : undefined) ??
        (name ? ageAsSubject(text, name, sentenceBefore(kb, id, i), isPerson) : undefined);
      // A fact the sentence states, as sure as a defined term (ruleDefinitions.ts).
      if (age)
        return answerOf(question, q.kind, age, PATTERN_FACT_CONFIDENCE, [citationOf(kb, paragraph, text)]);
    }
    // "… signed Tomás Ferreira." then a paragraph "The 24-year-old has agreed …": the search finds
    // the paragraph with the name, the age opens the next one.
    const next = kb.paragraphs[id + 1];
    const opening = next?.storyId === paragraph.storyId ? next.sentences[0]?.text : undefined;
    const age = name && opening && ageAsSubject(opening, name, paragraph.sentences.at(-1)?.text, isPerson);
    if (age)
      return answerOf(question, q.kind, age, PATTERN_FACT_CONFIDENCE, [citationOf(kb, next!, opening)]);
  }
  return undefined;
}

/**
 * "The 24-year-old has agreed …", "The 26-year-old pulled away …": news opens a sentence with the
 * age alone for the person the sentence before names. Only with a verb right after the age (not
 * "The 35-year-old driver", another person) and the name asked in that sentence before.
 */
const AGE_AS_SUBJECT = new RegExp(
  String.raw`^\s*The\s+${AGE}-year-old(?:,|\s+(?:has|had|is|was|will|would|said|says|told|who|\p{Ll}+ed)\b)`,
  'iu',
);

/** "… the 29-year-old had failed …": the age standing for a person as the subject of a verb. */
const AGE_EPITHET = new RegExp(
  String.raw`\bthe\s+${AGE}-year-old(?:,|\s+(?:has|had|is|was|will|would|said|says|told|who|\p{Ll}+ed)\b)`,
  'giu',
);

/**
 * "The court rejected an appeal by Matteo Varga …, ruling that the 29-year-old had failed …": later
 * in the sentence that names the person asked, the age stands for them (as AGE_AS_SUBJECT does in
 * the next sentence). Only when no other person the story names comes between ("Varga's coach …
 * the 45-year-old said" is the coach's age, if the coach is named).
 */
function ageAsEpithet(
  sentence: string,
  name: string,
  isPerson: (word: string) => boolean,
): string | undefined {
  const words = name.trim().split(/\s+/u);
  const named = new RegExp(String.raw`\b(?:${words.map(escapeRegExp).join('|')})\b`, 'iu').exec(sentence);
  if (!named) return undefined;
  const asked = new Set(words.map((w) => w.toLowerCase()));
  for (const found of sentence.matchAll(AGE_EPITHET)) {
    if (found.index < named.index) continue;
    const between =
      sentence.slice(named.index + named[0].length, found.index).match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
    if (between.some((w) => !asked.has(w.toLowerCase()) && isPerson(w))) return undefined;
    return ageIn(found);
  }
  return undefined;
}

function ageAsSubject(
  sentence: string,
  name: string,
  before: string | undefined,
  isPerson: (word: string) => boolean,
): string | undefined {
  if (!before) return undefined;
  const words = name.trim().split(/\s+/u);
  const named = new RegExp(String.raw`\b(?:${words.map(escapeRegExp).join('|')})\b`, 'iu');
  // A person the story names, or the subject of the sentence before ("Kenya's Peter Wanjiru broke
  // …"): not the club he was signed from ("signed Tomás Ferreira from Lisvale").
  const subject = before.split(/\s+/u).slice(0, SUBJECT_WORDS).join(' ');
  const meant =
    named.test(subject) || (named.test(before) && (words.some(isPerson) || afterRole(before, words)));
  return meant ? ageIn(AGE_AS_SUBJECT.exec(sentence)) : undefined;
}

/**
 * "the Austrian rider Lukas Brenner": the name's capitalised words come right after a lower-case
 * word that is no preposition ("from Velo Norden" is where he came from).
 */
function afterRole(sentence: string, words: readonly string[]): boolean {
  const cased = words.map((w) => escapeRegExp(w[0]!.toUpperCase() + w.slice(1).toLowerCase()));
  const role = new RegExp(
    String.raw`\b(\p{Ll}+)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(?:${cased.join('|')})\b`,
    'gu',
  );
  return [...sentence.matchAll(role)].some((m) => !PREPOSITIONS.has(m[1]!));
}

const PREPOSITIONS = new Set([
  'from',
  'of',
  'at',
  'in',
  'for',
  'to',
  'against',
  'with',
  'by',
  'on',
  'over',
  'beat',
  'beating',
]);

/** The first words of a sentence, where its subject is named. */
const SUBJECT_WORDS = 4;

/** The sentence before sentence `i` of paragraph `id`: the last of the paragraph before, in the same story. */
function sentenceBefore(kb: KnowledgeBase, id: number, i: number): string | undefined {
  const paragraph = kb.paragraphs[id]!;
  if (i > 0) return paragraph.sentences[i - 1]?.text;
  const previous = kb.paragraphs[id - 1];
  return previous?.storyId === paragraph.storyId ? previous.sentences.at(-1)?.text : undefined;
}
