/**
 * A table written with bars, as Markdown writes it and many scraped pages keep it: a header row, a
 * rule of dashes, then rows ("| Harlow | 12 | 3 |"). Healed as one paragraph its cells run
 * together ("| Team | Won | Lost | |---|---|---| | Harlow | 12 | 3 | …"), and no
 * figure keeps the row and column it belongs to; written as one sentence a cell ("Won, Harlow: 12.")
 * carries its column's and its row's words, as textTable.ts writes a caption's.
 */
/** A row: bars at both ends. */
const ROW = /^\|.*\|$/u;
/** The rule under the header: cells of dashes, optionally with colons for alignment. */
const RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/u;

/** The cells of a row, trimmed, without the empty strings outside its end bars. */
const cells = (row: string): string[] =>
  row
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());

/** The cells of a table as sentences, one a row, or the block as it was when it is no such table. */
export function readPipeTable(block: string): string {
  const lines = block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 3 || !RULE.test(lines[1]!)) return block;
  // One pass over each line: splitting at bars is linear, whatever a row holds.
  if (!lines.every((line) => ROW.test(line))) return block;
  const header = cells(lines[0]!);
  const sentences = lines.slice(2).map((line) => {
    const [label = '', ...values] = cells(line);
    return values
      .map((value, j) => {
        const column = header[j + 1] ?? '';
        if (value === '') return '';
        const head = [column, label].filter((part) => part !== '').join(', ');
        return head === '' ? `${value}.` : `${head}: ${value}.`;
      })
      .filter((sentence) => sentence !== '')
      .join(' ');
  });
  return sentences.filter((sentence) => sentence !== '').join('\n');
}
