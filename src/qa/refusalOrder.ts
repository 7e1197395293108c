/**
 * Trick cues from where the question's words stand in the span's sentence: a swapped role keeps
 * every word but changes their order ("When did A announce B's retirement?" over "B announced A's
 * retirement"), a question stitched from two clauses finds its words spread over the sentence, and
 * a span that repeats the question's own words names what the question gives, not what it asks.
 * Cross-validated (quickRefusal.ts; AUC hand-written tricks vs real SQuAD questions / news tricks vs
 * news questions): with the meaning cues (refusalMeaning.ts) alone 0.695 / 0.710, with these too
 * 0.698 / 0.719 (real news questions refused when 85 % of the news tricks are: 58.6 → 52.9 %). Tried
 * and left out: whether the question's gap words (the verb after the question word, its last word)
 * stand next to the span (0.697 / 0.717 without, 0.697 / 0.720 with: within noise).
 */
import type { CueInput, Emit } from './refusalRoles.ts';

/** Adds the order cues through `set`. */
export function addOrderCues({ q, pa, best }: CueInput, set: Emit): void {
  const range = pa.sentences[best.sentence]!;
  const questionOrder = [...q.terms.keys()];
  // Each question term's first place in the sentence, in the question's order.
  const places: number[] = [];
  const placed = new Map<string, number>();
  for (let i = range.start; i < range.end; i++) {
    const term = pa.tokenTerms[i];
    if (term && q.terms.has(term) && !placed.has(term)) placed.set(term, i);
  }
  for (const term of questionOrder) if (placed.has(term)) places.push(placed.get(term)!);
  let pairs = 0;
  let inverted = 0;
  for (let a = 0; a < places.length; a++)
    for (let b = a + 1; b < places.length; b++) {
      pairs++;
      if (places[a]! > places[b]!) inverted++;
    }
  if (pairs) set('cue:order-inverted', inverted / pairs);
  const length = Math.max(1, range.end - range.start);
  if (places.length >= 2) set('cue:anchor-spread', (Math.max(...places) - Math.min(...places)) / length);
  let shared = 0;
  let spanTerms = 0;
  for (let i = best.start; i < best.end; i++) {
    const term = pa.tokenTerms[i];
    if (!term) continue;
    spanTerms++;
    if (q.terms.has(term)) shared++;
  }
  if (spanTerms) set('cue:span-shares-question', shared / spanTerms);
}
