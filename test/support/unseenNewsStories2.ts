import type { UnseenStory } from './unseenNewsStories.ts';

/**
 * Another probe of issue 8 (2026-12-02, night; after test/support/unseenNewsStories.ts): six more
 * news stories nobody tuned for, written with their questions before lede was asked any of them —
 * an earthquake, a court ruling, a tennis final, a telecom merger, an election count and a health
 * study. Four are plain text as a scraper
 * leaves it (section line, byline, dateline, "Published:" lines, "Advertisement", "Related:",
 * "Share this article", a "Reporting by …" credit) and two are Markdown with front matter (a block
 * quote, bold, emphasis, a heading). Answerable questions carry a pattern of the short answer a
 * reader would give; tricks are labelled with how they were made (negation, antonym, swapped
 * entity or role, swapped year or number, a fact the story leaves open, an impossible condition, a
 * mutual exclusion). Every name, place and figure is invented. test/qa/unseenNews2.test.ts asks them.
 */
const QUAKE_TEXT = `World

Magnitude 6.8 earthquake strikes southern Valdoria, killing at least 43

By Tomas Reyna

LUMERA, Valdoria, March 9 (Pacific Wire Service) - A magnitude 6.8 earthquake struck the mountainous south of Valdoria early on Sunday, killing at least 43 people and injuring more than 600, the country's civil protection agency said.

The quake hit at 4:17 a.m. local time at a depth of 12 kilometres, with its epicentre about 30 kilometres north-east of the provincial capital, Lumera, according to the National Seismology Centre. It was followed by more than 90 aftershocks, the strongest of magnitude 5.2.

Most of the dead were in the hillside town of Saro, where dozens of stone houses collapsed while families slept. "The whole street came down in a few seconds. We dug with our hands until the soldiers came," said Elena Marsh, a 34-year-old shopkeeper whose parents were pulled alive from the rubble.

Civil protection chief Arman Doyle said rescuers were still searching for at least 25 people believed to be trapped. "The first 72 hours are the ones that count, and we are working through the night," he told reporters in Lumera.

About 1,200 soldiers and 300 rescue workers with sniffer dogs were sent to the region, and the army set up a field hospital in the football stadium in Lumera.

A landslide triggered by the quake blocked the main road between Lumera and Saro, forcing rescue teams to reach the town on foot or by helicopter. Engineers expect to reopen the road by Wednesday.

The authorities said 3,400 buildings had been damaged, including two hospitals and 18 schools. Schools across the province will stay closed for the rest of the week.

Prime Minister Celia Varga, who flew to Lumera on Sunday afternoon, declared three days of national mourning and promised 150 million dollars in emergency aid. She did not say how the money would be divided between the province's towns.

Neighbouring Ostrand sent two search-and-rescue teams, and the European Union said it had activated its emergency response system.

The region last suffered a major earthquake in 1987, when a magnitude 6.1 quake killed 112 people.

Seismologists warned that a stronger quake could not be ruled out in the coming days and urged residents not to return to damaged homes.

Reporting by Tomas Reyna; Editing by Hal Brennan`;

const COURT_TEXT = `Tervania's top court strikes down Halden's facial recognition cameras
By Ana Kovac, Legal Affairs Correspondent
Published 11 June 2025

HALDEN — Tervania's Supreme Court ruled on Thursday that the city of Halden broke privacy law by scanning the faces of people in its main railway station and shopping streets, ordering the city to switch off its 140 facial recognition cameras within 30 days.

The seven judges ruled 5-2 that the programme, launched in 2022, had no clear basis in law and collected data on millions of people who were not suspected of any crime.

“A city may watch its streets, but it may not turn every passer-by into a suspect,” Chief Justice Miriam Osei wrote for the majority.

The two dissenting judges, Pavel Krall and Ines Barrow, argued that the cameras had helped police find missing children and that the city had kept the images for only 48 hours.

The case was brought by the Digital Rights League, a civil liberties group, on behalf of a student, Jonah Weir, who was stopped twice by police in 2023 after the system wrongly matched his face to a wanted man.

Halden's mayor, Rosa Lindgren, said the city would comply with the ruling but was “deeply disappointed”. The city spent 8.5 million euros on the system, which was supplied by the Danish company Visiq.

According to city figures cited in the judgment, the cameras scanned about 2 million faces a month and led to 37 arrests in three years.

The court ordered the city to delete all stored images and to pay Weir 12,000 euros in damages. It did not rule on whether the police may use the technology in other cities.

Lower courts had sided with the city twice, in 2023 and 2024.

Lawyers for the Digital Rights League said at least four other cities that had planned similar systems were likely to drop them. The interior ministry said it was studying the judgment.

Advertisement

The ruling cannot be appealed.`;

