/** Who said a quotation: the quotation facts matched by weighted words, with the speaker. */

import { searchFacts } from '../search/factIndex.ts';

import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { termsOf } from '../search/terms.ts';
import { type QuestionAnalysis } from './analyzeQuestion.ts';
import { citationOf } from './citation.ts';

import { keyTermsOf, matchStrength, sentenceTerms } from './evidence.ts';

import type { Answer } from './types.ts';

import { FRAME_TERMS, SPEECH_TERMS, answerOf } from './ruleCommon.ts';

export function answerWhoSaid(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer | undefined {
  const phrase = q.quoted?.trim();
  if (!phrase) return undefined;
  const phraseTerms = keyTermsOf(kb, phrase);
  if (phraseTerms.length === 0) return undefined;
  const contextTerms = keyTermsOf(
    kb,
    q.content.replace(phrase, ' '),
    new Set([...SPEECH_TERMS, ...FRAME_TERMS]),
  );
  const total = phraseTerms.reduce((s, k) => s + k.weight, 0);
  const contextTotal = contextTerms.reduce((s, k) => s + k.weight, 0);
  let best:
    { score: number; coverage: number; quote: (typeof kb.factList)[number] & { type: 'quote' } } | undefined;
  const matches = searchFacts(
    kb.factIndex,
    kb.factList,
    phraseTerms.map((k) => k.term),
    { type: 'quote', limit: 15, vocabulary: kb.documentFrequency },
  );
  for (const { fact } of matches) {
    if (fact.type !== 'quote' || !fact.quote.speaker) continue;
    const quoteTerms = new Set(termsOf(fact.quote.text));
    const coverage =
      phraseTerms.reduce((s, k) => s + k.weight * matchStrength(k.term, quoteTerms), 0) / total;
    const paragraph = kb.storyById.get(fact.quote.storyId)?.paragraphs[fact.quote.paragraph - 1];
    let context = 1;
    if (paragraph && contextTotal > 0) {
      const near = new Set(paragraph.sentences.flatMap((_, i) => [...sentenceTerms(kb, paragraph, i)]));
      context = contextTerms.reduce((s, k) => s + k.weight * matchStrength(k.term, near), 0) / contextTotal;
    }
    const score = coverage + 0.2 * context;
    if (!best || score > best.score) best = { score, coverage, quote: fact };
  }
  if (!best || best.coverage < 0.6) return undefined;
  const { quote } = best.quote;
  const paragraph = kb.storyById.get(quote.storyId)?.paragraphs[quote.paragraph - 1];
  if (!paragraph) return undefined;
  const sentence =
    paragraph.sentences.find((s) => s.end >= quote.end - 1 && s.start <= quote.start + 1) ??
    paragraph.sentences.find((s) => s.text.includes(quote.text.slice(0, 30)));
  return answerOf(question, 'who-said', quote.speaker!, best.coverage * 0.95, [
    citationOf(kb, paragraph, sentence?.text),
  ]);
}
