import { MAX_QUESTION_LENGTH, whoSaid as attribute } from '../../qa/index.ts';
import { answerWith, slashCommand, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

export const whoSaid = {
  data: withPrivateOption(
    slashCommand(
      'who-said',
      'Who said a quotation (partial, paraphrased or misspelled is fine)',
    ).addStringOption((o) =>
      o
        .setName('quote')
        .setDescription('The words, e.g. "a betrayal of the people"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    ),
  ).toJSON(),
  async execute(interaction, context) {
    await answerWith(interaction, context, 'quote', attribute);
  },
} satisfies Command;
