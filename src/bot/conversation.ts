import type { Interaction } from 'discord.js';
import { conversationKey, converse, type Turn } from '../qa/index.ts';
import type { BotContext } from './commands/types.ts';

/** Where a question was asked: the conversation it belongs to. */
export interface Place {
  channelId: string | null;
  userId: string;
  inServer: boolean;
}

/** The memory key of a place: a DM channel, or one user in one server channel. */
export const keyOf = ({ channelId, userId, inServer }: Place): string =>
  conversationKey(channelId ?? `user:${userId}`, userId, inServer);

/**
 * One turn of the conversation at `place`: the question read against the last answer's context
 * there, and the new context kept for the next question.
 */
export function converseAt(context: BotContext, place: Place, question: string): Turn {
  const key = keyOf(place);
  const kb = context.live.current;
  const { turn, context: next } = converse(kb, question, context.conversations.get(key));
  context.conversations.set(key, next);
  return turn;
}

/** Where an interaction happens. */
export const placeOf = (interaction: Interaction): Place => ({
  channelId: interaction.channelId,
  userId: interaction.user.id,
  inServer: interaction.inGuild(),
});
