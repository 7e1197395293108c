import type { UnseenStory } from './unseenNewsStories.ts';

/**
 * A fifth probe of issue 8 (2026-12-02, morning; after test/support/unseenNewsStories3.ts): six more
 * news stories nobody tuned for, in genres no earlier probe used, written with their questions
 * before lede was asked any of them — a fraud sentencing, a product recall, a dock strike
 * settlement, a drug approval, a university research result and an obituary. Three are plain text
 * as a scraper leaves a web page (section line, headline, standfirst, byline, "Published" stamp,
 * share buttons, photo captions, "Advertisement", "Read more:", related and most-read links, a
 * table of figures written as dotted text lines, a correction note); two are Markdown with front
 * matter (an image, a block quote, headings, bold, a list of related links); one is plain text with
 * messy whitespace (doubled spaces, spaces before commas, indented lines), typographic quotes and
 * dashes, no-break spaces and a non-breaking hyphen. Answerable questions are asked as people ask
 * them (paraphrased, some lower case or with a typo) and carry a pattern of the short answer a
 * reader would give; tricks are labelled with how they were made (negation, antonym, swapped entity
 * or person, swapped year or number, a fact the story leaves open, an impossible condition, a
 * mutual exclusion, a thing the story never mentions). Every name, place and figure is invented.
 * test/qa/unseenNews4.test.ts asks them.
 */
const SENTENCING_TEXT = `Crime & Courts

Former charity boss jailed for seven years over £2.3m hospice fraud

By Harriet Lomax, Courts Reporter
Published 14 October 2026 | Updated 16:05

Share on Facebook   Share on X   Email   Copy link

Martin Pryce leaving Carrowby Crown Court on Monday. Photo: Ellis Grant / Northern Courts Service

CARROWBY — A former chief executive of a children's hospice charity was jailed for seven years on Monday for stealing more than £2.3 million from the organisation over nine years to pay for holidays, a racehorse and a house in Portugal.

Martin Pryce, 57, of Hellesby, admitted fraud by abuse of position and two counts of money laundering at an earlier hearing in August. He was sentenced at Carrowby Crown Court by Judge Anita Varma.

Advertisement

The court heard that Pryce, who ran the Little Lanterns Hospice Trust from 2014 until he was dismissed in 2023, set up false supplier accounts and paid charity money into them. The fraud was uncovered when a new finance director, Grace Odum, noticed invoices from a catering firm that did not exist.

"You betrayed the trust of the families, the staff and the thousands of people who gave money in good faith," Judge Varma told him. "The money you took was meant to care for dying children."

The judge said she had reduced the sentence from ten years because of Pryce's guilty plea. He will serve half of the term in prison before being released on licence.

Read more: How small charities can protect themselves from fraud

Prosecutor Daniel Osei said Pryce spent about £640,000 on a villa near Faro, £180,000 on a share in a racehorse and more than £300,000 on holidays and hotels.

Pryce's lawyer, Rebecca Hale, said her client was "deeply ashamed" and had suffered from a gambling addiction for most of the period.

The charity, which cares for about 120 children a year at its hospice in Hellesby, said it had been forced to close its day-care unit for eight months in 2023 because of the losses.

A hearing to decide how much money Pryce must pay back will be held in January. Police have already seized the villa, which is expected to be sold.

Pryce's wife, who was also investigated, will face no charges, the Crown Prosecution Service said.

Related stories
Hospice charity suspends chief executive after audit
Charity Commission opens inquiry into Little Lanterns

Share this article`;

const RECALL_TEXT = `Business > Consumer

Veltra recalls 410,000 electric scooters over battery fire risk

By Sofia Marchetti
November 3, 2026 at 9:12 a.m. EST

Listen to this article   4 min

The Veltra Glide 2 was sold in electronics stores and online. (Veltra)

Electric scooter maker Veltra is recalling about 410,000 of its Glide 2 scooters worldwide after reports that their batteries can overheat and catch fire while charging, the company and the Consumer Product Safety Board said on Monday.

The board said it had received 63 reports of batteries overheating, including 19 fires that caused property damage. Two people suffered minor burns. No deaths have been reported.

Owners should stop using and charging the scooters immediately and contact Veltra for a free replacement battery, the board said. Veltra will also offer a $150 store credit to owners who return the scooter instead.

Advertisement

The affected scooters were sold between March 2024 and August 2026 at electronics stores and online for about $599. They can be identified by a serial number beginning with "G2B" printed under the deck.

Units recalled by market:
United States ........ 240,000
Canada ............... 35,000
European Union ....... 110,000
Australia ............ 25,000

Veltra, based in Ashford Bay, California, said a supplier had used a faulty cell separator in batteries made at a single factory in Penang, Malaysia. It said it had stopped using that supplier in September.

"Nothing matters more to us than the safety of our riders," chief executive Marcus Lindell said in a statement. "We are sorry, and we will make this right."

Veltra's shares fell 7 percent on the Nasdaq on Monday. The company said the recall would cost about $85 million, which it expects to record in the fourth quarter.

It is the second recall for Veltra in two years. In 2025 the company recalled 30,000 Glide 1 scooters because of a faulty brake cable.

Read more: What to do if your e-bike battery overheats

Have a question about a recall? Email our consumer desk.`;

