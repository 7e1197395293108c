import type { Message } from 'discord.js';
import { validateQuestion } from '../../qa/index.ts';
import { checkQuestionRate, RateLimited, recordTurn } from '../commands/shared.ts';
import type { BotContext } from '../commands/types.ts';
import { userMessageFor } from '../errorMessage.ts';
import { helpReply } from '../replies/helpReply.ts';
import { converseAt } from '../conversation.ts';
import { turnReply } from '../replies/turnReply.ts';
import { replyToMessage } from '../respond.ts';

const HELP = /^[!/]?help[.!?]*$/i;

/**
 * A direct message to the bot is a question and gets the same answer as /ask (a turn of the DM's
 * conversation: follow-ups read against the last answer); `help` gets the help text. Messages from
 * bots (this one included) and from servers are ignored. Every DM, `help` included, counts against
 * the question limit; past it the user is told to wait once, and further DMs in that window get no
 * reply.
 */
export function createDirectMessageHandler(context: BotContext): (message: Message) => Promise<void> {
  return async (message) => {
    if (message.author.bot || message.author.id === message.client.user.id || message.inGuild()) return;
    const text = message.content.trim();
    if (!text) return;
    const started = performance.now();
    const fields = { messageId: message.id, userId: message.author.id, kind: 'dm' };
    try {
      if (HELP.test(text)) {
        checkQuestionRate(context, message.author.id);
        await replyToMessage(
          message,
          helpReply(
            context.commands.map((c) => c.data),
            context.messageCommands?.map((c) => c.data),
          ),
        );
      } else {
        context.metrics?.questionReceived('dm');
        // Counted before it is checked: a flood of questions too long to ask is still a flood.
        checkQuestionRate(context, message.author.id);
        const question = validateQuestion(text);
        const place = { channelId: message.channelId, userId: message.author.id, inServer: false };
        const turn = converseAt(context, place, question);
        await replyToMessage(message, turnReply(turn));
        recordTurn(context, 'dm', turn, started);
      }
      context.logger.info({ ...fields, latencyMs: Math.round(performance.now() - started) }, 'dm answered');
    } catch (error) {
      if (error instanceof RateLimited && error.repeated) {
        context.logger.info(fields, 'dm not answered: over the question limit, told already');
        return;
      }
      const content = userMessageFor(error, context.logger, fields);
      await replyToMessage(message, { content }).catch((replyError: unknown) =>
        context.logger.warn({ ...fields, err: replyError }, 'could not tell the user about an error'),
      );
    }
  };
}
