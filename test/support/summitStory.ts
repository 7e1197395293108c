import { parseStory } from '../../src/knowledge/parseStory.ts';
import type { Story } from '../../src/knowledge/types.ts';

/**
 * A story with two presidents of two countries, one who did not attend, and a pact that does not
 * cover everything: for trick questions an answer's sentence shows up (src/qa/ruleTricks.ts).
 */
export const SUMMIT_STORY = `World

Andaria and Belmora sign river pact at border summit


Andarian President Lucia Ferrand signed a pact on Friday to share the water of the Sella river with neighbouring Belmora, ending a dispute that had lasted three decades.

Belmora’s prime minister, Tomas Varga, signed the pact for his country at the same ceremony in the border town of Orsk.

Belmora’s foreign minister, Ilse Brandt, did not attend the ceremony because she was ill, officials said.

The pact does not cover groundwater, which both countries pump from the same aquifer.

Engineers said the first shared canal would take 18 to 24 months to build.

About 40,000 farmers depend on the river, and the pact will cost Andaria about $120 million over ten years.

Source: Northern Press Service`;

/** The summit story, parsed. */
export const summitStory = (): Story => parseStory({ id: 'summit', file: 'summit.txt', text: SUMMIT_STORY });
