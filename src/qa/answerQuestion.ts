import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { searchParagraphs } from '../search/paragraphIndex.ts';
import { citationOf } from './citation.ts';
import type { Answer } from './types.ts';
import { validateQuestion } from './validateQuestion.ts';

// PLACEHOLDER: first cut, replaced by the full engine.
export function answerQuestion(kb: KnowledgeBase, rawQuestion: string): Answer {
  const question = validateQuestion(rawQuestion);
  const hits = searchParagraphs(kb.index, question, 3);
  const citations = hits.flatMap((h) => {
    const p = kb.paragraphs[h.id];
    return p ? [citationOf(kb, p)] : [];
  });
  return { question, answer: null, kind: 'search', confidence: 0, citations };
}

export function whoSaid(kb: KnowledgeBase, quote: string): Answer {
  return answerQuestion(kb, `Who said "${validateQuestion(quote)}"?`);
}

export function defineTerm(kb: KnowledgeBase, term: string): Answer {
  return answerQuestion(kb, `What does ${validateQuestion(term)} mean?`);
}
