import type { APIEmbed } from 'discord.js';
import type { PassagePage } from '../../qa/index.ts';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBED_TITLE_LENGTH } from '../limits.ts';
import { escapeText, truncate, wordSpans } from '../text.ts';
import { button, buttonRow } from './buttons.ts';
import { citationLine } from './citations.ts';
import { quotedExcerpt } from './excerpt.ts';
import type { ReplyPayload } from './types.ts';

/** Passages shown per page. */
export const PASSAGES_PER_PAGE = 4;
const PASSAGE_BUDGET = 800;

/**
 * A page of passages with the matching words in bold, and Previous / Next buttons that turn the
 * page in place.
 */
export function passagesReply(page: PassagePage, pageSize = PASSAGES_PER_PAGE): ReplyPayload {
  const query = escapeText(page.query);
  if (!page.hits.length) {
    return { content: truncate(`No passage matches “${query}”.`, MAX_EMBED_TITLE_LENGTH * 4) };
  }
  const first = page.offset + 1;
  const last = page.offset + page.hits.length;
  const embed: APIEmbed = {
    title: truncate(`Passages for “${query}”`, MAX_EMBED_TITLE_LENGTH),
    description: truncate(
      page.hits
        .map(
          ({ citation, matches }, i) =>
            `**${first + i}.** ${escapeText(citationLine(citation))}\n` +
            quotedExcerpt(citation.text, wordSpans(citation.text, matches), PASSAGE_BUDGET),
        )
        .join('\n\n'),
      MAX_EMBED_DESCRIPTION_LENGTH,
    ),
    footer: { text: `${first}–${last} of ${page.total}` },
  };
  const previous = Math.max(0, page.offset - pageSize);
  return {
    embeds: [embed],
    components: buttonRow(
      button(
        '◀ Previous',
        { kind: 'search', number: previous, text: page.query },
        { cuttable: true, disabled: page.offset === 0 },
      ),
      button(
        'Next ▶',
        { kind: 'search', number: page.offset + pageSize, text: page.query },
        { cuttable: true, disabled: last >= page.total },
      ),
    ),
  };
}
