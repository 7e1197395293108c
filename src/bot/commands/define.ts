import { defineTerm, suggestTerms, validateQuestion } from '../../qa/index.ts';
import { answerReply } from '../replies/answerReply.ts';
import { deferResponse, respond } from '../respond.ts';
import {
  checkQuestionRate,
  isPrivate,
  slashCommand,
  suggest,
  toChoices,
  withPrivateOption,
} from './shared.ts';
import type { Command } from './types.ts';

export const define = {
  data: withPrivateOption(
    slashCommand('define', 'What a term or acronym in the stories means').addStringOption((o) =>
      o
        .setName('term')
        .setDescription('A term or acronym, e.g. IP4')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),
  ).toJSON(),
  async execute(interaction, context) {
    const term = validateQuestion(interaction.options.getString('term', true));
    checkQuestionRate(context, interaction.user.id);
    await deferResponse(interaction, { ephemeral: isPrivate(interaction) });
    await respond(interaction, answerReply(defineTerm(context.live.current, term)));
  },
  async autocomplete(interaction, context) {
    await suggest(
      interaction,
      toChoices(suggestTerms(context.live.current, interaction.options.getFocused(), 25)),
    );
  },
} satisfies Command;
