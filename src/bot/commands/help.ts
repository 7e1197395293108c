import { helpReply } from '../replies/helpReply.ts';
import { respond } from '../respond.ts';
import { isPrivate, slashCommand, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

export const help = {
  data: withPrivateOption(slashCommand('help', 'What I can do and how to ask')).toJSON(),
  async execute(interaction, context) {
    await respond(
      interaction,
      helpReply(
        context.commands.map((c) => c.data),
        context.messageCommands?.map((c) => c.data),
      ),
      {
        ephemeral: isPrivate(interaction),
      },
    );
  },
} satisfies Command;
