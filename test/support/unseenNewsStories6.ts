import type { UnseenStory } from './unseenNewsStories.ts';

/**
 * A seventh probe of issue 8 (2026-12-02, midday; after test/support/unseenNewsStories5.ts): six
 * more news stories nobody tuned for, in genres no earlier probe used, written with their questions
 * before lede was asked any of them — a footballer's record transfer (fee, add-ons, contract years,
 * sell-on clause), a school inspection report, a bridge closed for cracks, a boil-water notice, a
 * marathon with a course record and a customs seizure of smuggled wildlife. Four are plain text as a
 * scraper leaves a web page (a cookie or privacy notice, section breadcrumbs, byline and time
 * stamps, "Share this article" and share-button rows, photo and image captions, "ADVERTISEMENT",
 * "Related stories" / "More on this story" / "Read more:" lists, a comments count, a wire dateline,
 * a copyright and tags footer); two are Markdown with front matter (headings, bold, bulleted and
 * numbered lists, a block quote, an update note). Answerable questions are typed as people type them
 * (mostly lower case, a few typos, paraphrased rather than copied from the sentence) and carry a
 * pattern of the short answer a reader would give; tricks are labelled with how they were made
 * (negation, antonym, swapped entity or person, swapped year or number, a fact the story leaves
 * open, an impossible condition, a thing the story never mentions). Every name, place and figure is
 * invented (the pangolin facts are real). test/qa/unseenNews6.test.ts asks them.
 */
const TRANSFER_TEXT = `Sport | Football

Kestrel United sign striker Tomás Ferreira from Lisvale for record £58m

We use cookies to improve your experience on our site. By continuing you agree to our use of cookies. Accept all | Manage preferences

By Danny Okafor, Chief Football Writer
Thu 14 Jan 2027 18.02 GMT
Last modified on Thu 14 Jan 2027 21.40 GMT

Share this article
Facebook   X   WhatsApp   Copy link

Kestrel United have signed the Portuguese striker Tomás Ferreira from Lisvale Athletic for a club-record fee of £58 million, the Premier Division club announced on Thursday.

The 24-year-old has agreed a five-and-a-half-year contract, with the option of a further year, and will wear the No 9 shirt. The fee could rise to £65 million with add-ons linked to appearances and trophies, according to people familiar with the deal.

Ferreira scored 19 goals in 23 league games for Lisvale this season, making him the division's top scorer. He joined Lisvale from the Portuguese club Vila Nova in 2022 for £7 million.

Ferreira holds up his new shirt at the Harrowgate training ground. Photograph: Kestrel United

"This is the club I wanted to join since I was a boy watching on television in Braga," Ferreira said. "I am here to win trophies."

Kestrel's manager, Henrik Dahl, said the club had followed the player for two years. The previous club record was the £41 million paid for the midfielder Jonah Abbey in 2024.

Lisvale will receive 15 percent of any future sale under a sell-on clause, and Vila Nova is entitled to 10 percent of the profit Lisvale made on the deal.

Ferreira is expected to make his debut against Norhaven on Saturday, subject to international clearance. He will earn about £190,000 a week, making him the club's highest-paid player.

Kestrel are fourth in the table, 11 points behind the leaders, Castlebridge.

Related stories
Transfer window: every deal done so far
Dahl: "We need goals, not excuses"

Comments (214)`;

const INSPECTION_TEXT = `---
title: "Ashcombe Park Academy rated 'inadequate' by inspectors"
date: 2027-03-09
author: Ruth Ellery
source: Westford Gazette
tags: [education, schools, inspection]
---

# Ashcombe Park Academy rated 'inadequate' by inspectors

**A secondary school in Westford has been placed in special measures after inspectors found that pupils' behaviour was poor and that safeguarding checks had not been carried out properly.**

Ashcombe Park Academy, which has 1,140 pupils aged 11 to 18, was rated inadequate, the lowest of four grades, by the schools inspectorate Edstan after a two-day visit in late January. The report was published on Tuesday.

At its previous inspection, in 2022, the school was rated good.

## What the inspectors found

Inspectors said lessons were "frequently disrupted" and that a third of pupils had been absent for 10 percent or more of the school year. They found that the school had not checked the criminal records of four members of staff before they started work.

- **Quality of education:** requires improvement
- **Behaviour and attitudes:** inadequate
- **Personal development:** good
- **Leadership and management:** inadequate
- **Sixth form:** good

The report praised the sixth form, where it said students were "well taught and ambitious", and noted that the school's music department was "a real strength".

## The school's response

Headteacher Marcus Oyelaran, who took up the post in September, said he accepted the findings. "We are not where we need to be, and I will not pretend otherwise," he said. "The checks that were missing were completed within 48 hours of the inspection."

The academy is run by the Greystone Learning Trust, which runs nine schools in the county. Its chief executive, Dr Helen Marsh, said the trust would appoint an extra deputy head and spend £400,000 on behaviour support over the next year.

> "Parents deserve better, and they will get it," Dr Marsh said.

### What happens next

1. The school will be monitored by inspectors every term
2. A full re-inspection is due within 30 months
3. The Department for Education could move the school to a different trust

About 200 parents attended a meeting at the school on Wednesday evening.`;

