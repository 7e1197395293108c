import type { UnseenStory } from './unseenNewsStories.ts';

/**
 * An eighth probe of issue 8 (2026-12-03, morning; after test/support/unseenNewsStories6.ts): five
 * more news stories nobody tuned for, in genres no earlier probe used, written with their questions
 * before lede was asked any of them — an airliner's emergency landing after an engine fire, a
 * planet found with water vapour (Markdown with front matter and a table), a sports court upholding
 * a cyclist's doping ban (wire dateline, tags footer), olive oil prices after a drought (Markdown
 * with front matter, a bulleted list of key figures, a block quote) and an unclaimed lottery jackpot
 * (photo credit, "ADVERTISEMENT", a "•" list of what to do, a "Most popular" list). Answerable
 * questions are typed as people type them (mostly lower case, chat shorthand, paraphrased rather
 * than copied from the sentence) and carry a pattern of the short answer a reader would give;
 * tricks are labelled with how they were made (negation, antonym, swapped entity or person, swapped
 * year or number, a fact the story leaves open, an impossible condition, a thing the story never
 * mentions). Every name, place and figure is invented. test/qa/unseenNews7.test.ts asks them.
 */
const LANDING_TEXT = `Travel | Aviation

Skyvale jet makes emergency landing in Kerrow after engine fire; all 221 on board safe

By Lena Markovic, Aviation Correspondent
Published 6 March 2028, 11:24 | Updated 14:02

Share   Tweet   Email   Print

A Skyvale Airways jet carrying 212 passengers and nine crew made an emergency landing at Kerrow airport on Sunday after one of its engines caught fire shortly after take-off from Tallinder, the airline said.

Flight SV418, an Airbus A321 bound for Porto Meran, diverted 14 minutes into the flight when the crew reported a fire warning in the left engine. The aircraft landed safely at 10:52 local time, about 90 kilometres from where it had taken off.

Photo: Fire crews spray foam on the aircraft's left engine at Kerrow airport. (Jonas Brekke / Nordpress)

Passengers left the plane using the emergency slides. Four people were treated for minor injuries, mostly sprained ankles, and one woman was taken to hospital as a precaution, the airport's operator said.

Advertisement

"There was a loud bang and then the cabin filled with a smell of burning," said Arvid Kallas, a 34-year-old engineer who was travelling with his daughter. "The captain was calm the whole time. She told us exactly what was going to happen."

The captain, Ingrid Solheim, has flown for the airline for 22 years, Skyvale said. The airline praised the crew for their "textbook" handling of the emergency.

The National Air Accident Board has opened an investigation and sent three inspectors to Kerrow. A preliminary report is expected within 30 days. The engine's maker, Corvane Aero, said it was cooperating fully.

Skyvale said passengers would be flown to Porto Meran on a replacement aircraft on Monday morning and would each receive a refund of their fare plus 250 euros in compensation.

The runway at Kerrow was closed for three hours, and 17 flights were diverted to nearby airports.

It is the second engine incident involving a Skyvale aircraft this year. In January, a flight from Tallinder to Ried returned after a bird strike.

Related
Skyvale orders 20 new jets
Why engine fires are rare

Comments are closed for this article.`;

