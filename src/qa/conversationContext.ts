import type { Person } from '../knowledge/people.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import type { ContextPerson, ConversationContext } from './conversation.ts';
import type { Answer } from './types.ts';

/** Whether `text` names `person`: the full name, or one of its words of three letters or more. */
function names(text: string, person: Person): number {
  const full = text.indexOf(person.name);
  if (full !== -1) return full;
  for (const token of person.tokens) {
    if (token.length < 3) continue;
    const m = new RegExp(
      `(?<![\\p{L}])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'u',
    ).exec(text);
    if (m) return m.index;
  }
  return -1;
}

/** The people of `storyIds` that `text` names, in the order it names them. */
function peopleIn(kb: KnowledgeBase, storyIds: readonly string[], text: string): Person[] {
  return storyIds
    .flatMap((id) => kb.facts.get(id)?.people.people ?? [])
    .map((p) => ({ p, at: names(text, p) }))
    .filter(({ at }) => at !== -1)
    .sort((a, b) => a.at - b.at)
    .map(({ p }) => p);
}

/** The people of any story that `text` names ("What did Marsh say about her plan?" → Elena Marsh). */
export function peopleNamedIn(kb: KnowledgeBase, text: string): ContextPerson[] {
  return peopleIn(
    kb,
    kb.stories.map((s) => s.id),
    text,
  ).map((p) => ({ name: p.name, ...(p.gender && { gender: p.gender }) }));
}

/** The people a cited sentence refers to, pronouns ("he said") included, as the story resolved them. */
function peopleOfSentence(kb: KnowledgeBase, answer: Answer): Person[] {
  const cited = answer.citations[0];
  if (!cited?.sentence) return [];
  const facts = kb.facts.get(cited.story);
  const start = cited.text.indexOf(cited.sentence);
  if (!facts || start === -1) return [];
  const end = start + cited.sentence.length;
  return facts.people.mentions
    .filter(
      (m) => m.paragraph === cited.paragraph && m.start >= start && m.end <= end && m.personId !== undefined,
    )
    .map((m) => facts.people.people.find((p) => p.id === m.personId))
    .filter((p): p is Person => p !== undefined);
}

/**
 * What an answer leaves for the next question: its story, the people named in the question, the
 * cited sentence and the answer (the answer's last, so "he" means the one just named), and the
 * quotation shown, if any.
 */
export function contextFromAnswer(
  kb: KnowledgeBase,
  answer: Answer,
  quotesShown: string[] = [],
): ConversationContext {
  const cited = answer.answer !== null ? answer.citations[0] : undefined;
  const storyIds = cited ? [cited.story] : kb.stories.map((s) => s.id);
  const inAnswer = answer.answer ? peopleIn(kb, storyIds, answer.answer) : [];
  const ordered = [...peopleIn(kb, storyIds, answer.question), ...peopleOfSentence(kb, answer), ...inAnswer];
  const people: ContextPerson[] = [];
  for (const p of ordered) {
    const at = people.findIndex((q) => q.name === p.name);
    if (at !== -1) people.splice(at, 1);
    people.push({ name: p.name, ...(p.gender && { gender: p.gender }) });
  }
  const shown = cited ? quotesIn(kb, cited.story, cited.paragraph, cited.text, cited.sentence) : [];
  const answerPerson = inAnswer.length === 1 ? inAnswer[0]!.name : undefined;
  return {
    ...(cited && { storyId: cited.story }),
    people,
    question: answer.question,
    ...(answerPerson && { answerPerson }),
    quotesShown: [...new Set([...quotesShown, ...shown])],
  };
}

/** The quotations of a paragraph that overlap the cited sentence (or that the answer holds). */
function quotesIn(
  kb: KnowledgeBase,
  storyId: string,
  paragraph: number,
  text: string,
  sentence: string | undefined,
): string[] {
  const start = sentence ? text.indexOf(sentence) : -1;
  const end = start + (sentence?.length ?? 0);
  return (kb.facts.get(storyId)?.quotes ?? [])
    .filter(
      (q) =>
        q.paragraph === paragraph && (start !== -1 ? q.start < end && q.end > start : text.includes(q.text)),
    )
    .map((q) => q.text);
}
