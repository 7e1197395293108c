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
