import type { ButtonInteraction } from 'discord.js';
import { UserError } from '../errors.ts';
import { getParagraph, searchPassages } from '../qa/index.ts';
import type { BotContext } from './commands/types.ts';
import { parseButtonId } from './replies/customIds.ts';
import { paragraphReply } from './replies/paragraphReply.ts';
import { passagesReply, PASSAGES_PER_PAGE } from './replies/passagesReply.ts';
import { respond, updateMessage } from './respond.ts';

/**
 * The buttons under answers and passages. "Show paragraph" and "Other passages" answer the clicker
 * alone (the message stays as it was for everyone); Previous / Next turn the page in place.
 */
export async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const state = parseButtonId(interaction.customId);
  if (!state) throw new UserError('This button is from an older version of the bot; ask again.');
  const kb = context.live.current;
  switch (state.kind) {
    case 'paragraph':
      await respond(interaction, paragraphReply(getParagraph(kb, state.number, state.text)), {
        ephemeral: true,
      });
      return;
    case 'passages': {
      const page = searchPassages(kb, state.text, { offset: state.number, limit: PASSAGES_PER_PAGE });
      await respond(interaction, passagesReply(page), { ephemeral: true });
      return;
    }
    case 'search': {
      const page = searchPassages(kb, state.text, { offset: state.number, limit: PASSAGES_PER_PAGE });
      await updateMessage(interaction, passagesReply(page));
      return;
    }
  }
}
