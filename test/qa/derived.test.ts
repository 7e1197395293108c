import { describe, expect, it } from 'vitest';
import { derivedOf } from '../../src/qa/derived.ts';

describe('derivedOf', () => {
  it('GIVEN a value derived from a key object WHEN asked twice for one key and once for another THEN it is made once per key', () => {
    const made: string[] = [];
    const upper = derivedOf((key: { text: string }, suffix: string) => {
      made.push(key.text);
      return key.text.toUpperCase() + suffix;
    });
    const a = { text: 'harbor' };
    const b = { text: 'school' };

    expect(upper(a, '!')).toBe('HARBOR!');
    expect(upper(a, '!')).toBe('HARBOR!');
    expect(upper(b, '?')).toBe('SCHOOL?');
    expect(made).toEqual(['harbor', 'school']);
  });
});
