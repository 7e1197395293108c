import { splitSentences } from './splitSentences.ts';

/**
 * A paragraph cut into pieces of at most `max` characters: whole sentences packed in order, and a
 * sentence longer than `max` cut at spaces. Linear in the paragraph.
 *
 * @example splitLongParagraph('One. Two. Three.', 10) // ['One. Two.', 'Three.']
 */
export function splitLongParagraph(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current) pieces.push(current);
    current = '';
  };
  for (const { text: sentence } of splitSentences(text)) {
    if (current && current.length + 1 + sentence.length <= max) {
      current += ` ${sentence}`;
      continue;
    }
    flush();
    const chunks = cutAtSpaces(sentence, max);
    pieces.push(...chunks.slice(0, -1));
    current = chunks.at(-1) ?? '';
  }
  flush();
  return pieces;
}

/** `sentence` in chunks of at most `max` characters, cut at the last space of each when there is one. */
function cutAtSpaces(sentence: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const room = rest.slice(0, max + 1);
    const space = room.lastIndexOf(' ');
    let cut = space > 0 ? space : max;
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut -= 1;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}
