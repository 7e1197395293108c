import type { UnseenStory } from './unseenNewsStories.ts';

/**
 * A sixth probe of issue 8 (2026-12-02, late morning; after test/support/unseenNewsStories4.ts): six
 * more news stories nobody tuned for, in genres no earlier probe used, written with their questions
 * before lede was asked any of them — a retailer's collapse into administration, a storm with power
 * cuts, a mountain rescue, an art auction record, a council's vote on a tram line and a zoo's birth
 * of rare cubs. Four are plain text as a scraper leaves a web page (section line, headline,
 * standfirst, byline, "Published" and "Updated" stamps, share buttons, photo captions,
 * "Advertisement", a newsletter sign-up line, "Related:" and most-read lines, a bulleted list, a
 * comments notice); two are Markdown with front matter (an image, a block quote, headings, bold, a
 * numbered and a bulleted list, a correction note). Answerable questions are asked as people ask
 * them (paraphrased, some lower case or with a typo) and carry a pattern of the short answer a
 * reader would give; tricks are labelled with how they were made (negation, antonym, swapped entity
 * or person, swapped year or date, a fact the story leaves open, an impossible condition, a thing
 * the story never mentions). Every name, place and figure is invented (the leopards' species is
 * real). test/qa/unseenNews5.test.ts asks them.
 */
const ADMINISTRATION_TEXT = `Business | Retail

Hallam & Pike collapses into administration, putting 2,400 jobs at risk

The 142-year-old department store chain had debts of about £96m

By Oliver Trent, Retail Correspondent
Published 19 January 2027, 07:45 GMT | Updated 19 January 2027, 11:30 GMT

Share   Tweet   Email

Shoppers outside the Hallam & Pike flagship store on Corder Street. Photo: Lena Brook

The department store chain Hallam & Pike has collapsed into administration, putting about 2,400 jobs at risk across its 31 stores, the company said on Tuesday.

The accountancy firm Marsh Whitley has been appointed as administrator. Joint administrator Claire Donnelly said all stores would keep trading "while we seek a buyer for all or part of the business". Gift cards will be accepted for the next 14 days.

The chain, founded in Wexcombe in 1885 by the draper Samuel Hallam, had debts of about £96 million, including £38 million owed to suppliers and £12 million to its pension scheme, according to a court filing.

Advertisement

Chief executive Nadia Farrow, who joined in 2024, blamed a fall in the number of shoppers visiting town centres and a 31 percent rise in energy bills over two years. "We fought hard to save this business, but we simply ran out of time," she said.

Sales fell 9 percent to £410 million in the year to March 2026, and the company made a pre-tax loss of £27 million.

Sign up to our Business Briefing newsletter

Hallam & Pike had tried to raise £20 million from investors in December, but the talks collapsed when its largest shareholder, the Dunmore family trust, declined to put in more money.

The Retail Workers' Union (RWU) said staff had been told only an hour before the announcement. Its general secretary, Ben Aldous, called the treatment of workers "shameful".

Six stores, including the loss-making branch in Kelby, are expected to close within weeks, the administrators said. The other 25 will stay open for now.

Related: High street vacancy rate hits 15-year high
Related: Which retailers have collapsed in the past year?

Most read
1. Train fares to rise by 4.6% in March
2. Supermarket recalls frozen pizzas`;

const STORM_TEXT = `Weather

Storm Ilsa: 180,000 homes without power as 140km/h gusts batter the coast

Live updates | Last updated 6 minutes ago

By Megan Sollis and Aled Rhys
Saturday 7 November 2026 14:20

A fallen tree blocks the seafront road in Porthmair on Saturday morning. (Photo: Coastwatch)

About 180,000 homes and businesses were without power on Saturday after Storm Ilsa brought gusts of up to 140 km/h to the west coast, the energy network operator Westline Power said.

The national weather service, Metcast, issued a rare red warning for wind covering the coastal counties of Marran and Penwith from 4 a.m. until noon. An amber warning for rain remains in place until Sunday evening.

The strongest gust, 141 km/h, was recorded at Carn Head lighthouse at 6:50 a.m.

Advertisement

A 64-year-old man died when a tree fell on his car near the village of Tregony, police said. A woman in her 30s was taken to hospital with serious injuries after being hit by a falling roof tile in Porthmair.

Westline Power said 1,200 engineers were working to reconnect customers, but warned that some homes in rural areas could be without electricity until Tuesday. "The damage to our network is the worst we have seen in a decade," said its operations director, Keith Branagh.

All trains between Porthmair and Lanwick were cancelled because of trees on the line, and the Ardmouth bridge was closed to traffic for nine hours.

• More than 40 flood warnings are in force
• 60 schools will stay closed on Monday
• Ferries to the Scilla Islands are suspended until Sunday

Up to 90 mm of rain is expected to fall on high ground by Sunday, Metcast said, raising the risk of flooding in towns that were flooded last month.

Ilsa is the ninth named storm of the season.

Read more: How to report a power cut
Sign up for weather alerts in your area`;

