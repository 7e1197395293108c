/**
 * "How many councillors voted against the plan?" over "approved the plan by 38 votes to 19": a vote's
 * tally names its sides by size, not by word (the larger side is for, as in ruleEvidence.ts's
 * "Was the vote unanimous?"), so no span beside "against" answers it. Read from the paragraphs the
 * search finds for the question, as ruleAge.ts reads an age.
 */
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import type { QuestionAnalysis } from './analyzeQuestion.ts';
import { citationOf } from './citation.ts';
import { retrieveParagraphs, type Retrieval } from './retrieve.ts';
import { answerOf, PATTERN_FACT_CONFIDENCE } from './ruleCommon.ts';
import { tallyOf } from './ruleEvidence.ts';
import type { Answer } from './types.ts';

/** A count of one side of a vote: "How many … voted against / for / in favour …?". */
const SIDE_ASKED = /^\s*how many\b.*\bvot(?:e|ed|ing)\s+(against|for|in favou?r)\b/iu;

/** The count of the side of a vote the question asks about, citing the tally's sentence, or undefined. */
export function answerTally(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  question: string,
  retrieved: Retrieval = () => retrieveParagraphs(kb, q),
): Answer | undefined {
  const side = SIDE_ASKED.exec(question)?.[1]?.toLowerCase();
  if (!side) return undefined;
  for (const { id } of retrieved()) {
    const paragraph = kb.paragraphs[id]!;
    for (const { text } of paragraph.sentences) {
      const tally = tallyOf(text);
      if (!tally) continue;
      const count = side === 'against' ? tally.against : tally.for;
      return answerOf(question, q.kind, String(count), PATTERN_FACT_CONFIDENCE, [
        citationOf(kb, paragraph, text),
      ]);
    }
  }
  return undefined;
}
