import type {
  APIApplicationCommandOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { ApplicationCommandOptionType } from 'discord.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from '../limits.ts';
import { cutMarkdown, escapeText } from '../text.ts';
import type { ReplyPayload } from './types.ts';

/** A conversation to try, on the kind of story lede serves (the Riverton budget story of our tests). */
const EXAMPLES = [
  '`/ask question: Who called the budget a plan for the families who actually live here?` then `what else did she say?`, `who is she?`',
  '`/summary` (or ask "what is this about?", "give me the gist", "key points")',
];

const optionList = (options: readonly APIApplicationCommandOption[]) =>
  options.filter((o) => o.name !== 'private').map((o) => ` ${o.name}:`);

const described = (text: string) => escapeText(text, MAX_EMBED_DESCRIPTION_LENGTH, { oneLine: true });

/** One line per command; a command with subcommands gets one line per subcommand. */
function commandLines(c: RESTPostAPIChatInputApplicationCommandsJSONBody): string[] {
  const subcommands = (c.options ?? []).filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (!subcommands.length)
    return [`\`/${c.name}${optionList(c.options ?? []).join('')}\` ${described(c.description)}`];
  return subcommands.map(
    (s) => `\`/${c.name} ${s.name}${optionList(s.options ?? []).join('')}\` ${described(s.description)}`,
  );
}

/** What the bot does and how to ask it, built from the commands' own descriptions. */
export function helpReply(
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
  actions: readonly RESTPostAPIContextMenuApplicationCommandsJSONBody[] = [],
): ReplyPayload {
  const list = commands.flatMap(commandLines).join('\n');
  const rightClick = actions.length
    ? `\n\nRight-click a message → Apps → ${actions.map((a) => `**${a.name}**`).join(' or ')}: who said the line it quotes, or the answer to the question it asks.`
    : '';
  return {
    embeds: [
      {
        title: 'lede answers questions about news stories, citing the paragraph',
        description: cutMarkdown(
          `${list}${rightClick}\n\n` +
            `Try: ${EXAMPLES.join('; ')}. Follow-ups ("when?", "and the mayor?", "what else did he say?") ` +
            'are read against your last answer for a few minutes. lede reads English questions only.\n' +
            'Add `private: True` to any command to get an answer only you can see.\n' +
            'In a direct message, just write your question; `help` shows this text.',
          MAX_EMBED_DESCRIPTION_LENGTH,
        ),
      },
    ],
  };
}
