import { extractDefinitions, type Definition } from '../knowledge/definitions.ts';
import { extractPeople, type StoryPeople } from '../knowledge/people.ts';
import { extractQuotes, type Quote } from '../knowledge/quotes.ts';
import type { Story } from '../knowledge/types.ts';

/** What is derived from one story's text: its people, quotations and definitions. */
export interface StoryFacts {
  people: StoryPeople;
  quotes: Quote[];
  definitions: Definition[];
}

export function deriveFacts(story: Story): StoryFacts {
  const people = extractPeople(story);
  const definitions = extractDefinitions(story);
  // An appositive on a person ("Jane Doe, the agency’s director,") is that person's title.
  for (const d of definitions) {
    if (d.kind !== 'appositive') continue;
    const words = d.term.split(/\s+/);
    const person = people.people.find(
      (p) => p.tokens.every((t) => words.includes(t)) || words.every((w) => p.tokens.includes(w)),
    );
    if (person && !person.title) person.title = d.meaning;
  }
  return { people, quotes: extractQuotes(story, people), definitions };
}
