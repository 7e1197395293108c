import { describe, expect, it } from 'vitest';
import { boundedLines } from '../../src/cli/boundedLines.ts';

/** Every line `boundedLines` reads from these chunks, keeping at most `max` characters of each. */
async function linesOf(chunks: (string | Buffer)[], max = 10) {
  const out = [];
  for await (const line of boundedLines(
    (async function* () {
      yield* chunks;
    })(),
    max,
  ))
    out.push(line);
  return out;
}

describe('boundedLines: standard input a line at a time, never holding a long line', () => {
  it('GIVEN lines split across chunks, CRLF endings, an empty line and no final newline THEN the same lines readline gave', async () => {
    expect(await linesOf(['who is', ' yoon\r\n\nwhat', ' is NATO'], 100)).toEqual([
      { text: 'who is yoon', length: 11 },
      { text: '', length: 0 },
      { text: 'what is NATO', length: 12 },
    ]);
    expect(await linesOf(['one\n', 'two\n'])).toEqual([
      { text: 'one', length: 3 },
      { text: 'two', length: 3 },
    ]);
  });

  it('GIVEN a line far longer than max, over many chunks THEN its first max characters and its whole length, then the next line whole', async () => {
    const long = Array.from({ length: 1000 }, () => 'abcdefghij');
    expect(await linesOf([...long, '\nnext'], 10)).toEqual([
      { text: 'abcdefghij', length: 10_000 },
      { text: 'next', length: 4 },
    ]);
  });

  it('GIVEN a UTF-8 character split between two chunks THEN it is decoded whole', async () => {
    const bytes = Buffer.from('café\n');
    expect(await linesOf([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual([{ text: 'café', length: 4 }]);
  });
});
