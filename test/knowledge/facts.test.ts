import { describe, expect, it } from 'vitest';
import { extractDefinitions } from '../../src/knowledge/definitions.ts';
import { extractPeople } from '../../src/knowledge/people.ts';
import { extractQuotes } from '../../src/knowledge/quotes.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { harborStory } from '../support/stories.ts';

const story = harborStory();
const people = extractPeople(story);
const quotes = extractQuotes(story, people);
const person = (name: string) => people.people.find((p) => p.name === name);

describe('people of a story', () => {
  it('GIVEN titles and roles THEN each person has a full name, a title and, where the story shows it, a gender', () => {
    expect(people.people.map((p) => p.name).sort()).toEqual(['Elena Marsh', 'Paul Okoye', 'Tomas Reyes']);
    expect(person('Elena Marsh')).toMatchObject({ title: 'The authority’s chairwoman', gender: 'f' });
    expect(person('Tomas Reyes')).toMatchObject({ gender: 'm' });
    expect(person('Paul Okoye')?.title).toBe('Finance director');
  });

  it('GIVEN he and she in turn THEN each pronoun resolves to the person of its gender, not the last named', () => {
    const she = people.mentions.find((m) => m.paragraph === 6 && m.text === 'She');
    const he = people.mentions.find((m) => m.paragraph === 4 && m.text === 'He');
    expect(people.people[she!.personId!]?.name).toBe('Elena Marsh');
    expect(people.people[he!.personId!]?.name).toBe('Tomas Reyes');
  });
});

describe('titles of several words', () => {
  const text =
    "Business\n\nAirline results\n\nChief financial officer Mikael Strand warned that costs would rise.\n\nOstrava Water's chief executive, Tomas Hruby, said the company would not appeal.";
  const titles = new Map(
    extractPeople(parseStory({ id: 'air', file: 'air.txt', text })).people.map((p) => [p.name, p.title]),
  );

  it('GIVEN "said city finance director NAME" or "union leader NAME" THEN the title keeps whose it is', () => {
    const story = parseStory({
      id: 'rail',
      file: 'rail.txt',
      text: 'Transport\n\nRail strike\n\nThe city will borrow the rest, city finance director Omar Haddad said.\n\n“We did not want this strike,” union leader Carla Rossetti told a rally. The strike was unjustified, said the new director Ana Costa.',
    });
    const found = new Map(extractPeople(story).people.map((p) => [p.name, p.title]));
    expect(found.get('Omar Haddad')).toBe('city finance director');
    expect(found.get('Carla Rossetti')).toBe('union leader');
    expect(found.get('Ana Costa')).toBe('director');
  });

  it('GIVEN "Chief financial officer NAME" THEN the title is the whole of it, not "officer"', () => {
    expect(titles.get('Mikael Strand')).toBe('Chief financial officer');
  });

  it('GIVEN "Ostrava Water\'s chief executive, NAME," THEN the owner is whole and no stray letter opens it', () => {
    expect(titles.get('Tomas Hruby')).toBe("Ostrava Water's chief executive");
  });
});

describe('places that look like people', () => {
  it('GIVEN "the city of Arenal, the observatory\'s director announced" THEN Arenal is not a person', () => {
    const text =
      "Science\n\nObservatory to move\n\nBecause of light pollution from the growing city of Arenal, the observatory's director announced in 2015 that new instruments would be built elsewhere.\n\nDirector Ana Ruiz, 52, said the move was overdue.";
    const people = extractPeople(parseStory({ id: 'obs', file: 'obs.txt', text })).people.map((p) => p.name);
    expect(people).not.toContain('Arenal');
    expect(people).toContain('Ana Ruiz');
  });
});

describe('quotations of a story', () => {
  const speakerOf = (words: string) => quotes.find((q) => q.text.includes(words))?.speaker;

  it('GIVEN “…,” she said THEN the quote is hers, and so is the next one in the paragraph', () => {
    expect(speakerOf('either grows')).toBe('Elena Marsh');
    expect(speakerOf('We chose to grow')).toBe('Elena Marsh');
  });

  it('GIVEN X called the vote “…” and “…,” Reyes added THEN the speaker is X', () => {
    expect(speakerOf('a betrayal')).toBe('Tomas Reyes');
    expect(speakerOf('buying machines')).toBe('Tomas Reyes');
  });

  it('GIVEN a paragraph that is only a quote THEN it continues the last speaker', () => {
    expect(speakerOf('Nobody who works here')).toBe('Elena Marsh');
  });

  it('GIVEN He described … as “…” THEN the pronoun is resolved to the right man', () => {
    expect(speakerOf('conservative and fully covered')).toBe('Paul Okoye');
  });
});

describe('definitions of a story', () => {
  const defs = extractDefinitions(story);
  it('GIVEN Long Form (ACR) THEN the acronym means the long form', () => {
    expect(defs).toContainEqual(
      expect.objectContaining({
        term: 'PVA',
        meaning: 'Port of Valmora Authority',
        kind: 'acronym',
        paragraph: 1,
      }),
    );
  });
  it('GIVEN X stands for Y THEN X means Y', () => {
    expect(defs.find((d) => d.term === 'TEU')?.meaning).toMatch(/^twenty-foot equivalent unit/);
  });
  it('GIVEN a dotted long form "U.N. Security Council (UNSC)" THEN the initials still spell it', () => {
    const s = {
      ...story,
      paragraphs: [
        { ...story.paragraphs[0]!, text: 'the monitoring of the U.N. Security Council (UNSC) sanctions' },
      ],
    };
    expect(extractDefinitions(s)[0]).toMatchObject({ term: 'UNSC', meaning: 'U.N. Security Council' });
  });
});

describe('people found the same in ASCII and in Unicode text', () => {
  const paragraphs = [
    'Chief executive Jean-Luc Marsh said the U.S. deal would close in May.',
    'The growing city of Arenal, the observatory director Ana Costa announced, will host the summit.',
    "Marsh's deputy, Paul Okoye, told reporters that Dr. Ann Hall would lead the review.",
  ];
  const peopleOf = (suffix: string) =>
    extractPeople(
      parseStory({
        id: 'ascii',
        file: 'ascii.txt',
        text: `Business\n\nA deal\n\n${paragraphs.map((p) => p + suffix).join('\n\n')}`,
      }),
    );

  it('GIVEN the same paragraphs in ASCII alone and with one word accented at their end THEN the same people, titles and mentions', () => {
    const ascii = peopleOf(' Its cafe opened.');
    const unicode = peopleOf(' Its café opened.');
    expect(ascii.people.map((p) => p.name)).toContain('Ana Costa');
    expect(ascii.people.map((p) => p.name)).not.toContain('Arenal');
    expect(unicode.people).toEqual(ascii.people);
    expect(unicode.mentions).toEqual(ascii.mentions);
  });
});
