import type { ReloadReport } from '../../qa/index.ts';
import type { ShardReload } from '../sharding/reloadAllShards.ts';
import { MAX_CONTENT_LENGTH } from '../limits.ts';
import { cutMarkdown, escapeText } from '../text.ts';
import type { ReplyPayload } from './types.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Room for a file name, and for the reason it was skipped, on its line of the report. */
const FILE_NAME_BUDGET = 120;
const REASON_BUDGET = 200;
/** Room for an error message (it may quote a path or a file's text). */
const ERROR_BUDGET = 500;

/** An error from a reload, shown literally on one line. */
const errorText = (error: string | undefined): string =>
  escapeText(error ?? 'unknown error', ERROR_BUDGET, { oneLine: true });

/** The report's lines in a message, cut at a line (with how many more) when they do not all fit. */
function content(lines: readonly string[]): ReplyPayload {
  let text = '';
  for (const [i, line] of lines.entries()) {
    const more = i < lines.length - 1 ? `\n…and ${lines.length - i} more lines` : '';
    if (text.length + line.length + 1 + more.length > MAX_CONTENT_LENGTH) {
      text += `\n…and ${lines.length - i} more lines`;
      break;
    }
    text += (i ? '\n' : '') + line;
  }
  return { content: cutMarkdown(text, MAX_CONTENT_LENGTH) };
}

/**
 * What a reload did: counts before → after, skipped files and why, the time it took; or why it
 * failed. `served`: the files served before the reload. A skipped file among them was a story
 * until now and is no longer: said first, since the admin may have broken it by an edit.
 */
export function reindexReply(report: ReloadReport, served: readonly string[] = []): ReplyPayload {
  const { before, after } = report;
  const seconds = `${(report.ms / 1000).toFixed(2)} s`;
  const joined = report.joined ? ' (joined the reindex already running)' : '';
  const lines = report.ok
    ? [
        `Reindexed in ${seconds}${joined}.`,
        `Stories: ${before.stories} → ${after.stories}. Paragraphs: ${before.paragraphs} → ${after.paragraphs}.`,
      ]
    : [
        `Reindex failed after ${seconds}${joined}: ${errorText(report.error)}`,
        `Still serving the previous index: ${plural(before.stories, 'story', 'stories')}, ${plural(before.paragraphs, 'paragraph')}.`,
      ];
  if (report.ok) lines.push(...droppedLines(report.skipped, served));
  lines.push(...skippedLines(report.skipped));
  if (report.ok) lines.push(...fileLines('Loaded with changes', report.warnings ?? []));
  return content(lines);
}

/** The skipped files that were stories until this reload. */
function droppedLines(skipped: ReloadReport['skipped'], served: readonly string[]): string[] {
  const was = new Set(served);
  const dropped = skipped.filter((s) => was.has(s.file));
  if (!dropped.length) return [];
  const names = dropped.map((s) => escapeText(s.file, FILE_NAME_BUDGET, { oneLine: true })).join(', ');
  const them = dropped.length === 1 ? 'it' : 'them';
  return [
    `No longer served (a story until now, skipped below): ${names}. Fix ${them} and reindex to serve ${them} again.`,
  ];
}

function skippedLines(skipped: ReloadReport['skipped']): string[] {
  return fileLines('Skipped', skipped);
}

/** A heading with the count, then one line per file and why. */
function fileLines(heading: string, files: ReloadReport['skipped']): string[] {
  if (!files.length) return [];
  return [
    `${heading} ${plural(files.length, 'file')}:`,
    // A file name may hold a backtick or a line break: escaped, on one line, never in a code span.
    ...files.map(
      ({ file, reason }) =>
        `- ${escapeText(file, FILE_NAME_BUDGET, { oneLine: true })}: ${escapeText(reason, REASON_BUDGET, { oneLine: true })}`,
    ),
  ];
}

/** Past this many shards, the ones that reloaded share one line; the others are always named. */
const SHARDS_LISTED_ONE_BY_ONE = 10;

const counts = ({ before, after }: ReloadReport): string =>
  `Stories: ${before.stories} → ${after.stories}. Paragraphs: ${before.paragraphs} → ${after.paragraphs}.`;

/**
 * /reindex under sharding: how many shards reloaded, then each shard's outcome (this shard marked),
 * naming every shard that failed (it keeps its previous index) or did not answer, and the files
 * skipped (the shards share one knowledge folder).
 */
export function shardedReindexReply(results: readonly ShardReload[]): ReplyPayload {
  const ok = results.filter((r) => r.report?.ok);
  const notOk = results.filter((r) => !r.report?.ok);
  const name = (r: ShardReload) => `Shard ${r.shard}${r.self ? ' (this one)' : ''}`;
  const lines = [
    notOk.length === 0
      ? `Reindexed on all ${plural(results.length, 'shard')}.`
      : `Reindexed on ${ok.length} of ${plural(results.length, 'shard')}; not on ${notOk.map((r) => r.shard).join(', ')}, which keep serving what they had.`,
  ];
  const seconds = (report: ReloadReport) => `${(report.ms / 1000).toFixed(2)} s`;
  const joined = (report: ReloadReport) => (report.joined ? ' (joined the reindex already running)' : '');
  if (results.length <= SHARDS_LISTED_ONE_BY_ONE) {
    for (const r of ok)
      lines.push(`${name(r)}: ${seconds(r.report!)}${joined(r.report!)}. ${counts(r.report!)}`);
  } else if (ok.length) {
    const slowest = Math.max(...ok.map((r) => r.report!.ms));
    const mine = ok.find((r) => r.self) ?? ok[0]!;
    lines.push(
      `${plural(ok.length, 'shard')} reindexed within ${(slowest / 1000).toFixed(2)} s. ${counts(mine.report!)}`,
    );
  }
  for (const r of notOk) {
    lines.push(
      r.report
        ? `${name(r)}: failed after ${seconds(r.report)}: ${errorText(r.report.error)} Still serving ${plural(r.report.before.stories, 'story', 'stories')}, ${plural(r.report.before.paragraphs, 'paragraph')}.`
        : `${name(r)}: no report: ${errorText(r.error)}`,
    );
  }
  if (notOk.some((r) => !r.report)) {
    lines.push('A shard that was down loads the stories on disk when it starts again.');
  }
  const skipped = new Map(ok.flatMap((r) => r.report!.skipped).map((s) => [s.file, s]));
  lines.push(...skippedLines([...skipped.values()]));
  return content(lines);
}
