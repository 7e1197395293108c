import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import type { Definition } from '../../src/knowledge/definitions.ts';
import { withAntecedents } from '../../src/qa/antecedents.ts';
import { analyzeParagraph } from '../../src/qa/paragraphAnalysis.ts';
import { inParagraphForms } from '../../src/qa/paragraphForms.ts';
import { laterOneForPast, timeOfSaying } from '../../src/qa/ruleTrickEvent.ts';
import { trickOf } from '../../src/qa/ruleTricks.ts';
import { paragraphOf } from '../support/refusalFeatures.ts';

/** A story of our own: a sports body's vote, its acronym, its next meeting, a pronoun's sentence. */
const ROWING = `Rowing federation picks Lakeport for world championships

The International Rowing Union (IRU) chose Lakeport on Sunday to host the 2027 world championships, after a vote at its annual assembly in Brenna.

Delegates backed Lakeport by 61 votes to 22 over the rival bid from Ostvik. The union will hold its next assembly in Carvale in October.

Mildred Arne, the union's president, said Lakeport had promised a new boathouse and seating for 8,000 spectators.

The championships will last nine days. They will cost about 40 million euros, most of it paid by the regional government.

Last year an IRU inspection team closed two courses in June after finding algae in the water.

Source: Lake Wire`;
const kb = buildKnowledgeBase([parseStory({ id: 'rowing', file: 'rowing.txt', text: ROWING })]);
const ask = (question: string) => answerQuestion(kb, question);
const at = (sentence: string) => ({ sentence, title: 'Rowing federation picks Lakeport' });

describe('GIVEN a sentence that opens with a pronoun (antecedents.ts)', () => {
  const pa = analyzeParagraph(
    paragraphOf(
      'Blue-green algae is a bacterium that grows in still water. It cannot survive in fast rivers; rowers catch it by swallowing lake water.',
    ),
  );

  it('WHEN the model reads it THEN it is read with the sentence before, which names "it"', () => {
    const read = withAntecedents(pa);
    expect(read.sentences[1]).toEqual({ start: pa.sentences[0]!.start, end: pa.sentences[1]!.end });
    expect(read.paragraph.sentences[1]!.text).toMatch(/^Blue-green algae is a bacterium.*rowers catch it/u);
    expect(read.sentences[0]).toEqual(pa.sentences[0]);
  });

  it('WHEN no sentence opens with a pronoun THEN the analysis is the same object', () => {
    const plain = analyzeParagraph(paragraphOf('The union met in Brenna. Delegates voted on Sunday.'));
    expect(withAntecedents(plain)).toBe(plain);
  });
});

describe('GIVEN a question that writes the long form of an acronym the story defines (paragraphForms.ts)', () => {
  const definitions: Definition[] = [
    { storyId: 'rowing', paragraph: 1, term: 'IRU', meaning: 'International Rowing Union', kind: 'acronym' },
  ];

  it('WHEN the paragraph writes only the acronym THEN the question is read with the acronym', () => {
    const paragraph = 'Last year an IRU inspection team closed two courses in June.';
    expect(
      inParagraphForms('When did the International Rowing Union close two courses?', definitions, paragraph),
    ).toBe('When did the IRU close two courses?');
    // A tail of two words or more of the long form will do.
    expect(inParagraphForms('When did the Rowing Union close them?', definitions, paragraph)).toBe(
      'When did the IRU close them?',
    );
  });

  it('WHEN the question writes the acronym and the paragraph only the long form THEN the long form is read', () => {
    const paragraph = 'The International Rowing Union chose Lakeport on Sunday.';
    expect(inParagraphForms('What did the IRU choose?', definitions, paragraph)).toBe(
      'What did the International Rowing Union choose?',
    );
  });

  it('WHEN the paragraph writes both, or neither THEN the question is read as written', () => {
    const question = 'When did the International Rowing Union close two courses?';
    expect(inParagraphForms(question, definitions, 'The International Rowing Union (IRU) met.')).toBe(
      question,
    );
    expect(inParagraphForms(question, definitions, 'Delegates backed Lakeport.')).toBe(question);
  });

  it('WHEN the paragraph writes the long form in another case or spacing THEN it still reads as the long form', () => {
    expect(
      inParagraphForms('What did the IRU choose?', definitions, 'the international rowing\nUNION chose.'),
    ).toBe('What did the International Rowing Union choose?');
    // "Unions" is no whole word "Union": the long form is not written.
    expect(inParagraphForms('What did the IRU choose?', definitions, 'Rowing Unions chose.')).toBe(
      'What did the IRU choose?',
    );
  });

  it('WHEN one definition reads many paragraphs in turn THEN each reads as it does with a fresh definition', () => {
    const paragraphs = [
      'Last year an IRU inspection team closed two courses in June.',
      'The International Rowing Union chose Lakeport on Sunday.',
      'The International Rowing Union (IRU) met.',
      'Delegates backed Lakeport.',
    ];
    const questions = ['When did the Rowing Union close the IRU courses?', 'What did the IRU choose?'];
    const fresh = (question: string, paragraph: string) =>
      inParagraphForms(question, [{ ...definitions[0]! }], paragraph);
    for (let round = 0; round < 2; round++)
      for (const paragraph of paragraphs)
        for (const question of questions)
          expect(inParagraphForms(question, definitions, paragraph)).toBe(fresh(question, paragraph));
    expect(fresh(questions[0]!, paragraphs[1]!)).toBe(
      'When did the Rowing Union close the International Rowing Union courses?',
    );
  });

  it('WHEN asked of the story THEN the paragraph that writes the acronym answers', () => {
    const answer = ask('When did the International Rowing Union close two courses?');
    expect(answer.answer).toBe('June');
    expect(answer.citations[0]?.paragraph).toBe(5);
  });
});

