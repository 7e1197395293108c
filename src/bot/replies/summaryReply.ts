import type { APIEmbed } from 'discord.js';
import type { Citation, Summary } from '../../qa/index.ts';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBED_TITLE_LENGTH } from '../limits.ts';
import { cutMarkdown, escapeText, quote } from '../text.ts';
import { ANSWER_COLOR } from './answerReply.ts';
import { button, buttonRow } from './buttons.ts';
import { citationLine } from './citations.ts';
import type { ReplyPayload } from './types.ts';

// Raw characters of the lede: room is left for the key points and for escaping.
const LEDE_BUDGET = 1200;
const POINT_BUDGET = 500;

/** Room for a story's date (front matter: any text, which V8 may still read as a date). */
const DATE_BUDGET = 100;
const dateText = (date: string) => escapeText(date, DATE_BUDGET, { oneLine: true });

/** Which story this is, when the user did not name it. */
export function choiceNote(summary: Summary): string | undefined {
  switch (summary.chosen) {
    case 'conversation':
      return `The story we were talking about (of ${summary.storyCount}).`;
    case 'most-recent':
      return `The most recent of ${summary.storyCount} stories${summary.story.date ? ` (${dateText(summary.story.date)})` : ''}; name one with \`/summary story:\`.`;
    default:
      return undefined;
  }
}

const point = (c: Citation) => `• ${escapeText(c.sentence ?? c.text, POINT_BUDGET)} (¶${c.paragraph})`;

/** The story in brief: title, the lede (¶1) quoted, the key points with their ¶ numbers. */
export function summaryReply(summary: Summary): ReplyPayload {
  const note = choiceNote(summary);
  const description = [
    ...(note ? [`*${note}*`] : []),
    `**The lede** (¶${summary.lede.paragraph})`,
    quote(escapeText(summary.lede.text, LEDE_BUDGET)),
    ...(summary.keyPoints.length ? ['**Key points**', ...summary.keyPoints.map(point)] : []),
  ].join('\n');
  const embed: APIEmbed = {
    color: ANSWER_COLOR,
    title: escapeText(summary.story.title, MAX_EMBED_TITLE_LENGTH, { oneLine: true }),
    description: cutMarkdown(description, MAX_EMBED_DESCRIPTION_LENGTH),
    footer: { text: citationLine(summary.lede) },
  };
  return {
    embeds: [embed],
    components: buttonRow(
      button('Show paragraph', { kind: 'paragraph', number: summary.lede.paragraph, text: summary.story.id }),
    ),
  };
}
