import { boldSpans, firstWordAt, quote, wordSpans } from '../text.ts';

type Span = readonly [number, number];

/**
 * A Markdown quote of `text` (escaped) with `spans` in bold, in at most `max` characters as
 * rendered (escapes, bold and quote marks included). A text that does not fit is cut to a window
 * around the first span, with "…" where it was cut.
 */
export function quotedExcerpt(text: string, spans: readonly Span[], max: number): string {
  const start = windowStart(text, spans[0]?.[0] ?? 0, max);
  return quotedWindow(
    text,
    start,
    spans.map(([s, e]) => [s - start, e - start] as const),
    max,
  );
}

/**
 * `quotedExcerpt` with every whole-word occurrence of `words` in bold. Only the window shown is
 * searched (past the first occurrence), so a huge paragraph costs what a short one does.
 */
export function quotedMatches(text: string, words: readonly string[], max: number): string {
  const start = windowStart(text, firstWordAt(text, words) ?? 0, max);
  // One character past the window, so a word cut at its end is not taken for a whole word.
  const spans = wordSpans(text.slice(start, start + max + 1), words).filter(([, e]) => e <= max);
  return quotedWindow(text, start, spans, max);
}

/** `text` from `start` as a quote of at most `max` characters, with `spans` (relative to `start`) in bold. */
function quotedWindow(text: string, start: number, spans: readonly Span[], max: number): string {
  const lead = start > 0 ? '…' : '';
  // Every line of the window gets "> ".
  let lines = 1;
  for (let i = text.indexOf('\n', start); i !== -1 && i < start + max; i = text.indexOf('\n', i + 1)) lines++;
  const room = Math.max(0, max - lead.length - 2 * lines);
  return quote(lead + boldSpans(text.slice(start), spans, room));
}

/** Where a window of about `max` characters showing `focus` starts: at a word, not inside one. */
function windowStart(text: string, focus: number, max: number): number {
  if (text.length <= max) return 0;
  const start = Math.max(0, Math.min(focus - Math.floor(max / 4), text.length - max));
  if (start === 0) return 0;
  const space = text.indexOf(' ', start);
  return space !== -1 && space < focus ? space + 1 : start;
}

/** The span of `sentence` inside `text`, if it is there. */
export function sentenceSpan(text: string, sentence: string | undefined): Span[] {
  if (!sentence) return [];
  const at = text.indexOf(sentence);
  return at === -1 ? [] : [[at, at + sentence.length]];
}
