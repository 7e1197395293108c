import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';

/**
 * Whether standard input can feed the offline console: a terminal, or a pipe or file someone
 * feeds questions through (`echo "Who…?" | npm start`). Not `/dev/null` or a closed input, which
 * is what Docker (without `-it`) and systemd give a service: there the console would print its
 * banner and end at once, looking like a bot that started.
 */
export function stdinCanFeedConsole(fd = 0): boolean {
  if (isatty(fd)) return true;
  try {
    return !fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}
