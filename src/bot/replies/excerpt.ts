import { boldSpans, quote } from '../text.ts';

type Span = readonly [number, number];

/**
 * A markdown quote of `text` (escaped) with `spans` in bold. A text longer than `max` is cut to a
 * window of about `max` characters around the first span, with "…" where it was cut.
 */
export function quotedExcerpt(text: string, spans: readonly Span[], max: number): string {
  if (text.length <= max) return quote(boldSpans(text, spans));
  const focus = spans[0] ?? [0, 0];
  let start = Math.max(0, Math.min(focus[0] - Math.floor(max / 4), text.length - max));
  // Start at a word, not inside one.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < focus[0]) start = space + 1;
  }
  const end = Math.min(text.length, start + max);
  const inside = spans
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as const);
  const body = boldSpans(text.slice(start, end), inside);
  return quote(`${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`);
}

/** The span of `sentence` inside `text`, if it is there. */
export function sentenceSpan(text: string, sentence: string | undefined): Span[] {
  if (!sentence) return [];
  const at = text.indexOf(sentence);
  return at === -1 ? [] : [[at, at + sentence.length]];
}
