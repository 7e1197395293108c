import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { UserError } from '../../errors.ts';
import { MAX_QUESTION_LENGTH, validateQuestion, whoSaid } from '../../qa/index.ts';
import { converseAt, placeOf } from '../conversation.ts';
import { answerReply } from '../replies/answerReply.ts';
import { turnReply } from '../replies/turnReply.ts';
import { deferResponse, respond } from '../respond.ts';
import { cutWhole } from '../text.ts';
import { checkQuestionRate } from './shared.ts';
import type { MessageCommand } from './types.ts';

/** A right-click action on a message, usable in servers and in DMs with the bot. */
const messageAction = (name: string) =>
  new ContextMenuCommandBuilder()
    .setName(name)
    .setType(ApplicationCommandType.Message)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);

/** The longest quotation in a message ("… he said “a betrayal of the people” …"), else the whole text. */
export function quotedLine(content: string): string {
  const quotes = [...content.matchAll(/“([^”]{3,})”|"([^"]{3,})"|«([^»]{3,})»/gu)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
  const longest = quotes.sort((a, b) => b.length - a.length)[0];
  return cutWhole((longest ?? content).trim(), MAX_QUESTION_LENGTH);
}

/** The text of the message acted on; a clear mistake when it has none. */
function textOf(interaction: MessageContextMenuCommandInteraction): string {
  const text = interaction.targetMessage.content.trim();
  if (!text) throw new UserError('That message has no text I can read (only attachments or embeds).');
  return text;
}

/** "Who said this?" on a message quoting a line: the speaker, as /who-said answers. */
export const whoSaidThis = {
  data: messageAction('Who said this?').toJSON(),
  async execute(interaction, context) {
    const quote = validateQuestion(quotedLine(textOf(interaction)));
    checkQuestionRate(context, interaction.user.id);
    await deferResponse(interaction, { ephemeral: true });
    await respond(interaction, answerReply(whoSaid(context.live.current, quote)));
  },
} satisfies MessageCommand;

/** "Ask lede" on a message that asks a question: answered as /ask answers it. */
export const askLede = {
  data: messageAction('Ask lede').toJSON(),
  async execute(interaction, context) {
    const question = validateQuestion(cutWhole(textOf(interaction), MAX_QUESTION_LENGTH));
    checkQuestionRate(context, interaction.user.id);
    await deferResponse(interaction, { ephemeral: true });
    await respond(interaction, turnReply(converseAt(context, placeOf(interaction), question)));
  },
} satisfies MessageCommand;
