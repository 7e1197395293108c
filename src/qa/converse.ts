/**
 * One turn of a conversation with lede: the front ends' single entry point for typed questions
 * (/ask, DMs, the console, `npm run ask`). A question in another language is told so; a request
 * for the story in brief gets a summary; a follow-up is read against the last answer's context;
 * anything else goes to the answer engine.
 */
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { answerQuestion } from './answer.ts';
import { resolveFollowUp, unresolvedPronoun, type ConversationContext } from './conversation.ts';
import { contextFromAnswer, peopleNamedIn } from './conversationContext.ts';
import { detectLanguage, notEnglishMessage, type DetectedLanguage } from './language.ts';
import { otherQuote } from './otherQuotes.ts';
import { summarize, type Summary } from './summarize.ts';
import { asSummaryRequest } from './summaryRequest.ts';
import type { Answer } from './types.ts';
import { validateQuestion } from './validateQuestion.ts';

export type Turn =
  | {
      kind: 'answer';
      answer: Answer;
      /** What a follow-up was taken to mean (`he = Tomas Reyes`), when it was one. */
      explanation?: string;
    }
  | { kind: 'summary'; summary: Summary }
  | { kind: 'not-english'; language: DetectedLanguage; message: string }
  /** Something to tell the user that is not an answer ("no other quotation of X"). */
  | { kind: 'note'; message: string };

export interface TurnResult {
  turn: Turn;
  /** The context for the next question; undefined clears it. */
  context: ConversationContext | undefined;
}

/** Answers `rawQuestion` in the light of `context` (the last answer's), and gives the next context. */
export function converse(kb: KnowledgeBase, rawQuestion: string, context?: ConversationContext): TurnResult {
  const asked = validateQuestion(rawQuestion);
  const language = detectLanguage(asked);
  if (language !== 'English') {
    return { turn: { kind: 'not-english', language, message: notEnglishMessage(language) }, context };
  }
  const resolution = resolveFollowUp(context, asked, context ? peopleNamedIn(kb, asked) : []);
  const explanation = resolution.explanation;
  const request = asSummaryRequest(kb, resolution.question);
  if (request) {
    const summary = summarize(kb, {
      ...(request.story && { story: request.story }),
      ...(context?.storyId && { conversationStory: context.storyId }),
    });
    const next: ConversationContext = {
      storyId: summary.story.id,
      people: [],
      question: asked,
      quotesShown: [],
    };
    return { turn: { kind: 'summary', summary }, context: next };
  }
  if (resolution.kind === 'what-else' && resolution.speaker) {
    const shown = context?.quotesShown ?? [];
    const other = otherQuote(kb, resolution.question, resolution.speaker, shown, context?.storyId);
    if (other.total > 0) {
      if (!other.answer) {
        const message = `The stories quote ${other.speaker} ${other.total === 1 ? 'once' : `${other.total} times`}, and I have shown ${other.total === 1 ? 'it' : 'them all'}.`;
        return { turn: { kind: 'note', message }, context };
      }
      const next = contextFromAnswer(kb, other.answer, shown);
      return {
        turn: { kind: 'answer', answer: other.answer, ...(explanation && { explanation }) },
        context: next,
      };
    }
  }
  const pronoun =
    resolution.kind === 'new-topic' || resolution.kind === 'what-else'
      ? unresolvedPronoun(resolution.question)
      : undefined;
  if (pronoun) {
    const message = `I'm not sure who “${pronoun}” is: name the person, for example “what else did <name> say?” (I keep the thread of a conversation for a few minutes).`;
    return { turn: { kind: 'note', message }, context };
  }
  const answer = answerQuestion(kb, resolution.question);
  const keep = resolution.kind === 'new-topic' ? [] : (context?.quotesShown ?? []);
  return {
    turn: { kind: 'answer', answer, ...(explanation && { explanation }) },
    context: contextFromAnswer(kb, answer, keep),
  };
}
