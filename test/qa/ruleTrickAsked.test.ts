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
