import { escapeMarkdown } from 'discord.js';

const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` UTF-16 units (Discord counts fewer, never more), ending with "…"
 * when cut; never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, Math.max(0, end)) + ELLIPSIS;
}

/** Text from a story or a user, shown literally: no markdown, no masked links, no headings. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/**
 * `text` escaped, with the given spans in bold. Spans are [start, end) offsets into `text`;
 * overlapping or touching spans merge.
 */
export function boldSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  const merged: [number, number][] = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) merged.push([start, end]);
  }
  let out = '';
  let at = 0;
  for (const [start, end] of merged) {
    out += escapeText(text.slice(at, start)) + `**${escapeText(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeText(text.slice(at));
}

/** Spans of `text` where one of `words` occurs as a whole word (case-insensitive). */
export function wordSpans(text: string, words: readonly string[]): [number, number][] {
  const wanted = words.filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!wanted.length) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** Every line of `text` as a markdown quote. */
export function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
