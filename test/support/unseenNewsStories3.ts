import type { UnseenStory } from './unseenNewsStories.ts';

/**
 * A fourth probe of issue 8 (2026-12-02, early morning; after test/support/unseenNewsStories2.ts):
 * six more news stories nobody tuned for, in genres no earlier probe used, written with their
 * questions before lede was asked any of them — a central bank rate decision, a ransomware attack
 * on a hospital trust, an archaeology find, a football club takeover, a ferry accident and a film
 * festival prize. Four are plain text as a scraper leaves them (section line, byline, dateline,
 * "Published" stamp, photo captions, "Advertisement", "Related:", "Share this article", a newsletter
 * sign-up line and a correction note at the end) and two are Markdown with front matter (an image, a
 * block quote, a heading, emphasis, a rule). Answerable questions carry a pattern of the short
 * answer a reader would give; tricks are labelled with how they were made (negation, antonym,
 * swapped entity or role, swapped year or number, a fact the story leaves open, an impossible
 * condition, a mutual exclusion, a plausible thing the story never mentions). Every name, place and
 * figure is invented. test/qa/unseenNews3.test.ts asks them.
 */
const RATE_TEXT = `Economy

Estovan central bank raises key rate to 5.25% as inflation stays high

By Mirela Tanase

Photo: Governor Lukas Feldmann speaks at a news conference in Varsen on Thursday. (Estovan National Bank)

VARSEN, Feb 6 (Baltic Economic Wire) - The Estovan National Bank raised its main interest rate by half a percentage point to 5.25 percent on Thursday, its third increase in six months, saying inflation was falling more slowly than it had expected.

Six of the nine members of the bank's monetary policy committee voted for the increase, while two wanted a smaller rise of a quarter point and one voted to keep the rate unchanged, the minutes showed.

Consumer prices rose 6.1 percent in January from a year earlier, down from a peak of 9.4 percent last spring but still three times the bank's target of 2 percent.

"We will not declare victory while prices are rising this fast. Households are still paying for it every week," Governor Lukas Feldmann told reporters in Varsen.

Advertisement

The bank now expects inflation to return to its target in the second quarter of 2027, a year later than it forecast in November. It cut its forecast for economic growth this year to 0.8 percent from 1.3 percent.

Feldmann, 58, a former finance ministry official who took over the bank in 2022, did not say whether further increases would follow. Markets had expected a rise of a quarter point.

The Estovan krona rose 1.2 percent against the euro after the decision, and the yield on two-year government bonds climbed to 4.9 percent.

Finance Minister Agata Rusu said the decision would hurt mortgage holders, about 40 percent of whom have loans with variable rates. "I respect the bank's independence, but families will feel this," she said.

Related: Estova's housing market cools as mortgage costs bite

The committee's next meeting is scheduled for March 20.

Sign up for our Morning Markets newsletter to get the day's top business stories in your inbox.

Share this article

Correction: An earlier version of this article said the rate was raised to 5.5 percent. It was raised to 5.25 percent.`;

const RANSOM_TEXT = `Technology

Ransomware attack forces Kelbrook hospitals to divert ambulances

By Owen Achebe, Technology Correspondent
Published: 3 March 2026 11:20

A nurse checks paper records at Kelbrook General Hospital on Tuesday. Photograph: Lena Duarte

A ransomware attack on the Kelbrook Health Trust has forced its three hospitals to cancel hundreds of operations and send ambulances to neighbouring towns, the trust said on Tuesday, in what officials called the most serious cyber attack on the region's health service.

The attack began early on Sunday, when staff at Kelbrook General Hospital found they could not open patient records or see blood test results. By midday the trust had shut down its computer network to stop the malware from spreading.

A criminal group calling itself Black Lantern claimed responsibility on its website on Monday and demanded 4 million dollars in bitcoin, threatening to publish stolen patient files if the trust did not pay within seven days.

Trust chief executive Dr. Helen Okonkwo said the trust would not pay the ransom. "We will not fund criminals who hold sick people to ransom," she said. "Our staff have gone back to pen and paper, and patients are safe."

Advertisement

The trust has postponed 430 planned operations and about 2,100 outpatient appointments since Sunday. Emergency patients arriving by ambulance are being taken to hospitals in Dunmore and Ashby, 25 and 40 kilometres away.

The National Cyber Security Agency said it had sent a team of 12 specialists to help restore the systems. Its director, Paul Verhoeven, said it was too early to say how the attackers had got into the network.

The trust said it did not yet know how many patients' records had been stolen. Police have opened a criminal investigation.

The trust's three hospitals, which serve about 650,000 people, treated 1.2 million patients last year. Cancer treatment and maternity care have continued as normal.

Kelbrook is the second health trust to be hit by ransomware this year. In January, an attack on the Westmoor trust disrupted services for nine days.

Related: How ransomware gangs pick their targets

Officials expect most systems to be back online by Friday.

Sign up to our Tech Briefing newsletter

This article was amended on 4 March 2026 to correct the distance to Ashby.`;