const FINAL_TEXT = `---
title: Ilse Marr wins first Grand Slam title, beating top seed Kaya Brennan in three sets
source: Sportswire International
date: 2025-07-12
author: Daniel Okafor
---

# Ilse Marr wins first Grand Slam title

*By Daniel Okafor*

**CASTLEMOOR, England** — Ilse Marr of Norway won her first Grand Slam title on Saturday, beating top seed Kaya Brennan 4-6, 6-3, 7-5 in the final of the Castlemoor Open after two hours and 41 minutes.

Marr, 22 and ranked 19th in the world, saved two match points at 4-5 in the third set before breaking Brennan's serve in the next game and serving out the match.

> "I was one point from losing and I told myself to just hit the ball harder," Marr said on court. "I still can't believe my name will be on that trophy."

Brennan, the American who won the title in 2022 and 2023, had not dropped a set all tournament. She hit 11 aces but made 47 unforced errors, 20 more than Marr.

The winner receives **2.9 million pounds** in prize money, while the runner-up gets 1.5 million pounds. Marr will rise to sixth in the world rankings on Monday.

Marr is coached by her father, Henrik Marr, a former handball player who introduced her to tennis when she was six.

The crowd of 15,000 on Centre Court included Norway's Crown Princess, who presented the trophy.

Rain delayed the start of the match by 50 minutes, and the roof was closed for the first set.

Marr is the first Norwegian woman to win a Grand Slam singles title. She had never before gone past the quarterfinals at a major tournament.

The men's final between Luca Ferri and Samuel Adeyemi will be played on Sunday.`;

const MERGER_TEXT = `Business | Markets

Solvane agrees $6.2 billion deal to buy rival Mirabel Mobile

Published: 14 October 2025 07:05
Updated: 14 October 2025 09:48

By Rachel Imani

Solvane Telecom has agreed to buy its smaller rival Mirabel Mobile for 6.2 billion dollars in cash and shares, creating the second-largest mobile operator in the country with about 19 million customers, the two companies said on Tuesday.

Mirabel shareholders will receive 14.50 dollars in cash and 0.8 Solvane shares for each share they own, valuing Mirabel at a premium of 31 percent to its closing price on Monday.

The deal, which has been approved by both boards, is expected to close in the second half of 2026. It still needs the approval of the national competition authority, which blocked a similar merger between two smaller operators in 2019.

Solvane chief executive Marcus Delaune will lead the combined company, which will keep its headquarters in Brennick. Mirabel's chief executive, Yuki Tanabe, will step down once the deal closes and will join Solvane's board.

"Together we can build a 5G network that reaches every town, not just the big cities," Delaune said on a call with analysts.

The companies said they expected to save 400 million dollars a year within three years, mostly by sharing masts and closing overlapping shops. They did not say how many jobs would go. Together they employ about 22,000 people.

If the deal falls through, Solvane will pay Mirabel a break fee of 250 million dollars.

The Communications Workers Union said it would fight any compulsory redundancies.

Mirabel's shares jumped 24 percent to 17.90 dollars in morning trading, while Solvane's fell 3 percent.

Solvane was advised by Harwick Partners and Mirabel by Lindqvist & Roe.

Related: Telecom prices rose faster than inflation last year

Share this article`;

