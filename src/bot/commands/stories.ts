import { storiesReply } from '../replies/storiesReply.ts';
import { respond } from '../respond.ts';
import { isPrivate, slashCommand, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

export const stories = {
  data: withPrivateOption(slashCommand('stories', 'List the news stories I can answer about')).toJSON(),
  async execute(interaction, context) {
    await respond(interaction, storiesReply(context.live.current), { ephemeral: isPrivate(interaction) });
  },
} satisfies Command;
