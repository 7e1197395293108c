import { parseStory } from '../../src/knowledge/parseStory.ts';
import type { Story } from '../../src/knowledge/types.ts';

/**
 * News stories written to probe the trick checks on text nobody tuned for (issue 8): a court
 * ruling and an election recount, wire-service style. Every name, place and figure is invented.
 */
export const COURT_STORY = `Courts

Top court voids Ostrava Water permit to divert Kessel River


The Supreme Administrative Court on Wednesday struck down a permit that would have allowed Ostrava Water to divert up to 40 million cubic metres of water a year from the Kessel River, ruling that regulators had ignored the effect on farmers downstream.

In a 5-2 decision, the court said the Environment Ministry failed to carry out a full impact assessment before granting the permit in March 2023. Chief Justice Helena Marek wrote the majority opinion.

“A permit of this size cannot rest on a study that looked at one dry summer and called it a forecast,” Marek wrote. “The ministry must start again.”

The case was brought by the Kessel Valley Growers Association, which represents about 1,300 farms between the towns of Lindau and Brezno.

Ostrava Water, which supplies drinking water to roughly 900,000 people in the capital region, had planned to start pumping in 2026 through a 22-kilometre pipeline that is already half built. The company said the pipeline had cost 310 million crowns so far.

Ostrava Water's chief executive, Tomas Hruby, said the company was disappointed but would not appeal. “We respect the court, and we will submit a new application with a broader study,” he told reporters outside the courthouse in Brno.

The Environment Ministry said in a statement that it would review the judgment. It did not say whether the minister, Karel Benes, would order a new assessment.

The ruling does not affect two smaller permits on the Kessel granted in 2019, which together allow about 6 million cubic metres a year to be drawn for industry.

Source: Central European Wire`;

export const courtStory = (): Story => parseStory({ id: 'court', file: 'court.txt', text: COURT_STORY });

export const RECOUNT_STORY = `Politics

Recount confirms Adeyemi as governor of Ondara by 1,142 votes


A full recount of ballots in Ondara state has confirmed opposition candidate Folake Adeyemi as the winner of last month's governor's race, the state electoral commission said on Monday.

Adeyemi, of the Progressive Alliance, received 612,408 votes against 611,266 for incumbent governor Samuel Okoro of the National Unity Party, a margin of 1,142 votes, the commission's chairman, Ibrahim Danjuma, told a news conference in the state capital, Ilora.

The first count, announced on October 3, had put Adeyemi ahead by 2,870 votes. Okoro's party requested the recount, citing irregularities at 46 polling stations in the northern district of Kaduma.

Adeyemi, 51, a former finance commissioner, will be the first woman to govern Ondara. She is due to be sworn in on November 29.

Okoro, 63, served two terms as governor and was seeking a third after a court ruling last year allowed him to run again.

Source: West Africa Wire`;

export const recountStory = (): Story =>
  parseStory({ id: 'recount', file: 'recount.txt', text: RECOUNT_STORY });