const ELECTION_TEXT = `---
title: Greens edge ahead as Arvella count enters third day
source: Arvella Broadcasting Corporation
date: 2025-05-21
---

**By Sofia Lindahl, Political Correspondent**

The Green Alliance has won 34 of the 101 seats in Arvella's parliament, ahead of the governing Liberal Union on 31, with votes still being counted in two constituencies, the electoral commission said on Wednesday.

Turnout reached 71.4 percent, the highest since 1998, after polling stations in the capital, Porthaven, stayed open an extra hour because of long queues.

The Green Alliance, led by former environment minister Tove Halvorsen, took 28.6 percent of the vote, up from 19 percent at the last election in 2021. The Liberal Union of Prime Minister Hugo Bergmann fell to 26.2 percent.

“People voted for cleaner air and cheaper trains, and we will deliver both,” Halvorsen told supporters at a rally in Porthaven early on Wednesday.

Bergmann conceded that his party had lost its place as the largest in parliament but said it was “too early to talk about who will govern”. He did not say whether he would resign as party leader.

No party is close to the 51 seats needed for a majority. The Greens are expected to open coalition talks with the Social Democrats, who won 15 seats, and the Farmers' Party, which won eight.

The far-right National Front almost doubled its seats, to 11, but has been ruled out as a partner by every other party.

In the northern constituency of Kell, only 212 votes separate the Green and Liberal candidates, and a recount was ordered on Tuesday night. Results there are expected on Friday.

The electoral commission's chair, Dmitri Ostrov, said 3.9 million ballots had been cast, including 410,000 by post. About 2,000 ballots were rejected as invalid.

The new parliament will meet for the first time on June 10.`;

const STUDY_TEXT = `Health

Extra hour outdoors at school cuts short-sightedness in children, trial finds

By Nadia Farouk, Health Reporter

Children who spent an extra hour outdoors every school day were a third less likely to become short-sighted over three years than children who did not, according to a large trial published on Monday.

The study, led by researchers at the University of Kestleford, followed 6,240 children aged 6 to 9 at 48 primary schools in the eastern region of Marrow. Half of the schools added a 60-minute outdoor class to the timetable, while the others kept their usual schedule.

After three years, 21 percent of children at the schools with the extra outdoor class had developed myopia, compared with 32 percent at the other schools, the researchers reported in the Journal of Child Eye Health.

"Daylight seems to protect the growing eye. The effect was there even on cloudy days," said Professor Amara Lindsey, the ophthalmologist who led the trial.

Children in the outdoor group also spent about 40 minutes less a day on screens at home, the researchers found, although they said the trial was not designed to show whether screen time itself caused short-sightedness.

Short-sightedness, or myopia, makes distant objects look blurry. About one in three children in the region now needs glasses by the age of 12, up from one in eight in 1990.

The trial was paid for by the Marrow Health Foundation, which spent 3.2 million dollars on it. None of the researchers reported links to makers of glasses or contact lenses.

Dr. Felix Harrow, an eye specialist at Lundby Children's Hospital who was not involved in the study, called the results "convincing" but said it was not yet known whether the benefit would last into adulthood.

The researchers did not measure whether the extra class affected the children's school grades.

The regional education office said it would consider adding outdoor lessons to all primary schools from 2027, at an estimated cost of 14 million dollars a year.`;

