import { StringDecoder } from 'node:string_decoder';

/** One line of input: its first characters (all of it when it is short enough) and its length. */
export interface BoundedLine {
  /** The line, without its line break; only its first `max` characters when it is longer. */
  text: string;
  /** How long the whole line is, in UTF-16 units. */
  length: number;
}

/**
 * The lines of `input` (split at `\n`, a `\r` before it dropped), each keeping at most `max`
 * characters: the rest of a longer line is counted, never held. readline holds a whole line, and
 * one of 600 MB on standard input threw "Invalid string length" and ended `npm run ask`'s batch.
 */
export async function* boundedLines(
  input: AsyncIterable<Buffer | string>,
  max: number,
): AsyncGenerator<BoundedLine> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  let length = 0;
  let started = false;
  const take = (piece: string) => {
    if (text.length < max) text += piece.slice(0, max - text.length);
    length += piece.length;
    started ||= piece.length > 0;
  };
  const line = (): BoundedLine => {
    const ended = text.length === length && text.endsWith('\r') ? text.slice(0, -1) : text;
    return { text: ended, length: text.length === length ? ended.length : length };
  };
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = s.indexOf('\n'); end !== -1; end = s.indexOf('\n', start)) {
      take(s.slice(start, end));
      yield line();
      text = '';
      length = 0;
      started = false;
      start = end + 1;
    }
    take(s.slice(start));
  }
  take(decoder.end());
  if (started) yield line();
}
