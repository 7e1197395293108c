import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { escapeRegExp } from './extractSpan.ts';

/** Autocomplete choices are short: Discord cuts them at 100 characters, and people read them at a glance. */
const MAX_SUGGESTION = 90;

const clip = (text: string, max = MAX_SUGGESTION) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;

/** Whether a candidate fits what was typed: every word in it, the last one as a prefix of a word. */
function matcher(wanted: string): (text: string) => boolean {
  const words = wanted.split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  const last = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(words.pop()!)}`, 'u');
  return (text) => {
    const haystack = text.toLowerCase();
    return words.every((w) => haystack.includes(w)) && last.test(haystack);
  };
}

const collator = new Intl.Collator();

/** Candidates without repeats, shortest first, then in collation order: the order shown for no text. */
const ordered = (items: readonly string[]): string[] =>
  [...new Set(items)].sort((a, b) => a.length - b.length || collator.compare(a, b));

/**
 * At most `limit` of `sorted` (from `ordered`) that fit `partial`: those starting with it first,
 * then the others, each group in `sorted`'s order. Stops once it has `limit`.
 */
function rank(sorted: readonly string[], partial: string, limit: number): string[] {
  const wanted = partial.trim().toLowerCase();
  const fits = matcher(wanted);
  const out: string[] = [];
  for (const prefixed of [true, false]) {
    for (const item of sorted) {
      if (out.length >= limit) return out;
      if (item.toLowerCase().startsWith(wanted) === prefixed && fits(item)) out.push(item);
    }
  }
  return out;
}

/**
 * What autocomplete chooses from, made once per knowledge base and kept on it (`kb.analysis`):
 * every keystroke of /ask rebuilt and sorted these from every fact (69 ms a keystroke at 10,000
 * paragraphs, 300–790 ms at 40,000, the event loop blocked for every user meanwhile). A knowledge
 * base never changes, so neither do they.
 */
function candidates(kb: KnowledgeBase): { questions: string[]; terms: string[] } {
  return kb.analysis.get('suggest-candidates', () => {
    const terms = kb.factList.flatMap((f) => (f.type === 'definition' ? [f.definition.term] : []));
    return { questions: ordered(questionsOf(kb).map((q) => clip(q))), terms: ordered(terms) };
  });
}

/** The terms the stories define (acronyms, `X refers to Y`, named organizations), for `/define`. */
export function suggestTerms(kb: KnowledgeBase, partial: string, limit = 25): string[] {
  return rank(candidates(kb).terms, partial, limit);
}

/** Questions the stories can answer, made from what they hold: who said each quotation, what each defined term means, who each person is. */
function questionsOf(kb: KnowledgeBase): string[] {
  const questions: string[] = [];
  for (const fact of kb.factList) {
    if (fact.type === 'definition' && fact.definition.kind !== 'appositive') {
      questions.push(`What does ${fact.definition.term} mean?`);
    } else if (fact.type === 'quote' && fact.quote.speaker && fact.quote.text.split(/\s+/).length >= 3) {
      const words = fact.quote.text.replace(/[,.]$/u, '').split(/\s+/);
      const quote = words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
      questions.push(`Who said “${quote}”?`);
    }
  }
  for (const { people } of kb.facts.values()) {
    for (const person of people.people) questions.push(`Who is ${person.name}?`);
  }
  return questions;
}

/** Questions the stories can answer (see `questionsOf`) that fit the text typed so far, which comes first, as typed. */
export function suggestQuestions(kb: KnowledgeBase, partial: string, limit = 25): string[] {
  const typed = partial.trim();
  const ranked = rank(candidates(kb).questions, typed, limit);
  return typed ? [clip(typed, 100), ...ranked.filter((q) => q !== typed)].slice(0, limit) : ranked;
}

/** Stories whose title or id contains `partial`, as autocomplete choices. */
export function suggestStories(
  kb: KnowledgeBase,
  partial: string,
  limit = 25,
): { name: string; value: string }[] {
  const wanted = partial.trim().toLowerCase();
  return kb.stories
    .filter((s) => !wanted || s.title.toLowerCase().includes(wanted) || s.id.includes(wanted))
    .slice(0, limit)
    .map((s) => ({ name: clip(s.title, 100), value: s.id }));
}
