import { MAX_QUESTION_LENGTH, suggestQuestions, suggestTerms, validateQuestion } from '../../qa/index.ts';
import { converseAt, placeOf } from '../conversation.ts';
import { turnReply } from '../replies/turnReply.ts';
import { deferResponse, respond } from '../respond.ts';
import {
  checkQuestionRate,
  isPrivate,
  recordTurn,
  slashCommand,
  suggest,
  toChoices,
  typedSoFar,
  withPrivateOption,
} from './shared.ts';
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
    // A turn of the asker's conversation here: follow-ups, summaries and the language check included.
    const started = performance.now();
    context.metrics?.questionReceived('command');
    const question = validateQuestion(interaction.options.getString('question', true));
    checkQuestionRate(context, interaction.user.id);
    await deferResponse(interaction, { ephemeral: isPrivate(interaction) });
    const turn = converseAt(context, placeOf(interaction), question);
    await respond(interaction, turnReply(turn));
    recordTurn(context, 'command', turn, started);
  },
  async autocomplete(interaction, context) {
    const partial = typedSoFar(interaction);
    const kb = context.live.current;
    await suggest(
      interaction,
      toChoices([...suggestQuestions(kb, partial, 25), ...suggestTerms(kb, partial, 25)]),
    );
  },
} satisfies Command;
