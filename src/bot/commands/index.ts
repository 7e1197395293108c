import { ask } from './ask.ts';
import { define } from './define.ts';
import { help } from './help.ts';
import { askLede, whoSaidThis } from './menus.ts';
import { paragraph } from './paragraph.ts';
import { reindex } from './reindex.ts';
import { search } from './search.ts';
import { stories } from './stories.ts';
import { story } from './story.ts';
import { summary } from './summary.ts';
import type { Command, MessageCommand } from './types.ts';
import { whoSaid } from './whoSaid.ts';

/**
 * Every slash command, in the order /help lists them. The bot routes by this list and
 * `npm run register` registers exactly it. To add a command: write its module, add it here.
 */
export const commands: readonly Command[] = [
  ask,
  whoSaid,
  define,
  summary,
  search,
  paragraph,
  stories,
  help,
  reindex,
  story,
];

/** The right-click actions on a message ("Apps → …"), registered with the slash commands. */
export const messageCommands: readonly MessageCommand[] = [whoSaidThis, askLede];

export type { BotContext, Command, MessageCommand } from './types.ts';