const BOAT_TEXT = `---
title: Bronze Age boat found in peat bog near Hallstrup
source: Northern Heritage News
date: 2026-08-19
author: Ingrid Solberg
---

# Bronze Age boat found in peat bog near Hallstrup

*By Ingrid Solberg*

![A conservator cleans the bow of the boat at the excavation site.](boat.jpg)

Archaeologists have uncovered a 3,400-year-old wooden boat in a peat bog near the village of Hallstrup, in what they describe as the best-preserved vessel of its age ever found in northern Europe.

The boat, carved from a single oak trunk, is **11.2 metres** long and about 1.1 metres wide, and could have carried up to 16 people, according to the team from the University of Ostmark. Tree-ring dating places the felling of the oak between 1420 and 1390 BC.

It was discovered in May by a farmer, Jens Aalund, 61, who hit timber with his digger while clearing a drainage ditch. "I thought it was an old fence post until I saw the carved end," he said.

> "Wood of this age almost never survives. The peat sealed it off from the air for thousands of years, and that is why we can still see the marks of the bronze axes," said Dr. Karin Vestergaard, the archaeologist who led the excavation.

Inside the hull the team found a bronze sickle, two clay pots and the bones of a dog. No human remains were found.

## What happens next

The boat will be kept wet in a tank at the National Museum in Aarby for at least two years while conservators replace the water in the wood with a wax solution. The work is expected to cost about **2.8 million kroner**, most of it paid by the Heritage Fund.

Researchers believe the boat was used on a lake that covered the area until about 500 BC, but they do not yet know why it was left in the bog. Some think it was a deliberate offering.

The museum plans to put the boat on public display in 2029.

Only two boats of a similar age have been found in the region before, in 1934 and 1971, and both were badly damaged.

*Correction, 20 August: An earlier version of this article gave the boat's length as 12.1 metres.*`;

const CLUB_TEXT = `Sport | Football

US investor group agrees takeover of Redmarsh Rovers for £180m

Published 22 January 2026, 18:42 GMT

By Callum Whitcombe
Chief Football Writer

Redmarsh Rovers have agreed to be sold to an American investment group led by the billionaire Dana Whitfield in a deal worth £180 million, ending 41 years of ownership by the Ashcroft family.

Whitfield's company, Summit Ridge Sports, will buy a 90 percent stake in the second-tier club, with the remaining 10 percent staying with the supporters' trust Rovers Together, the club said in a statement on Thursday.

The deal includes £45 million to pay off the club's debts and a promise to spend at least £30 million on rebuilding the Quayside Stadium's north stand, which was closed in 2023 for safety reasons.

Advertisement

Chairman Geoffrey Ashcroft, 74, whose father bought the club in 1985, said the family had "taken the club as far as we can". "Rovers need owners who can compete with the richest clubs in the country. It was the hardest decision of my life," he said.

Whitfield, 52, made her fortune in logistics software and already owns a basketball team in Ohio, the Columbus Comets. She said she would keep manager Tomasz Wrobel, who signed a new contract in the summer.

The takeover still needs the approval of the Football League, which checks new owners under its owners' and directors' test. The club expects that process to take about eight weeks.

Redmarsh are fourth in the Championship table, three points off the automatic promotion places, and were last in the Premier League in 2004.

Photo caption: Fans outside the Quayside Stadium before Saturday's match against Hollings Town.

Supporters' groups gave the deal a cautious welcome. "We want to see the money before we celebrate," said Maya Lindqvist, who chairs Rovers Together.

The stadium holds 28,500 people, and average attendance this season has been 24,100.

Share this article

Follow us on social media and sign up for our football newsletter.`;

