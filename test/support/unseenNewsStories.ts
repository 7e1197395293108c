import { parseStory } from '../../src/knowledge/parseStory.ts';
import type { Story } from '../../src/knowledge/types.ts';

/**
 * Six news stories written for a probe of issue 8 (2026-12-01, night), each with its questions,
 * written before lede was asked any of them: answerable ones with the short answer a reader would
 * give (a pattern of it), and SQuAD 2.0-style tricks, each labelled with how it was made (negation,
 * antonym, swapped entity, swapped year or date, a fact the story leaves open, an impossible
 * condition). Every name, place and figure is invented. test/qa/unseenNews.test.ts asks them.
 */
export interface UnseenStory {
  id: string;
  file: string;
  about: string;
  text: string;
  /** Questions the story answers, with a pattern of the short answer. */
  answerable: readonly (readonly [question: string, answer: RegExp])[];
  /** Questions that look answerable but are not, with the kind of trick. */
  tricks: readonly (readonly [question: string, trick: string])[];
}

const WILDFIRE_TEXT = `Environment

Thousands flee as Corran Hills wildfire jumps highway


More than 14,000 residents of the Corran Hills district were ordered to leave their homes on Saturday after a wildfire driven by strong winds jumped Route 9 and moved toward the town of Delmont, fire officials said.

The blaze, which started on Thursday afternoon near an abandoned quarry, has burned about 8,600 hectares and was 15 percent contained by Sunday morning, according to the regional fire service. Officials have not determined what caused it.

Fire chief Marisol Tenant said gusts of up to 70 kilometres an hour had pushed embers more than a kilometre ahead of the fire line. “We are fighting this fire from the air because it is moving too fast for crews on the ground,” Tenant said.

Six water-bombing aircraft and about 450 firefighters were deployed, including two crews sent from the neighbouring province of Velland.

At least 37 homes and a primary school have been destroyed. One firefighter was taken to hospital with burns to his hands, and two residents were treated for smoke inhalation. No deaths have been reported.

Evacuees were directed to a shelter at the Delmont sports arena, which the Red Cross said could hold 2,000 people. Others stayed with relatives in the coastal city of Port Ainsley, 60 kilometres to the south.

Power was cut to 9,000 homes as a precaution, the utility Northgrid said. It did not say when supply would be restored.

Forecasters expect the wind to ease on Tuesday, when light rain is also possible.

Source: Coastal Press Agency`;

const LAYOFF_TEXT = `Technology

Quellon Systems to cut 1,800 jobs as cloud sales slow


Quellon Systems, the software maker based in Tarrow, said on Wednesday that it would cut 1,800 jobs, about 12 percent of its workforce, after sales of its cloud storage service grew more slowly than expected.

Chief executive Priya Natarajan told staff in an email that the cuts would fall mostly on sales and marketing teams in Europe and North America. “These are colleagues who helped build this company, and this decision is mine,” she wrote.

The company expects to record a restructuring charge of 210 million dollars, most of it for severance payments, in the fourth quarter. Affected employees will receive at least 16 weeks of pay.

Quellon said revenue for the quarter that ended in September rose 4 percent to 2.3 billion dollars, below the 2.45 billion dollars analysts had forecast. Its shares fell 9 percent in New York trading on Wednesday.

The company hired heavily during the pandemic, growing from 9,500 employees in 2020 to about 15,000 at the end of last year.

Natarajan, who became chief executive in 2021, said Quellon would keep investing in its artificial intelligence unit, which is based in Toronto and employs 600 engineers.

The union representing Quellon's workers in Germany, Verdi Digital, said it would seek talks with management. The company did not say how many of the cuts would fall in Germany.

Quellon was founded in 2004 by brothers Anton and Lev Sarkis.

Source: Business Newswire`;

