import type { Person } from '../knowledge/people.ts';
import type { Quote } from '../knowledge/quotes.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { citationOf } from './citation.ts';
import type { Answer } from './types.ts';

/** Every answer is at most this long (the README's promise, the same as the engine's answers). */
export const MAX_QUOTE_ANSWER_LENGTH = 250;

const lower = (s: string) => s.toLowerCase();

/** Whether `name` (as a user wrote it) is `person`: the full name or all its words among theirs. */
function isPerson(person: Person, name: string): boolean {
  const words = lower(name).split(/\s+/).filter(Boolean);
  const tokens = person.tokens.map(lower);
  return lower(person.name) === lower(name) || (words.length > 0 && words.every((w) => tokens.includes(w)));
}

/** Every quotation the stories attribute to `name`, the given story's first, in reading order. */
export function quotesBy(
  kb: KnowledgeBase,
  name: string,
  storyFirst?: string,
): { quote: Quote; person: Person }[] {
  const stories = [...kb.stories].sort((a, b) => Number(b.id === storyFirst) - Number(a.id === storyFirst));
  return stories.flatMap((story) => {
    const facts = kb.facts.get(story.id);
    if (!facts) return [];
    const people = facts.people.people.filter((p) => isPerson(p, name));
    return facts.quotes.flatMap((quote) => {
      const person = people.find((p) => p.id === quote.personId);
      return person ? [{ quote, person }] : [];
    });
  });
}

export interface OtherQuote {
  /** The answer, or null when every quotation of theirs was shown already. */
  answer: Answer | null;
  /** The person's name as the story gives it (the name asked for when none is found). */
  speaker: string;
  /** How many quotations of theirs the stories hold. */
  total: number;
}

/** A quotation of `name`'s other than those in `shown`: "what else did Reyes say?". */
export function otherQuote(
  kb: KnowledgeBase,
  question: string,
  name: string,
  shown: readonly string[],
  storyFirst?: string,
): OtherQuote {
  const all = quotesBy(kb, name, storyFirst);
  const next = all.find(({ quote }) => !shown.includes(quote.text));
  if (!next) return { answer: null, speaker: all[0]?.person.name ?? name, total: all.length };
  const { quote, person } = next;
  const paragraph = kb.storyById.get(quote.storyId)!.paragraphs[quote.paragraph - 1]!;
  const sentence = paragraph.sentences.find((s) => s.start <= quote.start && quote.start < s.end);
  const text = `“${quote.text.replace(/[\s,;:]+$/u, '')}”`;
  return {
    speaker: person.name,
    total: all.length,
    answer: {
      question,
      answer:
        text.length <= MAX_QUOTE_ANSWER_LENGTH ? text : `${text.slice(0, MAX_QUOTE_ANSWER_LENGTH - 2)}…”`,
      kind: 'what-did',
      confidence: 1,
      citations: [citationOf(kb, paragraph, sentence?.text)],
    },
  };
}