const PLANET_TEXT = `---
title: "Astronomers find water vapour on a rocky planet 41 light-years away"
date: 2028-02-19
author: Priya Anand
source: Meridian Science Desk
tags: [astronomy, exoplanets, telescopes]
---

# Astronomers find water vapour on a rocky planet 41 light-years away

*A team using the Halden Space Telescope says Tervel-3c is the smallest world yet on which water vapour has been detected.*

An international team of astronomers has detected water vapour in the atmosphere of a rocky planet orbiting a red dwarf star 41 light-years from Earth, the first such detection on a planet this small, according to a study published on Wednesday in the journal *Astral Letters*.

The planet, Tervel-3c, is about 1.6 times as wide as Earth and completes an orbit of its star every 11 days. The team, led by Dr Okonkwo Adebayo of the University of Stenhall, watched it pass in front of its star on seven occasions between March and October last year.

| Property | Tervel-3c | Earth |
|---|---|---|
| Radius | 1.6 × Earth | 1 |
| Mass | 4.2 × Earth | 1 |
| Orbital period | 11 days | 365 days |
| Surface temperature (est.) | 390 °C | 15 °C |

Despite the water, the planet is far too hot for life as we know it, with an estimated surface temperature of about 390 degrees Celsius, the researchers said.

## How it was found

The team measured how the star's light changed at different wavelengths as it passed through the planet's atmosphere. Water absorbs light at particular wavelengths, leaving a fingerprint in the spectrum.

"Finding water on a world this size was something we hoped to do in ten years, not now," Adebayo said. "It tells us small planets can keep an atmosphere even close to an active star."

## Not everyone is convinced

Dr Hanna Lindgren, an astronomer at the Cassel Observatory who was not involved in the study, said the signal was "promising but not yet conclusive" and should be confirmed with a second instrument.

The team has been granted 40 more hours on the telescope in 2029 to look for carbon dioxide and methane.

The star, Tervel-3, has two other known planets, both discovered in 2024.`;

const DOPING_TEXT = `SPORT | Cycling

Sports court upholds four-year doping ban on cyclist Matteo Varga

Alpine Sports Wire | 2 May 2028 | 16:40 CET

LAUSEN (ASW) — The Court of Sport Arbitration on Tuesday rejected an appeal by the cyclist Matteo Varga against a four-year doping ban, ruling that the 29-year-old had failed to show how a banned blood booster got into his system.

Varga, who finished third in the Tour of Helvania in 2026, tested positive for EPO in an out-of-competition test at his home in Brescova in August 2027. His ban runs until August 2031, and he has been stripped of all his results since the test, including a stage win at the Valleys Classic.

Varga had argued that his sample was contaminated at the laboratory in Rennick. The three-member panel said there was "no credible evidence" of contamination and ordered him to pay 20,000 francs towards the costs of the case.

"I have never cheated and I never will," Varga said in a statement posted on social media. "I am considering every option, including the civil courts."

His team, Castor Velo, suspended him when the test result was announced and ended his contract in October. The team manager, Bruno Escher, said the ruling "closes a painful chapter".

The World Cycling Anti-Doping Agency welcomed the decision. Its director, Camille Roux, said Varga's sample had been tested twice, with the same result.

Varga is the fifth rider from a professional team to be banned for EPO since 2025.

Tags: cycling, doping, Court of Sport Arbitration
© Alpine Sports Wire 2028. All rights reserved.`;

const OLIVE_TEXT = `---
title: Olive oil prices hit record as drought halves Calveran harvest
date: 2028-11-07
author: Tomas Erlend
source: Harvest & Market Weekly
---

# Olive oil prices hit record as drought halves Calveran harvest

Wholesale prices for extra virgin olive oil reached a record 9,800 euros a tonne this week after a second year of drought cut the harvest in Calvera, the world's largest producer, by about half.

The Calveran farmers' union Agrolivo estimates this season's output at 610,000 tonnes, down from 1.3 million tonnes two years ago. Rainfall in the main growing region of Sarnesa was 40 percent below normal between March and September.

## Key figures

- **Wholesale price:** 9,800 euros a tonne, up 70 percent from a year ago
- **Calveran output:** 610,000 tonnes (estimate)
- **A litre bottle in the supermarket:** about 11 euros, up from 6 euros in 2026
- **Exports:** down 35 percent in the first nine months of the year

"Trees that are a hundred years old are dying on my land," said Rosa Fenech, who farms 60 hectares of olives near the town of Medrana. "My family has grown olives for four generations and I have never seen anything like it."

Supermarkets in several countries have begun fitting security tags to bottles of olive oil after a rise in shoplifting. The retailer Maxifresh said it had limited customers to two bottles each.

The agriculture ministry announced emergency aid of 150 million euros for growers on Monday, including money for new irrigation. The agriculture minister, Ivo Salas, said the government would also ask the Southern Markets Union to release money from its crisis reserve.

> "Prices will not come down quickly even if it rains this winter," said Nadia Kovac, a commodities analyst at Brightline Research. "An olive tree needs two good years to recover."

Some growers are switching to almonds and pistachios, which need less water.`;