const RESCUE_TEXT = `Outdoors

Two hikers rescued after 30 hours lost in blizzard on Ben Corrach

By Fiona Mackay
Published: 12:04, 3 March 2027 | Updated: 15:36, 3 March 2027

Rescuers carry one of the hikers to the helicopter. Image: Corrach Mountain Rescue Team

Two hikers who spent more than 30 hours lost in a blizzard on Ben Corrach have been rescued alive, mountain rescue volunteers said on Wednesday.

The pair, a 27-year-old woman and a 29-year-old man from Dunmarra, set out on Monday morning to climb the 1,089-metre peak but became lost in low cloud near the summit and could not find the path down.

They dug a shelter in the snow with their hands and a cooking pot and stayed in it overnight, as the temperature fell to minus 12C.

Advertisement

The alarm was raised by the woman's brother when the couple did not return to their car on Monday evening. More than 40 volunteers from three mountain rescue teams searched through the night, supported by a coastguard helicopter from Inverlane.

"They did exactly the right thing by staying put and keeping warm," said team leader Iain Drummond of the Corrach Mountain Rescue Team (CMRT). "Conditions up there were as bad as I have seen them in 20 years."

The hikers were found at about 3.15pm on Tuesday by a search dog called Skye, about 400 metres from the summit. They were flown to Raigmore General Hospital, where they were treated for hypothermia and frostbite. Hospital staff said their condition was stable.

The couple, who have not been named, had a map but no compass, and their phone batteries had run out.

CMRT, which relies entirely on donations, has been called out 87 times this year, up from 61 in the same period last year.

Read more: Winter hillwalking: the kit you need
Donate to mountain rescue

Comments are closed on this article.`;

const AUCTION_TEXT = `Arts & Culture

Lost Verhaegen portrait sells for record €14.2m in Amsterdam

By Pieter de Wolf | 17 May 2027, 22:10 CET

"Portrait of a Woman in Blue" (1662) by Cornelis Verhaegen. Courtesy Harmsen & Co.

A portrait by the 17th-century Dutch painter Cornelis Verhaegen that was lost for more than 200 years sold for €14.2 million at auction in Amsterdam on Thursday, a record for the artist.

"Portrait of a Woman in Blue", painted in 1662, was bought by an anonymous telephone bidder after a nine-minute contest between four bidders, the auction house Harmsen & Co. said. The price, which includes the buyer's fee, was more than double the pre-sale estimate of €5 million to €7 million.

The previous auction record for Verhaegen was €6.8 million, set in London in 2019.

Advertisement

The painting hung unrecognised in a farmhouse near the town of Haarsel until 2024, when its owners asked a local dealer to value it. Experts at the Institute for Dutch Painting (IDP) confirmed it was by Verhaegen after X-ray and paint analysis found an earlier sketch beneath the surface.

"It is one of only 23 paintings we can attribute to him with certainty," said Dr. Marleen Vos, the institute's head of research.

The seller, a family who have owned the farm since 1871, will receive about €11 million after fees, Harmsen said. The family asked not to be named.

The Dutch culture ministry has 30 days to decide whether to block the painting's export so that a museum in the Netherlands can match the price.

Related articles
– The mystery of Cornelis Verhaegen
– Auction sales fall 8% in first quarter

Follow us on Instagram`;