const BRIDGE_TEXT = `Local News › Transport

Harlow Street bridge closed 'indefinitely' after cracks found in steel supports

We value your privacy. We and our partners use cookies to personalise content and ads. ACCEPT   REJECT

Published 2 hours ago
By Sam Whitcombe, Transport reporter

Share
Save

The Harlow Street bridge across the River Teme in Marlow Cross has been closed to all traffic, including pedestrians and cyclists, after engineers found cracks in two of its steel supports, the city council said on Friday.

The 1930s bridge, which carries about 24,000 vehicles a day, was shut at 5 p.m. on Thursday after a routine inspection by the consultancy Fordham Structures.

Image caption: Barriers were put up at both ends of the bridge on Thursday evening

Council engineer Priya Kaul said the cracks were up to 30 centimetres long and had probably been caused by corrosion. "We cannot take any risks with public safety. The bridge will stay closed until we know it is safe, and that could take months," she said.

Drivers face a diversion of about 6 miles via the Eastgate ring road, and bus routes 4, 11 and 27 have been re-routed. The council said a free shuttle bus would run between the two ends of the bridge every 15 minutes from Monday.

ADVERTISEMENT

The bridge was last strengthened in 2009, at a cost of £3.2 million. A full replacement has been estimated at £45 million.

Businesses on the south bank said trade had already fallen. "Half of my customers come across that bridge," said Tariq Hussain, who runs a bakery on Quay Road.

The council leader, Joanne Pryce, said she had written to the transport minister to ask for emergency funding. The council has set aside £1.5 million for repairs this year.

Divers will examine the bridge's foundations next week.

More on this story
Marlow Cross council approves budget
Traffic chaos as rail strike bites

Top Stories`;

const WATER_TEXT = `---
title: Boil water notice for 38,000 homes after E. coli found in Redmere supply
date: 2027-08-17
author: Imogen Hartley
source: Northvale Today
---

# Boil water notice for 38,000 homes after E. coli found in Redmere supply

Around 38,000 households in Redmere and the surrounding villages have been told to boil their tap water before drinking it after routine tests found traces of E. coli, the water company **Vantis Water** said on Monday.

The bacteria were detected in samples taken on Sunday at the Hollins Lane reservoir, which supplies about 90,000 people. Vantis said the most likely cause was animal waste getting into the reservoir after heavy rain had damaged a section of its cover.

## What customers should do

- Boil water and let it cool before drinking, brushing teeth or preparing food
- Water is safe for showering and flushing toilets
- Do not give unboiled water to pets

Vantis is handing out bottled water at three stations, at Redmere Leisure Centre, St Anne's church hall in Hollby and the Fernside Tesco car park, and says vulnerable customers on its priority register will receive deliveries at home. It said customers would get a **£30** credit on their bills.

## Illness reports

The regional health protection team said it was aware of 11 people who had reported stomach illness, two of whom were treated in hospital, but it had not confirmed a link to the water. Dr Anil Bhatt, a consultant in health protection, said: "It is too early to say whether these cases are connected."

Vantis's operations director, Clare Henshaw, apologised and said the notice was likely to stay in place "for at least five days" while the system was flushed and chlorinated and three sets of clean samples were taken.

> "We know this is a real inconvenience, particularly in the middle of a heatwave," Henshaw said.

The Drinking Water Inspectorate has opened an investigation. Vantis was fined £1.2 million in 2024 after a similar incident in the town of Ashby Vale.

*This article was updated at 16:10 to include comments from the health protection team.*`;