describe('GIVEN a question about a meeting that took place (laterOneForPast)', () => {
  const NEXT = 'The union will hold its next assembly in Carvale in October.';

  it('WHEN the sentence names only the next one THEN it is a trick', () => {
    expect(laterOneForPast('Where was the assembly held?', NEXT)).toBe(true);
    expect(trickOf('Where was the assembly held?', 'Carvale', at(NEXT))).toBe('later-one-for-past');
    expect(
      laterOneForPast('When did the upcoming final take place?', 'The upcoming final starts at noon.'),
    ).toBe(false);
  });

  it('WHEN the question asks about the next one, or the sentence also names the past one THEN it is not', () => {
    expect(laterOneForPast('Where will the union hold its next assembly?', NEXT)).toBe(false);
    expect(
      laterOneForPast(
        'Where was the assembly held?',
        'After the assembly in Brenna, it set its next assembly for Carvale.',
      ),
    ).toBe(false);
  });

  it('WHEN asked of the story THEN the assembly that took place answers, and the next one for the future', () => {
    expect(ask('Where was the assembly held?').answer).toBe('Brenna');
    expect(ask('Where will the union hold its next assembly?').answer).toBe('Carvale');
  });
});

describe('GIVEN a how-many question about things (measureForCount)', () => {
  const WALKED = 'All but three of the rowers had trained within 500 meters of the boathouse, he said.';

  it('WHEN the answer is a length or a weight THEN it is a trick', () => {
    expect(trickOf('How many boathouses does the union own?', '500 meters', at(WALKED))).toBe(
      'measure-for-count',
    );
  });

  it('WHEN the counted noun is the unit, or the answer names the thing counted THEN it is not', () => {
    expect(
      trickOf('How many meters did the rowers train from the boathouse?', '500 meters', at(WALKED)),
    ).toBeUndefined();
    expect(
      trickOf('How many cables were laid?', '500 meters of cables', at('They laid 500 meters of cables.')),
    ).toBeUndefined();
  });
});

describe('GIVEN a story whose opening gives only the day its source spoke', () => {
  const text = `Local

Ferry pier shut after storm damage


The Ostby ferry pier has been closed to foot passengers after waves tore away part of its deck, the harbour board said on Monday.

Repairs are expected to take three weeks.

Source: Coast Wire`;
  const kb = buildKnowledgeBase([parseStory({ id: 'pier', file: 'pier.txt', text })]);

  it('WHEN asked when the thing itself happened THEN not the day of the saying', () => {
    expect(answerQuestion(kb, 'when did the pier close').answer ?? '(refused)').not.toMatch(/Monday/);
  });

  it('WHEN asked when the board said it THEN the day of the saying', () => {
    expect(
      timeOfSaying(
        'When did the harbour board announce the closure?',
        'Monday',
        'x, the harbour board said on Monday.',
      ),
    ).toBe(false);
    expect(
      timeOfSaying(
        'When did the pier close?',
        'Monday',
        'The pier has been closed, the harbour board said on Monday.',
      ),
    ).toBe(true);
    expect(
      timeOfSaying(
        'Why was the pier shut?',
        'said on Monday',
        'The pier was shut, the board said on Monday.',
      ),
    ).toBe(true);
    expect(
      timeOfSaying('When did the pier close?', 'Monday', 'The pier closed on Monday, the board said.'),
    ).toBe(false);
  });

  it('WHEN the sentence reports a saying on another day than the answer THEN the answer is no day of saying', () => {
    const sentence = 'The pier closed on Tuesday, the harbour master told reporters late on Friday.';
    expect(timeOfSaying('When did the pier close?', 'Tuesday', sentence)).toBe(false);
    expect(timeOfSaying('When did the pier close?', 'on Friday', sentence)).toBe(true);
    expect(timeOfSaying('When did the pier close?', 'Friday', 'The pier closed on Friday.')).toBe(false);
  });
});
