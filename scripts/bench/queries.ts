/**
 * Benchmark questions made from known paragraphs: 3–6 of a paragraph's distinct content words, in order,
 * one of them sometimes misspelt. The paragraph they come from is the relevant answer.
 */
import { seededRandom, type Random } from './prng.ts';

export interface BenchQuery {
  text: string;
  /** Position of the source paragraph in the collection's flat paragraph list. */
  target: number;
  misspelt: boolean;
}

export interface QueryOptions {
  count: number;
  seed: number;
  /** Share of questions with one misspelt word (default 0.25). */
  misspeltShare?: number;
}

/** Function words a person would not type as search words; only used to pick query words. */
const FUNCTION_WORDS = new Set(
  `the and for are but not you all any can had her was one our out has his how its may new now old see two way who
did get him let say she too use that with have this will your from they been were said each which their there
what when into than them then these some would other could about also only over such most upon shall should
those being while where after before under very much many more just like well made even back must here`.split(/\s+/),
);

const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;

/** The words of `text` worth searching by: letters only, three or more of them, not function words. */
export function contentWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w.toLowerCase()));
}

/** One typo of the kinds people make: two letters swapped, one dropped, one doubled, or one replaced. */
export function misspell(word: string, random: Random): string {
  const i = random.int(1, word.length - 2);
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const letters = 'aeioustnrl'.replace(word[i]!.toLowerCase(), '');
      return word.slice(0, i) + random.pick([...letters]) + word.slice(i + 1);
    }
  }
}

export function buildQueries(paragraphs: readonly { text: string }[], options: QueryOptions): BenchQuery[] {
  const { count, seed, misspeltShare = 0.25 } = options;
  const random = seededRandom(seed);
  const candidates: { id: number; words: string[] }[] = [];
  paragraphs.forEach((p, id) => {
    // Each word once: a question does not repeat itself.
    const seen = new Set<string>();
    const words = contentWords(p.text).filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
    if (words.length >= 6) candidates.push({ id, words });
  });
  if (candidates.length === 0) throw new Error('bench: no paragraph has six content words to make questions from');
  const queries: BenchQuery[] = [];
  for (let n = 0; n < count; n++) {
    const { id, words } = random.pick(candidates);
    const positions = random
      .shuffle(words.map((_, i) => i))
      .slice(0, random.int(3, 6))
      .sort((a, b) => a - b);
    const chosen = positions.map((i) => words[i]!);
    let misspelt = false;
    if (random.next() < misspeltShare) {
      const long = chosen.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
      if (long.length > 0) {
        const [word, i] = random.pick(long);
        chosen[i] = misspell(word, random);
        misspelt = chosen[i] !== word;
      }
    }
    queries.push({ text: chosen.join(' '), target: id, misspelt });
  }
  return queries;
}
