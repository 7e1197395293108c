import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { escapeRegExp } from './extractSpan.ts';

/** Autocomplete choices are short: Discord cuts them at 100 characters, and people read them at a glance. */
const MAX_SUGGESTION = 90;

const clip = (text: string, max = MAX_SUGGESTION) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;

/** Whether every word typed so far appears in `text`, the last one as a prefix of a word. */
function matches(text: string, partial: string): boolean {
  const words = partial.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = text.toLowerCase();
  const last = words.pop()!;
  return (
    words.every((w) => haystack.includes(w)) &&
    new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(last)}`, 'u').test(haystack)
  );
}

function rank(items: readonly string[], partial: string, limit: number): string[] {
  const wanted = partial.trim().toLowerCase();
  const unique = [...new Set(items)].filter((item) => matches(item, wanted));
  unique.sort((a, b) => {
    const pa = a.toLowerCase().startsWith(wanted) ? 0 : 1;
    const pb = b.toLowerCase().startsWith(wanted) ? 0 : 1;
    return pa - pb || a.length - b.length || a.localeCompare(b);
  });
  return unique.slice(0, limit);
}

/** The terms the stories define (acronyms, `X refers to Y`, named organizations), for `/define`. */
export function suggestTerms(kb: KnowledgeBase, partial: string, limit = 25): string[] {
  const terms = kb.factList.flatMap((f) => (f.type === 'definition' ? [f.definition.term] : []));
  return rank(terms, partial, limit);
}

/**
 * Questions the stories can answer, made from what they hold: who said each quotation, what each
 * defined term means, who each person is. The text typed so far comes first, as typed.
 */
export function suggestQuestions(kb: KnowledgeBase, partial: string, limit = 25): string[] {
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
  const typed = partial.trim();
  const ranked = rank(
    questions.map((q) => clip(q)),
    typed,
    limit,
  );
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
