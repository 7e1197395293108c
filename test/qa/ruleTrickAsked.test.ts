import { describe, expect, it } from 'vitest';
import { trickOf } from '../../src/qa/ruleTricks.ts';

const TITLE = 'Ferrow Foods recalls frozen pies after listeria found';
const at = (sentence: string) => ({ sentence, title: TITLE });

describe('GIVEN a where-question about a thing the answer sentence never mentions', () => {
  it("WHEN the answer is the employer of the question's person THEN it is a trick", () => {
    const sentence = 'Ada Brenn, a lawyer at Holt & Vane Partners, said the recall came too late.';
    expect(trickOf("Where was Ada Brenn's kitchen flooded?", 'Holt & Vane Partners', at(sentence))).toBe(
      'place-of-other-thing',
    );
  });

  it("WHEN the answer only repeats the question's company THEN it is a trick", () => {
    const sentence = 'Ferrow bought the pastry from a supplier, Tollund Bakeries, which declined to comment.';
    expect(
      trickOf('Where is the warehouse of Tollund Bakeries?', 'supplier, Tollund Bakeries', at(sentence)),
    ).toBe('place-of-other-thing');
  });

  it('WHEN the sentence says where the thing is THEN the answer stands', () => {
    const sentence = 'Tollund Bakeries, a supplier based in Aarhus, has its warehouse near the port.';
    expect(
      trickOf('Where is the warehouse of Tollund Bakeries?', 'near the port', at(sentence)),
    ).toBeUndefined();
    const job = 'Ada Brenn, a lawyer at Holt & Vane Partners, said the recall came too late.';
    expect(
      trickOf('Where does Ada Brenn work as a lawyer?', 'Holt & Vane Partners', at(job)),
    ).toBeUndefined();
  });
});

describe('GIVEN a how-many question that counts out of a group of a given size', () => {
  it('WHEN the answer sentence never gives that size THEN it is a trick (another group counted)', () => {
    const sentence = 'The three children who fell ill were all under five, the health board said.';
    expect(
      trickOf(
        'How many of the 40 people who ate the pies were hospitalised?',
        'three children',
        at(sentence),
      ),
    ).toBe('count-of-other-group');
  });

  it('WHEN the sentence counts out of that very group THEN the answer stands', () => {
    const sentence = 'Of the 40 people who ate the pies, 12 were hospitalised.';
    expect(
      trickOf('How many of the 40 people who ate the pies were hospitalised?', '12', at(sentence)),
    ).toBeUndefined();
  });
});

describe('GIVEN a question asking what someone said', () => {
  it('WHEN the answer sentence never names them and opens on another named person THEN it is a trick', () => {
    const sentence = 'Okonkwo made the comments at a food safety hearing in Lagos on Monday.';
    expect(
      trickOf('What did the British health minister say at the food safety hearing?', sentence, at(sentence)),
    ).toBe('speech-of-other-person');
  });

  it('WHEN the sentence names the speaker or reports them by pronoun THEN the answer stands', () => {
    const named = 'The health minister, Okonkwo, said the pies would be destroyed.';
    const question = 'What did the health minister say about the pies?';
    expect(trickOf(question, 'the pies would be destroyed', at(named))).toBeUndefined();
    const pronoun = 'She said the pies would be destroyed.';
    expect(trickOf(question, 'the pies would be destroyed', at(pronoun))).toBeUndefined();
  });
});

describe('GIVEN a question that gives a vote tally', () => {
  it('WHEN the answer sentence gives no such tally THEN it is a trick', () => {
    const sentence = 'The board also approved a 5 percent fine for late recalls.';
    expect(trickOf('What did the food board vote 4-1 to approve?', '5 percent', at(sentence))).toBe(
      'tally-not-given',
    );
  });

  it('WHEN the sentence gives the tally (as "4-1" or "4 to 1") THEN the answer stands', () => {
    const question = 'What did the food board vote 4-1 to approve?';
    const dash = 'The food board voted 4-1 to approve a ban on the pies.';
    expect(trickOf(question, 'a ban on the pies', at(dash))).toBeUndefined();
    const words = 'The food board voted 4 to 1 to approve a ban on the pies.';
    expect(trickOf(question, 'a ban on the pies', at(words))).toBeUndefined();
  });
});
