/**
 * `text` cut to at most `max` characters, at the last space when there is one in the second half,
 * with "…" to show the cut; `text` itself when it fits.
 *
 * @example capText('Harbor board approves pier', 16) // 'Harbor board…'
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space >= max / 2 ? room.slice(0, space) : room;
  // Never leave half of a surrogate pair at the end.
  return `${cut.replace(/[\uD800-\uDBFF]$/, '').trimEnd()}…`;
}
