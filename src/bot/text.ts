/**
 * The one way untrusted text (story text, file names, what a user typed) reaches Discord.
 *
 * - `escapeText` for anything Discord renders as Markdown (content, embed titles and
 *   descriptions): every character that could start markup is shown literally.
 * - `boldSpans` / `quote` put lede's own markup (bold, quotes) around text escaped first, so a
 *   story or a query can never close or open it.
 * - `plainText` for surfaces Discord shows as plain text (embed footers, autocomplete choices,
 *   button labels): no escaping (it would show), but no control characters either.
 *
 * Every function takes the room it has and cuts the input to it BEFORE escaping, so the work is
 * linear in what is shown, not in the input: a 4 MB story title costs what a 256-character one
 * does. (discord.js's `escapeMarkdown` runs several regular expressions over the whole input,
 * some of them quadratic: 31 s for one 200 KB title, freezing every user.)
 */
import { MAX_EMBED_DESCRIPTION_LENGTH } from './limits.ts';

const ELLIPSIS = '…';

/**
 * Characters dropped from every text: C0 controls but tab and newline, DEL, C1 controls, and the
 * bidirectional overrides and isolates, which can make a link or a name read as something else.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Markup that works anywhere on a line: `\` itself, bold / italic (`*`, `_`), strike (`~`), code
 * (`` ` ``), spoilers (`|`), masked links (`[text](url)`), `<…>` (user, role and channel mentions,
 * custom emoji, timestamps, `<https://…>` links), `>` (quotes), `:` (emoji shortcodes, and the
 * `https://` that would make a link clickable). Plus `@everyone` / `@here`, broken by a zero-width
 * space (a backslash does not stop them from rendering as mentions).
 */
const INLINE = /[\\*_~`|[\]<>:]|@(?=everyone|here)/g;
/** Markup that works only at the start of a line: headings (`#`, `-#` subtext), lists (`-`, `+`, `1.`). */
const LINE_START = /^([ \t]*)(?:([#+-])|(\d+)\.)/gm;

const escapeInline = (c: string): string => (c === '@' ? '@\u200b' : `\\${c}`);
const escapeLineStart = (_: string, indent: string, mark?: string, digits?: string): string =>
  mark ? `${indent}\\${mark}` : `${indent}${digits}\\.`;

/** `text` rendered literally in Discord Markdown, whatever it holds. Linear; see `escapeText` to cut first. */
function escapeAll(text: string, oneLine: boolean): string {
  let clean = text.replace(CONTROLS, '');
  if (oneLine) clean = clean.replace(LINE_BREAKS, ' ');
  return clean.replace(INLINE, escapeInline).replace(LINE_START, escapeLineStart);
}

/**
 * The longest prefix of rendered Markdown within `max` characters that does not end inside an
 * escape (`\*`: a lone backslash would escape what follows) or a surrogate pair.
 */
function safePrefix(rendered: string, max: number): string {
  if (rendered.length <= max) return rendered;
  const end = cutWhole(rendered, Math.max(0, max)).length;
  // Backslashes in escaped text come in pairs (`\\`, `\*`), starting after a non-backslash.
  let run = 0;
  while (run < end && rendered.charCodeAt(end - 1 - run) === 0x5c) run += 1;
  return rendered.slice(0, end - (run % 2));
}

/**
 * Rendered Markdown cut to at most `max` characters, ending with "…" when cut, never inside an
 * escape or a surrogate pair. For replies that are already rendered (the last guard in `respond`).
 */
export function cutMarkdown(rendered: string, max: number): string {
  if (rendered.length <= max) return rendered;
  if (max <= 0) return '';
  return safePrefix(rendered, max - ELLIPSIS.length) + ELLIPSIS;
}

/**
 * The first `max` UTF-16 units of `text`, one fewer when the cut would keep half a surrogate pair
 * (Discord stores text as UTF-8, where half a pair cannot be: it refuses the whole message).
 */
export function cutWhole(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, Math.max(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max));
}

/**
 * Plain `text` cut to at most `max` UTF-16 units (Discord counts fewer, never more), ending with
 * "…" when cut; never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  return cutWhole(text, Math.max(0, max - ELLIPSIS.length)) + ELLIPSIS;
}

export interface TextOptions {
  /** Line breaks become spaces: for a name or a file name shown on one line. */
  oneLine?: boolean;
}

/**
 * Untrusted `text` for a Markdown surface, shown literally and cut to at most `max` characters
 * (the escapes included), ending with "…" when cut. Only the first `max` characters are ever
 * looked at. No masked link, heading, quote, list, code, spoiler, emphasis, mention, emoji or
 * timestamp survives; `https://…` shows but is not clickable.
 */
export function escapeText(
  text: string,
  max: number = MAX_EMBED_DESCRIPTION_LENGTH,
  { oneLine = false }: TextOptions = {},
): string {
  // Escaping never shortens text by more than the controls it drops: `max` characters are enough.
  const head = cutWhole(text, max);
  const rendered = escapeAll(head, oneLine);
  return head.length < text.length || rendered.length > max
    ? cutMarkdown(rendered + ELLIPSIS, max)
    : rendered;
}

/**
 * Untrusted `text` for a plain-text surface (an embed footer, an autocomplete choice, a button
 * label): no control characters, cut to `max`. Not escaped: Discord shows these as typed, and a
 * backslash would show too.
 */
export function plainText(text: string, max: number, { oneLine = false }: TextOptions = {}): string {
  const cut = text.length > max;
  let clean = cutWhole(text, max).replace(CONTROLS, '');
  if (oneLine) clean = clean.replace(LINE_BREAKS, ' ');
  return cut ? truncate(`${clean}${ELLIPSIS}`, max) : clean;
}

type Span = readonly [number, number];

/** Spans sorted, clipped to `[0, length)`, overlapping or touching ones merged. */
function mergeSpans(spans: readonly Span[], length: number): [number, number][] {
  const merged: [number, number][] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(0, s);
    const end = Math.min(length, e);
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) merged.push([start, end]);
  }
  return merged;
}

