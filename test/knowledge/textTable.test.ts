import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { MAX_TABLE_ROW_CHARS } from '../../src/knowledge/limits.ts';
import { readTextTable } from '../../src/knowledge/textTable.ts';

describe('GIVEN a table of figures as a web page leaves it in text', () => {
  it('WHEN its rows have dot leaders under a caption THEN each row is a sentence with the caption', () => {
    expect(readTextTable('Seats won by party:\nGreen ......... 41\nLabour ........ 37')).toBe(
      'Seats won by party, Green: 41.\nSeats won by party, Labour: 37.',
    );
  });

  it('WHEN its rows are label and figure apart by spaces or a tab, with units THEN each row is a sentence', () => {
    expect(readTextTable('North Ward    12.5%\nSouth Ward\t$4.2m')).toBe(
      'North Ward: 12.5%.\nSouth Ward: $4.2m.',
    );
  });

  it('WHEN a label holds dots or spaces itself THEN the label is the shortest that leaves a leader and a figure', () => {
    expect(readTextTable('U.S.... 35\nInc. ...... 4 m')).toBe('U.S: 35.\nInc.: 4 m.');
    expect(readTextTable('A . .  5\nNew  York\t6')).toBe('A . .: 5.\nNew  York: 6.');
  });

  it('WHEN a line is longer than any row THEN the block is no table', () => {
    const long = `Tolls${' '.repeat(MAX_TABLE_ROW_CHARS)}5\nFees  6`;
    expect(readTextTable(long)).toBe(long);
  });

  it('WHEN a block is prose, or a single row THEN it is kept as it was', () => {
    const prose = 'The vote was held on Monday.\nTurnout was 64 percent.';
    expect(readTextTable(prose)).toBe(prose);
    expect(readTextTable('Green ......... 41')).toBe('Green ......... 41');
  });

  it('WHEN a story holds such a table THEN the figure asked for sits in the row of its label', () => {
    const story = parseStory({
      id: 'count',
      file: 'count.txt',
      text: 'Election\n\nGreens win most seats\n\nThe Greens won the most seats.\n\nSeats won by party:\nGreen ......... 41\nLabour ........ 37',
    });
    const table = story.paragraphs[1]!;
    expect(table.sentences.map((s) => s.text)).toEqual([
      'Seats won by party, Green: 41.',
      'Seats won by party, Labour: 37.',
    ]);
  });
});
