import type { UnseenStory } from './unseenNewsStories.ts';

/**
 * A ninth probe of issue 8 (2026-12-03, morning; after test/support/unseenNewsStories7.ts): five
 * more news stories nobody tuned for, in genres no earlier probe used, written with their questions
 * before lede was asked any of them — an oil tanker spill (wire dateline, "Read more" links), a
 * national census result (Markdown with front matter), a chess world championship decided in a
 * tie-break (byline, share row), a carmaker's quarterly results with percentages (Markdown with front
 * matter and a bulleted list) and a volcanic eruption closing airspace (photo credit,
 * "Advertisement", a tags footer). Answerable questions are typed as people type them (mostly lower
 * case, paraphrased rather than copied from the sentence) and carry a pattern of the short answer a
 * reader would give; tricks are labelled with how they were made (negation, antonym, swapped entity
 * or person, swapped year or number, a fact the story leaves open, an impossible condition, mutual
 * exclusion). Every name, place and figure is invented. test/qa/unseenNews8.test.ts asks them.
 */
const TANKER_TEXT = `PORT HALLEN, Vestria (Coastline Press) — An oil tanker that ran aground off the coast of Vestria on Tuesday has leaked about 3,400 tonnes of crude oil, the country's Maritime Safety Agency (MSA) said on Thursday, making it the worst spill in the region for two decades.

The Liberian-flagged Norvik Star, carrying 96,000 tonnes of crude from Qaram to the refinery at Port Hallen, struck a reef near Selm Island in heavy fog at about 4 a.m. All 24 crew members were rescued by helicopter.

"This is an environmental emergency, and we are treating it as one," said Transport Minister Helena Drost. She said the government had asked neighbouring countries for help and that four specialist clean-up vessels were on their way.

Oil has already washed up along 38 kilometres of coastline, including part of the Selm Bay nature reserve, home to the largest colony of grey seals in the country. Volunteers have found more than 600 oiled seabirds.

The ship's owner, Baltrum Shipping, said salvage crews would try to pump the remaining oil into a second tanker once the weather improved. It did not say what caused the ship to leave the shipping lane.

Fishing has been banned within 20 nautical miles of the wreck until further notice. Local fishermen said the ban could cost them 2 million euros a month.

The MSA's director, Paul Ekdahl, said the captain had been questioned but not arrested. Prosecutors have opened an inquiry.

Read more: How oil spills are cleaned up
Read more: Vestria's coastline in pictures`;

const CENSUS_TEXT = `---
title: "Census shows Dorvania's population fell for the first time in 60 years"
date: 2028-04-11
author: Mira Kovac
source: Dorvania Today
---
Dorvania's population fell for the first time in 60 years, to 8.31 million, according to the results of the 2027 census published on Tuesday by the National Statistics Office (NSO).

The population shrank by 2.4 percent from 8.52 million at the last census in 2017, mostly because about 190,000 more people emigrated than arrived, the office said.

The capital, Velgrad, bucked the trend and grew by 6 percent to 1.45 million people, while rural regions in the east lost up to a fifth of their residents.

"The numbers confirm what many villages have felt for years," said NSO president Dr Anton Lisek. "Young people are leaving, and fewer children are being born."

The median age rose to 45.1 years, up from 42.6, and people aged 65 and over now make up 23 percent of the population. The number of births fell to 61,000 last year, the lowest since records began in 1950.

For the first time, the census was carried out mainly online: 71 percent of households filled in the form on the internet. The count cost 48 million euros.

Prime Minister Jana Roth said the government would present a plan in June to encourage emigrants to return, including tax breaks for those who come back within five years.

The next census is due in 2037.`;