const MARATHON_TEXT = `ATHLETICS

Wanjiru breaks Dunmore Marathon course record as Kiros wins women's race

By Press Sport staff | Sunday 11 April 2027, 13:55 BST

Share on Facebook   Share on X   Email this story

Kenya's Peter Wanjiru broke the Dunmore Marathon course record by 41 seconds on Sunday, winning the men's race in 2 hours 4 minutes 37 seconds.

The 26-year-old pulled away from the Ethiopian Tesfaye Alemu at around the 35-kilometre mark and crossed the line on Bridge Parade almost a minute ahead of him. Alemu finished second in 2:05:31, with Wanjiru's training partner, Daniel Kiprop, third.

The previous record of 2:05:18 had been set by the Ugandan Moses Okello in 2019.

In the women's race, Ethiopia's Haile Kiros won her first marathon title in 2:21:09, beating the defending champion, Britain's Ellie Sandford, by 12 seconds in a sprint finish.

Kiros, 23, was running only her second marathon. "I did not expect this. In the last kilometre I just thought of my mother," she said.

Advertisement

Conditions were cool and dry, with a temperature of 9C at the start, which organisers said helped the fast times.

A record 41,500 runners started the race, up from 38,000 last year, and organisers said they expected to raise more than £30 million for charity.

Wanjiru takes home £45,000 in prize money, plus a £25,000 bonus for the course record. The women's winner receives the same prize money.

A 19-year-old runner was taken to hospital after collapsing near the finish but was later said to be in a stable condition.

Next year's race will be held on 9 April.

Read more:
Full results: Dunmore Marathon 2027
Sandford targets world championships`;

const SEIZURE_TEXT = `World | Environment

Customs officers seize 2.6 tonnes of pangolin scales hidden in fish container

Coastline Wire | 23 September 2027 | 09:12 UTC

PORT KALANI, Marenia (Coastline Wire) — Customs officers at Port Kalani have seized 2.6 tonnes of pangolin scales hidden in a shipping container declared as frozen fish, the country's largest seizure of its kind, the revenue authority said on Thursday.

The scales, packed in 86 sacks beneath boxes of frozen mackerel, were found on Tuesday when an X-ray scan showed irregular shapes in the cargo. The container had arrived from the port of Duala in West Africa and was bound for a warehouse in the capital, Sarneth.

Officials estimated the scales came from about 5,000 pangolins and had a street value of 4.8 million dollars.

Two men, a 41-year-old clearing agent and a 35-year-old truck driver, were arrested at the port. A third suspect, the registered owner of the importing company, Blue Tide Trading, is being sought by police.

"This is not small-time poaching. This is organised crime moving goods across two continents," Customs Commissioner Ruth Adjei told a news conference.

All eight species of pangolin are protected under international law, and commercial trade in them has been banned since 2017. Pangolins are the most trafficked mammals in the world, according to the conservation group WildWatch.

If convicted, the suspects face up to 15 years in prison and fines of up to 500,000 dollars.

The scales will be stored as evidence and later burned, the authority said. Marenia burned 1.4 tonnes of seized ivory in 2024.

© Coastline Wire 2027. All rights reserved.
Tags: wildlife trafficking, customs, pangolins
You might also like: Rangers close in on rhino poachers`;

