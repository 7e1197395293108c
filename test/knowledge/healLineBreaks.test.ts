import { describe, expect, it } from 'vitest';
import { healLineBreaks, isBrokenWord } from '../../src/knowledge/healLineBreaks.ts';

describe('healLineBreaks', () => {
  it('GIVEN a word a scraper broke across lines WHEN healed THEN the halves join without a space', () => {
    expect(healLineBreaks('Yoon des\ncribed the alignment')).toBe('Yoon described the alignment');
    expect(healLineBreaks('through force di\nrectly challenges')).toBe('through force directly challenges');
  });

  it('GIVEN a break inside a word whose halves are words too THEN frequency decides ("inter"+"national")', () => {
    expect(healLineBreaks('an inter\nnational order')).toBe('an international order');
    expect(healLineBreaks('he walked in\nto the room')).toBe('he walked in to the room');
  });

  it('GIVEN a line wrapped at a space THEN the lines join with one space', () => {
    expect(healLineBreaks('the quick\nbrown fox')).toBe('the quick brown fox');
    expect(healLineBreaks('It ended.\nThen it began')).toBe('It ended. Then it began');
    expect(healLineBreaks('a line with a trailing space \ncontinues')).toBe(
      'a line with a trailing space continues',
    );
  });

  it('GIVEN CRLF line ends and blank edges THEN the result is one trimmed line', () => {
    expect(healLineBreaks('  first part\r\nsecond part  ')).toBe('first part second part');
  });

  it('GIVEN an injected dictionary THEN isBrokenWord uses it instead of the word lists', () => {
    const words = new Set(['foobar']);
    const options = { isWord: (w: string) => words.has(w), frequency: () => 1 };
    expect(isBrokenWord('foo', 'bar', options)).toBe(true);
    expect(isBrokenWord('foo', 'baz', options)).toBe(false);
  });
});
