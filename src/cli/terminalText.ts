/**
 * Story text (and anything else untrusted) made safe to print to a terminal. A story can hold
 * escape sequences that retitle the window (OSC 0), clear the screen (CSI 2J), write the clipboard
 * (OSC 52) or hide what was printed (a carriage return, bidirectional overrides): all are removed,
 * whole, and so is every other C0 and C1 control but tab and newline.
 */

/* eslint-disable no-control-regex -- matching control characters is the point */
/**
 * ESC sequences: CSI (`ESC [` parameters, final byte); OSC, DCS, SOS, PM and APC strings (`ESC ]`,
 * `P`, `X`, `^`, `_` up to BEL, `ESC \` or the end of the line); any other `ESC` plus its byte.
 */
const ESCAPE_SEQUENCES =
  /\u001b\[[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|\u001b[\]PX^_][^\u0007\u001b\n]*(?:\u0007|\u001b\\)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
/** Controls left once the sequences are gone (C0 but tab and newline, DEL, C1), and direction overrides. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw that a terminal may act on: DEL, C1, line separators, direction overrides. */
const JSON_RAW_CONTROLS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** `text` without escape sequences or control characters (tab and newline kept). Linear. */
export function forTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}

/**
 * `value` as one line of JSON that is safe on a terminal: JSON.stringify escapes C0 controls, and
 * this escapes the C1 ones and direction overrides too (`\u009b`); the parsed value is unchanged.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    JSON_RAW_CONTROLS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
