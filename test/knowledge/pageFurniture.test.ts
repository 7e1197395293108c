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

const NOTED = `Transport

Harlow tram line to close for six weeks of repairs

By Ruth Ingram
Transport Editor

Photo: A tram crosses the Wey bridge in Harlow on Monday. (Harlow Transit)

HARLOW, Oct 3 (Midland News Agency) - The Harlow tram line will close for six weeks from November 1 while engineers replace 4 kilometres of track, the city's transit company said on Monday.

A commuter waits at Central Square stop. Photograph: Dev Patel

Replacement buses will run every ten minutes.

Sign up for our Morning Commute newsletter to get travel news in your inbox.

Correction, 4 October: An earlier version of this article said the line would close for eight weeks.`;

describe('GIVEN a scraped story with a byline and job title, photo captions, a wire dateline, a sign-up line and a correction', () => {
  const story = parseStory({ id: 'tram', file: 'tram.txt', text: NOTED });

  it('WHEN parsed THEN only the story’s sentences remain, the lede without its dateline', () => {
    expect(story.paragraphs.map((p) => p.text)).toEqual([
      "The Harlow tram line will close for six weeks from November 1 while engineers replace 4 kilometres of track, the city's transit company said on Monday.",
      'Replacement buses will run every ten minutes.',
    ]);
  });

  it('WHEN parsed THEN the dateline’s agency is the source', () => {
    expect(story.source).toBe('Midland News Agency');
  });
});

describe('GIVEN sentences that start or end like notes but are the story’s', () => {
  it('WHEN a paragraph reports a correction or a photograph THEN it is kept', () => {
    const text =
      'Harlow tram line closes\n\nThe council said a correction to the timetable was needed.\n\nThe photograph was taken in 1921 by a tram driver.';
    expect(parseStory({ id: 't', file: 't.txt', text }).paragraphs.map((p) => p.text)).toEqual([
      'The council said a correction to the timetable was needed.',
      'The photograph was taken in 1921 by a tram driver.',
    ]);
  });

  it('WHEN a lede opens with a capitalised name and a dash inside the sentence THEN no dateline is cut', () => {
    const text =
      'Harlow tram line closes\n\nNATO said on Monday - without naming a date - that it would meet.';
    expect(parseStory({ id: 't', file: 't.txt', text }).paragraphs[0]!.text).toBe(
      'NATO said on Monday - without naming a date - that it would meet.',
    );
  });
});

describe('GIVEN a Markdown story with a photo alone in its block, a rule and a bold dateline', () => {
  const story = parseStory({
    id: 'pier',
    file: 'pier.md',
    text: '---\ntitle: Pier reopens\n---\n\n![Workers paint the railings.](pier.jpg)\n\n**BRANDON** — The pier reopened on Friday after a 2 million pound repair.\n\n---\n\n*Sign up for our weekly coast newsletter.*\n',
  });

  it('WHEN parsed THEN the only paragraph is the lede, without the dateline', () => {
    expect(story.paragraphs.map((p) => p.text)).toEqual([
      'The pier reopened on Friday after a 2 million pound repair.',
    ]);
  });
});

const WEB_PAGE = `Local

Harbour council sells old ferry terminal to hotel group

By Petra Lindahl, City Hall Reporter
Published 2 May 2026 | Updated 11:40

Share on Facebook   Share on X   Email   Copy link

Listen to this article   3 min

The old terminal building on Quay Street. (Tomasz Wren / City Archive)

SALTMERE — The harbour council on Tuesday sold the old ferry terminal to the Ostrow Hotel Group for 6.4 million euros.

The group plans to open a 120-room hotel there in 2028.

Related stories
Ferry terminal closes after 60 years
Hotel group eyes waterfront sites

Most popular
1. Bridge repairs to start in June
2. School wins national chess title`;

describe('GIVEN a scraped web page with a stamp line, share buttons, a listen slot, a bracket-credit caption and link lists', () => {
  const story = parseStory({ id: 'terminal', file: 'terminal.txt', text: WEB_PAGE });

  it('WHEN parsed THEN only the story’s two paragraphs remain, the lede without its dateline', () => {
    expect(story.paragraphs.map((p) => p.text)).toEqual([
      'The harbour council on Tuesday sold the old ferry terminal to the Ostrow Hotel Group for 6.4 million euros.',
      'The group plans to open a 120-room hotel there in 2028.',
    ]);
  });

  it('WHEN a byline is followed by a bare date line THEN both are furniture', () => {
    expect(isFurnitureLine('November 3, 2026 at 9:12 a.m. EST')).toBe(true);
    expect(isFurnitureLine('Tuesday 14 October 2026, 16:05')).toBe(true);
    expect(isFurnitureLine('Published 14 October 2026 | Updated 16:05')).toBe(true);
  });
});

