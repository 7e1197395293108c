/**
 * Reading rendered Discord Markdown the way Discord does, for tests: which markup characters are
 * live (not behind an escaping backslash) and which lines start a heading, list or quote.
 */

const MARKUP = '[]<>`|~_*:';

/**
 * The markup characters of `rendered` that are not escaped, in order; lede's own quote marks
 * ("> " starting a line) and a colon followed by a space (plain punctuation) left out.
 */
export function liveMarkup(rendered: string): string {
  const text = rendered.replace(/^> /gm, '');
  let live = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i += 1;
    else if (c === ':' && /[\s]/.test(text[i + 1] ?? ' ')) continue;
    else if (MARKUP.includes(c)) live += c;
  }
  return live;
}

/** The lines of `rendered` (inside lede's own "> " quote) that Discord would show as a heading, list or quote. */
export function blockMarkupLines(rendered: string): string[] {
  return rendered
    .split('\n')
    .map((line) => line.replace(/^> /, ''))
    .filter((line) => /^[ \t]*(?:#|-|\+|\*\s|>|\d+\.)/.test(line));
}

/** Whether `rendered` ends inside an escape (a lone backslash would escape what follows it). */
export function endsInsideEscape(rendered: string): boolean {
  let run = 0;
  while (run < rendered.length && rendered[rendered.length - 1 - run] === '\\') run += 1;
  return run % 2 === 1;
}