const FERRY_TEXT = `World

Ferry runs aground off Skarra island; 3 dead, 212 rescued

By Lucia Ferrante and Niko Halme

SKARRA, Veltmark, Sept 14 (Nordic Press Agency) - A passenger ferry ran aground on rocks off the island of Skarra on Saturday night during a storm, killing three people and injuring 27, the coast guard said. All 212 other passengers and crew were rescued.

The MV Aurora Bay, operated by the ferry company Westline, was carrying 190 passengers and 25 crew on its regular two-hour crossing from the mainland port of Halvik to Skarra when it struck rocks about 800 metres from the island's harbour at 9:40 p.m.

Coast guard spokesman Erik Lund said waves of up to five metres and winds of 90 kilometres an hour had made the rescue "extremely difficult". Three helicopters, four lifeboats and a dozen fishing boats from Skarra took part.

Advertisement

The dead were a 71-year-old man and two women aged 45 and 38, all passengers, police said. Most of the injured had broken bones or hypothermia and were taken to the hospital in Halvik.

"The lights went out and the ship leaned over so fast that people fell down the stairs," said passenger Marta Kovacs, 29, a teacher from Halvik. "The crew were shouting for everyone to go to the top deck."

Westline chief executive Anders Brekke said the company was "devastated" and would cooperate fully with investigators. The ship, built in 1998, had passed its last safety inspection in April, he said.

The Maritime Accident Investigation Board has opened an inquiry. Its head, Sigrid Aas, said investigators would examine why the ferry left Halvik despite a storm warning issued that afternoon, but that it was too early to say what caused the accident.

Westline has suspended all crossings to Skarra until further notice. The island, which has 3,800 residents, has no airport.

Photo: Rescue workers help passengers off a lifeboat in Skarra harbour early on Sunday. (Nordic Press Agency)

It was the worst ferry accident in Veltmark since 1994, when 19 people died in a fire aboard a ferry near Halvik.

Related: Ferry safety rules under review after spring incidents

Correction: An earlier version of this story misspelled the name of the coast guard spokesman.`;

const FESTIVAL_TEXT = `---
title: "Salt Year" wins Golden Heron at Marvell Film Festival
source: Screen Daily Dispatch
date: 2026-05-30
tags: [film, festivals]
---

**MARVELL** — *Salt Year*, a drama about a fishing family on a shrinking lake, won the Golden Heron for best film at the 48th Marvell Film Festival on Saturday, making its director, Noor Haddad, the first Lebanese-born filmmaker to take the top prize.

Haddad, 36, accepted the award from the jury president, the French actor Claude Ventrelle, and dedicated it to "every town that is watching its water disappear". *Salt Year* is her second feature film.

The jury's runner-up award, the Silver Heron, went to *The Night Clerk* by the South Korean director Park Min-seo, a thriller set in a Seoul hotel. The prize for best director went to Tomas Ilves of Estonia for *Birch Road*.

> "I wrote this film with my grandmother's stories in my head. She never saw a lake die, but she knew it could happen," Haddad said.

Best actress went to Amira Saleh, 24, who plays the family's eldest daughter in *Salt Year* in her first screen role. Best actor was shared by Daniel Brook and Leon Marsh for the British prison drama *Long Hours*.

Twenty-one films competed for the Golden Heron this year, seven of them by women, a festival record. The festival screened 186 films over 11 days and sold 152,000 tickets, up 9 percent on last year.

## Sales

*Salt Year* was made for about 2.4 million euros, with money from funds in France, Jordan and Belgium. Its world sales agent, Lumen Films, said it had sold distribution rights in 14 countries before the award.

The film opens in French cinemas on 9 September.

Last year's Golden Heron went to the Argentine documentary *Blue Hour*.

---

*Sign up for our weekly festival newsletter.*`;

