import type { Citation } from '../../qa/index.ts';
import { MAX_EMBED_TITLE_LENGTH } from '../limits.ts';
import { escapeText } from '../text.ts';
import { citationLine } from './citations.ts';
import { quotedExcerpt } from './excerpt.ts';
import type { ReplyPayload } from './types.ts';

/** Rendered characters of the quoted paragraph (an embed description holds 4,096). */
const PARAGRAPH_BUDGET = 3800;

/** One paragraph of a story, quoted whole (or as much as an embed holds). */
export function paragraphReply(citation: Citation): ReplyPayload {
  return {
    embeds: [
      {
        title: escapeText(citation.title, MAX_EMBED_TITLE_LENGTH, { oneLine: true }),
        description: quotedExcerpt(citation.text, [], PARAGRAPH_BUDGET),
        footer: { text: citationLine(citation) },
      },
    ],
  };
}
