/** What a term means and who a person is, from the definitions and people the stories give. */
import type { Definition } from '../knowledge/definitions.ts';
import type { Person } from '../knowledge/people.ts';

import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';
import { type QuestionAnalysis } from './analyzeQuestion.ts';
import { citationOf } from './citation.ts';
import { peopleOf } from './findDoer.ts';
import { matchStrength, searchOnce } from './evidence.ts';
import { clause, escapeRegExp } from './extractSpan.ts';
import type { Answer } from './types.ts';

import { MAX_ANSWER_LENGTH, answerOf } from './ruleCommon.ts';

export const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”"‘’'.]/g, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A definition with the forms `findDefinitions` compares, worked out once per knowledge base. */
interface DefinitionEntry {
  definition: Definition;
  term: string;
  meaning: string;
  stem: string;
}

/** Every definition of the stories with its compared forms (at 100k paragraphs, 3,939 of them were
 * normalized again for every "what is" question: 4 ms of it). Kept on the knowledge base. */
const definitionTable = (kb: KnowledgeBase): DefinitionEntry[] =>
  kb.analysis.get('definition-table', () =>
    kb.factList.flatMap((f) =>
      f.type === 'definition'
        ? [
            {
              definition: f.definition,
              term: bare(f.definition.term),
              meaning: bare(f.definition.meaning),
              stem: normalizeTerm(f.definition.term) ?? '',
            },
          ]
        : [],
    ),
  );

export function findDefinitions(kb: KnowledgeBase, target: string): Definition[] {
  const wanted = bare(target);
  const singular = wanted.replace(/s$/, '');
  const all = definitionTable(kb);
  let found = all.filter((d) => d.term === wanted || d.term === singular);
  if (found.length === 0) {
    // The long form asked about: "what is the North Atlantic Treaty Organization" → its acronym's meaning.
    found = all.filter((d) => d.definition.kind === 'acronym' && d.meaning === wanted);
  }
  if (found.length === 0 && wanted.length >= 4) {
    const terms = new Set([normalizeTerm(wanted.replace(/\s+/g, '')) ?? wanted]);
    found = all.filter(
      (d) =>
        d.definition.kind !== 'appositive' &&
        !d.definition.term.includes(' ') &&
        matchStrength(d.stem, terms) >= 0.8,
    );
  }
  return found.map((d) => d.definition);
}

export function answerDefinition(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  question: string,
  target: string,
): Answer | undefined {
  const found = findDefinitions(kb, target);
  if (found.length === 0) return undefined;
  const wantsLongForm = /stand|short|abbreviation|acronym/i.test(q.content);
  const rank = (d: Definition) =>
    d.kind === 'acronym' ? (wantsLongForm ? 0 : 1) : d.kind === 'refers-to' ? (wantsLongForm ? 1 : 0) : 2;
  const def = [...found].sort((a, b) => rank(a) - rank(b))[0]!;
  const paragraph = kb.storyById.get(def.storyId)?.paragraphs[def.paragraph - 1];
  if (!paragraph) return undefined;
  const sentence = paragraph.sentences.find(
    (s) => s.text.includes(def.term) && s.text.includes(def.meaning.slice(0, 20)),
  );
  const meaning =
    def.meaning.length > MAX_ANSWER_LENGTH ? clause(def.meaning, MAX_ANSWER_LENGTH) : def.meaning;
  return answerOf(question, 'define', meaning, 0.95, [citationOf(kb, paragraph, sentence?.text)]);
}

/**
 * "What is X?" answered by a sentence that says what X is: "X is a severe form of pneumonia …",
 * or "…, X, a software setting that …,". Only the predicate is the answer.
 */
export function answerFromDefiningSentence(
  kb: KnowledgeBase,
  question: string,
  target: string,
): Answer | undefined {
  const words = target
    .replace(/^(?:the|a|an)\s+/iu, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => escapeRegExp(w.replace(/['’]/gu, '')).replace(/s$/u, 's?'));
  if (words.length === 0 || words.length > 6) return undefined;
  const phrase = words.map((w) => `${w}(?:['’]s?)?`).join('[\\s-]+');
  const opening = new RegExp(
    `^(?:the\\s+)?${phrase}\\s+(?:is|are|was|were)\\s+((?:a|an|the|one)\\s+.+)$`,
    'iu',
  );
  const apposed = new RegExp(`\\b${phrase},\\s+((?:a|an|the)\\s+[^,;:()“”"]{3,120}?)(?:,|\\.$)`, 'iu');
  const terms = termsOf(target);
  if (terms.length === 0) return undefined;
  for (const hit of searchOnce(kb, terms, 8)) {
    const paragraph = kb.paragraphs[hit.id];
    if (!paragraph) continue;
    for (const sentence of paragraph.sentences) {
      const m = opening.exec(sentence.text) ?? apposed.exec(sentence.text);
      if (m?.[1]) {
        const meaning = m[1].replace(/[.\s]+$/u, '');
        return answerOf(question, 'define', meaning, 0.85, [citationOf(kb, paragraph, sentence.text)]);
      }
    }
  }
  return undefined;
}

export function findPerson(
  kb: KnowledgeBase,
  target: string,
): { person: Person; storyId: string } | undefined {
  const words = tokenize(target).map((w) => w.toLowerCase());
  if (words.length === 0 || words.length > 4) return undefined;
  const found = peopleTable(kb).find((p) => words.every((w) => p.tokens.includes(w)));
  return found && { person: found.person, storyId: found.storyId };
}

/** Every person of the stories, in story order, with their name's words in lower case (once per knowledge base). */
const peopleTable = (kb: KnowledgeBase) =>
  kb.analysis.get('people-table', () =>
    [...kb.facts].flatMap(([storyId, facts]) =>
      facts.people.people.map((person) => ({
        storyId,
        person,
        tokens: person.tokens.map((t) => t.toLowerCase()),
      })),
    ),
  );

export function answerWhoIs(kb: KnowledgeBase, question: string, target: string): Answer | undefined {
  const found = findPerson(kb, target);
  if (!found) return undefined;
  const { person, storyId } = found;
  const story = kb.storyById.get(storyId)!;
  const people = peopleOf(kb, storyId)!;
  // Cite where the person is introduced with a title, else the first mention.
  const titled = person.title
    ? story.paragraphs.find(
        (p) => p.text.includes(person.title!) && person.tokens.some((t) => p.text.includes(t)),
      )
    : undefined;
  const first = people.mentions.find((m) => m.personId === person.id);
  const paragraph = titled ?? story.paragraphs[(first?.paragraph ?? person.firstParagraph) - 1]!;
  const sentence = paragraph.sentences.find((s) => person.tokens.some((t) => s.text.includes(t)));
  const about = person.title ?? person.description;
  const text = about
    ? `${person.name}, ${about.replace(/^(?:the|a|an)\s+/i, (m) => m.toLowerCase())}`
    : person.name;
  return answerOf(question, 'who', text, person.title ? 0.9 : 0.6, [
    citationOf(kb, paragraph, sentence?.text),
  ]);
}