const CHESS_TEXT = `World | Sport

Teenager Arun Mehra wins world chess title in tie-break thriller

By Tomas Reyes
14 November 2028

Share on Facebook | Share on X | Email

Arun Mehra became the youngest world chess champion in history on Sunday, beating defending champion Viktor Halloran in a tie-break after their 14-game match in Lisora ended level at 7-7.

Mehra, who is 18, won the deciding rapid game with the black pieces after Halloran, 35, made a mistake under time pressure. The match was organised by the International Chess Union (ICU).

"I dreamt about this since I was six years old," Mehra said, holding the trophy. "Viktor is a great champion, and today I was just a little bit luckier."

Halloran, who had held the title since 2022, congratulated his opponent but said he was "deeply disappointed" with his play in the final game. He did not say whether he would seek a rematch.

The winner receives 1.2 million dollars of the 2 million dollar prize fund, and the loser the rest. Only three of the 14 classical games were decisive: Mehra won two and Halloran one.

Mehra learned to play from his grandmother and became a grandmaster at 13. He is coached by former champion Elena Sorokina.

ICU president Dmitri Pavlenko called it "the most exciting final in a generation". Nearly 4 million people watched the tie-break online, the union said.

Related: Five moments that decided the match`;

const EARNINGS_TEXT = `---
title: "Kestrel Motors profit drops 31 percent as price war bites"
date: 2028-07-27
author: Owen Price
source: Marketline Business
---
# Kestrel Motors profit drops 31 percent as price war bites

Kestrel Motors, the country's largest carmaker, said on Thursday its second-quarter net profit fell 31 percent to 1.9 billion dollars as it cut prices to compete with cheaper electric cars from new rivals.

Revenue rose 4 percent to 38.6 billion dollars, helped by strong sales of its Falcon pickup truck, but the company's operating margin shrank to 6.2 percent from 9.1 percent a year earlier.

**Key figures (April–June):**

- Vehicles delivered: 1.08 million, up 2 percent
- Electric vehicles delivered: 214,000, up 18 percent
- Net profit: 1.9 billion dollars, down 31 percent
- Dividend: 45 cents a share, unchanged

"We chose to protect our market share, and that has a cost," chief executive Sandra Whitcombe told analysts on a call. She said the company expected margins to recover "gradually" in the second half of the year.

Kestrel lowered its forecast for full-year operating profit to between 13 billion and 14 billion dollars, from 16 billion previously. Its shares fell 7.5 percent in early trading in New Corbin.

Chief financial officer Raj Patel said Kestrel would cut 3,000 office jobs by the end of next year, about 4 percent of its salaried staff, to save 800 million dollars a year.

> "The price war is not over," said Lena Fischer, an analyst at Halvorsen Bank. "Kestrel is in a better position than most, but nobody is making money on cheap electric cars yet."`;

const VOLCANO_TEXT = `Home > News > Europe

Volcano eruption on Oskarey closes airspace, grounding 2,300 flights

Mount Hvalfell on the island of Oskarey erupted on Friday night for the first time since 1971, sending a column of ash 11 kilometres into the sky and forcing authorities to close the airspace over much of the North Atlantic.

Photo: Ash rises from Mount Hvalfell on Saturday morning. (Sigrun Baldur / Nordlys Images)

About 2,300 flights were cancelled on Saturday, stranding an estimated 400,000 passengers, according to the European air traffic agency, Aerocontrol.

Some 1,800 residents of the villages of Lund and Breidavik were evacuated overnight to a school in the town of Hofn, the island's civil protection department said. No one was reported hurt.

Advertisement

"The eruption is powerful, but it is behaving as we expected," said Dr Katrin Olafsdottir, chief volcanologist at the Oskarey Meteorological Institute (OMI). She said the ash cloud was drifting south-east and could reach mainland airports by Monday.

The OMI had raised its alert level to orange on Wednesday after recording more than 3,000 small earthquakes beneath the mountain in a week.

Airlines said it was too early to say when flights would resume. The 2010 eruption of a volcano elsewhere in the region grounded more than 100,000 flights over eight days.

Oskarey's prime minister, Bjorn Haldorsen, said the island's main airport at Keldavik would stay closed at least until Sunday evening.

Tags: volcano, aviation, Oskarey

© Nordlys News 2028`;

