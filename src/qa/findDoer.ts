/**
 * Who did it: the person or organization an evidence sentence gives for a "who …" question — the
 * doer of the question's verb, the speaker of reported speech, the person whose role fits, or the
 * nearest organization.
 */
import { isEnglishWord } from '../knowledge/englishWords.ts';
import type { Person } from '../knowledge/people.ts';
import { isPlaceName } from '../knowledge/places.ts';
import { IRREGULAR_PAST } from '../search/irregularVerbs.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';
import type { QuestionAnalysis } from './analyzeQuestion.ts';
import type { Evidence, KeyTerm } from './evidence.ts';
import { indexOfTerm, nearest } from './extractSpan.ts';

export const peopleOf = (kb: KnowledgeBase, storyId: string) => kb.facts.get(storyId)?.people;

const NAME_RUN = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*`;
const POSSESSIVE_BEFORE = new RegExp(`(${NAME_RUN})[’']s\\s+(?:[\\p{Ll}-]+\\s+)?$`, 'u');
const SUBJECT_BEFORE = new RegExp(
  `(${NAME_RUN}|\\b[Hh]e|\\b[Ss]he|\\b[Tt]hey)\\s+(?:(?:has|have|had|will|would|also|then|later|reportedly)\\s+)*$`,
  'u',
);

/**
 * "Who said the agency rushed the design?" answered from reported speech: the subject of the
 * sentence's verb of speech ("Critics, including former astronaut Helen Park, said …", "A spokesman
 * for the French government said …"): a person it names, else the phrase.
 */
function speakerOfReport(kb: KnowledgeBase, q: QuestionAnalysis, e: Evidence): string | undefined {
  const text = e.sentence.text;
  const m = /^(.{2,120}?),?\s+(?:also\s+)?(?:said|says|told|stated|claimed|argued|warned|added)\b/u.exec(
    text,
  );
  if (!m?.[1] || /[“"]/u.test(m[1])) return undefined;
  const subject = m[1];
  const asked = new Set(tokenize(q.content).map((w) => w.toLowerCase()));
  const people = peopleOf(kb, e.paragraph.storyId);
  const inSubject = (people?.mentions ?? []).filter(
    (x) =>
      x.paragraph === e.paragraph.number &&
      x.start >= e.sentence.start &&
      x.end <= e.sentence.start + subject.length &&
      x.personId !== undefined,
  );
  const person = inSubject
    .map((x) => people!.people[x.personId!])
    .find((p) => p && !p.tokens.some((t) => asked.has(t.toLowerCase())));
  if (person) return person.name;
  const phrase = subject.split(/,\s+/u)[0]!.trim();
  const fresh = !tokenize(phrase).every((w) => asked.has(w.toLowerCase()));
  return phrase.split(/\s+/).length <= 8 && fresh ? phrase : undefined;
}

/** A name, with "of" or "for" inside a body's name ("the University of Redmond"). */
const BODY_NAME = String.raw`${NAME_RUN}(?:\s+(?:of|for)\s+(?:the\s+)?${NAME_RUN})?`;

/**
 * "Who established the space agency?" over "It was established in 1968 by the University …, and is
 * operated with the space agency": the passive's subject (the words before its verb, or the
 * sentence before when that is a pronoun) must hold what the question asks about.
 */
function passiveSubjectIsAsked(q: QuestionAnalysis, e: Evidence, before: string): boolean {
  const asked = new Set(termsOf(q.content.replace(/^who\s+\p{L}+/iu, '')));
  if (asked.size === 0) return true;
  const clause = before.split(/[,;:]\s/u).at(-1) ?? before;
  const holds = (text: string) => termsOf(text).some((t) => asked.has(t));
  if (holds(clause)) return true;
  if (!/^\s*(?:it|they|he|she|this|these)\s/iu.test(clause)) return false;
  const previous = e.paragraph.sentences[e.sentenceIndex - 1]?.text ?? '';
  return holds(previous) || (e.sentenceIndex === 0 && holds(e.paragraph.text));
}

/**
 * Who a sentence says did what a "who VERB …" question asks: the name just before the verb
 * ("the union wants", "Brazil’s veto") or after "by" in a passive. Undefined when the question has no
 * such verb or the sentence does not hold it; null when the sentence holds the verb with no doer
 * ("remarks interpreted into English"): then nobody may be named.
 */
export function agentOf(kb: KnowledgeBase, q: QuestionAnalysis, e: Evidence): string | null | undefined {
  const verbWord = /^who\s+([\p{L}]+)/iu.exec(q.content)?.[1];
  if (!verbWord || /^(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could)$/iu.test(verbWord)) {
    return undefined;
  }
  const text = e.sentence.text;
  if (/^(?:said|says|say|told|tells|stated|claimed|argued|warned|added)$/iu.test(verbWord)) {
    return speakerOfReport(kb, q, e);
  }
  const verb = normalizeTerm(verbWord);
  const at = verb ? indexOfTerm(text, verb) : -1;
  if (at < 0) return undefined;
  const asked = new Set(tokenize(q.content).map((w) => w.toLowerCase()));
  const fresh = (name: string) => !tokenize(name).every((w) => asked.has(w.toLowerCase()));
  const before = text.slice(Math.max(0, at - 80), at);
  const named = POSSESSIVE_BEFORE.exec(before)?.[1] ?? SUBJECT_BEFORE.exec(before)?.[1];
  if (named) {
    if (/^(?:he|she|they)$/iu.test(named)) {
      const people = peopleOf(kb, e.paragraph.storyId);
      const offset = e.sentence.start + at - before.length + before.lastIndexOf(named);
      const mention = people?.mentions.find((m) => m.paragraph === e.paragraph.number && m.start === offset);
      const person = mention?.personId !== undefined ? people?.people[mention.personId] : undefined;
      return person && fresh(person.name) ? person.name : undefined;
    }
    if (NOT_A_NAME.test(named) || !fresh(named)) return undefined;
    const person = [...(peopleOf(kb, e.paragraph.storyId)?.people ?? [])].find((p) =>
      tokenize(named).every((w) => p.tokens.includes(w)),
    );
    return person?.name ?? named;
  }
  // "founded by Ann Lee", "established in 1968 by the University of Redmond": up to four words between.
  const by = new RegExp(
    `^\\S*(?:\\s+(?!by\\b)[^\\s.,;:]+){0,4}?\\s+by\\s+(?:the\\s+)?(${BODY_NAME})`,
    'u',
  ).exec(text.slice(at));
  if (by?.[1] && fresh(by[1])) return passiveSubjectIsAsked(q, e, before) ? by[1] : null;
  // A noun right before the verb ("remarks interpreted into English"): a passive with no doer.
  const written = /^[\p{L}]+/u.exec(text.slice(at))?.[0].toLowerCase() ?? '';
  const participle = /ed$/u.test(written) || IRREGULAR_PAST.has(written) || /en$/u.test(written);
  if (participle && /\b\p{Ll}+s?\s+$/u.test(before) && !/\b(?:he|she|they|who|that|which)\s+$/iu.test(before))
    return null;
  return undefined;
}

/**
 * The person a "who …" question asks for in an evidence sentence: not one the question names, the
 * nearest to the question's words, and best one whose role holds them ("head coach Daniel Kruger").
 */
export function personNearest(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  e: Evidence,
  keyTerms: readonly KeyTerm[],
): Person | undefined {
  const people = peopleOf(kb, e.paragraph.storyId);
  if (!people) return undefined;
  const asked = new Set(tokenize(q.content).map((w) => w.toLowerCase()));
  const offset = e.sentence.start;
  const text = e.sentence.text;
  const keyPositions = keyTerms.map((k) => indexOfTerm(text, k.term)).filter((i) => i >= 0);
  let best: { person: Person; score: number } | undefined;
  for (const m of people.mentions) {
    if (m.paragraph !== e.paragraph.number || m.sentence !== e.sentenceIndex || m.personId === undefined)
      continue;
    const person = people.people[m.personId];
    if (!person || person.tokens.some((t) => asked.has(t.toLowerCase()))) continue;
    const at = m.start - offset;
    const distance = keyPositions.length ? Math.min(...keyPositions.map((p) => Math.abs(p - at))) : at;
    // A role that holds the question's first word after "who" (what the person does) counts most.
    const roleTerms = new Set(person.title ? termsOf(person.title) : []);
    const role = keyTerms.reduce((sum, k, i) => sum + (roleTerms.has(k.term) ? (i === 0 ? 3 : 1) : 0), 0);
    const score = role * 100 - distance / 10 - (m.pronoun ? 5 : 0);
    if (!best || score > best.score) best = { person, score };
  }
  return best?.person;
}

const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|But|And|He|She|It|They|We|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** A capitalized name in the sentence that the question does not use, nearest to its words: an organization. */
export function organizationNearest(q: QuestionAnalysis, text: string, anchor: number): string | undefined {
  const asked = new Set(tokenize(q.content).map((w) => w.toLowerCase()));
  const askedWords = (name: string) => tokenize(name).some((w) => asked.has(w.toLowerCase()));
  const names = [...text.matchAll(/\p{Lu}[\p{L}&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}&’'-]*)*/gu)]
    .map((m) => ({ text: m[0].replace(/[’']s$/u, ''), index: m.index }))
    .filter(
      (n) =>
        !NOT_A_NAME.test(n.text) &&
        !isPlaceName(n.text) &&
        // "Critics, including …": a sentence's first word is capitalized anyway.
        !(n.index === 0 && !n.text.includes(' ') && isEnglishWord(n.text)) &&
        // "in Stockholm", "from Rome": a place, not who did something.
        !/\b(?:in|at|from|to|near|of|on)\s+(?:the\s+)?$/iu.test(
          text.slice(Math.max(0, n.index - 12), n.index),
        ) &&
        !askedWords(n.text),
    );
  return nearest(names, anchor)?.text;
}
