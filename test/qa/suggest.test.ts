import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, suggestQuestions, suggestStories, suggestTerms } from '../../src/qa/index.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { escapeRegExp } from '../../src/qa/extractSpan.ts';
import type { KnowledgeBase } from '../../src/qa/index.ts';
import { storyFiles } from '../../scripts/bench/storyFiles.ts';
import { chipStory, floodStory, harborStory, schoolStory, wageStory } from '../support/stories.ts';

const kb = buildKnowledgeBase([harborStory(), schoolStory()]);

describe('autocomplete suggestions', () => {
  it('GIVEN stories that define terms WHEN a user types part of one THEN the defined terms that fit come first', () => {
    expect(suggestTerms(kb, 'p', 25)).toEqual(['PVA']);
    expect(suggestTerms(kb, '', 25)).toEqual(expect.arrayContaining(['PVA', 'TEU', 'LSD']));
    expect(suggestTerms(kb, 'zzz', 25)).toEqual([]);
  });

  it('GIVEN quotes, people and terms WHEN a user types THEN questions the stories can answer are offered, the typed text first', () => {
    const choices = suggestQuestions(kb, 'who said', 25);
    expect(choices[0]).toBe('who said');
    expect(choices).toContain('Who said “This port either grows or it slowly dies”?');
    expect(suggestQuestions(kb, 'marsh', 25)).toContain('Who is Elena Marsh?');
    expect(suggestQuestions(kb, 'TEU', 25)).toContain('What does TEU mean?');
  });

  it('GIVEN many facts THEN there are never more choices than asked and each fits in Discord’s 100 characters', () => {
    const all = suggestQuestions(kb, '', 5);
    expect(all.length).toBeLessThanOrEqual(5);
    for (const q of suggestQuestions(kb, '', 25)) expect(q.length).toBeLessThanOrEqual(100);
  });

  it('GIVEN two stories WHEN a story name is typed THEN its id is offered', () => {
    expect(suggestStories(kb, 'meals', 25)).toEqual([
      { name: 'District adds free school meals for all students', value: 'school' },
    ]);
  });

  it('GIVEN five stories and 2,000 generated paragraphs WHEN anything is typed THEN the choices are those of the first implementation (which rebuilt and sorted every candidate per keystroke), and a keystroke takes under a quarter of its time', () => {
    const generated = storyFiles({ paragraphs: 2_000 }).map((f, i) =>
      parseStory({ id: `g${i}`, file: f.name, text: f.text }),
    );
    const big = buildKnowledgeBase([
      harborStory(),
      schoolStory(),
      floodStory(),
      chipStory(),
      wageStory(),
      ...generated,
    ]);
    const typed = [
      '',
      'w',
      'Who',
      'who said',
      'who is e',
      'what does',
      'TEU',
      'port',
      'said “we',
      'zz',
      'a b c',
      '(',
      ' council  ',
    ];
    for (const partial of typed) {
      for (const limit of [1, 5, 25]) {
        expect(suggestQuestions(big, partial, limit), `${partial} ${limit}`).toEqual(
          firstQuestions(big, partial, limit),
        );
        expect(suggestTerms(big, partial, limit), `${partial} ${limit}`).toEqual(
          firstTerms(big, partial, limit),
        );
      }
    }
    const before = timed(() => firstQuestions(big, 'who is', 25), 10);
    expect(timed(() => suggestQuestions(big, 'who is', 25), 10)).toBeLessThan(before / 4);
  });
});

const timed = (work: () => unknown, times: number): number => {
  const started = performance.now();
  for (let i = 0; i < times; i++) work();
  return (performance.now() - started) / times;
};

// The first implementation (56c9d4e), kept as the oracle of what autocomplete offers.
const clip = (text: string, max = 90) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
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
function firstTerms(kb: KnowledgeBase, partial: string, limit: number): string[] {
  return rank(
    kb.factList.flatMap((f) => (f.type === 'definition' ? [f.definition.term] : [])),
    partial,
    limit,
  );
}
function firstQuestions(kb: KnowledgeBase, partial: string, limit: number): string[] {
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