const STRIKE_TEXT = `Transport   —   Labour

Port  strike ends  as dockers accept 11% pay deal


By  Tomasz  Nowicki   |   Harbour Gazette


BRACKWATER —  Dock workers at the Port of Brackwater voted on Friday to accept a new contract and end a 23‑day strike that had left more than 60 container ships waiting offshore and cost the regional economy an estimated €40 million a day.

The deal , reached after talks brokered by the state mediator Ilse Borchardt , gives the port’s 3,200 dockers a pay rise of 11 percent over three years – 5 percent this year and 3 percent in each of the next two – plus a one‑off payment of €1,500.

Members of the Dockworkers’ and Seafarers’ Union backed the agreement by 78 percent to 22 percent , on a turnout of 91 percent , the union said .

    “It isn’t everything we asked for, but it’s a fair deal and our members can hold their heads high,” said union leader Rafael Quintero .   “Nobody wanted this strike to last this long.”

The union had originally demanded 15 percent over two years and a guarantee that no jobs would be lost to the automated cranes the port is installing at its new Eastquay terminal .   Under the deal , the port authority promises that there will be no compulsory redundancies until 2030 .


Port authority chairman Hendrik Maas said work would resume with the night shift on Saturday and that it would take about three weeks to clear the backlog of ships .

“We regret the disruption to our customers — and to the families who depend on this port,” Maas said.


The strike , the longest at Brackwater since 1989 , began on 2 June after talks on a new contract broke down .   Supermarkets across the region reported shortages of fresh fruit , and two car plants cut production because parts were stuck on ships .

Brackwater handles about a third of the country’s container trade .

Advertisement     `;

const DRUG_TEXT = `---
title: Regulator approves first pill for rare Hartwell disease
source: Medical Wire Today
date: 2026-04-09
author: Nadia Rahman
tags: [health, drugs, regulation]
---

# Regulator approves first pill for rare Hartwell disease

*By Nadia Rahman, Health Editor*

![A pharmacist holds a pack of Cardivex tablets.](cardivex.jpg)

The National Medicines Agency on Wednesday approved **Cardivex**, the first oral treatment for Hartwell disease, a rare inherited condition that weakens the heart muscle and affects about 1 in 40,000 people.

The drug, made by the Swiss company Morlan Pharma, was approved for adults and children aged 12 and over. Until now patients have had to receive infusions in hospital every two weeks.

## What the trial showed

In a trial of 480 patients in 11 countries, those taking Cardivex once a day were 38 percent less likely to be admitted to hospital for heart failure over 18 months than those given a placebo. The drug did not reduce deaths, the agency said.

The most common side effects were nausea and headaches. About 6 percent of patients stopped taking the drug because of side effects.

> "For families living with Hartwell disease, a pill at home instead of a drip in hospital changes everything," said Dr. Owen Caldwell, a cardiologist at St Bride's Hospital who led the trial.

## Price

Morlan has set a list price of **$18,500 a month** in the United States. The company said it would offer the drug free to patients in low-income countries through a partnership with the charity HeartBridge.

The agency's decision came two months earlier than expected under its priority review scheme. The European Medicines Agency is expected to decide on the drug by the end of the year.

Shares of Morlan Pharma rose 14 percent in Zurich.

*This article was updated to correct the number of countries in the trial.*`;