describe('GIVEN story lines that look like share rows, dates or link lists but are prose', () => {
  it('WHEN a line is a sentence about sharing or a date THEN it is kept', () => {
    expect(isFurnitureLine('Share prices fell on Monday')).toBe(false);
    expect(isFurnitureLine('May 4, 2026 was the day the bridge reopened')).toBe(false);
  });

  it('WHEN a paragraph ends in brackets of lower-case words, or a related list holds sentences THEN it is kept', () => {
    const story = parseStory({
      id: 'kept',
      file: 'kept.txt',
      text: `Council votes to sell the terminal

The council voted 7-2 for the sale. (Two members were absent)

Related
The council approved the sale on Tuesday.
It will be signed in June.`,
    });
    expect(story.paragraphs.map((p) => p.text)).toEqual([
      'The council voted 7-2 for the sale. (Two members were absent)',
      'Related The council approved the sale on Tuesday. It will be signed in June.',
    ]);
  });
});

describe('GIVEN more furniture a scraper keeps (bar-separated stamps, tweet buttons, credits, comments)', () => {
  it.each([
    'By Lena Hart | 4 June 2026, 09:10 CET',
    'Live updates | Last updated 6 minutes ago',
    'Share   Tweet   Email',
    'Follow us on Instagram',
    'The bridge at dusk. Courtesy Marl & Sons.',
    'Comments are closed on this article.',
  ])('WHEN the line is %s THEN it is furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each(['The fire spread | the crews said', 'Live music returns to the square on Friday.'])(
    'WHEN the line is prose (%s) THEN it is kept',
    (line) => {
      expect(isFurnitureLine(line)).toBe(false);
    },
  );

  it('WHEN a "Read more:" link heads another headline line THEN the block is dropped', () => {
    const story = parseStory({
      id: 'x',
      file: 'x.txt',
      text: 'Title line\n\nThe mill reopened on Monday.\n\nRead more: How mills work\nDonate to the mill trust',
    });
    expect(story.paragraphs.map((p) => p.text)).toEqual(['The mill reopened on Monday.']);
  });
});

const BREADCRUMB_PAGE = `Home › Business › Markets

Harbin Foods recalls 40,000 jars of peanut butter

By Mira Delacourt
Tuesday 8 August 2028 10:05

Click to share:   f   t   in   Email

Harbin Foods is recalling 40,000 jars of its crunchy peanut butter after metal fragments were found in one batch.

(Photo: Jars of Harbin peanut butter on a shop shelf. Credit: Valley Courier)

The company said nobody had been hurt.

Most popular
1 School bus route to change in September
2 Rates rise for the third time

Tags: food safety, recalls, Harbin Foods
© Valley Courier 2028. All rights reserved.
You might also like: Bakery fined over hygiene`;

describe('GIVEN a scraped page with a breadcrumb, icon share buttons, a bracketed photo credit, a numbered link list and a tags and copyright footer', () => {
  const story = parseStory({ id: 'harbin', file: 'harbin.txt', text: BREADCRUMB_PAGE });

  it('WHEN parsed THEN the breadcrumb is the section and the headline the title', () => {
    expect(story.section).toBe('Home › Business › Markets');
    expect(story.title).toBe('Harbin Foods recalls 40,000 jars of peanut butter');
  });

  it('WHEN parsed THEN only the story’s two paragraphs remain, numbered from the lede', () => {
    expect(story.paragraphs.map((p) => p.text)).toEqual([
      'Harbin Foods is recalling 40,000 jars of its crunchy peanut butter after metal fragments were found in one batch.',
      'The company said nobody had been hurt.',
    ]);
  });

  it.each([
    'Copyright lawyers say the case could take years.',
    'Tags on the jars show the batch number.',
    'Click to share a photo of the jar with the company.',
  ])('WHEN a story line starts like a footer or share row (%s) THEN it is kept', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});
