/** Story text written to attack the terminal or the chat that shows it. */

/** A story written to attack the terminal that prints it: retitle, clear, clipboard, colours, C1 CSI, direction override. */
export const HOSTILE_STORY = [
  'World',
  '',
  'Harbour \u001b]0;pwned\u0007town opens \u001b[2J\u001b[3Jlibrary',
  '',
  '',
  'The harbour town of Kelmsby opened a floating library on Saturday.\u001b]52;c;ZXZpbA==\u0007 It has \u009b4,000 books and \u001b[31mred\u001b[0m text.',
  '',
  'Source: Kelmsby \u202eGazette',
  '',
].join('\n');

/** Any control a terminal acts on: ESC, BEL, CR, other C0 but tab and newline, DEL, C1, direction overrides. */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
export const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
