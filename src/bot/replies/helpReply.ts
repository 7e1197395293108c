import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from '../limits.ts';
import { cutMarkdown, escapeText } from '../text.ts';
import type { ReplyPayload } from './types.ts';

/** What the bot does and how to ask it, built from the commands' own descriptions. */
export function helpReply(
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): ReplyPayload {
  const list = commands
    .map((c) => {
      const options = (c.options ?? []).filter((o) => o.name !== 'private').map((o) => ` ${o.name}:`);
      return `\`/${c.name}${options.join('')}\` ${escapeText(c.description, MAX_EMBED_DESCRIPTION_LENGTH, { oneLine: true })}`;
    })
    .join('\n');
  return {
    embeds: [
      {
        title: 'lede answers questions about news stories, citing the paragraph',
        description: cutMarkdown(
          `${list}\n\n` +
            'Add `private: True` to any command to get an answer only you can see.\n' +
            'In a direct message, just write your question; `help` shows this text.',
          MAX_EMBED_DESCRIPTION_LENGTH,
        ),
      },
    ],
  };
}
