import type { ReloadReport, StoryProfile } from '../../qa/index.ts';
import { MAX_CONTENT_LENGTH } from '../limits.ts';
import { cutMarkdown, escapeText } from '../text.ts';
import type { ReplyPayload } from './types.ts';

/** Names listed at most in a reply; the rest are counted. */
const MAX_LISTED = 12;
/** A name or title is shown on one line, at most this long. */
const MAX_NAME_LENGTH = 200;
const name = (text: string) => escapeText(text, MAX_NAME_LENGTH, { oneLine: true });

const list = (items: readonly string[]): string => {
  if (!items.length) return 'none found';
  const shown = items.slice(0, MAX_LISTED).map(name).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
};

const counts = ({ before, after }: ReloadReport): string =>
  `Stories: ${before.stories} → ${after.stories}. Paragraphs: ${before.paragraphs} → ${after.paragraphs}.`;

/** What /story add stored, and what the story holds. */
export function storyAddedReply(
  fileName: string,
  profile: StoryProfile,
  report: ReloadReport,
  replaced: boolean,
): ReplyPayload {
  const lines = [
    `${replaced ? 'Replaced' : 'Added'} “${name(profile.title)}” as \`${fileName}\`: ${profile.paragraphs} paragraph${profile.paragraphs === 1 ? '' : 's'}.`,
    `People: ${list(profile.people)}.`,
    `Acronyms: ${list(profile.acronyms)}.`,
    counts(report),
  ];
  return { content: cutMarkdown(lines.join('\n'), MAX_CONTENT_LENGTH) };
}

/** What /story remove did. */
export function storyRemovedReply(title: string, fileName: string, report: ReloadReport): ReplyPayload {
  return { content: `Removed “${name(title)}” (\`${fileName}\`).\n${counts(report)}` };
}