export const UNSEEN_STORIES_3: readonly UnseenStory[] = [
  {
    id: 'rate',
    file: 'estova-rate-decision.txt',
    about: 'a central bank rate decision',
    text: RATE_TEXT,
    answerable: [
      ["What is the bank's main interest rate now?", /5\.25 percent/i],
      ['By how much did the bank raise its rate?', /half a percentage point/i],
      ['When did the bank raise the rate?', /Thursday|Feb 6/i],
      ['How many members does the monetary policy committee have?', /^nine|^9/i],
      ['How many committee members voted for the increase?', /^six|^6/i],
      ['How many members wanted a smaller rise?', /^two|^2/i],
      ['What was inflation in January?', /6\.1 percent/i],
      ['How high did inflation peak?', /9\.4 percent/i],
      ["What is the bank's inflation target?", /2 percent/i],
      ['Who is the governor of the Estovan National Bank?', /Lukas Feldmann/i],
      ['When does the bank expect inflation to return to target?', /second quarter of 2027/i],
      ['What growth does the bank now forecast for this year?', /0\.8 percent/i],
      ['How old is Feldmann?', /58/i],
      ['When did Feldmann take over the bank?', /2022/i],
      ['What rise had markets expected?', /quarter (of a )?point/i],
      ['How much did the krona rise against the euro?', /1\.2 percent/i],
      ['What was the yield on two-year government bonds?', /4\.9 percent/i],
      ['Who is the finance minister?', /Agata Rusu/i],
      ['What share of mortgage holders have variable-rate loans?', /40 percent/i],
      ["When is the committee's next meeting?", /March 20/i],
      ['Where did Feldmann speak to reporters?', /Varsen/i],
    ],
    tricks: [
      ['Will the bank raise rates again?', 'left-open'],
      ['How many members voted to cut the rate?', 'antonym'],
      ['How much did the krona fall against the euro?', 'antonym'],
      ['By how much did the bank lower its rate?', 'antonym'],
      ['What was inflation in January 2019?', 'swapped-year'],
      ['When did Agata Rusu take over the bank?', 'swapped-entity'],
      ['How old is Agata Rusu?', 'left-open'],
      ['Who voted to keep the rate unchanged?', 'left-open'],
      ['Which minister voted against the increase?', 'swapped-role'],
      ['What was the yield on ten-year government bonds?', 'swapped-number'],
      ['What growth does the bank forecast for 2028?', 'swapped-year'],
    ],
  },
  {
    id: 'ransomware',
    file: 'kelbrook-ransomware.txt',
    about: 'a ransomware attack on a hospital trust',
    text: RANSOM_TEXT,
    answerable: [
      ['Which trust was attacked?', /Kelbrook Health Trust/i],
      ['How many hospitals does the trust run?', /^three|^3/i],
      ['When did the attack begin?', /Sunday/i],
      ['Which hospital first noticed the problem?', /Kelbrook General/i],
      ['Why did the trust shut down its network?', /stop the malware|spreading/i],
      ['Which group claimed responsibility?', /Black Lantern/i],
      ['How much ransom did the attackers demand?', /4 million dollars/i],
      ['How long did the trust have to pay?', /seven days/i],
      ["Who is the trust's chief executive?", /Helen Okonkwo/i],
      ['Will the trust pay the ransom?', /^No/i],
      ['How many operations have been postponed?', /430/i],
      ['How many outpatient appointments were postponed?', /2,100/i],
      ['Where are emergency patients being taken?', /Dunmore|Ashby/i],
      ['How far away is Ashby?', /40 kilometres/i],
      ['How many specialists did the cyber agency send?', /12/i],
      ['Who directs the National Cyber Security Agency?', /Paul Verhoeven/i],
      ["How many people do the trust's hospitals serve?", /650,000/i],
      ['How many patients did the hospitals treat last year?', /1\.2 million/i],
      ['Which services continued as normal?', /Cancer treatment|maternity/i],
      ['Which trust was hit by ransomware in January?', /Westmoor/i],
      ["How long were Westmoor's services disrupted?", /nine days/i],
      ['When are most systems expected back online?', /Friday/i],
    ],
    tricks: [
      ['How did the attackers get into the network?', 'left-open'],
      ["How many patients' records were stolen?", 'left-open'],
      ['How much ransom did the trust pay?', 'negation'],
      ['How many operations were brought forward?', 'antonym'],
      ['How much did Black Lantern demand from the Westmoor trust?', 'swapped-entity'],
      ['Who is the chief executive of the Westmoor trust?', 'swapped-entity'],
      ['How many specialists did the police send?', 'swapped-entity'],
      ['Which group attacked the Westmoor trust?', 'left-open'],
      ['Which hospitals stopped cancer treatment?', 'antonym'],
      ['How many patients did the hospitals treat in 2019?', 'swapped-year'],
      ['How far away is Westmoor?', 'never-mentioned'],
    ],
  },
  {
    id: 'boat',
    file: 'hallstrup-bronze-age-boat.md',
    about: 'an archaeology find (Markdown with front matter)',
    text: BOAT_TEXT,
    answerable: [
      ['How old is the boat?', /3,400/i],
      ['Where was the boat found?', /peat bog|Hallstrup/i],
      ['How long is the boat?', /11\.2 metres/i],
      ['How wide is the boat?', /1\.1 metres/i],
      ['How many people could the boat carry?', /16/i],
      ['What was the boat made from?', /oak/i],
      ['Which university studied the boat?', /Ostmark/i],
      ['When was the oak felled?', /1420|1390/i],
      ['Who found the boat?', /Jens Aalund/i],
      ['When was the boat discovered?', /May/i],
      ['How old is Jens Aalund?', /61/i],
      ['What was the farmer doing when he hit the boat?', /clearing a drainage ditch/i],
      ['Who led the excavation?', /Karin Vestergaard/i],
      ['What was found inside the hull?', /sickle|clay pots|dog/i],
      ['How many clay pots were found?', /^two|^2/i],
      ['Where will the boat be kept?', /National Museum|Aarby|tank/i],
      ['How long will the boat stay in the tank?', /two years/i],
      ['How much will the conservation work cost?', /2\.8 million kroner/i],
      ['Who will pay for most of the conservation?', /Heritage Fund/i],
      ['When will the boat go on display?', /2029/i],
      ['Until when did a lake cover the area?', /500 BC/i],
      ['When were the earlier boats found?', /1934|1971/i],
    ],
    tricks: [
      ['Why was the boat left in the bog?', 'left-open'],
      ['How many human skeletons were found in the boat?', 'negation'],
      ['Who carved the boat?', 'left-open'],
      ['Which boats found in the region before were well preserved?', 'antonym'],
      ['How old is Karin Vestergaard?', 'swapped-entity'],
      ['Where was the boat found in 1934?', 'swapped-year'],
      ['How long was the boat found in 1971?', 'swapped-entity'],
      ['How many bronze axes were found in the hull?', 'swapped-entity'],
      ['How much will the Heritage Fund pay for the display?', 'swapped-role'],
      ['What breed was the dog?', 'left-open'],
      ['Who led the excavation in 1971?', 'swapped-year'],
    ],
  },
  {
    id: 'club',
    file: 'redmarsh-rovers-takeover.txt',
    about: 'a football club takeover',
    text: CLUB_TEXT,
    answerable: [
      ['Who is buying Redmarsh Rovers?', /Dana Whitfield|Summit Ridge Sports/i],
      ['How much is the deal worth?', /£180 million|180 million/i],
      ['How long has the Ashcroft family owned the club?', /41 years/i],
      ['What stake will Summit Ridge Sports buy?', /90 percent/i],
      ['Who will keep the remaining 10 percent?', /Rovers Together/i],
      ["How much of the deal goes to paying off the club's debts?", /£45 million|45 million/i],
      ['How much will be spent on the north stand?', /£30 million|30 million/i],
      ['When was the north stand closed?', /2023/i],
      ['Why was the north stand closed?', /safety/i],
      ["Who is the club's chairman?", /Geoffrey Ashcroft/i],
      ['How old is Geoffrey Ashcroft?', /74/i],
      ["When did Ashcroft's father buy the club?", /1985/i],
      ['How old is Whitfield?', /52/i],
      ['How did Whitfield make her fortune?', /logistics software/i],
      ['Which basketball team does Whitfield own?', /Columbus Comets/i],
      ["Who is the club's manager?", /Tomasz Wrobel/i],
      ['Whose approval does the takeover still need?', /Football League/i],
      ['How long is the approval expected to take?', /eight weeks/i],
      ['Where are Redmarsh in the Championship table?', /fourth/i],
      ['When were Redmarsh last in the Premier League?', /2004/i],
      ['Who chairs Rovers Together?', /Maya Lindqvist/i],
      ['How many people does the stadium hold?', /28,500/i],
      ['What is the average attendance this season?', /24,100/i],
    ],
    tricks: [
      ['When will Whitfield sack Wrobel?', 'antonym'],
      ["How much did Ashcroft's father pay for the club?", 'left-open'],
      ['How old is Maya Lindqvist?', 'left-open'],
      ['How much did Whitfield pay for the Columbus Comets?', 'left-open'],
      ['How many points are Redmarsh ahead of the automatic promotion places?', 'antonym'],
      ['When were Redmarsh last in the Premier League in 2014?', 'swapped-year'],
      ['What stake will the Ashcroft family keep?', 'mutual-exclusion'],
      ['Who is the manager of Hollings Town?', 'swapped-entity'],
      ['When was the south stand closed?', 'swapped-entity'],
      ['When did Whitfield sign a new contract?', 'swapped-person'],
      ['Who sold the club to the Ashcroft family in 1985?', 'left-open'],
    ],
  },
  {
    id: 'ferry',
    file: 'skarra-ferry-aground.txt',
    about: 'a ferry accident',
    text: FERRY_TEXT,
    answerable: [
      ['What was the ferry called?', /Aurora Bay/i],
      ['Which company operated the ferry?', /Westline/i],
      ['How many people died?', /^three|^3/i],
      ['How many people were injured?', /27/i],
      ['How many people were rescued?', /212/i],
      ['How many passengers was the ferry carrying?', /190/i],
      ['How many crew were on board?', /25/i],
      ['Which port did the ferry sail from?', /Halvik/i],
      ['How long is the crossing?', /two hours|two-hour/i],
      ['How far from the harbour did the ferry hit the rocks?', /800 metres/i],
      ['At what time did the ferry strike the rocks?', /9:40/i],
      ['How high were the waves?', /five metres/i],
      ['How many helicopters took part in the rescue?', /^three|^3/i],
      ['How old was the man who died?', /71/i],
      ['Where were the injured taken?', /Halvik/i],
      ["Who is Westline's chief executive?", /Anders Brekke/i],
      ['When was the ship built?', /1998/i],
      ['When did the ship pass its last safety inspection?', /April/i],
      ['Who heads the Maritime Accident Investigation Board?', /Sigrid Aas/i],
      ['How many people live on Skarra?', /3,800/i],
      ["When was Veltmark's previous worst ferry accident?", /1994/i],
      ['How many people died in the 1994 fire?', /19/i],
    ],
    tricks: [
      ['What caused the accident?', 'left-open'],
      ['When will crossings to Skarra resume?', 'left-open'],
      ['How many crew members died?', 'mutual-exclusion'],
      ['When did the ferry arrive at Skarra harbour?', 'impossible'],
      ['Which airport serves Skarra?', 'negation'],
      ['How many fishing boats from Halvik took part?', 'swapped-entity'],
      ['How old is Erik Lund?', 'left-open'],
      ['How many people died in the 1998 fire?', 'swapped-year'],
      ['When did the ship fail its safety inspection?', 'antonym'],
      ['How many people died in the 1994 fire near Skarra?', 'swapped-entity'],
      ['Who was the captain of the ferry?', 'never-mentioned'],
    ],
  },
  {
    id: 'festival',
    file: 'marvell-golden-heron.md',
    about: 'a film festival prize (Markdown with front matter)',
    text: FESTIVAL_TEXT,
    answerable: [
      ['Which film won the Golden Heron?', /Salt Year/i],
      ['Who directed Salt Year?', /Noor Haddad/i],
      ['What is Salt Year about?', /fishing family|shrinking lake/i],
      ['How old is Noor Haddad?', /36/i],
      ['Who was president of the jury?', /Claude Ventrelle/i],
      ['Which film won the Silver Heron?', /The Night Clerk|Night Clerk/i],
      ['Who directed The Night Clerk?', /Park Min-seo/i],
      ['Who won the prize for best director?', /Tomas Ilves/i],
      ['Who won best actress?', /Amira Saleh/i],
      ['Who plays the eldest daughter in Salt Year?', /Amira Saleh/i],
      ['Which film won best actor?', /Long Hours/i],
      ['How many films competed for the Golden Heron?', /Twenty-one|21/i],
      ['How many of the competing films were by women?', /^seven|^7/i],
      ['How many films did the festival screen?', /186/i],
      ['How long did the festival last?', /11 days/i],
      ['How many tickets were sold?', /152,000/i],
      ['How much did Salt Year cost to make?', /2\.4 million euros/i],
      ['In how many countries were distribution rights sold?', /14/i],
      ["Who is the film's world sales agent?", /Lumen Films/i],
      ['When does Salt Year open in French cinemas?', /9 September/i],
      ["Which film won last year's Golden Heron?", /Blue Hour/i],
      ['Which edition of the festival was it?', /48th/i],
    ],
    tricks: [
      ['How much did Salt Year earn at the box office?', 'left-open'],
      ['How old is Park Min-seo?', 'swapped-entity'],
      ['Who directed Blue Hour?', 'left-open'],
      ['When does Salt Year open in Belgian cinemas?', 'swapped-entity'],
      ['How many tickets did the festival sell in 2019?', 'swapped-year'],
      ["Who is Haddad's grandmother?", 'left-open'],
      ["What was Amira Saleh's previous screen role?", 'impossible'],
      ['Who shared the prize for best actress?', 'mutual-exclusion'],
      ['Which Lebanese-born filmmaker won the top prize before Haddad?', 'impossible'],
      ['Which film lost the Silver Heron?', 'antonym'],
      ['Who won best actor last year?', 'swapped-year'],
    ],
  },
];
