import { defineTerm, suggestTerms } from '../../qa/index.ts';
import { answerWith, slashCommand, suggest, toChoices, typedSoFar, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

export const define = {
  data: withPrivateOption(
    slashCommand('define', 'What a term or acronym in the stories means').addStringOption((o) =>
      o
        .setName('term')
        .setDescription('A term or acronym, e.g. CEO')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),
  ).toJSON(),
  async execute(interaction, context) {
    await answerWith(interaction, context, 'term', defineTerm);
  },
  async autocomplete(interaction, context) {
    await suggest(interaction, toChoices(suggestTerms(context.live.current, typedSoFar(interaction), 25)));
  },
} satisfies Command;