/**
 * `text` escaped, with the given spans in bold, in at most `max` characters (the bold markers
 * included; "…" when cut, the bold still closed). Spans are [start, end) offsets into `text`;
 * overlapping or touching spans merge. The bold is added after escaping, so nothing in `text`
 * can open or close it.
 */
export function boldSpans(
  text: string,
  spans: readonly Span[],
  max: number = MAX_EMBED_DESCRIPTION_LENGTH,
): string {
  const shown = cutWhole(text, max);
  const parts: { text: string; bold: boolean }[] = [];
  let at = 0;
  for (const [start, end] of mergeSpans(spans, shown.length)) {
    parts.push({ text: escapeAll(shown.slice(at, start), false), bold: false });
    parts.push({ text: escapeAll(shown.slice(start, end), false), bold: true });
    at = end;
  }
  parts.push({ text: escapeAll(shown.slice(at), false), bold: false });

  const wrap = (part: { text: string; bold: boolean }, body = part.text) =>
    part.bold && body ? `**${body}**` : body;
  const whole = parts.map((p) => wrap(p)).join('');
  if (shown.length === text.length && whole.length <= max) return whole;
  // Over the room: keep whole parts while they fit, then as much of the next as fits, then "…".
  const room = max - ELLIPSIS.length;
  let out = '';
  for (const part of parts) {
    const full = wrap(part);
    if (out.length + full.length <= room) {
      out += full;
      continue;
    }
    const left = room - out.length - (part.bold ? 4 : 0);
    if (left > 0) out += wrap(part, safePrefix(part.text, left));
    break;
  }
  return out + ELLIPSIS;
}

/** A pattern finding any of `words` as a whole word (case-insensitive), or undefined for no words. */
function wordPattern(words: readonly string[]): RegExp | undefined {
  const wanted = words.filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!wanted.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Spans of `text` where one of `words` occurs as a whole word (case-insensitive). */
export function wordSpans(text: string, words: readonly string[]): [number, number][] {
  const pattern = wordPattern(words);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** Where one of `words` first occurs in `text` as a whole word; reads no further. */
export function firstWordAt(text: string, words: readonly string[]): number | undefined {
  return wordPattern(words)?.exec(text)?.index;
}

/** Every line of `text` (already rendered) as a Markdown quote. */
export function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