const TRAM_TEXT = `---
title: "Council approves £1.2bn tram line linking Norbury to the airport"
date: 2027-02-11
author: Priya Chandran
source: Midshire Echo
tags: [transport, council, trams]
---

# Council approves £1.2bn tram line linking Norbury to the airport

**Councillors in Norbury have voted to build a 14-kilometre tram line between the city centre and Norbury Airport, the largest transport project in the region for 40 years.**

Norbury City Council approved the plan by 38 votes to 19 on Tuesday night after a debate lasting more than five hours. The line will cost an estimated **£1.2 billion**, of which the national government will pay £800 million.

## The route

The line will have 16 stops, including ones at the main railway station, Fenwick Hospital and the Castlegate retail park. Trams will run every six minutes at peak times, and the journey from the city centre to the airport will take 27 minutes, about half the time it takes by bus.

Construction is due to begin in spring 2028, and the first passengers are expected in 2032.

> "This is the day Norbury finally gets the transport it deserves," said council leader **Amira Haddad**. "It will connect 90,000 people to jobs they cannot reach today."

## Opposition

Not everyone is convinced. Opposition leader Graham Toller said the council had "no idea" how it would pay for any cost overruns. The council says 300 trees will be removed along the route and that it will plant 1,000 new ones.

The Norbury Chamber of Commerce (NCC) backed the scheme, saying it could create 4,500 jobs during construction.

### What happens next

1. A public inquiry in autumn 2027
2. A final decision by the transport secretary in early 2028
3. Construction starts in spring 2028, if the line is approved

*Correction: an earlier version of this article gave the wrong length for the line.*`;

const CUBS_TEXT = `---
title: Twin Amur leopard cubs born at Calder Valley Zoo
date: 2027-06-04
source: Wildlife Today
---

# Twin Amur leopard cubs born at Calder Valley Zoo

![The cubs with their mother, Kira, in their den.](cubs.jpg)

Two critically endangered Amur leopard cubs have been born at **Calder Valley Zoo**, the first leopards born there in 18 years, keepers announced on Thursday.

The twins, a male and a female, were born on 12 May to eight-year-old Kira, who arrived from a zoo in Tallinn in 2023 as part of a European breeding programme. Their father, Bayan, is 11.

Keepers watched the birth on hidden cameras in the den and have left the family alone since. The cubs weighed about 500 grams each at birth and opened their eyes at around ten days old.

## Among the rarest cats on Earth

Fewer than 130 Amur leopards are thought to survive in the wild, in the far east of Russia and north-east China, according to the International Union for Conservation of Nature (IUCN). Poaching and the loss of forest to logging and fires are the main threats.

> "Every cub matters for a species this rare," said the zoo's head of carnivores, **Dr. Sunita Rao**. "Kira is being a brilliant first-time mother."

The cubs will be named after a public vote, which opens on 1 July. Visitors should be able to see them from late August, when they start to leave the den.

The zoo, which is run by the charity Calder Wildlife Trust, spent £350,000 on a new leopard enclosure in 2022.

- **Gestation:** about 90 days
- **Adult weight:** 25 to 48 kg
- **Lifespan in zoos:** up to 20 years`;

