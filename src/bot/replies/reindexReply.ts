import type { ReloadReport } from '../../qa/index.ts';
import { MAX_CONTENT_LENGTH } from '../limits.ts';
import { escapeText, truncate } from '../text.ts';
import type { ReplyPayload } from './types.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What a reload did: counts before → after, skipped files and why, the time it took; or why it failed. */
export function reindexReply(report: ReloadReport): ReplyPayload {
  const { before, after } = report;
  const seconds = `${(report.ms / 1000).toFixed(2)} s`;
  const joined = report.joined ? ' (joined the reindex already running)' : '';
  const lines = report.ok
    ? [
        `Reindexed in ${seconds}${joined}.`,
        `Stories: ${before.stories} → ${after.stories}. Paragraphs: ${before.paragraphs} → ${after.paragraphs}.`,
      ]
    : [
        `Reindex failed after ${seconds}${joined}: ${escapeText(report.error ?? 'unknown error')}`,
        `Still serving the previous index: ${plural(before.stories, 'story', 'stories')}, ${plural(before.paragraphs, 'paragraph')}.`,
      ];
  if (report.skipped.length) {
    lines.push(`Skipped ${plural(report.skipped.length, 'file')}:`);
    for (const { file, reason } of report.skipped) lines.push(`- \`${file}\`: ${escapeText(reason)}`);
  }
  return { content: truncate(lines.join('\n'), MAX_CONTENT_LENGTH) };
}
