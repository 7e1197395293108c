import { parseStory } from '../../src/knowledge/parseStory.ts';
import type { Story } from '../../src/knowledge/types.ts';

/** A small story in the scraped plain-text format, with two speakers of each gender taking turns. */
export const HARBOR_STORY = `Business

Port authority approves $2 billion expansion despite union objections


The Port of Valmora Authority (PVA) voted Tuesday to approve a $2 billion expansion of its container terminal, the largest investment in the port’s 90-year history.

The authority’s chairwoman, Elena Marsh, said the project would double the terminal’s capacity by 2029 and create about 1,200 permanent jobs.

“This port either grows or it slowly dies,” she said. “We chose to grow.”

Dock workers’ union leader Tomas Reyes called the vote “a betrayal of the people who built this port.” He said automated cranes planned for the new berths would eliminate 300 jobs.

“They are buying machines with our pension money,” Reyes added.

Marsh rejected that claim. She said no current worker would lose a job and that retraining would be offered to all 2,400 dock workers.

“Nobody who works here today will be left behind.”

Finance director Paul Okoye said the expansion would be paid for with a bond issue and a federal grant. He described the financing as “conservative and fully covered by projected fees.”

TEU stands for twenty-foot equivalent unit, the standard measure of container volume.

Construction is expected to begin in March and last three years.

Source: Coastal Business Wire`;

/** The harbor story, parsed. */
export const harborStory = (): Story => parseStory({ id: 'harbor', file: 'harbor.txt', text: HARBOR_STORY });

/** Another story, on another subject, to check that answers come from the right one. */
export const SCHOOL_STORY = `Education

District adds free school meals for all students


The Lakeside School District (LSD) will serve free breakfast and lunch to all 14,000 of its students starting in September, Superintendent Karen Liu announced Monday.

Liu said the program would cost $6.5 million a year and would be paid for by a state grant.

“No child should have to learn on an empty stomach,” she said.

Board member Robert Hale voted against the plan. He said the district should first fix leaking roofs at three schools.

Source: Lakeside Daily`;

export const schoolStory = (): Story => parseStory({ id: 'school', file: 'school.txt', text: SCHOOL_STORY });

/** A third story: a disaster report with officials, a scientist, figures, and an acronym in another word order. */
export const FLOOD_STORY = `World

Flooding forces 20,000 from homes in northern Italy


Heavy rain caused rivers to burst their banks across the Emilia-Romagna region on Wednesday, forcing about 20,000 people from their homes and killing at least three, officials said.

The Civil Protection Department (DPC) said more than 200 millimeters of rain fell in 24 hours in some towns, nearly half the average annual rainfall.

Regional President Stefano Bonaccini called the floods “a catastrophe of unprecedented proportions.” He said 14 rivers had overflowed and that the damage would run into billions of euros.

Environment Minister Gilberto Pichetto Fratin said the government would declare a state of emergency on Thursday and release 20 million euros for immediate relief.

“We will not leave anyone alone,” he told reporters in Rome.

Climate scientist Giulia Rossi, of the University of Bologna, said such storms had become more frequent because a warmer atmosphere holds more moisture.

“What used to be a once-in-a-century event now happens every few years,” she said. She added that Italy needed to invest in flood defenses rather than rebuild in the same places.

The Formula One race in Imola, scheduled for Sunday, was canceled, organizers said.

A state of emergency allows the government to bypass normal procurement rules and deploy the army to help with rescues.

Source: Mediterranean Press`;

export const floodStory = (): Story => parseStory({ id: 'floods', file: 'floods.txt', text: FLOOD_STORY });

/** A business story: a chief executive, a union spokesman, an analyst, percentages and an acronym defined late. */
export const CHIP_STORY = `Technology

Chipmaker Norvik to cut 1,800 jobs as profit slumps


Norvik Semiconductor, Europe’s second-largest maker of memory chips, said Tuesday it would cut 1,800 jobs, about 12 percent of its workforce, after its quarterly profit fell 64 percent.

Chief executive Anna Lindgren told analysts on a conference call that the company had been hit by falling prices for DRAM, the memory used in personal computers and servers.

“We built capacity for a boom that did not come,” Lindgren said. “Now we have to be honest about the market we are in.”

The cuts will fall mostly on the company’s plant in Dresden, Germany, which employs about 4,000 people. Norvik will also delay a new factory in Austria by at least two years.

Shares in Norvik fell 9 percent in Stockholm trading.

Peter Haas, a spokesman for the IG Metall union, said workers learned of the cuts from the news. “Nobody from management spoke to us first,” he said. He said the union would demand talks on Thursday.

Analyst Sofia Berg of Nordea Markets described the results as “worse than the worst forecast.” She said she expected more European chipmakers to announce cuts this year.

DRAM stands for dynamic random-access memory.

Norvik was founded in 1998 and is based in Stockholm.

Source: Nordic Business Wire`;

export const chipStory = (): Story => parseStory({ id: 'norvik', file: 'norvik.txt', text: CHIP_STORY });

/** A fifth story: an economy report with a prime minister, a shop owner described by a who-clause, and figures. */
export const WAGE_STORY = `National

Japan raises minimum wage by record 4.5 percent


Japan will raise its average minimum wage by a record 4.5 percent to 1,055 yen ($7.10) an hour from October, the Health, Labor and Welfare Ministry said Friday.

The increase, the largest since the current system was adopted in 2002, follows calls by Prime Minister Fumio Kishida to lift wages faster than prices.

“Higher wages are the key to ending deflation for good,” Kishida told a meeting of economic ministers in Tokyo on Thursday.

Labor unions welcomed the decision but said it did not go far enough. Rengo, the country’s largest labor federation, has called for a minimum wage of 1,500 yen by 2030.

Small business groups warned that many firms could not afford the rise. Akiko Tanaka, who runs a bakery with six employees in Osaka, said she would have to cut staff hours. “We cannot pass the costs on to customers,” she said.

Economist Hiroshi Watanabe of the Dai-ichi Life Research Institute said the increase would add about 1.2 trillion yen to corporate labor costs. He said real wages had fallen for 26 straight months through May.

Inflation, excluding fresh food, stood at 2.6 percent in June, according to the Ministry of Internal Affairs and Communications.

The government aims to raise the minimum wage to 1,500 yen by the mid-2030s.

Source: Asia Economic Wire`;

export const wageStory = (): Story => parseStory({ id: 'wage', file: 'wage.txt', text: WAGE_STORY });

/** A sixth story: a quote that runs over two paragraphs, reported speech, "according to", a surname that is also a place word. */
export const SPACE_STORY = `Science

Space agency delays moon landing mission to 2027


The European Space Agency (ESA) has delayed its first crewed moon landing mission by a year, to 2027, because of problems with the lander’s heat shield, officials said Wednesday.

“Safety comes before schedules,” said Marta Kowalski, a spokeswoman for the agency. “We will not fly until every test is passed.

“Our astronauts deserve nothing less.”

According to agency engineer Lukas Brandt, cracks appeared in the shield during tests in Toulouse in August. Brandt told reporters that a redesigned shield would be ready by spring.

A spokesman for the French government said Paris remained committed to the program.

The mission will cost an estimated 3.2 billion euros, about 400 million more than planned.

Critics, including former astronaut Helen Park, said the agency had rushed the design. Park called the delay “embarrassing but necessary.”

Source: Orbital News Service`;

export const spaceStory = (): Story => parseStory({ id: 'space', file: 'space.txt', text: SPACE_STORY });
