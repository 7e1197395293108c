import { answerQuestion, MAX_QUESTION_LENGTH, suggestQuestions, suggestTerms } from '../../qa/index.ts';
import { answerWith, slashCommand, suggest, toChoices, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

export const ask = {
  data: withPrivateOption(
    slashCommand(
      'ask',
      'Ask a question about the news stories; the answer cites its paragraph',
    ).addStringOption((o) =>
      o
        .setName('question')
        .setDescription('Your question, e.g. "Who called the vote a betrayal?"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH)
        .setAutocomplete(true),
    ),
  ).toJSON(),
  async execute(interaction, context) {
    await answerWith(interaction, context, 'question', answerQuestion);
  },
  async autocomplete(interaction, context) {
    const partial = interaction.options.getFocused();
    const kb = context.live.current;
    await suggest(
      interaction,
      toChoices([...suggestQuestions(kb, partial, 25), ...suggestTerms(kb, partial, 25)]),
    );
  },
} satisfies Command;