const PLANET_TEXT = `---
title: "Astronomers detect water vapour on nearby rocky planet"
date: 2026-07-02
source: Campus Science Desk
---

Astronomers at the **University of Eastmere** say they have found water vapour in the atmosphere of a rocky planet orbiting a small star 41 light-years from Earth — the first time water has been detected on a planet of similar size to our own.

The planet, known as Kepra-7c, is about 1.3 times as wide as Earth and circles its red dwarf star every 19 days. Its surface temperature is estimated at about 60 degrees Celsius, the team said.

The findings, published on Wednesday in the journal *Astral Letters*, are based on 14 hours of observations with the Horizon Space Telescope, which measured starlight passing through the planet's atmosphere during three transits in 2025.

## "A big step, not the finish line"

"We were not sure the planet had an atmosphere at all. Seeing water in it was a real surprise," said Professor Leona Adeyemi, who led the study with a team of 23 researchers from six countries.

Adeyemi cautioned that the discovery did not mean the planet could support life. The water could come from a hot, steamy atmosphere rather than from oceans on the surface, she said.

Some scientists were more sceptical. Dr. Paul Renner of the Kessling Institute, who was not involved in the study, said the signal was "promising but weak" and needed to be confirmed by other telescopes.

The team has been given another 30 hours of telescope time next year to look for carbon dioxide and methane.

Kepra-7c was discovered in 2021 by a ground-based survey led by a team in Chile. Its star, Kepra-7, is about a fifth the mass of the Sun.

- Related: [How astronomers read the air of distant worlds](/science/transits)
- Related: [Eastmere opens new observatory](/campus/observatory)`;

const OBITUARY_TEXT = `Obituaries

Ruth Calloway, pioneering bridge engineer, dies at 91

She designed the Marrow Estuary crossing, once the longest cable-stayed bridge in Europe

By Gareth Penhallow
Last updated: 18 February 2027

Ruth Calloway in 1979, the year work began on the Marrow Estuary bridge. Photograph: Calloway family archive

Ruth Calloway, the engineer who designed the Marrow Estuary bridge and became the first woman to lead the Institution of Structural Engineers, has died at her home in Tenby Cross. She was 91.

Her death, on Sunday, was confirmed by her son, Daniel, who said she had been ill with pneumonia.

Born in Leeford in 1935, the daughter of a railway signalman and a seamstress, Calloway won a scholarship to study mathematics at Harlow College before switching to engineering, one of only two women in her year.

Advertisement

She joined the consulting firm Brandt & Oakes in 1958 and spent her whole career there, becoming a partner in 1971. Her best-known work, the Marrow Estuary bridge, opened in 1983. Its main span of 620 metres made it the longest cable-stayed bridge in Europe until 1995.

"She was the cleverest person in any room and never once needed to prove it," said Professor Alan Whitcombe, who worked with her on the bridge.

Calloway was elected president of the Institution of Structural Engineers in 1990 and was made a dame in 1997. She retired in 2001 but went on teaching at Harlow College until she was 80.

In 1962 she married Peter Calloway, an architect, who died in 2015. She is survived by her son, Daniel, her daughter, Helen, and five grandchildren.

A funeral will be held at St Mary's Church in Tenby Cross on 3 March.

Read more: The bridges that changed the coastline

Most popular
1. Council approves new ferry timetable
2. Lost ring found in allotment after 40 years`;