export const UNSEEN_STORIES_5: readonly UnseenStory[] = [
  {
    id: 'administration',
    file: 'hallam-pike-administration.txt',
    about: 'a retailer collapsing into administration',
    text: ADMINISTRATION_TEXT,
    answerable: [
      ['Which company collapsed into administration?', /Hallam & Pike/i],
      ['How many jobs are at risk?', /2,400/i],
      ['How many stores does the chain have?', /31/i],
      ['Who has been appointed administrator?', /Marsh Whitley/i],
      ['Who is the joint administrator?', /Claire Donnelly/i],
      ['How long will gift cards be accepted?', /14 days/i],
      ['When was the chain founded?', /1885/i],
      ['Where was Hallam & Pike founded?', /Wexcombe/i],
      ['Who founded the chain?', /Samuel Hallam/i],
      ['How much debt did the company have?', /£96 million|96 million/i],
      ['How much does it owe suppliers?', /£38 million|38 million/i],
      ['How much is owed to the pension scheme?', /£12 million|12 million/i],
      ["Who is Hallam & Pike's chief executive?", /Nadia Farrow/i],
      ['When did Farrow join?', /2024/i],
      ['How much did energy bills rise?', /31 percent/i],
      ['What did the boss blame for the collapse?', /shoppers|energy bills/i],
      ['How much did sales fall?', /9 percent/i],
      ['What were sales in the year to March 2026?', /£410 million|410 million/i],
      ['How big was the pre-tax loss?', /£27 million|27 million/i],
      ['How much did the chain try to raise from investors?', /£20 million|20 million/i],
      ['Who is the largest shareholder?', /Dunmore family trust/i],
      ['why did the fundraising talks colapse', /declined|Dunmore/i],
      ['When were staff told?', /an hour before/i],
      ['Who is the general secretary of the RWU?', /Ben Aldous/i],
      ['How many stores will close?', /^six|^6/i],
    ],
    tricks: [
      ['How many jobs will be created?', 'antonym'],
      ['Who founded the chain in 1905?', 'swapped-year'],
      ['How much does the company owe its landlords?', 'never-mentioned'],
      ['Who will buy the business?', 'left-open'],
      ['When did Samuel Hallam die?', 'never-mentioned'],
      ['How much did sales rise?', 'antonym'],
      ['How much did the Dunmore family trust invest in December?', 'negation'],
      ['When did Claire Donnelly join the company?', 'swapped-person'],
      ['How many stores will close in Wexcombe?', 'left-open'],
      ['How many jobs are at risk at the Kelby branch?', 'left-open'],
      ['What did Ben Aldous blame for the collapse?', 'swapped-person'],
    ],
  },
  {
    id: 'storm',
    file: 'storm-ilsa.txt',
    about: 'a storm with power cuts',
    text: STORM_TEXT,
    answerable: [
      ['How many homes were without power?', /180,000/i],
      ['How strong were the gusts?', /140 km\/h|141 km\/h/i],
      ['Which company runs the power network?', /Westline Power/i],
      ['What warning did Metcast issue?', /red warning/i],
      ['Which counties did the red warning cover?', /Marran|Penwith/i],
      ['Until when was the red warning in force?', /noon/i],
      ['Where was the strongest gust recorded?', /Carn Head/i],
      ['What was the strongest gust?', /141 km\/h/i],
      ['What time was the strongest gust recorded?', /6:50/i],
      ['How old was the man who died?', /64/i],
      ['Where did the man die?', /Tregony/i],
      ['What killed the man?', /tree/i],
      ['What hit the woman in Porthmair?', /roof tile/i],
      ['How many engineers are working to reconnect customers?', /1,200/i],
      ['Until when could rural homes be without power?', /Tuesday/i],
      ["Who is Westline's operations director?", /Keith Branagh/i],
      ['Which trains were cancelled?', /Porthmair and Lanwick/i],
      ['Why were the trains cancelled?', /trees on the line/i],
      ['How long was the Ardmouth bridge closed?', /nine hours/i],
      ['How many flood warnings are in force?', /40/i],
      ['How many schools will stay closed on Monday?', /60/i],
      ['How much rain is expected?', /90 mm/i],
      ['Until when is the amber warning in place?', /Sunday evening/i],
      ['wher are ferries suspended to', /Scilla Islands/i],
      ['Is this the first named storm of the season?', /^No/i],
    ],
    tricks: [
      ['How many homes have had their power restored?', 'left-open'],
      ['How old was the woman who died?', 'swapped-person'],
      ['Where was the weakest gust recorded?', 'antonym'],
      ['When will the Ardmouth bridge be demolished?', 'never-mentioned'],
      ['How many schools will stay closed on Tuesday?', 'swapped-date'],
      ['How much rain fell last month?', 'left-open'],
      ['How many engineers did Metcast send?', 'swapped-entity'],
      ['How many people died in the floods last month?', 'left-open'],
      ['How strong were the gusts on the east coast?', 'swapped-entity'],
      ['Which county was not covered by the red warning?', 'negation'],
      ['How many trains between Porthmair and Lanwick were running?', 'antonym'],
    ],
  },
  {
    id: 'rescue',
    file: 'ben-corrach-rescue.txt',
    about: 'a mountain rescue',
    text: RESCUE_TEXT,
    answerable: [
      ['How long were the hikers lost?', /30 hours/i],
      ['Which mountain were they lost on?', /Ben Corrach/i],
      ['How old is the woman?', /27/i],
      ['How old was the man?', /29/i],
      ['Where are the hikers from?', /Dunmarra/i],
      ['How high is Ben Corrach?', /1,089/i],
      ['When did they set out?', /Monday/i],
      ['Why did they get lost?', /low cloud/i],
      ['What did they dig the shelter with?', /hands|cooking pot/i],
      ['How cold did it get?', /minus 12C/i],
      ['Who raised the alarm?', /brother/i],
      ['How many volunteers searched?', /40/i],
      ['How many rescue teams took part in the search?', /^three|^3/i],
      ['Where did the helicopter come from?', /Inverlane/i],
      ['Who leads the Corrach Mountain Rescue Team?', /Iain Drummond/i],
      ['When were the hikers found?', /3\.15pm|Tuesday/i],
      ['Who found the hikers?', /search dog|Skye/i],
      ['How far from the summit were they found?', /400 metres/i],
      ['Which hospital were they taken to?', /Raigmore/i],
      ['What were they treated for?', /hypothermia|frostbite/i],
      ['Did the hikers have a compass?', /^No/i],
      ['How many times has CMRT been called out this year?', /87/i],
      ['How is the rescue team funded?', /donations/i],
      ['What is the search dog called?', /Skye/i],
      ['How many callouts did the team have in the same period last year?', /61/i],
    ],
    tricks: [
      ['What are the names of the hikers?', 'left-open'],
      ["How old is the woman's brother?", 'left-open'],
      ['How many hikers died?', 'negation'],
      ['How far from the car park were they found?', 'left-open'],
      ['How many volunteers did the coastguard send?', 'swapped-entity'],
      ['Which hospital in Dunmarra treated the hikers?', 'swapped-entity'],
      ['How high is Ben Dunmarra?', 'swapped-entity'],
      ['How many times was the team called out in 2015?', 'swapped-year'],
      ['How warm did it get on the summit?', 'antonym'],
      ['When did the hikers reach the summit?', 'left-open'],
      ['Who found the hikers on Monday?', 'swapped-date'],
    ],
  },
  {
    id: 'auction',
    file: 'verhaegen-auction.txt',
    about: 'an art auction record',
    text: AUCTION_TEXT,
    answerable: [
      ['How much did the painting sell for?', /€14\.2 million|14\.2 million/i],
      ['Who painted the portrait?', /Cornelis Verhaegen/i],
      ['What is the painting called?', /Portrait of a Woman in Blue/i],
      ['When was it painted?', /1662/i],
      ['Where was the auction held?', /Amsterdam/i],
      ['Which auction house sold it?', /Harmsen/i],
      ['Who bought the painting?', /anonymous telephone bidder|telephone bidder/i],
      ['How long did the bidding last?', /nine.minute|nine minutes/i],
      ['How many bidders competed?', /^four|^4/i],
      ['What was the pre-sale estimate?', /€5 million|5 million/i],
      ['What was the previous record for Verhaegen?', /€6\.8 million|6\.8 million/i],
      ['Where was the previous record set?', /London/i],
      ['When was the previous record set?', /2019/i],
      ['Where had the painting hung?', /farmhouse|Haarsel/i],
      ['When did the owners have it valued?', /2024/i],
      ['Who confirmed the painting was by Verhaegen?', /Institute for Dutch Painting|IDP/i],
      ['How did experts confirm who painted it?', /X-ray|paint analysis/i],
      ['What was found beneath the surface?', /sketch/i],
      ['How many paintings can be attributed to Verhaegen with certainty?', /23/i],
      ["Who is the institute's head of research?", /Marleen Vos/i],
      ['How much will the seller receive?', /€11 million|11 million/i],
      ['Since when has the family owned the farm?', /1871/i],
      ['How long does the ministry have to decide on the export?', /30 days/i],
      ["Does the price include the buyer's fee?", /^Yes/i],
      ['how long was the painting lost for', /200 years/i],
    ],
    tricks: [
      ['How much did the painting sell for in 2019?', 'swapped-year'],
      ['What is the name of the buyer?', 'left-open'],
      ['Which museum bought the painting?', 'left-open'],
      ['When did Verhaegen die?', 'never-mentioned'],
      ['How much did the painting sell for in London?', 'swapped-entity'],
      ['What was the lowest bid?', 'left-open'],
      ['When did the family sell the farm?', 'antonym'],
      ['How many paintings by Verhaegen are fakes?', 'left-open'],
      ['How much did the local dealer pay for the painting?', 'never-mentioned'],
      ['Which painting did Marleen Vos paint in 1662?', 'swapped-person'],
      ['How many paintings did Verhaegen sell in London?', 'left-open'],
    ],
  },
  {
    id: 'tram',
    file: 'norbury-tram-vote.md',
    about: 'a council vote on a tram line (Markdown with front matter)',
    text: TRAM_TEXT,
    answerable: [
      ['What did the council approve?', /tram line/i],
      ['How long will the tram line be?', /14.kilometre/i],
      ['How much will the tram line cost?', /£1\.2 ?billion|1\.2 ?billion|£1\.2bn/i],
      ['How much will the national government pay?', /£800 million|800 million/i],
      ['What was the result of the vote?', /38/i],
      ['How long did the debate last?', /five hours/i],
      ['How many stops will the line have?', /16/i],
      ['How often will trams run at peak times?', /six minutes/i],
      ['How long will the journey to the airport take?', /27 minutes/i],
      ['When will construction begin?', /spring 2028|2028/i],
      ['When are the first passengers expected?', /2032/i],
      ['Who is the council leader?', /Amira Haddad/i],
      ['How many people will the line connect to jobs?', /90,000/i],
      ['Who leads the opposition?', /Graham Toller/i],
      ['How many trees will be cut down?', /300/i],
      ['How many new trees will be planted?', /1,000/i],
      ['Which organisation backed the scheme?', /Chamber of Commerce|NCC/i],
      ['How many jobs could construction create?', /4,500/i],
      ['When is the public inquiry?', /autumn 2027/i],
      ['Who will make the final decision?', /transport secretary/i],
      ['Which hospital will have a stop?', /Fenwick/i],
      ['how much faster than the bus is the tram', /half/i],
      ['Was the vote unanimous?', /^No/i],
      ['When did the council vote?', /Tuesday/i],
      ['How many councillors voted against the plan?', /19/i],
    ],
    tricks: [
      ['How much will the airport pay?', 'left-open'],
      ['How many stops will the bus route have?', 'swapped-entity'],
      ['When will construction end?', 'left-open'],
      ['How many trees will be planted in 2032?', 'swapped-year'],
      ['How many councillors abstained?', 'left-open'],
      ['When will the tram line close?', 'antonym'],
      ['How many jobs will be lost during construction?', 'antonym'],
      ['How much will the council pay for cost overruns?', 'left-open'],
      ['When did the transport secretary approve the line?', 'impossible'],
      ['How many people will the bus connect to jobs?', 'swapped-entity'],
      ['Who opposed the scheme at the Chamber of Commerce?', 'negation'],
    ],
  },
  {
    id: 'cubs',
    file: 'calder-leopard-cubs.md',
    about: 'a zoo birth of rare cubs (Markdown with front matter)',
    text: CUBS_TEXT,
    answerable: [
      ['What kind of animals were born?', /Amur leopard/i],
      ['Where were the cubs born?', /Calder Valley Zoo/i],
      ['How many cubs were born?', /^two|^2|twins/i],
      ['When were the cubs born?', /12 May/i],
      ["Who is the cubs' mother?", /Kira/i],
      ['How old is Kira?', /eight/i],
      ['Where did Kira come from?', /Tallinn/i],
      ['When did Kira arrive?', /2023/i],
      ['Who is the father?', /Bayan/i],
      ['How old is the father?', /11/i],
      ['How much did the cubs weigh at birth?', /500 grams/i],
      ['When did the cubs open their eyes?', /ten days/i],
      ['How many Amur leopards are left in the wild?', /130/i],
      ['Where do wild Amur leopards live?', /Russia|China/i],
      ['What threatens the leopards?', /Poaching|loss of forest/i],
      ['Who is the head of carnivores?', /Sunita Rao/i],
      ['How will the cubs be named?', /public vote/i],
      ['When does the vote open?', /1 July/i],
      ['When can visitors see the cubs?', /late August/i],
      ['Who runs the zoo?', /Calder Wildlife Trust/i],
      ['How much did the new enclosure cost?', /£350,000|350,000/i],
      ['When was the leopard enclosure built?', /2022/i],
      ['How long is a leopard pregnancy?', /90 days/i],
      ['How long do the leopards live in zoos?', /20 years/i],
      ['How long since leopards were last born at the zoo?', /18 years/i],
    ],
    tricks: [
      ['What are the cubs called?', 'left-open'],
      ['How many Amur leopards live in zoos?', 'left-open'],
      ['When did Bayan arrive from Tallinn?', 'swapped-person'],
      ['How many snow leopards survive in the wild?', 'swapped-entity'],
      ['Who is the head of birds?', 'swapped-entity'],
      ['When does the vote close?', 'left-open'],
      ["How old is Kira's mother?", 'left-open'],
      ['How much did the zoo spend on the enclosure in 2019?', 'swapped-year'],
      ['How many Amur leopards survive in India?', 'swapped-entity'],
      ['How many cubs died?', 'negation'],
      ['How much did Bayan weigh at birth?', 'swapped-person'],
    ],
  },
];
