/**
 * Trick checks where the answer's sentence is about something other than what the question asks
 * (the five own-story tricks that set the answer threshold, 2026-12-01 night): a place asked of a
 * thing the sentence never mentions, what someone said answered from a sentence about someone else,
 * a count out of a group the sentence does not count, a vote tally the sentence does not give. Each replayed over the 4,557
 * SQuAD gold answers in their sentences (`npx tsx scripts/eval/trickReplay.ts`); counts beside each.
 */
import { tagText } from '../knowledge/tagger.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';
import { escapeRegExp } from './extractSpan.ts';

/** A capitalised word of the question: part of a name, not of the thing asked about. */
const NAME_WORD = /^\p{Lu}/u;

/** The question's own words after its first, that are no name: "garage", "damaged", "headquarters". */
function thingTerms(question: string): string[] {
  const words = tokenize(question).slice(1);
  return words
    .filter((w, i) => !(NAME_WORD.test(w) && i > 0) && !/['’]s$/u.test(w))
    .map((w) => normalizeTerm(w))
    .filter((t): t is string => t !== null);
}

/** The question's names: runs of capitalised words after its first word ("Maria Holm", "Kavora Cells"). */
const namesOf = (question: string): string[] =>
  [...question.matchAll(/(?<=\s)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*/gu)].map((m) => m[0]);

/**
 * The answer is one of the question's names ("manufacturer, Kavora Cells" for "… of Kavora
 * Cells?") or what the sentence says that name's person works at ("Maria Holm, an analyst at
 * Nordbank Markets" → "Nordbank Markets"): it tells who the name is, not where the thing happened.
 */
function namesTheAsked(question: string, answer: string, sentence: string): boolean {
  const answerTerms = new Set(termsOf(answer));
  return namesOf(question).some((name) => {
    if (termsOf(name).some((t) => answerTerms.has(t))) return true;
    const held = new RegExp(
      String.raw`${escapeRegExp(name).replace(/\s+/gu, '\\s+')},\s+(?:a|an|the)\s[^,]{0,60}?\b(?:at|of|for|with)\s+${escapeRegExp(answer.trim())}`,
      'u',
    );
    return held.test(sentence);
  });
}

/**
 * "Where was Maria Holm's garage damaged?" → "Nordbank Markets" of "Maria Holm, an analyst at
 * Nordbank Markets, …", "Where are the headquarters of Kavora Cells?" → "manufacturer, Kavora
 * Cells": a place asked, not one of the question's own words outside its names is in the answer's
 * sentence, and the answer is the question's name or its person's employer. SQuAD 2.0's swapped
 * entity. Fires on 1 of the 4,557 SQuAD gold answers ("Where is Peridinin found?" → "peridinin-type
 * chloroplast") and 0 of the 227 news training answers; without the name or employer check it fired
 * on 36 ("Where was the Continental Edison Company located?" → "France": a paraphrase).
 */
export function placeOfOtherThing(question: string, answer: string, sentence: string): boolean {
  if (!/^\s*where\b/iu.test(question) || !answer) return false;
  const asked = thingTerms(question);
  const said = new Set(termsOf(sentence));
  return asked.length > 0 && asked.every((t) => !said.has(t)) && namesTheAsked(question, answer, sentence);
}

/** "How many of the 22 people …", "how many of its 1,200 workers …": the group the count is out of. */
const OUT_OF = /^\s*how\s+many\s+of\s+(?:the|these|those|its|their|his|her)\s+(\d[\d,.]*)\b/iu;

/**
 * "How many of the 22 people in intensive care have died?" → "four people" of "The four people
 * who died were all over 65.": the question counts out of a group of a given size, and the
 * answer's sentence never gives that size; it counts some other group. Fires on 0 of the 4,557
 * SQuAD gold answers.
 */
export function countOfOtherGroup(question: string, sentence: string): boolean {
  const size = OUT_OF.exec(question)?.[1]?.replace(/[.,]$/u, '');
  return (
    size !== undefined &&
    !new RegExp(String.raw`(?<![\d,.])${escapeRegExp(size)}(?![\d])`, 'u').test(sentence)
  );
}

/** "What did the finance minister say …": the doer of a verb of speech. */
const SAID_BY =
  /^\s*what\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:say|tell|announce|add|claim|warn|declare|promise)\b/iu;

/**
 * "What did the finance minister say at the summit?" → "Okafor made the remarks at a summit …":
 * what someone said asked, and the answer's sentence never names them (not one word of "the
 * finance minister") but opens on another named person, the one it reports on. Fires on 0 of the
 * 4,557 SQuAD gold answers.
 */
export function speechOfOtherPerson(question: string, sentence: string): boolean {
  const doer = SAID_BY.exec(question)?.[1];
  if (doer === undefined) return false;
  const named = termsOf(doer);
  const said = new Set(termsOf(sentence));
  if (named.length === 0 || named.some((t) => said.has(t))) return false;
  const first = tagText(sentence).tokens.find((t) => /\p{L}/u.test(t.text));
  if (first?.pos !== 'PROPN') return false;
  const term = normalizeTerm(first.text);
  return term !== null && !termsOf(question).includes(term);
}

/** A tally or score: "6-3", "24–10". */
const TALLY = /(?<![\p{L}\p{N}.,])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\p{L}\p{N}])/u;

/**
 * "What did the council vote 6-3 to approve?" → "3 percent" of "The council also approved a 3
 * percent raise …": the question gives a tally, and the answer's sentence gives none like it (the
 * story's vote was 7-2, or no vote is counted there). Fires on 0 of the 4,557 SQuAD gold answers
 * (15 of them give a tally or score); catches 2 of the 754 hand-written tricks ("defeat 49–15").
 */
export function tallyNotGiven(question: string, sentence: string): boolean {
  const tally = TALLY.exec(question);
  if (!tally) return false;
  const pattern = String.raw`(?<![\p{N}])${tally[1]}\s*(?:[-–]|to)\s*${tally[2]}(?![\p{N}])`;
  return !new RegExp(pattern, 'u').test(sentence);
}