export const UNSEEN_STORIES_4: readonly UnseenStory[] = [
  {
    id: 'sentencing',
    file: 'hospice-fraud-sentencing.txt',
    about: 'a fraud sentencing',
    text: SENTENCING_TEXT,
    answerable: [
      ['Who was jailed?', /Martin Pryce/i],
      ['How long was Pryce jailed for?', /seven years/i],
      ['How much money did Pryce steal?', /£2\.3 million|2\.3 million/i],
      ['Which charity did he run?', /Little Lanterns/i],
      ['How old is Martin Pryce?', /57/i],
      ['Where is Pryce from?', /Hellesby/i],
      ['Which court sentenced him?', /Carrowby Crown Court/i],
      ['Who sentenced Pryce?', /Anita Varma/i],
      ['When did Pryce admit the fraud?', /August/i],
      ['How many counts of money laundering did he admit?', /^two|^2/i],
      ['When did Pryce start running the charity?', /2014/i],
      ['When was Pryce dismissed?', /2023/i],
      ['Who uncovered the fraud?', /Grace Odum/i],
      ['What made the finance director suspicious?', /invoices|catering firm/i],
      ['Why was the sentence reduced?', /guilty plea/i],
      ['How much of the sentence will he serve in prison?', /half/i],
      ['Who prosecuted the case?', /Daniel Osei/i],
      ['How much did Pryce spend on the villa?', /£640,000|640,000/i],
      ['Where is the villa?', /Faro|Portugal/i],
      ['how much did pryce spend on a racehorse', /£180,000|180,000/i],
      ['Who is Pryces lawyer?', /Rebecca Hale/i],
      ['How many children does the hospice care for each year?', /120/i],
      ['How long was the day-care unit closed?', /eight months/i],
      ['When will the repayment hearing be held?', /January/i],
      ['Did Pryce plead guilty?', /^Yes/i],
    ],
    tricks: [
      ['How much did Pryce spend on a house in Spain?', 'swapped-entity'],
      ['How long was Grace Odum jailed for?', 'swapped-person'],
      ['When was Pryce acquitted?', 'antonym'],
      ['How much money must Pryce pay back?', 'left-open'],
      ['How much did Pryce steal in 2010?', 'swapped-year'],
      ['How much prize money did the racehorse win?', 'never-mentioned'],
      ['Who bought the villa?', 'left-open'],
      ['When did Pryce plead not guilty?', 'negation'],
      ['Who replaced Pryce as chief executive?', 'left-open'],
      ['How many children does the hospice in Carrowby care for?', 'swapped-entity'],
      ["When did Pryce's wife admit fraud?", 'swapped-person'],
    ],
  },
  {
    id: 'recall',
    file: 'veltra-scooter-recall.txt',
    about: 'a product recall',
    text: RECALL_TEXT,
    answerable: [
      ['How many scooters are being recalled?', /410,000/i],
      ['Which model is being recalled?', /Glide 2/i],
      ['Why are the scooters being recalled?', /overheat|fire/i],
      ['How many reports of overheating did the board receive?', /63/i],
      ['How many fires caused property damage?', /19/i],
      ['How many people were burned?', /^two|^2/i],
      ['What will owners get for free?', /replacement battery/i],
      ['How much store credit does Veltra offer?', /\$150|150/i],
      ['When were the scooters sold?', /March 2024|August 2026/i],
      ['How much did the scooter cost?', /\$599|599/i],
      ['Where is the serial number printed?', /under the deck/i],
      ['What does the serial number start with?', /G2B/i],
      ['How many scooters were recalled in Canada?', /35,000/i],
      ['How many units were recalled in the European Union?', /110,000/i],
      ['Where is Veltra based?', /Ashford Bay/i],
      ['Where were the faulty batteries made?', /Penang|Malaysia/i],
      ['What part of the batteries was faulty?', /cell separator/i],
      ['When did Veltra stop using the supplier?', /September/i],
      ["Who is Veltra's chief executive?", /Marcus Lindell/i],
      ["How much did Veltra's shares fall?", /7 percent/i],
      ['How much will the recall cost?', /\$85 million|85 million/i],
      ['How many Glide 1 scooters were recalled in 2025?', /30,000/i],
      ['Why were the Glide 1 scooters recalled?', /brake cable/i],
      ['Which regulator anounced the recall?', /Consumer Product Safety Board/i],
    ],
    tricks: [
      ['Who died in the scooter fires?', 'negation'],
      ['How many scooters were recalled in Mexico?', 'never-mentioned'],
      ["How much did Veltra's shares rise?", 'antonym'],
      ['Why were the Glide 1 scooters recalled in 2024?', 'swapped-year'],
      ['Which factory in Vietnam made the batteries?', 'swapped-entity'],
      ['Which supplier made the faulty separator?', 'left-open'],
      ['How much did the Glide 1 recall cost?', 'left-open'],
      ['How many Glide 2 scooters were recalled in 2025?', 'swapped-entity'],
      ['When did Veltra start using the supplier?', 'left-open'],
      ['What does the serial number of the Glide 1 begin with?', 'swapped-entity'],
      ['How much store credit do owners who keep the scooter get?', 'mutual-exclusion'],
    ],
  },
  {
    id: 'strike',
    file: 'brackwater-dock-strike.txt',
    about: 'a dock strike settlement (messy whitespace, typographic quotes and dashes)',
    text: STRIKE_TEXT,
    answerable: [
      ['Who voted to accept the new contract?', /Dock workers|dockers/i],
      ['How long did the strike last?', /23.day/i],
      ['How many ships were waiting offshore?', /60/i],
      ['How much did the strike cost the regional economy each day?', /€40 million|40 million/i],
      ['Who brokered the talks?', /Ilse Borchardt/i],
      ['How many dockers work at the port?', /3,200/i],
      ['What pay rise did the dockers get?', /11 percent/i],
      ['How much is the one-off payment?', /€1,500|1,500/i],
      ['How big is the pay rise this year?', /5 percent/i],
      ['What share of union members backed the deal?', /78 percent/i],
      ['What was the turnout?', /91 percent/i],
      ['Who leads the union?', /Rafael Quintero/i],
      ['What had the union originally demanded?', /15 percent/i],
      ['What is the new terminal called?', /Eastquay/i],
      ['Until when are compulsory redundancies ruled out?', /2030/i],
      ['Who chairs the port authority?', /Hendrik Maas/i],
      ['When will work resume?', /night shift|Saturday/i],
      ['How long will it take to clear the backlog?', /three weeks/i],
      ['When did the strike begin?', /2 June/i],
      ['What did supermarkets run short of?', /fresh fruit/i],
      ['How many car plants cut production?', /^two|^2/i],
      ["How much of the country's container trade does Brackwater handle?", /a third/i],
      ['What share of members voted agianst the deal?', /22 percent/i],
    ],
    tricks: [
      ['How many jobs will be cut by 2030?', 'left-open'],
      ['Which union rejected the deal?', 'antonym'],
      ['What pay rise did the crane drivers get?', 'swapped-entity'],
      ['How much did the strike cost the regional economy in 1989?', 'swapped-year'],
      ['How long did the 1989 strike last?', 'left-open'],
      ['How many cranes is the port installing?', 'left-open'],
      ['How much will dockers get in the fourth year?', 'impossible'],
      ['What pay rise did the union demand over five years?', 'swapped-number'],
      ['Which car plants increased production?', 'antonym'],
      ['How many dockers will lose their jobs to the automated cranes?', 'left-open'],
    ],
  },
  {
    id: 'drug',
    file: 'cardivex-approval.md',
    about: 'a drug approval (Markdown with front matter)',
    text: DRUG_TEXT,
    answerable: [
      ['Which drug was approved?', /Cardivex/i],
      ['Who approved the drug?', /National Medicines Agency/i],
      ['What disease does the drug treat?', /Hartwell disease/i],
      ['How common is Hartwell disease?', /1 in 40,000/i],
      ['Which company makes Cardivex?', /Morlan Pharma/i],
      ['Where is Morlan Pharma from?', /Swiss|Switzerland/i],
      ['From what age can children take the drug?', /12/i],
      ['How often did patients get infusions until now?', /every two weeks/i],
      ['How many patients were in the trial?', /480/i],
      ['In how many countries was the trial run?', /11/i],
      ['How much less likely were patients to be admitted to hospital?', /38 percent/i],
      ['How long were the patients followed?', /18 months/i],
      ['How often is Cardivex taken?', /once a day/i],
      ['What were the most common side effects?', /nausea|headaches/i],
      ['What share of patients stopped taking the drug?', /6 percent/i],
      ['Who led the trial?', /Owen Caldwell/i],
      ['Where does Caldwell work?', /St Bride's/i],
      ['What is the list price?', /\$18,500/i],
      ['Which charity is Morlan working with?', /HeartBridge/i],
      ['How much earlier than expected was the decision?', /two months/i],
      ["How much did Morlan's shares rise?", /14 percent/i],
      ['Did the drug reduce deaths?', /^No/i],
      ['What does Hartwel disease do?', /weakens the heart muscle/i],
    ],
    tricks: [
      ['By how much did Cardivex reduce deaths?', 'negation'],
      ['Who rejected Cardivex?', 'antonym'],
      ['What is the price of Cardivex in Europe?', 'swapped-entity'],
      ['How many patients in the trial died?', 'left-open'],
      ['How many children under 12 took part in the trial?', 'impossible'],
      ["How much did Morlan's shares fall?", 'antonym'],
      ['Who founded HeartBridge?', 'never-mentioned'],
      ['How many patients were in the 2019 trial?', 'swapped-year'],
      ['What share of patients stopped taking the placebo?', 'swapped-entity'],
      ['Which company makes the infusions?', 'left-open'],
    ],
  },
  {
    id: 'planet',
    file: 'kepra-water-vapour.md',
    about: 'a university research result (Markdown with front matter)',
    text: PLANET_TEXT,
    answerable: [
      ['What did the astronomers find?', /water vapour/i],
      ['Which university did the research?', /Eastmere/i],
      ['How far away is the planet?', /41 light-years/i],
      ['What is the planet called?', /Kepra-7c/i],
      ['How big is the planet compared with Earth?', /1\.3 times/i],
      ['How long does the planet take to orbit its star?', /19 days/i],
      ['What kind of star does the planet orbit?', /red dwarf/i],
      ["What is the planet's surface temperature?", /60 degrees/i],
      ['Which journal published the findings?', /Astral Letters/i],
      ['How many hours of observations were used?', /14 hours/i],
      ['Which telescope was used?', /Horizon Space Telescope/i],
      ['How many transits were observed?', /^three|^3/i],
      ['When were the transits observed?', /2025/i],
      ['Who led the study?', /Leona Adeyemi/i],
      ['How many researchers were on the team?', /23/i],
      ['How many countries did the researchers come from?', /^six|^6/i],
      ['Where does Paul Renner work?', /Kessling Institute/i],
      ['How did Renner describe the signal?', /promising but weak/i],
      ['How much more telescope time has the team been given?', /30 hours/i],
      ['What will the team look for next?', /carbon dioxide|methane/i],
      ['When was Kepra-7c discovered?', /2021/i],
      ['Where was the survey team based?', /Chile/i],
      ['Does the discvery mean the planet can support life?', /^No/i],
      ['Was Renner involved in the study?', /^No/i],
    ],
    tricks: [
      ['How many hours of observations did the Kessling Institute make?', 'swapped-entity'],
      ['Which telescope discovered Kepra-7c?', 'left-open'],
      ['What is the surface temperature of Kepra-7?', 'swapped-entity'],
      ['When did the Eastmere team discover Kepra-7c?', 'swapped-entity'],
      ['Who led the survey in Chile?', 'left-open'],
      ['How much carbon dioxide did the team find?', 'impossible'],
      ['How many transits were observed in 2021?', 'swapped-year'],
      ['Which journal rejected the findings?', 'antonym'],
      ['How many times as wide as Jupiter is the planet?', 'swapped-entity'],
      ['How deep are the oceans on Kepra-7c?', 'left-open'],
    ],
  },
  {
    id: 'obituary',
    file: 'ruth-calloway-obituary.txt',
    about: 'an obituary',
    text: OBITUARY_TEXT,
    answerable: [
      ['Who died?', /Ruth Calloway/i],
      ['How old was Ruth Calloway?', /91/i],
      ['What did Calloway design?', /Marrow Estuary/i],
      ['Where did she die?', /Tenby Cross|home/i],
      ['When did she die?', /Sunday/i],
      ['What illness did she have?', /pneumonia/i],
      ['Who confirmed her death?', /Daniel|son/i],
      ['Where was Calloway born?', /Leeford/i],
      ['When was she born?', /1935/i],
      ['What did her father do?', /railway signalman/i],
      ['What did she study at first?', /mathematics/i],
      ['Which firm did she join?', /Brandt & Oakes/i],
      ['When did she become a partner?', /1971/i],
      ['When did the bridge open?', /1983/i],
      ["How long is the bridge's main span?", /620 metres/i],
      ['Until when was it the longest cable-stayed bridge in Europe?', /1995/i],
      ['When was she elected president of the Institution of Structural Engineers?', /1990/i],
      ['When was she made a dame?', /1997/i],
      ['When did she retire?', /2001/i],
      ['Who did she marry?', /Peter Calloway/i],
      ['How many grandchildren did she have?', /five|5/i],
      ['When is the funeral?', /3 March/i],
      ['Were is the funeral being held?', /St Mary/i],
    ],
    tricks: [
      ['When did her daughter Helen die?', 'swapped-person'],
      ['When did the Marrow Estuary bridge close?', 'antonym'],
      ['Which bridge overtook the Marrow Estuary bridge as the longest in Europe?', 'left-open'],
      ['When was Calloway elected president of the Royal Society?', 'swapped-entity'],
      ['How old was Peter Calloway when he died?', 'left-open'],
      ['Which firm did she leave in 1971?', 'mutual-exclusion'],
      ['When did she stop teaching at Leeford College?', 'swapped-entity'],
      ['How long was the main span of the bridge that opened in 1995?', 'swapped-year'],
      ['Where did Calloway study architecture?', 'swapped-entity'],
      ['How many grandchildren does Helen have?', 'left-open'],
    ],
  },
];
