import type { KnowledgeBase } from '../../qa/index.ts';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBED_TITLE_LENGTH } from '../limits.ts';
import { escapeText } from '../text.ts';
import type { ReplyPayload } from './types.ts';

/** `n` and the word, singular for one. */
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Room for a story's source in the list. */
const SOURCE_BUDGET = 100;

/** The stories the bot knows, as many as fit, then how many more there are. */
export function storiesReply(kb: KnowledgeBase): ReplyPayload {
  const lines: string[] = [];
  let length = 0;
  for (const [i, story] of kb.stories.entries()) {
    const line =
      `**${escapeText(story.title, MAX_EMBED_TITLE_LENGTH, { oneLine: true })}**\n` +
      `${count(story.paragraphs.length, 'paragraph')}${story.source ? ` · ${escapeText(story.source, SOURCE_BUDGET, { oneLine: true })}` : ''} · ${escapeText(story.id, MAX_EMBED_TITLE_LENGTH, { oneLine: true })}`;
    const more = `\n…and ${kb.stories.length - i} more`;
    if (length + line.length + 2 + more.length > MAX_EMBED_DESCRIPTION_LENGTH) {
      lines.push(more.trim());
      break;
    }
    lines.push(line);
    length += line.length + 2;
  }
  return {
    embeds: [
      {
        title: `${count(kb.stories.length, 'story', 'stories')}, ${count(kb.paragraphs.length, 'paragraph')}`,
        description: lines.join('\n\n'),
      },
    ],
  };
}