const LOTTERY_TEXT = `News › Local › Hadley Green

Search for owner of unclaimed £14.2m lottery ticket bought in Hadley Green

By Claire Osei
Friday 3 November 2028 07:15

Click to share:   f   t   in   Email

The lottery operator Fortuna Games has launched an appeal to find the holder of a winning ticket worth £14.2 million that was bought in Hadley Green five months ago and has still not been claimed.

The ticket, which matched all six numbers in the Saturday Grand draw on 3 June, was bought at the Corner Mart newsagent on Fielding Road. The winning numbers were 4, 11, 19, 27, 33 and 42.

Ticket holders have 180 days from the draw to claim a prize, which means the deadline is 30 November.

(Photo: The Corner Mart on Fielding Road, where the ticket was sold. Credit: Hadley Green Echo)

"Check your pockets, your car, behind the sofa," said Martin Greaves, senior winners' adviser at Fortuna Games. "Someone in this town is a multimillionaire and doesn't know it."

If the prize is not claimed, the money, plus the interest it has earned, will go to the Fortuna Good Causes fund, which gives grants to community projects.

The shop's owner, Deepak Rao, said customers had talked of little else. "Everyone comes in and says it must be them," he said. The shop will receive a bonus of £10,000 for selling the winning ticket.

ADVERTISEMENT

The largest unclaimed prize in Fortuna's history was £33 million, from a ticket bought in 2019 that was never found.

What to do if you think you have won:
• Sign the back of the ticket
• Call the Fortuna claims line on 0300 555 0142
• Keep the ticket somewhere safe

Most popular
1 Council tax to rise by 4.9%
2 Road closures this weekend

© Hadley Green Echo`;

