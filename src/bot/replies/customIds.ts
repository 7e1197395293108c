import { MAX_CUSTOM_ID_LENGTH } from '../limits.ts';
import { cutWhole } from '../text.ts';

/**
 * Buttons carry their state in the custom id (`kind:number:text`), so they keep working after a
 * restart: `paragraph` shows a paragraph, `passages` opens a new page of passages, `search` turns
 * the page of the message it sits on.
 */
export type ButtonKind = 'paragraph' | 'passages' | 'search';

export interface ButtonState {
  kind: ButtonKind;
  number: number;
  text: string;
}

const KINDS: readonly ButtonKind[] = ['paragraph', 'passages', 'search'];

/**
 * The custom id for a button, or undefined when `text` cannot fit. Free text (a query) may be cut
 * at a word boundary (`cuttable`); an id (a story) may not.
 */
export function buttonId({ kind, number, text }: ButtonState, { cuttable = false } = {}): string | undefined {
  const head = `${kind}:${number}:`;
  const room = MAX_CUSTOM_ID_LENGTH - head.length;
  if (text.length <= room) return head + text;
  if (!cuttable) return undefined;
  const cut = text.slice(0, room + 1);
  const space = cut.lastIndexOf(' ');
  return head + (space > room / 2 ? cut.slice(0, space) : cutWhole(cut, room)).trim();
}

/** The state of a button from its custom id, or undefined for an id this bot did not make. */
export function parseButtonId(customId: string): ButtonState | undefined {
  const match = /^([a-z]+):(\d+):(.*)$/s.exec(customId);
  if (!match) return undefined;
  const [, kind, number, text] = match;
  if (!KINDS.includes(kind as ButtonKind)) return undefined;
  return { kind: kind as ButtonKind, number: Number(number), text: text ?? '' };
}
