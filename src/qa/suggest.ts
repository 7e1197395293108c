import type { KnowledgeBase } from '../search/knowledgeBase.ts';

// PLACEHOLDER: first cut, replaced with questions and terms learned from the stories.
export function suggestQuestions(_kb: KnowledgeBase, partial: string, limit = 25): string[] {
  return partial.trim() ? [partial.trim()].slice(0, limit) : [];
}

export function suggestTerms(_kb: KnowledgeBase, _partial: string, _limit = 25): string[] {
  return [];
}

/** Stories whose title or id contains `partial`, as autocomplete choices. */
export function suggestStories(kb: KnowledgeBase, partial: string, limit = 25): { name: string; value: string }[] {
  const wanted = partial.trim().toLowerCase();
  return kb.stories
    .filter((s) => !wanted || s.title.toLowerCase().includes(wanted) || s.id.includes(wanted))
    .slice(0, limit)
    .map((s) => ({ name: s.title, value: s.id }));
}