export const UNSEEN_STORIES_8: readonly UnseenStory[] = [
  {
    id: 'tanker',
    file: 'norvik-star-spill.txt',
    about: 'an oil tanker spill (wire dateline, "Read more" links)',
    text: TANKER_TEXT,
    answerable: [
      ['how much oil has leaked', /3,400 tonnes/i],
      ['what is the tankers name', /Norvik Star/i],
      ['how much crude was the ship carrying', /96,000 tonnes/i],
      ['where was the oil going', /Port Hallen/i],
      ['what did the ship hit', /reef/i],
      ['what was the weather like when it ran aground', /fog/i],
      ['how many crew were rescued', /24|all 24/i],
      ['how were the crew rescued', /helicopter/i],
      ['who is the transport minister', /Helena Drost/i],
      ['how many clean-up ships are coming', /four|\b4\b/i],
      ['how much coastline has been hit by oil', /38 kilometres/i],
      ['what animals live in the nature reserve', /grey seals/i],
      ['how many birds covered in oil have been found', /600/i],
      ['who owns the ship', /Baltrum Shipping/i],
      ['how far does the fishing ban extend', /20 nautical miles/i],
      ['how much could the ban cost fishermen', /2 million euros/i],
      ['who runs the msa', /Paul Ekdahl/i],
      ['what does msa stand for', /Maritime Safety Agency/i],
    ],
    tricks: [
      ['why did the ship leave the shipping lane', 'left-open'],
      ['when was the captain arrested', 'negation'],
      ['how many crew members died', 'impossible'],
      ['how much oil leaked in 2008', 'swapped-year'],
      ['which country is the norvik star registered in besides liberia', 'mutual-exclusion'],
      ['how many oiled seals have been found', 'swapped-entity'],
      ['who is the captain of the ship', 'left-open'],
      ['when will the fishing ban be lifted', 'left-open'],
      ['how much oil was pumped into the second tanker', 'left-open'],
    ],
  },
  {
    id: 'census',
    file: 'dorvania-census.md',
    about: 'a national census result (Markdown with front matter)',
    text: CENSUS_TEXT,
    answerable: [
      ['what is the population of dorvania now', /8\.31 million/i],
      ['how much did the population shrink', /2\.4 percent/i],
      ['what was the population in 2017', /8\.52 million/i],
      ['which year was the census', /2027/i],
      ['who published the results', /National Statistics Office|NSO/i],
      ['why did the population fall', /emigrat/i],
      ['how many people live in velgrad', /1\.45 million/i],
      ['how much did the capital grow', /6 percent/i],
      ['who is the head of the nso', /Anton Lisek/i],
      ['what is the median age now', /45\.1/i],
      ['what share of people are 65 or older', /23 percent/i],
      ['how many babies were born last year', /61,000/i],
      ['what percentage of households answered online', /71 percent/i],
      ['how much did the census cost', /48 million euros/i],
      ['who is the prime minister', /Jana Roth/i],
      ['when will the government present its plan', /June/i],
      ['when is the next census', /2037/i],
    ],
    tricks: [
      ['how much did the population of velgrad fall', 'antonym'],
      ['what was the median age in 1950', 'swapped-year'],
      ['how many people immigrated to dorvania', 'left-open'],
      ['which region lost the most people in the west', 'swapped-entity'],
      ['how many babies were born in velgrad', 'left-open'],
      ['how much did the 2017 census cost', 'swapped-year'],
      ['who is the president of dorvania', 'swapped-entity'],
      ['when did the population last rise', 'left-open'],
      ['how big are the tax breaks for returning emigrants', 'left-open'],
    ],
  },
  {
    id: 'chess',
    file: 'chess-world-title.txt',
    about: 'a chess world championship decided in a tie-break (byline, share row)',
    text: CHESS_TEXT,
    answerable: [
      ['who won the world chess title', /Arun Mehra/i],
      ['who did he beat', /Viktor Halloran/i],
      ['where was the match played', /Lisora/i],
      ['what was the score after the classical games', /7-7/i],
      ['how old is mehra', /18/i],
      ['how old is halloran', /35/i],
      ['which colour did mehra play in the last game', /black/i],
      ['who organised the match', /International Chess Union|ICU/i],
      ['when did halloran become champion', /2022/i],
      ['how much does the winner get', /1\.2 million dollars/i],
      ['how big was the prize fund', /2 million dollar/i],
      ['how many classical games did mehra win', /two|\b2\b/i],
      ['who taught mehra to play chess', /grandmother/i],
      ['at what age did he become a grandmaster', /13/i],
      ['who coaches mehra', /Elena Sorokina/i],
      ['who is the head of the icu', /Dmitri Pavlenko/i],
      ['how many people watched online', /4 million/i],
    ],
    tricks: [
      ['how much does the loser of the 2022 match get', 'swapped-year'],
      ['how old was halloran when he became a grandmaster', 'swapped-person'],
      ['who coaches halloran', 'swapped-person'],
      ['when will the rematch be played', 'left-open'],
      ['how many classical games did halloran lose with white', 'left-open'],
      ['who is the oldest world chess champion in history', 'antonym'],
      ['how many people watched the tie-break on television', 'swapped-entity'],
      ['who won the deciding game with the white pieces', 'swapped-entity'],
      ['when did mehra lose the title', 'impossible'],
    ],
  },
  {
    id: 'earnings',
    file: 'kestrel-motors-results.md',
    about: "a carmaker's quarterly results (Markdown with front matter and a bulleted list)",
    text: EARNINGS_TEXT,
    answerable: [
      ['how much did kestrels profit fall', /31 percent/i],
      ['what was the net profit', /1\.9 billion dollars/i],
      ['why did profit drop', /cut prices|price war|cheaper electric cars/i],
      ['how much revenue did kestrel make', /38\.6 billion dollars/i],
      ['which model sold well', /Falcon/i],
      ['what was the operating margin', /6\.2 percent/i],
      ['what was the margin a year ago', /9\.1 percent/i],
      ['how many vehicles were delivered', /1\.08 million/i],
      ['how many electric cars did kestrel deliver', /214,000/i],
      ['what is the dividend', /45 cents/i],
      ['who is the ceo of kestrel', /Sandra Whitcombe/i],
      ['what was the old profit forecast', /16 billion/i],
      ['how much did the shares drop', /7\.5 percent/i],
      ['who is the cfo', /Raj Patel/i],
      ['how many jobs will kestrel cut', /3,000/i],
      ['how much will the job cuts save', /800 million dollars/i],
      ['which bank does lena fischer work for', /Halvorsen Bank/i],
    ],
    tricks: [
      ['how much did kestrels revenue fall', 'antonym'],
      ['how many factory jobs will kestrel cut', 'swapped-entity'],
      ['how much did the dividend rise', 'negation'],
      ['what was the net profit in the first quarter', 'swapped-number'],
      ['how many electric vehicles did kestrel deliver in 2019', 'swapped-year'],
      ['who is the ceo of halvorsen bank', 'swapped-entity'],
      ['how much did shares fall in late trading', 'antonym'],
      ['which rivals make the cheaper electric cars', 'left-open'],
      ['how many falcon pickups were sold', 'left-open'],
    ],
  },
  {
    id: 'volcano',
    file: 'hvalfell-eruption.txt',
    about: 'a volcanic eruption closing airspace (breadcrumb, photo credit, Advertisement, tags)',
    text: VOLCANO_TEXT,
    answerable: [
      ['which volcano erupted', /Hvalfell/i],
      ['when did it last erupt', /1971/i],
      ['how high did the ash go', /11 kilometres/i],
      ['how many flights were cancelled', /2,300/i],
      ['how many passengers are stuck', /400,000/i],
      ['how many people were evacuated', /1,800/i],
      ['where were the evacuees taken', /Hofn|school/i],
      ['who is the chief volcanologist', /Katrin Olafsdottir/i],
      ['which way is the ash cloud moving', /south-east/i],
      ['when could the ash reach mainland airports', /Monday/i],
      ['what colour was the alert raised to', /orange/i],
      ['how many earthquakes were recorded', /3,000/i],
      ['who is the prime minister of oskarey', /Bjorn Haldorsen/i],
      ['whats the name of the main airport', /Keldavik/i],
      ['what is the european air traffic agency called', /Aerocontrol/i],
      ['how many flights did the 2010 eruption ground', /100,000/i],
      ['what does omi stand for', /Oskarey Meteorological Institute/i],
    ],
    tricks: [
      ['how many people were hurt', 'left-open'],
      ['when did mount hvalfell erupt in 2010', 'swapped-year'],
      ['when will flights resume', 'left-open'],
      ['when was the alert level lowered to orange', 'antonym'],
      ['how many residents of hofn were evacuated', 'swapped-entity'],
      ['how high did the ash go in 1971', 'swapped-year'],
      ['how many flights were cancelled on sunday', 'swapped-number'],
      ['which airport will open on sunday evening', 'negation'],
      ['how many days did the 1971 eruption last', 'left-open'],
    ],
  },
];