export const UNSEEN_STORIES_7: readonly UnseenStory[] = [
  {
    id: 'landing',
    file: 'skyvale-emergency-landing.txt',
    about: 'an airliner’s emergency landing (byline, share row, photo credit, Advertisement)',
    text: LANDING_TEXT,
    answerable: [
      ['which airline was it', /Skyvale/i],
      ['how many passengers were on the plane', /212/i],
      ['how many crew were on board', /nine|\b9\b/i],
      ['where did the plane land', /Kerrow/i],
      ['where was the flight going', /Porto Meran/i],
      ['where did it take off from', /Tallinder/i],
      ['whats the flight number', /SV418/i],
      ['what kind of plane was it', /A321/i],
      ['which engine caught fire', /left/i],
      ['how long into the flight did it divert', /14 minutes/i],
      ['what time did it land', /10:52/i],
      ['how many people were injured', /four/i],
      ['how did the passengers get off', /slides/i],
      ['who was the pilot', /Ingrid Solheim/i],
      ['how long has the captain worked for skyvale', /22 years/i],
      ['who made the engine', /Corvane Aero/i],
      ['how much compensation will passengers get', /250 euros/i],
      ['how many flights were diverted', /17/i],
    ],
    tricks: [
      ['how many passengers died', 'never-mentioned'],
      ['which engine did not catch fire', 'negation'],
      ['who was the co-pilot', 'left-open'],
      ['how old is ingrid solheim', 'left-open'],
      ['what caused the engine fire', 'left-open'],
      ['how many passengers were on the flight to ried', 'swapped-entity'],
      ['how long was the runway at tallinder closed', 'swapped-entity'],
      ['how much compensation will the crew get', 'swapped-entity'],
      ['how long has arvid kallas flown for skyvale', 'swapped-person'],
      ['when will the final report be published', 'left-open'],
      ['how many flights were diverted in 2019', 'swapped-year'],
      ['how many people were injured when the plane crashed', 'impossible'],
    ],
  },
  {
    id: 'planet',
    file: 'tervel-3c-water-vapour.md',
    about: 'a planet found with water vapour (Markdown with front matter and a table)',
    text: PLANET_TEXT,
    answerable: [
      ['what is the planet called', /Tervel-3c/i],
      ['what did they find in its atmosphere', /water vapou?r/i],
      ['how far away is the planet', /41 light.years/i],
      ['what kind of star does it orbit', /red dwarf/i],
      ['how long is a year on tervel-3c', /11 days/i],
      ['how much wider than earth is it', /1\.6/i],
      ['what is the mass of tervel-3c', /4\.2/i],
      ['how hot is the surface', /390/i],
      ['which telescope did they use', /Halden/i],
      ['which journal published the study', /Astral Letters/i],
      ['who led the team', /Okonkwo Adebayo|Adebayo/i],
      ['what university is adebayo from', /Stenhall/i],
      ['how many times did they watch it cross the star', /seven/i],
      ['which astronomer is not convinced', /Hanna Lindgren|Lindgren/i],
      ['where does lindgren work', /Cassel Observatory/i],
      ['how many extra hours did they get on the telescope', /40/i],
      ['what will they look for next', /carbon dioxide|methane/i],
      ['how many other planets does the star have', /two/i],
    ],
    tricks: [
      ['how far is tervel-3c from its star', 'left-open'],
      ['what is the mass of tervel-3b', 'swapped-entity'],
      ['when was tervel-3c discovered', 'left-open'],
      ['how much methane did they find', 'left-open'],
      ['which journal rejected the study', 'antonym'],
      ['how many times did they observe the planet in 2019', 'swapped-year'],
      ['who confirmed the signal with a second instrument', 'left-open'],
      ['how many hours on the telescope did lindgren get', 'swapped-person'],
      ['how many moons does tervel-3c have', 'never-mentioned'],
      ['when will the team look for water vapour', 'swapped-entity'],
      ['what is the surface temperature of tervel-3b', 'swapped-entity'],
      ['how many planets did adebayo discover in 2024', 'left-open'],
    ],
  },
  {
    id: 'doping',
    file: 'varga-doping-ban.txt',
    about: 'a sports court upholding a doping ban (wire dateline, tags footer)',
    text: DOPING_TEXT,
    answerable: [
      ['who was banned', /Matteo Varga|Varga/i],
      ['how long is his ban', /four.year/i],
      ['which court heard the appeal', /Court of Sport Arbitration/i],
      ['how old is varga', /29/i],
      ['what did he test positive for', /EPO/i],
      ['when did he fail the test', /August 2027/i],
      ['where was he tested', /Brescova|home/i],
      ['when does the ban end', /August 2031/i],
      ['where did varga finish in the tour of helvania', /third/i],
      ['what did varga say happened to his sample', /contaminated/i],
      ['where is the lab', /Rennick/i],
      ['how many people were on the panel', /three/i],
      ['how much does he have to pay', /20,000 francs/i],
      ['what team did he ride for', /Castor Velo/i],
      ['when was his contract ended', /October/i],
      ['who is the team manager', /Bruno Escher/i],
      ['who heads the anti doping agency', /Camille Roux/i],
      ['how many times was the sample tested', /twice|two/i],
    ],
    tricks: [
      ['how long was the ban reduced to', 'impossible'],
      ['when did the court accept vargas appeal', 'antonym'],
      ['what did varga test positive for in 2025', 'swapped-year'],
      ['how old is bruno escher', 'left-open'],
      ['which civil court will varga go to', 'left-open'],
      ['who won the tour of helvania in 2026', 'left-open'],
      ['how much does the anti doping agency have to pay', 'swapped-entity'],
      ['who are the other riders banned for epo', 'left-open'],
      ['when does camille rouxs ban end', 'swapped-person'],
      ['what did varga test positive for in competition', 'swapped-entity'],
      ['how many stages did varga win in the tour of helvania', 'swapped-entity'],
      ['which team signed varga after october', 'left-open'],
    ],
  },
  {
    id: 'olive',
    file: 'olive-oil-drought.md',
    about: 'olive oil prices after a drought (Markdown with front matter and a bulleted list)',
    text: OLIVE_TEXT,
    answerable: [
      ['how much does olive oil cost per tonne', /9,800 euros/i],
      ['how much have wholesale prices gone up', /70 percent/i],
      ['which country produces the most olive oil', /Calvera/i],
      ['what cut the harvest', /drought/i],
      ['how much will calvera produce this season', /610,000 tonnes/i],
      ['what was output two years ago', /1\.3 million tonnes/i],
      ['how far below normal was rainfall', /40 percent/i],
      ['whats the main growing region', /Sarnesa/i],
      ['how much is a litre bottle', /11 euros/i],
      ['how much did a bottle cost in 2026', /6 euros/i],
      ['how much have exports fallen', /35 percent/i],
      ['what is the farmers union called', /Agrolivo/i],
      ['how big is rosa fenechs farm', /60 hectares/i],
      ['why are shops putting tags on bottles', /shoplifting/i],
      ['how many bottles can maxifresh customers buy', /two/i],
      ['how much emergency aid is there', /150 million euros/i],
      ['who is the agriculture minister', /Ivo Salas/i],
      ['what are some growers switching to', /almonds|pistachios/i],
    ],
    tricks: [
      ['how much did olive oil cost per tonne in 2019', 'swapped-year'],
      ['how much rain fell in medrana', 'left-open'],
      ['how many olive trees have died', 'left-open'],
      ['how much money will the southern markets union release', 'left-open'],
      ['which supermarket removed its limit on olive oil', 'antonym'],
      ['how much is a litre of almond oil', 'swapped-entity'],
      ['how much have imports fallen', 'swapped-entity'],
      ['how many hectares of almonds does rosa fenech farm', 'swapped-entity'],
      ['when will prices come down', 'left-open'],
      ['which country is the smallest producer', 'antonym'],
      ['how much did exports fall in the last three months', 'swapped-number'],
      ['when did the drought end', 'impossible'],
    ],
  },
  {
    id: 'lottery',
    file: 'hadley-green-lottery.txt',
    about: 'an unclaimed lottery jackpot (photo credit, ADVERTISEMENT, a • list)',
    text: LOTTERY_TEXT,
    answerable: [
      ['how much is the unclaimed prize', /£14\.2 ?m/i],
      ['which shop sold the ticket', /Corner Mart/i],
      ['what road is the shop on', /Fielding Road/i],
      ['when was the draw', /3 June/i],
      ['which draw was it', /Saturday Grand/i],
      ['what were the winning numbers', /4, 11, 19, 27, 33 and 42/i],
      ['how many numbers did the ticket match', /six|all six/i],
      ['how long do winners have to claim', /180 days/i],
      ['whats the deadline', /30 November/i],
      ['who is the winners adviser', /Martin Greaves/i],
      ['which company runs the lottery', /Fortuna Games/i],
      ['where does the money go if nobody claims it', /Good Causes/i],
      ['who owns the shop', /Deepak Rao/i],
      ['how much will the shop get', /£10,000/i],
      ['what is the biggest unclaimed prize ever', /£33 million/i],
      ['when was that ticket bought', /2019/i],
      ['whats the number for the claims line', /0300 555 0142/i],
      ['how long ago was the ticket bought', /five months/i],
    ],
    tricks: [
      ['who won the £14.2 million', 'left-open'],
      ['when was the £33 million prize claimed', 'negation'],
      ['how much did the shop get for selling the 2019 ticket', 'swapped-year'],
      ['what were the winning numbers in 2019', 'swapped-year'],
      ['how much interest has the prize earned', 'left-open'],
      ['which shop sold the £33 million ticket', 'left-open'],
      ['how many tickets did the corner mart sell', 'left-open'],
      ['how much does a ticket cost', 'never-mentioned'],
      ['how long do winners of the wednesday draw have to claim', 'swapped-entity'],
      ['how much did deepak rao win', 'swapped-person'],
      ['when did martin greaves buy the ticket', 'swapped-person'],
      ['which community project got the money', 'left-open'],
    ],
  },
];
