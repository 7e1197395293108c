/** The rule engine (the engine before the learned model), and the answers facts give by rule. */

import type { KnowledgeBase } from '../search/knowledgeBase.ts';

import { analyzeQuestion, type QuestionAnalysis } from './analyzeQuestion.ts';

import { findEvidence, keyTermsOf } from './evidence.ts';

import type { Answer } from './types.ts';
import { validateQuestion } from './validateQuestion.ts';
import { FRAME_TERMS, refusal } from './ruleCommon.ts';
import { answerWhoSaid } from './ruleWhoSaid.ts';
import { answerDefinition, answerFromDefiningSentence, answerWhoIs } from './ruleDefinitions.ts';
import { answerFromEvidence, answerSource } from './ruleEvidence.ts';

/**
 * The rule engine's answer (the engine before the learned model): quotations, definitions, people
 * and sources by rule, other questions by sentence coverage and a span extractor per kind.
 */
export function answerByRules(kb: KnowledgeBase, rawQuestion: string, analyzed?: QuestionAnalysis): Answer {
  const question = validateQuestion(rawQuestion);
  // `analyzed`: the caller's analysis of this very question (answerQuestion's), not made again.
  const q = analyzed ?? analyzeQuestion(question);
  switch (q.kind) {
    case 'source':
      return answerSource(kb, q, question);
    case 'who-said':
      return answerWhoSaid(kb, q, question) ?? answerFromEvidence(kb, q, question);
    case 'define':
      return (
        answerDefinition(kb, q, question, q.target!) ??
        answerWhoIs(kb, question, q.target!) ??
        answerFromDefiningSentence(kb, question, q.target!) ??
        answerFromEvidence(kb, { ...q, kind: 'what' }, question)
      );
    case 'who':
      return (
        (q.target && (answerWhoIs(kb, question, q.target) ?? answerDefinition(kb, q, question, q.target))) ||
        answerFromEvidence(kb, q, question)
      );
    case 'what':
      return (
        (q.target &&
          (answerDefinition(kb, { ...q, kind: 'define' }, question, q.target) ??
            answerFromDefiningSentence(kb, question, q.target))) ||
        answerFromEvidence(kb, q, question)
      );
    default:
      return answerFromEvidence(kb, q, question);
  }
}

/**
 * The answers facts give by rule — who said a quotation, what a term means, who a person is, the
 * source — or undefined when the question is not one of those or no fact answers it.
 */
export function answerByFacts(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer | undefined {
  switch (q.kind) {
    case 'source':
      return answerSource(kb, q, question);
    case 'who-said':
      return answerWhoSaid(kb, q, question);
    case 'define':
      return (
        answerDefinition(kb, q, question, q.target!) ??
        answerWhoIs(kb, question, q.target!) ??
        answerFromDefiningSentence(kb, question, q.target!)
      );
    case 'who':
      return q.target
        ? (answerWhoIs(kb, question, q.target) ?? answerDefinition(kb, q, question, q.target))
        : undefined;
    case 'what':
      return q.target
        ? (answerDefinition(kb, { ...q, kind: 'define' }, question, q.target) ??
            answerFromDefiningSentence(kb, question, q.target))
        : undefined;
    default:
      return undefined;
  }
}

/** The stories don't say, with the closest passages to the question's words. */
export function refuse(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer {
  return refusal(kb, question, q.kind, findEvidence(kb, keyTermsOf(kb, q.content, FRAME_TERMS)));
}
