import type { APIEmbed } from 'discord.js';
import type { Answer, Citation } from '../../qa/index.ts';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBED_TITLE_LENGTH } from '../limits.ts';
import { cutMarkdown, escapeText } from '../text.ts';
import { button, buttonRow } from './buttons.ts';
import { citationLine } from './citations.ts';
import { quotedExcerpt, sentenceSpan } from './excerpt.ts';
import type { ReplyPayload } from './types.ts';

export const ANSWER_COLOR = 0x2f6fb3;
export const NOT_SAID_COLOR = 0x8a8f98;
export const NOT_SAID = "The stories don't say.";
/** Closest passages listed when the stories do not say. */
export const CLOSEST_PASSAGES = 3;
// Rendered characters (escapes included) of each part of the description (4,096): the answer is
// at most 250 characters (500 escaped), each "Also" reference about 110, and the quote gets the rest.
const ANSWER_BUDGET = 600;
const QUOTE_BUDGET = 2800;
const ALSO_TITLE_BUDGET = 100;
const PASSAGE_BUDGET = 1000;
/** Room for the question in a title (256), after "Closest passages to: ". */
const QUESTION_BUDGET = 230;

/**
 * An answer as a message: the short answer, the cited paragraph quoted with the answering sentence
 * in bold, and where it comes from. When the stories do not say, a plain "The stories don't say."
 * and the closest passages, never a guess.
 */
export function answerReply(answer: Answer): ReplyPayload {
  const [cited, ...others] = answer.citations;
  if (answer.answer === null || !cited) return notSaidReply(answer);
  const also = others.length ? `\n\nAlso: ${others.map(citationRef).join(', ')}` : '';
  const embed: APIEmbed = {
    color: ANSWER_COLOR,
    title: escapeText(answer.question, MAX_EMBED_TITLE_LENGTH, { oneLine: true }),
    description: cutMarkdown(
      `${escapeText(answer.answer, ANSWER_BUDGET)}\n\n${quotedExcerpt(cited.text, sentenceSpan(cited.text, cited.sentence), QUOTE_BUDGET)}${also}`,
      MAX_EMBED_DESCRIPTION_LENGTH,
    ),
    footer: { text: citationLine(cited) },
  };
  return {
    embeds: [embed],
    components: buttonRow(
      button('Show paragraph', { kind: 'paragraph', number: cited.paragraph, text: cited.story }),
      button('Other passages', { kind: 'passages', number: 0, text: answer.question }, { cuttable: true }),
    ),
  };
}

function notSaidReply(answer: Answer): ReplyPayload {
  const closest = answer.citations.slice(0, CLOSEST_PASSAGES);
  if (!closest.length) return { content: `${NOT_SAID} No passage comes close.` };
  const embed: APIEmbed = {
    color: NOT_SAID_COLOR,
    title: `Closest passages to: ${escapeText(answer.question, QUESTION_BUDGET, { oneLine: true })}`,
    description: cutMarkdown(
      closest
        .map(
          (c) =>
            `**${escapeText(citationLine(c), MAX_EMBED_TITLE_LENGTH, { oneLine: true })}**\n${quotedExcerpt(c.text, [], PASSAGE_BUDGET)}`,
        )
        .join('\n\n'),
      MAX_EMBED_DESCRIPTION_LENGTH,
    ),
  };
  return {
    content: NOT_SAID,
    embeds: [embed],
    components: buttonRow(
      button('Other passages', { kind: 'passages', number: 0, text: answer.question }, { cuttable: true }),
    ),
  };
}

const citationRef = (c: Citation): string =>
  `¶${c.paragraph} of ${escapeText(c.title, ALSO_TITLE_BUDGET, { oneLine: true })}`;
