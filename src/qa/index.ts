/** The answer engine's public face: everything a front end (console, `ask`, Discord) needs. */
export { answerQuestion, whoSaid, defineTerm } from './answer.ts';
export { searchPassages, matchedWords, type PassageHit, type PassagePage } from './searchPassages.ts';
export { getParagraph, findStory } from './findParagraph.ts';
export { LiveKnowledge, type ReloadReport } from './liveKnowledge.ts';
export { validateQuestion, MAX_QUESTION_LENGTH } from './validateQuestion.ts';
export { suggestQuestions, suggestTerms, suggestStories } from './suggest.ts';
export type { Answer, Citation, QuestionKind } from './types.ts';
export {
  loadKnowledgeBase,
  buildKnowledgeBase,
  statsOf,
  type KnowledgeBase,
  type KnowledgeStats,
} from '../search/knowledgeBase.ts';
export { converse, type Turn, type TurnResult } from './converse.ts';
export { summarize, mostRecent, KEY_POINTS, type Summary, type StoryChoice } from './summarize.ts';
export { resolveFollowUp, type ConversationContext, type Resolution } from './conversation.ts';
export {
  ConversationMemory,
  conversationKey,
  CONVERSATION_TTL_MS,
  MAX_CONVERSATIONS,
} from './conversationMemory.ts';
export { detectLanguage, notEnglishMessage, type DetectedLanguage } from './language.ts';
export {
  checkStoryUpload,
  storyExtension,
  MAX_STORY_BYTES,
  type CheckedStory,
  type StoryProfile,
} from './storyUpload.ts';