export const UNSEEN_STORIES_6: readonly UnseenStory[] = [
  {
    id: 'transfer',
    file: 'ferreira-transfer.txt',
    about: 'a footballer’s record transfer',
    text: TRANSFER_TEXT,
    answerable: [
      ['who did kestrel sign', /Ferreira/i],
      ['how much did they pay for ferreira', /£58 ?m|58 million/i],
      ['whats the fee with add ons', /£65 ?m|65 million/i],
      ['which club sold him', /Lisvale/i],
      ['how long is his contract', /five.and.a.half/i],
      ['how old is ferreira', /24/i],
      ['what shirt number will he wear', /9/i],
      ['how many goals has he scored this season', /19/i],
      ['how many league games did he play for lisvale', /23/i],
      ['when did he join lisvale', /2022/i],
      ['how much did lisvale pay for him', /£7 million|7 million/i],
      ['which club did he play for before lisvale', /Vila Nova/i],
      ['where did he watch tv as a boy', /Braga/i],
      ['who manages kestrel', /Henrik Dahl|Dahl/i],
      ['how long had the club been following him', /two years/i],
      ['what was the old club record fee', /£41 million|41 million/i],
      ['who was the previous record signing', /Jonah Abbey/i],
      ['what is the sell on clause', /15 percent/i],
      ['how much of the profit does vila nova get', /10 percent/i],
      ['when will he make his debut', /Saturday/i],
      ['who are kestrel playing on saturday', /Norhaven/i],
      ['how much will ferreira earn', /£190,000/i],
      ['where are kestrel in the league', /fourth/i],
      ['who is top of the league', /Castlebridge/i],
      ['how many points behind the leaders are kestrel', /11/i],
    ],
    tricks: [
      ['How much did Kestrel pay for Jonah Abbey in 2022?', 'swapped-year'],
      ['how many goals did ferreira score for vila nova', 'left-open'],
      ['how long is henrik dahls contract', 'swapped-person'],
      ['what shirt number did jonah abbey wear', 'swapped-person'],
      ['how many goals did ferreira score in the cup', 'swapped-entity'],
      ['who is the lowest paid player at kestrel', 'antonym'],
      ['how much did castlebridge bid for ferreira', 'never-mentioned'],
      ['how many points are kestrel ahead of castlebridge', 'antonym'],
      ['who scored for kestrel against norhaven', 'impossible'],
      ['how many league games did ferreira miss', 'left-open'],
      ['how much will lisvale get from the add ons', 'left-open'],
    ],
  },
  {
    id: 'inspection',
    file: 'ashcombe-park-inspection.md',
    about: 'a school inspection report (Markdown with front matter)',
    text: INSPECTION_TEXT,
    answerable: [
      ['what rating did ashcombe park get', /inadequate/i],
      ['how many pupils does the school have', /1,140/i],
      ['what ages are the pupils', /11 to 18/i],
      ['who inspected the school', /Edstan/i],
      ['how long did the inspection take', /two.day|two days/i],
      ['when did inspectors visit', /late January|January/i],
      ['when was the report published', /Tuesday/i],
      ['what was the school rated last time', /good/i],
      ['when was the last inspection', /2022/i],
      ['what share of pupils were absent a lot', /a third|third/i],
      ['how many staff werent checked', /four/i],
      ['what grade did quality of education get', /requires improvement/i],
      ['how was personal development rated', /good/i],
      ['what did inspectors praise', /sixth form|music/i],
      ['who is the head teacher', /Marcus Oyelaran/i],
      ['when did the head start', /September/i],
      ['how quickly were the missing checks done', /48 hours/i],
      ['who runs the academy', /Greystone Learning Trust/i],
      ['how many schools does the trust run', /nine/i],
      ['who is the chief exec of the trust', /Helen Marsh/i],
      ['how much will be spent on behavior support', /£400,000/i],
      ['who will the trust hire', /deputy head/i],
      ['how often will inspectors come now', /every term/i],
      ['when is the next full inspection', /30 months/i],
      ['how many parents went to the meeting', /200/i],
      ['how many grades are there', /four/i],
      ['what has the school been put in', /special measures/i],
    ],
    tricks: [
      ['What was the school rated in 2019?', 'swapped-year'],
      ['how many pupils were expelled', 'never-mentioned'],
      ['who was head before oyelaran', 'left-open'],
      ['how much will the trust spend on the music department', 'swapped-entity'],
      ['which school in the trust is rated outstanding', 'never-mentioned'],
      ['when did marcus oyelaran leave the school', 'antonym'],
      ['how many pupils had criminal record checks', 'swapped-entity'],
      ['when will the department for education move the school', 'left-open'],
      ['which trust will take over the school', 'left-open'],
      ['how many parents did not go to the meeting', 'negation'],
      ['how many schools does edstan run', 'swapped-entity'],
    ],
  },
  {
    id: 'bridge',
    file: 'harlow-street-bridge.txt',
    about: 'a bridge closed for cracks (cookie notice, breadcrumbs)',
    text: BRIDGE_TEXT,
    answerable: [
      ['which bridge has been closed', /Harlow Street/i],
      ['what river does the bridge cross', /Teme/i],
      ['what town is the bridge in', /Marlow Cross/i],
      ['why was the bridge shut', /cracks/i],
      ['how many supports are cracked', /two/i],
      ['can pedestrians still use the bridge', /^no/i],
      ['when did the bridge close', /Thursday|5 p\.m\./i],
      ['how many cars use it a day', /24,000/i],
      ['when was the bridge built', /1930s/i],
      ['who did the inspection', /Fordham Structures/i],
      ['how long are the cracks', /30 centimetres/i],
      ['what caused the cracks', /corrosion/i],
      ['how long could it be closed for', /months/i],
      ['who is the council engineer', /Priya Kaul/i],
      ['how long is the detour', /6 miles/i],
      ['what road is the diversion along', /Eastgate ring road/i],
      ['which buses have been rerouted', /4, 11 and 27/i],
      ['how often does the shuttle run', /15 minutes/i],
      ['when does the shuttle bus start', /Monday/i],
      ['when was it last strengthened', /2009/i],
      ['how much did the strengthening cost', /£3\.2 million/i],
      ['how much would a new bridge cost', /£45 million/i],
      ['who runs the bakery', /Tariq Hussain/i],
      ['where is the bakery', /Quay Road/i],
      ['who leads the council', /Joanne Pryce/i],
      ['who did the council leader write to', /transport minister/i],
      ['how much has the council put aside for repairs', /£1\.5 million/i],
      ['when will divers look at the foundations', /next week/i],
    ],
    tricks: [
      ['when was the bridge reopened', 'antonym'],
      ['how much did the bridge cost to build', 'never-mentioned'],
      ['how many vehicles use the eastgate ring road each day', 'swapped-entity'],
      ['how long were the cracks found in 2009', 'swapped-year'],
      ['when did the transport minister approve the emergency funding', 'left-open'],
      ['who did the 2009 strengthening work', 'left-open'],
      ['which bus routes were not rerouted', 'negation'],
      ['how much will the divers survey cost', 'left-open'],
      ['how many people were hurt when the bridge collapsed', 'impossible'],
      ['what caused the cracks in the foundations', 'swapped-entity'],
      ['how many customers does the north bank bakery have', 'swapped-entity'],
    ],
  },
  {
    id: 'water',
    file: 'redmere-boil-water.md',
    about: 'a boil-water notice (Markdown with front matter)',
    text: WATER_TEXT,
    answerable: [
      ['how many homes have to boil water', /38,000/i],
      ['what was found in the water', /E\. coli/i],
      ['which water company is it', /Vantis/i],
      ['where was the bacteria found', /Hollins Lane/i],
      ['when were the samples taken', /Sunday/i],
      ['how many people does the reservoir serve', /90,000/i],
      ['what caused the contamination', /animal waste/i],
      ['what damaged the reservoir cover', /heavy rain|rain/i],
      ['is it ok to shower', /^yes|safe/i],
      ['how many water stations are there', /three/i],
      ['where can i get bottled water', /Leisure Centre|St Anne|Fernside/i],
      ['what will vulnerable customers get', /deliveries/i],
      ['how much credit will customers get', /£30/i],
      ['how many ppl reported being sick', /11/i],
      ['how many went to hospital', /two/i],
      ['who is the health protection consultant', /Anil Bhatt/i],
      ['who is vantis operations director', /Clare Henshaw/i],
      ['how long will the notice last', /five days/i],
      ['how many clean samples are needed', /three/i],
      ['who is investigating', /Drinking Water Inspectorate/i],
      ['how much was vantis fined before', /£1\.2 million/i],
      ['when was vantis fined', /2024/i],
      ['where was the earlier incident', /Ashby Vale/i],
      ['whats the weather like', /heatwave/i],
      ['can my dog drink unboiled water', /^no/i],
    ],
    tricks: [
      ['how many people died', 'never-mentioned'],
      ['when will the notice be lifted', 'left-open'],
      ['how much was vantis fined in 2019', 'swapped-year'],
      ['how many people does the ashby vale reservoir supply', 'swapped-entity'],
      ['who confirmed the link between the illness and the water', 'negation'],
      ['what caused the ashby vale incident', 'left-open'],
      ['how much credit did customers in ashby vale get', 'swapped-entity'],
      ['how many people were treated in hospital in hollby', 'left-open'],
      ['when did the inspectorate finish its investigation', 'impossible'],
      ['how many cases of salmonella were found', 'swapped-entity'],
      ['how many households can drink their tap water without boiling it', 'antonym'],
    ],
  },
  {
    id: 'marathon',
    file: 'dunmore-marathon.txt',
    about: 'a marathon with a course record',
    text: MARATHON_TEXT,
    answerable: [
      ['who won the mens race', /Peter Wanjiru|Wanjiru/i],
      ['what was the winning time', /2 hours 4 minutes 37 seconds|2:04:37/i],
      ['by how much did he break the record', /41 seconds/i],
      ['where is wanjiru from', /Kenya/i],
      ['how old is wanjiru', /26/i],
      ['who came second', /Tesfaye Alemu|Alemu/i],
      ['who finished third', /Daniel Kiprop/i],
      ['when did wanjiru break away', /35.kilometre/i],
      ['where is the finish line', /Bridge Parade/i],
      ['what was the old record', /2:05:18/i],
      ['who held the previous record', /Moses Okello/i],
      ['when was the old record set', /2019/i],
      ['who won the womens race', /Haile Kiros|Kiros/i],
      ['what was her winning time', /2:21:09/i],
      ['who was the defending champion', /Ellie Sandford/i],
      ['how much did kiros win by', /12 seconds/i],
      ['how old is kiros', /23/i],
      ['how many marathons had kiros run before', /one|first|second/i],
      ['how warm was it at the start', /9C/i],
      ['how many runners started', /41,500/i],
      ['how many started last year', /38,000/i],
      ['how much money will be raised for charity', /£30 million/i],
      ['how much prize money does the winner get', /£45,000/i],
      ['how much is the record bonus', /£25,000/i],
      ['how old was the runner who collapsed', /19/i],
      ['when is next years race', /9 April/i],
      ['what nationality is alemu', /Ethiopian/i],
    ],
    tricks: [
      ['who won the wheelchair race', 'never-mentioned'],
      ['what was alemus time in 2019', 'swapped-year'],
      ['how much was the course record bonus for kiros', 'swapped-person'],
      ['who finished last', 'antonym'],
      ['how old is daniel kiprop', 'left-open'],
      ['what was kiross time in her first marathon', 'left-open'],
      ['how many runners finished', 'left-open'],
      ['who broke the womens course record', 'left-open'],
      ['what was the temperature at the finish', 'swapped-entity'],
      ['how many runners died', 'negation'],
      ['who did kiros think of in the first kilometre', 'swapped-number'],
    ],
  },
  {
    id: 'seizure',
    file: 'port-kalani-seizure.txt',
    about: 'a customs seizure of smuggled wildlife (wire dateline)',
    text: SEIZURE_TEXT,
    answerable: [
      ['what did customs seize', /pangolin scales/i],
      ['how much was seized', /2\.6 tonnes/i],
      ['where were the scales seized', /Port Kalani/i],
      ['what was the container declared as', /frozen fish/i],
      ['how many sacks were there', /86/i],
      ['what were the scales hidden under', /mackerel/i],
      ['when were they found', /Tuesday/i],
      ['how did they find the scales', /X-ray/i],
      ['where did the container come from', /Duala/i],
      ['where was the container going', /Sarneth|warehouse/i],
      ['how many pangolins did the scales come from', /5,000/i],
      ['whats the street value', /4\.8 million dollars/i],
      ['how many people were arrested', /two/i],
      ['how old is the clearing agent', /41/i],
      ['how old is the lorry driver', /35/i],
      ['who are police looking for', /owner|third suspect/i],
      ['what is the importing company called', /Blue Tide Trading/i],
      ['who is the customs commissioner', /Ruth Adjei/i],
      ['how many species of pangolin are there', /eight/i],
      ['since when has the trade been banned', /2017/i],
      ['which conservation group is quoted', /WildWatch/i],
      ['whats the max prison sentence', /15 years/i],
      ['how big is the maximum fine', /500,000 dollars/i],
      ['what will happen to the scales', /burned|stored as evidence/i],
      ['how much ivory did marenia burn', /1\.4 tonnes/i],
      ['when was the ivory burned', /2024/i],
      ['what is the most trafficked mammal', /pangolins/i],
    ],
    tricks: [
      ['how much ivory was seized at port kalani', 'swapped-entity'],
      ['what was the name of the 41-year-old truck driver', 'swapped-number'],
      ['when was the owner of blue tide trading arrested', 'negation'],
      ['how many pangolins were found alive', 'never-mentioned'],
      ['when was pangolin trade allowed again', 'antonym'],
      ['how many rhino horns were seized', 'never-mentioned'],
      ['how many years did the clearing agent get in prison', 'impossible'],
      ['when were the scales burned', 'left-open'],
      ['how much were the scales worth in 2017', 'swapped-year'],
      ['where was the ivory seized', 'left-open'],
      ['what is the truck drivers name', 'left-open'],
    ],
  },
];