export const UNSEEN_STORIES_2: readonly UnseenStory[] = [
  {
    id: 'quake',
    file: 'valdoria-earthquake.txt',
    about: 'an earthquake',
    text: QUAKE_TEXT,
    answerable: [
      ['How strong was the earthquake?', /6\.8/i],
      ['When did the earthquake strike?', /Sunday|4:17|March 9/i],
      ['How many people were killed?', /43/i],
      ['How many people were injured?', /600/i],
      ['How deep was the quake?', /12 kilometres/i],
      ['Where was the epicentre?', /Lumera/i],
      ['How many aftershocks followed?', /90/i],
      ['How strong was the largest aftershock?', /5\.2/i],
      ['Which town had the most deaths?', /Saro/i],
      ['Who heads civil protection?', /Arman Doyle/i],
      ['How many people are still trapped?', /25/i],
      ['How many soldiers were sent?', /1,200/i],
      ['Where was the field hospital set up?', /football stadium/i],
      ['What blocked the road to Saro?', /landslide/i],
      ['How many buildings were damaged?', /3,400/i],
      ['Who is the prime minister?', /Celia Varga/i],
      ['How much emergency aid did the prime minister promise?', /150 million dollars/i],
      ['How many days of mourning were declared?', /^three|^3/i],
      ['Which country sent rescue teams?', /Ostrand/i],
      ['When did the region last have a major quake?', /1987/i],
      ['How many people died in the 1987 earthquake?', /112/i],
    ],
    tricks: [
      ['How will the aid be divided between the towns?', 'left-open'],
      ['Who heads the National Seismology Centre?', 'swapped-entity'],
      ['How many people died in the 1997 earthquake?', 'swapped-year'],
      ['How strong was the earthquake in Ostrand?', 'swapped-entity'],
      ['When will engineers close the road?', 'antonym'],
      ['How many soldiers were withdrawn from the region?', 'antonym'],
      ['Which town had the fewest deaths?', 'antonym'],
      ['Who did not declare national mourning?', 'negation'],
      ['How many aftershocks were stronger than magnitude 6?', 'mutual-exclusion'],
      ['How many people did the landslide kill?', 'left-open'],
      ['How many people were injured in the 1987 earthquake?', 'left-open'],
    ],
  },
  {
    id: 'court',
    file: 'halden-facial-recognition-ruling.txt',
    about: 'a court ruling',
    text: COURT_TEXT,
    answerable: [
      ['Which court ruled against Halden?', /Supreme Court/i],
      ['When did the court rule?', /Thursday/i],
      ['How many cameras must the city switch off?', /140/i],
      ['How long does the city have to switch off the cameras?', /30 days/i],
      ['What was the vote?', /5-2/i],
      ['How many judges heard the case?', /^seven|^7/i],
      ['When was the programme launched?', /2022/i],
      ['Who wrote the majority opinion?', /Miriam Osei/i],
      ['Which judges dissented?', /Pavel Krall|Ines Barrow/i],
      ['How long did the city keep the images?', /48 hours/i],
      ['Who brought the case?', /Digital Rights League/i],
      ['Who was stopped by police twice?', /Jonah Weir/i],
      ["Who is Halden's mayor?", /Rosa Lindgren/i],
      ['How much did the city spend on the system?', /8.5 million euros/i],
      ['Which company supplied the system?', /Visiq/i],
      ['How many faces did the cameras scan each month?', /2 million/i],
      ['How many arrests did the cameras lead to?', /37/i],
      ['How much must the city pay Weir?', /12,000 euros/i],
      ['When did lower courts side with the city?', /2023|2024/i],
    ],
    tricks: [
      ['May the police use the technology in other cities?', 'left-open'],
      ['Which cities are likely to drop similar systems?', 'left-open'],
      ['How much did Visiq pay the city?', 'swapped-role'],
      ['Which judge abstained?', 'mutual-exclusion'],
      ['How many cameras may the city switch on?', 'antonym'],
      ['How much did the city spend on the system in 2019?', 'swapped-year'],
      ['When was Jonah Weir arrested?', 'swapped-event'],
      ['Who is the chief executive of Visiq?', 'swapped-entity'],
      ['How much must the Digital Rights League pay Weir?', 'swapped-entity'],
      ['When can the ruling be appealed?', 'impossible'],
      ['How many faces did the cameras scan each day?', 'swapped-number'],
    ],
  },
  {
    id: 'final',
    file: 'castlemoor-open-final.md',
    about: 'a tennis final (Markdown with front matter)',
    text: FINAL_TEXT,
    answerable: [
      ['Who won the Castlemoor Open?', /Ilse Marr/i],
      ['Who did Marr beat in the final?', /Kaya Brennan/i],
      ['What was the score of the final?', /4-6, 6-3, 7-5/i],
      ['How long did the final last?', /two hours and 41 minutes/i],
      ['Where is Ilse Marr from?', /Norway/i],
      ['How old is Marr?', /22/i],
      ["What is Marr's world ranking?", /19th/i],
      ['How many match points did Marr save?', /^two|^2/i],
      ['When did Brennan win the title?', /2022|2023/i],
      ['How many aces did Brennan hit?', /11/i],
      ['How many unforced errors did Brennan make?', /47/i],
      ['How much prize money does the winner receive?', /2.9 million pounds/i],
      ['How much does the runner-up get?', /1.5 million pounds/i],
      ['Where will Marr be ranked on Monday?', /sixth/i],
      ['Who coaches Marr?', /Henrik Marr|her father/i],
      ['How big was the crowd?', /15,000/i],
      ['Who presented the trophy?', /Crown Princess/i],
      ['How long did rain delay the start?', /50 minutes/i],
      ["Who will play in the men's final?", /Luca Ferri|Samuel Adeyemi/i],
      ["When will the men's final be played?", /Sunday/i],
    ],
    tricks: [
      ["Who won the men's final?", 'impossible'],
      ['How many aces did Marr hit?', 'left-open'],
      ['How many match points did Brennan save?', 'swapped-entity'],
      ['Who coaches Brennan?', 'swapped-entity'],
      ['How old is Brennan?', 'swapped-entity'],
      ['When did Brennan win the title in 2019?', 'swapped-year'],
      ['Who lost the final in straight sets?', 'mutual-exclusion'],
      ['When did Marr lose her first Grand Slam final?', 'impossible'],
      ['When was the roof opened?', 'antonym'],
      ['What is the name of the Crown Princess?', 'left-open'],
      ['Which Norwegian woman won a Grand Slam singles title before Marr?', 'impossible'],
    ],
  },
  {
    id: 'merger',
    file: 'solvane-mirabel-merger.txt',
    about: 'a telecom merger',
    text: MERGER_TEXT,
    answerable: [
      ['Who is buying Mirabel Mobile?', /Solvane/i],
      ['How much is Solvane paying for Mirabel?', /6.2 billion dollars/i],
      ['How many customers will the combined company have?', /19 million/i],
      ['How much cash will Mirabel shareholders get per share?', /14.50 dollars/i],
      ['How many Solvane shares will they get for each Mirabel share?', /0\.8/i],
      ['What premium does the offer represent?', /31 percent/i],
      ['When is the deal expected to close?', /second half of 2026/i],
      ['Whose approval does the deal still need?', /competition authority/i],
      ['When did the competition authority block a similar merger?', /2019/i],
      ['Who will lead the combined company?', /Marcus Delaune/i],
      ['Where will the headquarters be?', /Brennick/i],
      ["Who is Mirabel's chief executive?", /Yuki Tanabe/i],
      ['How much do the companies expect to save each year?', /400 million dollars/i],
      ['How many people do the companies employ?', /22,000/i],
      ['How big is the break fee?', /250 million dollars/i],
      ["How much did Mirabel's shares rise?", /24 percent/i],
      ["How much did Solvane's shares fall?", /3 percent/i],
      ['Who advised Solvane?', /Harwick Partners/i],
      ['Which union will fight compulsory redundancies?', /Communications Workers Union/i],
    ],
    tricks: [
      ['How many jobs will be cut?', 'left-open'],
      ['How much will Mirabel pay Solvane if the deal falls through?', 'swapped-role'],
      ['When did the competition authority approve a similar merger?', 'antonym'],
      ['How much is Mirabel paying for Solvane?', 'swapped-role'],
      ["Who is Solvane's chief financial officer?", 'left-open'],
      ["How much did Solvane's shares rise?", 'antonym'],
      ['How many customers did Mirabel have in 2019?', 'swapped-year'],
      ['Who advised the competition authority?', 'swapped-entity'],
      ['When will Delaune step down?', 'swapped-entity'],
      ['How much do the companies expect to save in the first year?', 'left-open'],
      ['Which board did not approve the deal?', 'negation'],
    ],
  },
  {
    id: 'election',
    file: 'arvella-election-count.md',
    about: 'an election count (Markdown with front matter)',
    text: ELECTION_TEXT,
    answerable: [
      ['How many seats did the Green Alliance win?', /34/i],
      ['How many seats are in parliament?', /101/i],
      ['How many seats did the Liberal Union win?', /31/i],
      ['What was the turnout?', /71.4 percent/i],
      ['Why did polling stations in the capital stay open longer?', /long queues/i],
      ['What is the capital of Arvella?', /Porthaven/i],
      ['Who leads the Green Alliance?', /Tove Halvorsen/i],
      ['What share of the vote did the Greens get?', /28.6 percent/i],
      ['What share did the Greens get at the last election?', /19 percent/i],
      ['When was the last election?', /2021/i],
      ['Who is the prime minister?', /Hugo Bergmann/i],
      ['How many seats are needed for a majority?', /51/i],
      ['How many seats did the Social Democrats win?', /15/i],
      ["How many seats did the Farmers' Party win?", /eight|8/i],
      ['How many seats did the National Front win?', /11/i],
      ['How many votes separate the candidates in Kell?', /212/i],
      ['When are the Kell results expected?', /Friday/i],
      ['Who chairs the electoral commission?', /Dmitri Ostrov/i],
      ['How many ballots were cast?', /3.9 million/i],
      ['How many postal votes were cast?', /410,000/i],
      ['When will the new parliament first meet?', /June 10/i],
    ],
    tricks: [
      ['Will Bergmann resign as party leader?', 'left-open'],
      ['Who won the recount in Kell?', 'left-open'],
      ['How many seats did the Greens lose?', 'antonym'],
      ['Which party will form a coalition with the National Front?', 'mutual-exclusion'],
      ['What share of the vote did the Greens get in 2017?', 'swapped-year'],
      ['Who leads the Social Democrats?', 'left-open'],
      ['How many ballots were cast by post in 2021?', 'swapped-year'],
      ['What was the turnout in Kell?', 'swapped-entity'],
      ['Which party won a majority?', 'impossible'],
      ['When was a recount ordered in Porthaven?', 'swapped-entity'],
      ['Who was the environment minister before Halvorsen?', 'left-open'],
    ],
  },
  {
    id: 'study',
    file: 'outdoor-class-myopia-study.txt',
    about: 'a health study',
    text: STUDY_TEXT,
    answerable: [
      ['How much less likely were the children to become short-sighted?', /a third|third/i],
      ['Which university led the study?', /Kestleford/i],
      ['How many children took part?', /6,240/i],
      ['How old were the children?', /6 to 9/i],
      ['How many schools were in the trial?', /48/i],
      ['How long was the outdoor class?', /60 minutes|60-minute/i],
      ['What share of children at the outdoor schools developed myopia?', /21 percent/i],
      ['What share of children at the other schools developed myopia?', /32 percent/i],
      ['Where was the study published?', /Journal of Child Eye Health/i],
      ['Who led the trial?', /Amara Lindsey/i],
      ['How much less screen time did the outdoor group have?', /40 minutes/i],
      ['What does myopia make look blurry?', /distant objects/i],
      ['How many children need glasses by the age of 12?', /one in three/i],
      ['How many children needed glasses in 1990?', /one in eight/i],
      ['Who paid for the trial?', /Marrow Health Foundation/i],
      ['How much did the trial cost?', /3.2 million dollars/i],
      ['Where does Felix Harrow work?', /Lundby Children's Hospital/i],
      ['How did Harrow describe the results?', /convincing/i],
      ['When could outdoor lessons be added to all primary schools?', /2027/i],
      ['How much would outdoor lessons in all schools cost each year?', /14 million dollars/i],
      ['How long were the children followed?', /three years/i],
    ],
    tricks: [
      ["Did the extra class improve the children's grades?", 'left-open'],
      ['Will the benefit last into adulthood?', 'left-open'],
      ['Does screen time cause short-sightedness?', 'left-open'],
      ['How many children dropped out of the trial?', 'left-open'],
      ['What share of children developed myopia in 1990?', 'swapped-year'],
      ["Who led the trial at Lundby Children's Hospital?", 'swapped-entity'],
      ['How much did the Marrow Health Foundation earn from the trial?', 'antonym'],
      ['Which makers of glasses funded the trial?', 'negation'],
      ['How much more likely were the children outdoors to become short-sighted?', 'antonym'],
      ['How many children need glasses by the age of 16?', 'swapped-number'],
      ["Who paid for Dr. Harrow's study?", 'swapped-entity'],
    ],
  },
];
