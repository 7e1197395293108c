import { ask } from './ask.ts';
import { define } from './define.ts';
import { help } from './help.ts';
import { paragraph } from './paragraph.ts';
import { reindex } from './reindex.ts';
import { search } from './search.ts';
import { stories } from './stories.ts';
import type { Command } from './types.ts';
import { whoSaid } from './whoSaid.ts';

/**
 * Every slash command, in the order /help lists them. The bot routes by this list and
 * `npm run register` registers exactly it. To add a command: write its module, add it here.
 */
export const commands: readonly Command[] = [ask, whoSaid, define, search, paragraph, stories, help, reindex];

export type { BotContext, Command } from './types.ts';
