import { MAX_QUESTION_LENGTH, validateQuestion, whoSaid as attribute } from '../../qa/index.ts';
import { answerReply } from '../replies/answerReply.ts';
import { deferResponse, respond } from '../respond.ts';
import { checkQuestionRate, isPrivate, slashCommand, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

export const whoSaid = {
  data: withPrivateOption(
    slashCommand(
      'who-said',
      'Who said a quotation (partial, paraphrased or misspelled is fine)',
    ).addStringOption((o) =>
      o
        .setName('quote')
        .setDescription('The words, e.g. "collusion of convenience"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    ),
  ).toJSON(),
  async execute(interaction, context) {
    const quote = validateQuestion(interaction.options.getString('quote', true));
    checkQuestionRate(context, interaction.user.id);
    await deferResponse(interaction, { ephemeral: isPrivate(interaction) });
    await respond(interaction, answerReply(attribute(context.live.current, quote)));
  },
} satisfies Command;