const MUSEUM_TEXT = `Culture

Thieves take medieval crown from Varenne museum in four-minute raid


Thieves broke into the Varenne City Museum early on Tuesday and stole a 14th-century gold crown set with 212 pearls, in a raid that lasted less than four minutes, police said.

Two men wearing helmets entered through a ground-floor window at about 3:40 a.m. after cutting through its metal bars with an angle grinder, according to investigators. They smashed a display case with an axe and fled on a motor scooter.

The crown, made for Queen Adela around 1360, was insured for 4.5 million euros, but museum director Thomas Vierling said its value to the city could not be measured. “It has survived wars and floods. It has never left this building for six centuries,” he said.

A night guard raised the alarm, but police arrived only after the thieves had gone. The museum said its alarm system had been upgraded in 2021 and worked as designed.

Investigators are examining footage from 40 cameras in the surrounding streets. Prosecutor Hanne Lund said no arrests had been made and that she would not say whether the thieves had inside help.

The museum, which drew 310,000 visitors last year, will stay closed until Friday. Its collection of Roman coins, kept in the same wing, was not touched.

It is the second theft from a Varenne museum this year. In March, a small bronze statue was taken from the Maritime Museum; it has not been recovered.

Source: European Culture Wire`;

const VACCINE_TEXT = `---
title: Belmarra begins free RSV vaccine rollout for over-75s
source: Southern Health Wire
date: 2025-09-15
---

Belmarra's health ministry began offering a free vaccine against respiratory syncytial virus (RSV) to everyone aged 75 and over on Monday, in a rollout it expects to reach **1.1 million people** before the winter.

The first doses were given at a clinic in Kestrel Bay, where Health Minister Odile Marchetti watched a 91-year-old retired teacher, Wilfred Ames, receive his shot. “Every winter this virus fills our hospital wards with older people. This year we can stop some of that,” Marchetti said.

The vaccine, made by the drugmaker Halvard Bio, is given as a single injection. The government has bought 1.4 million doses at a cost of 96 million dollars.

Pharmacies will begin giving the vaccine on October 1, and general practitioners a week later. People living in care homes will be vaccinated by visiting nurses.

RSV causes about 4,200 hospital admissions among older adults in Belmarra each year, according to the National Institute of Public Health. In trials, the vaccine cut the risk of severe illness by 82 percent in the first season.

The rollout does not yet include pregnant women, for whom a separate vaccine was approved in June. The ministry said it would decide by December whether to offer it.

Dr. Ruth Okonjo, who heads the institute, urged people to get the flu shot at the same visit. “Both can be given on the same day, in different arms,” she said.

The opposition health spokesman, Gavin Tull, said the rollout had come two years later than in neighbouring countries.`;

const LAUNCH_TEXT = `Science

Orla-4 weather satellite launch delayed again after valve fault


The launch of the Orla-4 weather satellite has been delayed by at least three weeks after engineers found a faulty valve in the rocket's second stage, the Nordic Space Agency said on Thursday.

The satellite had been due to lift off on November 12 from the Skarvik launch site on a Tern-2 rocket built by the private company Aerodyne. It is the second delay this year; the launch was first planned for June.

Aerodyne's launch director, Jonas Feld, said the valve would be replaced at the company's factory in Malmberg. “We would rather be late than lose a satellite that took eight years to build,” Feld said.

Orla-4 weighs 1,350 kilograms and will orbit at an altitude of 830 kilometres. It carries an instrument that measures the temperature of the atmosphere at 40 different heights, which forecasters say will improve warnings of heavy snow and storms.

The mission costs 380 million euros, shared by five countries. The agency did not say whether the delay would raise the cost.

Its predecessor, Orla-3, was launched in 2016 and is expected to stop working by the end of next year.

The agency's director general, Ingrid Sorvald, said a new date would be announced once tests on the replacement valve were finished.

Source: Science Desk`;

const MAYOR_TEXT = `Politics

Brennick mayor charged over city contracts given to brother-in-law's firm


Prosecutors on Monday charged Mayor Colin Ashdown of Brennick with abuse of office, alleging that he steered 2.7 million dollars in city contracts to a paving company owned by his brother-in-law.

The charges follow an 18-month investigation by the state anti-corruption office. Investigators say the company, Ridgeway Paving, won 11 contracts between 2021 and 2023 without competitive bidding.

Ashdown, 58, denied wrongdoing. “Every contract was approved by the council and every street was paved,” he said in a statement. His lawyer, Maria Quent, said he would plead not guilty.

Deputy Mayor Lena Hoyt will run the city while the case is pending, the council decided at an emergency meeting on Monday night. The council voted 6 to 3 to ask Ashdown to step aside.

Ashdown, a former school principal, was first elected in 2015 and won a third term last year with 54 percent of the vote. He had said he would not seek a fourth.

The owner of Ridgeway Paving, Darren Pike, has not been charged. Prosecutors did not say whether he was cooperating with the investigation.

If convicted, Ashdown faces up to five years in prison. His first court hearing is set for January 14.

Source: State Capitol Wire`;

