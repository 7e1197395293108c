import type { APIEmbed } from 'discord.js';
import type { PassagePage } from '../../qa/index.ts';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBED_TITLE_LENGTH } from '../limits.ts';
import { cutMarkdown, escapeText } from '../text.ts';
import { button, buttonRow } from './buttons.ts';
import { citationLine } from './citations.ts';
import { quotedMatches } from './excerpt.ts';
import type { ReplyPayload } from './types.ts';

/** Passages shown per page. */
export const PASSAGES_PER_PAGE = 4;
/** Rendered characters of each quoted passage: four fit a description (4,096) with their headings. */
const PASSAGE_BUDGET = 800;
/** Room for the query in the title (256) after "Passages for “". */
const QUERY_BUDGET = 230;

/**
 * A page of passages with the matching words in bold, and Previous / Next buttons that turn the
 * page in place.
 */
export function passagesReply(page: PassagePage, pageSize = PASSAGES_PER_PAGE): ReplyPayload {
  // The query is escaped before it is shown, and the highlighting is bold added around escaped
  // story text: a query such as `](https://…)` or `**` cannot make a link or break the markup.
  const query = escapeText(page.query, QUERY_BUDGET, { oneLine: true });
  if (!page.hits.length) return { content: `No passage matches “${query}”.` };
  const first = page.offset + 1;
  const last = page.offset + page.hits.length;
  const embed: APIEmbed = {
    title: `Passages for “${query}”`,
    description: cutMarkdown(
      page.hits
        .map(
          ({ citation, matches }, i) =>
            `**${first + i}.** ${escapeText(citationLine(citation), MAX_EMBED_TITLE_LENGTH, { oneLine: true })}\n` +
            quotedMatches(citation.text, matches, PASSAGE_BUDGET),
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
