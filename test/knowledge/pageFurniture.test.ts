import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../src/knowledge/pageFurniture.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';

const SCRAPED = `Business

Orrin Cable agrees to buy Haskett Wireless
By Mara Quill, Technology Correspondent
Published: 3 March 2026 08:15

Orrin Cable said on Monday it would buy Haskett Wireless for 1.2 billion dollars.

Advertisement

The deal needs the approval of the regulator.

Related: Cable prices rose last year

Share this article

Reporting by Mara Quill; Editing by Tom Reyes`;

describe('GIVEN a story as a scraper leaves it, with byline, time stamp and page furniture', () => {
  const story = parseStory({ id: 'orrin', file: 'orrin.txt', text: SCRAPED });

  it('WHEN parsed THEN the title is the headline alone', () => {
    expect(story.title).toBe('Orrin Cable agrees to buy Haskett Wireless');
  });

  it('WHEN parsed THEN only the story’s own paragraphs remain, numbered from the lede', () => {
    expect(story.paragraphs.map((p) => p.text)).toEqual([
      'Orrin Cable said on Monday it would buy Haskett Wireless for 1.2 billion dollars.',
      'The deal needs the approval of the regulator.',
    ]);
  });
});

describe('GIVEN lines that start like furniture but are sentences of the story', () => {
  it('WHEN a line is prose ("By Tuesday, the fire had spread.") THEN it is kept', () => {
    expect(isFurnitureLine('By Tuesday, the fire had spread to the hills.')).toBe(false);
    expect(isFurnitureLine('By the end of the day the council had agreed')).toBe(false);
    expect(isFurnitureLine('Written by hand, the letter reached the court in May.')).toBe(false);
  });

  it('WHEN a line is a byline, stamp or credit THEN it is furniture', () => {
    expect(isFurnitureLine('By Ana Kovac, Legal Affairs Correspondent')).toBe(true);
    expect(isFurnitureLine('Updated 14 October 2025 09:48')).toBe(true);
    expect(isFurnitureLine('(Reporting by Ana Kovac; editing by Tom Reyes)')).toBe(true);
  });
});