export const UNSEEN_STORIES: readonly UnseenStory[] = [
  {
    id: 'wildfire',
    file: 'wildfire.txt',
    about: 'a wildfire evacuation',
    text: WILDFIRE_TEXT,
    answerable: [
      ['How many residents were ordered to leave their homes?', /14,000/i],
      ['When were the residents ordered to leave?', /Saturday/i],
      ['Which road did the fire jump?', /Route 9/i],
      ['Which town is the fire moving toward?', /Delmont/i],
      ['When did the blaze start?', /Thursday/i],
      ['Where did the fire start?', /quarry/i],
      ['How much land has the fire burned?', /8,600 hectares/i],
      ['How much of the fire was contained by Sunday morning?', /15 percent/i],
      ['Who is the fire chief?', /Marisol Tenant/i],
      ['How strong were the gusts?', /70 kilometres an hour/i],
      ['How many water-bombing aircraft were deployed?', /^six|^6/i],
      ['How many firefighters were deployed?', /450/i],
      ['Where were the two extra crews sent from?', /Velland/i],
      ['How many homes have been destroyed?', /37/i],
      ['Where were evacuees directed?', /Delmont sports arena/i],
      ['How many people can the shelter hold?', /2,000/i],
      ['How far is Port Ainsley from the fire?', /60 kilometres/i],
      ['Which utility cut power?', /Northgrid/i],
      ['How many homes lost power?', /9,000/i],
      ['When is the wind expected to ease?', /Tuesday/i],
    ],
    tricks: [
      ['What caused the fire?', 'left-open'],
      ['How many people died in the fire?', 'impossible'],
      ['When will power be restored?', 'left-open'],
      ['How many firefighters were killed?', 'impossible'],
      ['Who is the police chief?', 'swapped-entity'],
      ['How many residents were allowed to stay in their homes?', 'antonym'],
      ['When did the blaze start in 2019?', 'swapped-year'],
      ['How many homes were destroyed in Port Ainsley?', 'swapped-entity'],
      ['Which crews were sent from the province of Delmont?', 'swapped-entity'],
      ['How much was the fire contained on Friday?', 'swapped-date'],
      ["What is the fire chief's age?", 'left-open'],
    ],
  },
  {
    id: 'layoff',
    file: 'layoff.txt',
    about: 'a software maker’s job cuts',
    text: LAYOFF_TEXT,
    answerable: [
      ['How many jobs will Quellon Systems cut?', /1,800/i],
      ['What share of its workforce is being cut?', /12 percent/i],
      ['Where is Quellon Systems based?', /Tarrow/i],
      ['Who is the chief executive of Quellon?', /Priya Natarajan/i],
      ['Which teams will the cuts fall on?', /sales and marketing/i],
      ['How large is the restructuring charge?', /210 million dollars/i],
      ['How many weeks of pay will affected employees receive?', /16 weeks/i],
      ['How much did revenue rise?', /4 percent/i],
      ['What was revenue for the quarter?', /2.3 billion dollars/i],
      ['What had analysts forecast?', /2.45 billion dollars/i],
      ['How much did the shares fall?', /9 percent/i],
      ['How many employees did Quellon have in 2020?', /9,500/i],
      ['When did Natarajan become chief executive?', /2021/i],
      ['Where is the artificial intelligence unit based?', /Toronto/i],
      ['How many engineers work in the AI unit?', /600/i],
      ['Which union represents workers in Germany?', /Verdi Digital/i],
      ['When was Quellon founded?', /2004/i],
      ['Who founded Quellon?', /Anton and Lev Sarkis|Sarkis/i],
    ],
    tricks: [
      ['How many of the cuts will fall in Germany?', 'left-open'],
      ['How many jobs will Quellon add?', 'antonym'],
      ['How much did revenue fall?', 'antonym'],
      ['How much did the shares rise?', 'antonym'],
      ['Who founded the AI unit?', 'swapped-entity'],
      ['When did Natarajan leave the company?', 'impossible'],
      ['How many engineers work in Tarrow?', 'swapped-entity'],
      ['When was Quellon founded in Toronto?', 'impossible'],
      ['How many employees did Quellon have in 2016?', 'swapped-year'],
      ['Who is the chief executive of Verdi Digital?', 'swapped-entity'],
      ['Which teams will not be affected by the cuts?', 'negation'],
    ],
  },
  {
    id: 'museum',
    file: 'museum.txt',
    about: 'a museum theft',
    text: MUSEUM_TEXT,
    answerable: [
      ['What was stolen from the Varenne City Museum?', /crown/i],
      ['When did the thieves break in?', /Tuesday/i],
      ['How many pearls were set in the crown?', /212/i],
      ['How long did the raid last?', /four minutes/i],
      ['How did the men enter?', /window/i],
      ['What did they cut through the bars with?', /angle grinder/i],
      ['What did they use to smash the display case?', /axe/i],
      ['How did the thieves flee?', /scooter/i],
      ['For whom was the crown made?', /Queen Adela|Adela/i],
      ['When was the crown made?', /1360/i],
      ['How much was the crown insured for?', /4.5 million euros/i],
      ['Who is the museum director?', /Thomas Vierling/i],
      ['Who raised the alarm?', /night guard/i],
      ['When was the alarm system upgraded?', /2021/i],
      ['How many cameras are investigators examining?', /40/i],
      ['Who is the prosecutor?', /Hanne Lund/i],
      ['How many visitors did the museum draw last year?', /310,000/i],
      ['Until when will the museum stay closed?', /Friday/i],
      ['What was taken from the Maritime Museum?', /bronze statue/i],
    ],
    tricks: [
      ['Who stole the crown?', 'left-open'],
      ['Did the thieves have inside help?', 'left-open'],
      ['How many arrests have been made?', 'impossible'],
      ['How much did the thieves pay for the crown?', 'impossible'],
      ['Who was the crown made for in 1460?', 'swapped-year'],
      ["What did the thieves steal from the Maritime Museum in Tuesday's raid?", 'swapped-entity'],
      ['How many women broke into the museum?', 'swapped-entity'],
      ['When was the crown recovered?', 'antonym'],
      ['Who is the director of the Maritime Museum?', 'swapped-entity'],
      ['What was the Roman coin collection insured for?', 'swapped-entity'],
      ['What did the night guard steal?', 'swapped-entity'],
    ],
  },
  {
    id: 'vaccine',
    file: 'rsv-vaccine-rollout.md',
    about: 'a vaccine rollout (Markdown with front matter)',
    text: VACCINE_TEXT,
    answerable: [
      ['Who is being offered the free vaccine?', /75 and over|aged 75/i],
      ['How many people is the rollout expected to reach?', /1.1 million/i],
      ['Where were the first doses given?', /Kestrel Bay/i],
      ['Who is the health minister?', /Odile Marchetti/i],
      ['Who received the first shot?', /Wilfred Ames/i],
      ['How old is Wilfred Ames?', /91/i],
      ['Which company makes the vaccine?', /Halvard Bio/i],
      ['How many doses has the government bought?', /1.4 million/i],
      ['How much did the doses cost?', /96 million dollars/i],
      ['When will pharmacies begin giving the vaccine?', /October 1/i],
      ['Who will vaccinate people living in care homes?', /visiting nurses|nurses/i],
      ['How many hospital admissions does RSV cause each year?', /4,200/i],
      ['By how much did the vaccine cut the risk of severe illness?', /82 percent/i],
      ['When was the vaccine for pregnant women approved?', /June/i],
      ['Who heads the National Institute of Public Health?', /Ruth Okonjo/i],
      ['What does RSV stand for?', /respiratory syncytial virus/i],
      ['Who is the opposition health spokesman?', /Gavin Tull/i],
    ],
    tricks: [
      ['Will pregnant women be offered the vaccine?', 'left-open'],
      ['How many doses does the vaccine need each year?', 'impossible'],
      ['How many people died of RSV last year?', 'impossible'],
      ['Who is the health minister of the neighbouring countries?', 'swapped-entity'],
      ['When will pharmacies stop giving the vaccine?', 'antonym'],
      ['How much did the government pay for the flu vaccine?', 'swapped-entity'],
      ['How much did the vaccine raise the risk of severe illness?', 'antonym'],
      ['How old was Gavin Tull?', 'swapped-entity'],
      ['Which company makes the flu shot?', 'swapped-entity'],
      ['When did pharmacies begin giving the vaccine in 2019?', 'swapped-year'],
      ['Who is not being offered the vaccine?', 'negation'],
    ],
  },
  {
    id: 'launch',
    file: 'launch.txt',
    about: 'a satellite launch delay',
    text: LAUNCH_TEXT,
    answerable: [
      ['Why was the launch delayed?', /faulty valve|valve/i],
      ['How long has the launch been delayed?', /three weeks/i],
      ['Where was the faulty valve found?', /second stage/i],
      ['When had the satellite been due to lift off?', /November 12/i],
      ['Where will the satellite be launched from?', /Skarvik/i],
      ['Which rocket will carry the satellite?', /Tern-2/i],
      ['Which company built the rocket?', /Aerodyne/i],
      ['When was the launch first planned?', /June/i],
      ["Who is Aerodyne's launch director?", /Jonas Feld/i],
      ['Where will the valve be replaced?', /Malmberg/i],
      ['How long did the satellite take to build?', /eight years/i],
      ['How much does Orla-4 weigh?', /1,350 kilograms/i],
      ['At what altitude will Orla-4 orbit?', /830 kilometres/i],
      ['At how many heights does the instrument measure temperature?', /40/i],
      ['How much does the mission cost?', /380 million euros/i],
      ['How many countries share the cost?', /five|5/i],
      ['When was Orla-3 launched?', /2016/i],
      ["Who is the agency's director general?", /Ingrid Sorvald/i],
    ],
    tricks: [
      ['When is the new launch date?', 'left-open'],
      ['Will the delay raise the cost?', 'left-open'],
      ['How much does Orla-3 weigh?', 'swapped-entity'],
      ['When was Orla-3 launched in 2019?', 'swapped-year'],
      ["Who built the satellite's instrument?", 'left-open'],
      ['When was Orla-4 launched?', 'impossible'],
      ['How many countries left the mission?', 'antonym'],
      ["Where is Aerodyne's headquarters?", 'left-open'],
      ['At what altitude will Orla-3 orbit?', 'swapped-entity'],
      ['Which company did not build the rocket?', 'negation'],
      ['How long did the rocket take to build?', 'swapped-entity'],
    ],
  },
  {
    id: 'mayor',
    file: 'mayor.txt',
    about: 'a mayor charged over city contracts',
    text: MAYOR_TEXT,
    answerable: [
      ['Who was charged?', /Colin Ashdown|Ashdown/i],
      ['What was the mayor charged with?', /abuse of office/i],
      ['How much were the contracts worth?', /2.7 million dollars/i],
      ['Who owns Ridgeway Paving?', /Darren Pike/i],
      ['How long did the investigation last?', /18-month|18 months/i],
      ['Who carried out the investigation?', /anti-corruption office/i],
      ['How many contracts did Ridgeway Paving win?', /11/i],
      ['How old is Ashdown?', /58/i],
      ["Who is Ashdown's lawyer?", /Maria Quent/i],
      ['Who will run the city while the case is pending?', /Lena Hoyt/i],
      ['How did the council vote?', /6 to 3/i],
      ["What was Ashdown's job before politics?", /school principal/i],
      ['When was Ashdown first elected?', /2015/i],
      ['What share of the vote did Ashdown win last year?', /54 percent/i],
      ['How long could Ashdown be sentenced to?', /five years/i],
      ['When is the first court hearing?', /January 14/i],
    ],
    tricks: [
      ['Is Darren Pike cooperating with the investigation?', 'left-open'],
      ['When was Darren Pike charged?', 'negation'],
      ['Who will run the city after the trial?', 'impossible'],
      ['How did the council vote on the budget?', 'swapped-entity'],
      ['When was Ashdown first elected in 2011?', 'swapped-year'],
      ['What share of the vote did Ashdown win in his fourth term?', 'impossible'],
      ['How old is Darren Pike?', 'swapped-entity'],
      ["Who is Lena Hoyt's lawyer?", 'swapped-entity'],
      ['How many contracts did Ridgeway Paving lose?', 'antonym'],
      ['How much did Ashdown pay his brother-in-law?', 'swapped-role'],
      ['When will Ashdown seek a fourth term?', 'antonym'],
    ],
  },
];

export const unseenStory = (story: UnseenStory): Story =>
  parseStory({ id: story.id, file: story.file, text: story.text });
