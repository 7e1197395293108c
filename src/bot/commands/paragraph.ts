import { getParagraph, suggestStories } from '../../qa/index.ts';
import { paragraphReply } from '../replies/paragraphReply.ts';
import { respond } from '../respond.ts';
import { isPrivate, slashCommand, suggest, typedSoFar, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

export const paragraph = {
  data: withPrivateOption(
    slashCommand('paragraph', 'Show a paragraph of a story, as cited in the answers')
      .addIntegerOption((o) =>
        o
          .setName('number')
          .setDescription('The paragraph number (the ¶ in a citation)')
          .setRequired(true)
          .setMinValue(1),
      )
      .addStringOption((o) =>
        o
          .setName('story')
          .setDescription('Which story (needed when there are several)')
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  ).toJSON(),
  async execute(interaction, context) {
    const number = interaction.options.getInteger('number', true);
    const story = interaction.options.getString('story') ?? undefined;
    const citation = getParagraph(context.live.current, number, story);
    await respond(interaction, paragraphReply(citation), { ephemeral: isPrivate(interaction) });
  },
  async autocomplete(interaction, context) {
    await suggest(interaction, suggestStories(context.live.current, typedSoFar(interaction), 25));
  },
} satisfies Command;
