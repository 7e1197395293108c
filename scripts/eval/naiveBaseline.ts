import MiniSearch from 'minisearch';
import { citationOf } from '../../src/qa/citation.ts';
import type { Answer } from '../../src/qa/types.ts';
import { validateQuestion } from '../../src/qa/validateQuestion.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';

interface NaiveDoc {
  id: number;
  text: string;
}

/** How many hits the baseline cites: the same as a front end shows. */
const CITED_HITS = 3;

// One index per knowledge base, built on first use: the baseline must not pay for it per question.
const indexes = new WeakMap<KnowledgeBase, MiniSearch<NaiveDoc>>();

function naiveIndexOf(kb: KnowledgeBase): MiniSearch<NaiveDoc> {
  let index = indexes.get(kb);
  if (!index) {
    // MiniSearch exactly as its README starts: default tokenizer, no stemming, no stop words.
    index = new MiniSearch<NaiveDoc>({ fields: ['text'], storeFields: [] });
    index.addAll(kb.paragraphs.map((p, id) => ({ id, text: p.text })));
    indexes.set(kb, index);
  }
  return index;
}

const wordsOf = (text: string): Set<string> =>
  new Set(Array.from(text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu), ([word]) => word));

/**
 * The yardstick's floor: the best-matching sentence of the best-matching paragraph, by plain
 * MiniSearch with default options. It refuses only when nothing matches. Same signature as
 * `answerQuestion`, so the eval and the benchmark can swap one for the other.
 */
export function naiveAnswerQuestion(kb: KnowledgeBase, rawQuestion: string): Answer {
  const question = validateQuestion(rawQuestion);
  const hits = naiveIndexOf(kb).search(question).slice(0, CITED_HITS);
  const paragraphs = hits.flatMap((hit) => kb.paragraphs[hit.id as number] ?? []);
  const top = paragraphs[0];
  if (!top) return { question, answer: null, kind: 'search', confidence: 0, citations: [] };

  const asked = wordsOf(question);
  let best = top.sentences[0]?.text ?? top.text;
  let bestShared = -1;
  for (const sentence of top.sentences) {
    let shared = 0;
    for (const word of wordsOf(sentence.text)) if (asked.has(word)) shared++;
    if (shared > bestShared) [best, bestShared] = [sentence.text, shared];
  }
  const total = hits.reduce((sum, hit) => sum + hit.score, 0);
  return {
    question,
    answer: best,
    kind: 'search',
    confidence: total > 0 ? (hits[0]?.score ?? 0) / total : 0,
    citations: paragraphs.map((p, i) => citationOf(kb, p, i === 0 ? best : undefined)),
  };
}
