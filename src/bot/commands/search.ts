import { searchPassages, validateQuestion } from '../../qa/index.ts';
import { MAX_CUSTOM_ID_LENGTH } from '../limits.ts';
import { passagesReply, PASSAGES_PER_PAGE } from '../replies/passagesReply.ts';
import { respond } from '../respond.ts';
import { checkQuestionRate, isPrivate, slashCommand, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

/** A query short enough for the page buttons to carry it whole ("search:NNN:" leaves the rest). */
export const MAX_SEARCH_QUERY_LENGTH = MAX_CUSTOM_ID_LENGTH - 'search:9999:'.length;

export const search = {
  data: withPrivateOption(
    slashCommand(
      'search',
      'The passages that best match some words, with the matches in bold',
    ).addStringOption((o) =>
      o
        .setName('query')
        .setDescription('Words to look for, e.g. "arsenal sanctions"')
        .setRequired(true)
        .setMaxLength(MAX_SEARCH_QUERY_LENGTH),
    ),
  ).toJSON(),
  async execute(interaction, context) {
    const query = validateQuestion(interaction.options.getString('query', true));
    checkQuestionRate(context, interaction.user.id);
    const page = searchPassages(context.live.current, query, { offset: 0, limit: PASSAGES_PER_PAGE });
    await respond(interaction, passagesReply(page), { ephemeral: isPrivate(interaction) });
  },
} satisfies Command;
