import { aliasesOfCountry, countryOfCapital } from '../knowledge/places.ts';
import type { Story } from '../knowledge/types.ts';
import type { StoryFacts } from './facts.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import { termsOf } from './terms.ts';

/**
 * Query expansion learned from the stories: each searchable term maps to the terms of the names it
 * stands for. An acronym and its long form (both ways), a person's short and full name, and a
 * capital for its country ("Rome" for Italy) when the country appears in the stories.
 */
export interface AliasTable {
  /** One term to the terms it also stands for: an acronym to its long form, a capital to its country. */
  readonly terms: ReadonlyMap<string, readonly string[]>;
  /** A long form's terms, all present in a query, stand for the acronym. */
  readonly phrases: readonly { terms: readonly string[]; expansion: readonly string[] }[];
}

/**
 * A capitalized word, or two: a capital's name. A module constant, read with `match` (the names
 * alone): in the function, tsx made a new pattern a paragraph, and `matchAll` an array a name.
 */
const CAPITALIZED_NAME = /\b\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?/gu;

export function buildAliases(stories: readonly Story[], facts: ReadonlyMap<string, StoryFacts>): AliasTable {
  const aliases = new Map<string, Set<string>>();
  const phrases: AliasTable['phrases'][number][] = [];
  // `from` and `to` are searchable terms already (stemming a stem again can change it).
  const link = (key: readonly string[], to: readonly string[]) => {
    if (key.length !== 1 || to.length === 0) return;
    const set = aliases.get(key[0]!) ?? new Set<string>();
    for (const t of to) if (t !== key[0]) set.add(t);
    aliases.set(key[0]!, set);
  };
  for (const story of stories) {
    const f = facts.get(story.id);
    if (!f) continue;
    for (const d of f.definitions) {
      if (d.kind !== 'acronym') continue;
      const longForm = termsOf(d.meaning);
      link(termsOf(d.term), longForm);
      if (longForm.length > 1) phrases.push({ terms: longForm, expansion: termsOf(d.term) });
    }
  }
  // Capitals stand for their countries, in the stories' words.
  const seenCapitals = new Set<string>();
  for (const story of stories) {
    for (const p of story.paragraphs) {
      for (const name of p.text.match(CAPITALIZED_NAME) ?? []) {
        if (seenCapitals.has(name)) continue;
        seenCapitals.add(name);
        const country = countryOfCapital(name);
        if (country)
          link(
            termsOf(name),
            [country, ...aliasesOfCountry(country)].flatMap((name) => termsOf(name)),
          );
      }
    }
  }
  // Everyday synonyms and abbreviations: single words link to each other, phrases by all their words.
  for (const group of SYNONYM_GROUPS) {
    const members = group
      .split('|')
      .map((m) => termsOf(m))
      .filter((t) => t.length > 0);
    for (const a of members) {
      for (const b of members) {
        if (a === b) continue;
        if (a.length === 1) link(a, b);
        else if (b.length === 1) phrases.push({ terms: a, expansion: b });
      }
    }
  }
  return { terms: new Map([...aliases].map(([k, v]) => [k, [...v]])), phrases };
}

/** The query's terms plus the terms their aliases stand for (each added once). */
export function expandTerms(aliases: AliasTable, terms: readonly string[]): string[] {
  return [...expandTermSet(aliases, terms)];
}

/** `expandTerms` as the set it is built in, in the same order (a sentence's terms are kept as a set). */
export function expandTermSet(aliases: AliasTable, terms: readonly string[]): Set<string> {
  const out = new Set(terms);
  for (const t of terms) for (const a of aliases.terms.get(t) ?? []) out.add(a);
  for (const p of aliases.phrases) if (allIn(p.terms, out)) for (const a of p.expansion) out.add(a);
  return out;
}

/** `terms.every((t) => set.has(t))` without a closure per phrase (expandTerms runs per sentence read). */
function allIn(terms: readonly string[], set: ReadonlySet<string>): boolean {
  for (const t of terms) if (!set.has(t)) return false;
  return true;
}
