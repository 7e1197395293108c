import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../scripts/eval/args.ts';

describe('npm run eval options', () => {
  it('GIVEN two --squad files, --all-in-one and --articles THEN all are kept in order', () => {
    expect(
      parseEvalArgs(['--squad', 'a.json', '--squad', 'b.json', '--all-in-one', '--articles', '3']),
    ).toMatchObject({
      squad: ['a.json', 'b.json'],
      allInOne: true,
      articles: '3',
    });
  });

  it('GIVEN a bad command line THEN the message says what is wrong and shows the usage', () => {
    expect(() => parseEvalArgs(['--squad'])).toThrow(/--squad needs a value[\s\S]*usage/);
    expect(() => parseEvalArgs(['--all-in-one'])).toThrow(/go with --squad FILE/);
    expect(() => parseEvalArgs(['--update'])).toThrow(/--update goes with --check/);
    expect(() => parseEvalArgs(['--fast'])).toThrow(/unknown option --fast/);
    expect(parseEvalArgs(['-h'])).toBe('help');
  });
});
