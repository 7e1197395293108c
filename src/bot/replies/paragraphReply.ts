import type { Citation } from '../../qa/index.ts';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBED_FOOTER_LENGTH, MAX_EMBED_TITLE_LENGTH } from '../limits.ts';
import { escapeText, truncate } from '../text.ts';
import { citationLine } from './citations.ts';
import { quotedExcerpt } from './excerpt.ts';
import type { ReplyPayload } from './types.ts';

const PARAGRAPH_BUDGET = 3800;

/** One paragraph of a story, quoted whole (or as much as an embed holds). */
export function paragraphReply(citation: Citation): ReplyPayload {
  return {
    embeds: [
      {
        title: truncate(escapeText(citation.title), MAX_EMBED_TITLE_LENGTH),
        description: truncate(
          quotedExcerpt(citation.text, [], PARAGRAPH_BUDGET),
          MAX_EMBED_DESCRIPTION_LENGTH,
        ),
        footer: { text: truncate(citationLine(citation), MAX_EMBED_FOOTER_LENGTH) },
      },
    ],
  };
}
