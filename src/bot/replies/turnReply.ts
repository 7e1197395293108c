import type { Turn } from '../../qa/index.ts';
import { escapeText } from '../text.ts';
import { answerReply } from './answerReply.ts';
import { summaryReply } from './summaryReply.ts';
import type { ReplyPayload } from './types.ts';

/** One turn of a conversation as a message: an answer (with what a follow-up was taken to mean), a summary, or a note. */
export function turnReply(turn: Turn): ReplyPayload {
  switch (turn.kind) {
    case 'answer': {
      const reply = answerReply(turn.answer);
      if (!turn.explanation) return reply;
      const assumed = `(${escapeText(turn.explanation)})`;
      return { ...reply, content: reply.content ? `${assumed}\n${reply.content}` : assumed };
    }
    case 'summary':
      return summaryReply(turn.summary);
    case 'not-english':
    case 'note':
      return { content: escapeText(turn.message) };
  }
}
