/**
 * Small closed word lists of news English. They describe how stories are written (titles, verbs of
 * speech, pronouns), never what a particular story is about.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Words of a title before a name: "President Lula", "Foreign Minister Cho", "Dr. Lee". */
export const TITLE_WORDS = words(`
president vice prime minister secretary chancellor premier king queen prince princess pope emperor
senator sen. representative rep. congressman congresswoman governor gov. mayor judge justice chief
chairman chairwoman chair director commissioner ambassador envoy general gen. admiral adm. colonel col.
lieutenant lt. sergeant sgt. captain capt. major maj. officer coach professor prof. dr. doctor mr. mrs.
ms. miss sir dame lord lady madam spokesperson spokesman spokeswoman inspector detective sheriff speaker
leader chief executive ceo cfo coo founder manager superintendent councillor councilor councilman
councilwoman alderman deputy assistant attorney counsel lawyer economist analyst minister's president's
archbishop bishop cardinal rabbi imam reverend rev. father sister brother pastor head commander
`);

/** Words of a role in an appositive that says a name is a person's: "Jane Doe, captain of …". */
export const ROLE_WORDS = new Set([
  ...TITLE_WORDS,
  ...words(`
defender player striker midfielder goalkeeper forward athlete owner member resident student teacher nurse
worker engineer scientist researcher epidemiologist official executive candidate lawmaker legislator
activist author writer reporter journalist editor actor actress singer artist musician farmer driver pilot
soldier veteran victim witness survivor mother son daughter wife husband partner founder co-founder
physician surgeon expert specialist consultant adviser advisor aide staffer diplomat negotiator
politician campaigner organizer organiser entrepreneur investor trader banker economist professor
lecturer principal administrator operator technician firefighter paramedic homeowner customer
shopkeeper owner landlord tenant parent grandmother grandfather man woman boy girl mr ms
astronaut scientist engineer architect designer programmer developer pharmacist dentist veterinarian
farmer fisherman miner chef baker butcher carpenter electrician plumber mechanic guard ranger
monk nun priest bishop poet novelist filmmaker director producer photographer broadcaster anchor
historian professor researcher lawyer judge prosecutor detective inspector sergeant constable mayor
climber runner swimmer cyclist boxer skier golfer referee umpire manager chairwoman chairman
`),
]);

/** Titles that tell a person's gender. */
export const MALE_TITLES = words(
  'mr. mr sir king prince lord father brother spokesman chairman congressman councilman businessman emperor',
);
export const FEMALE_TITLES = words(
  'mrs. mrs ms. ms miss madam dame queen princess lady sister spokeswoman chairwoman congresswoman councilwoman businesswoman empress',
);

/** Verbs that introduce or attribute speech. */
export const SPEECH_VERBS = words(`
said says say told tells added adds stressed stresses noted notes warned warns explained explains asked
asks wrote writes continued continues argued argues insisted insists declared declares stated states
remarked remarks replied replies recalled recalls acknowledged acknowledges admitted admits emphasized
emphasised emphasizes emphasises concluded concludes claimed claims announced announces urged urges
vowed vows pledged pledges predicted predicts cautioned cautions observed observes suggested suggests
described describes called calls criticized criticised criticizes criticises praised praises
tweeted posted commented comments responded responds countered counters conceded concedes
confirmed confirms denied denies promised promises told reiterated reiterates agreed agrees
`);

export const SUBJECT_PRONOUNS = words('he she they i we');
export const MALE_PRONOUNS = words('he him his himself');
export const FEMALE_PRONOUNS = words('she her hers herself');

/** Capitalized words that are never part of a person's name. */
export const NON_NAME_WORDS = words(`
the a an in on at of for and but or if as by to from with after before during this that these those
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december he she it they we i his her their our its there here when
while where what who why how yes no not according meanwhile however also
north south east west northern southern eastern western central united national international
new
`);

/** Words that mark a capitalized phrase as an organization or place, not a person. */
export const ORGANIZATION_WORDS = words(`
agency ministry department council committee commission organization organisation association union
bank fund group company corporation corp. inc. ltd. co. party government office bureau institute
university college school hospital court parliament assembly congress senate house army navy force forces
police service services authority board federation league club team foundation center centre
nations states kingdom republic city county province state region island islands river sea ocean
street avenue road airport station square park hall church times post news press journal daily
summit forum conference treaty alliance program programme project energy airlines airways motors systems
holdings partners capital media pharmaceuticals technologies technology labs electric power oil gas
industries enterprises solutions division conference league cup championship series networks communications telecom motors insurance securities
`);

/** A place noun and "of" right before a name: "the city of Arenal", "the province of Orsk". */
export const PLACE_NOUN_OF =
  /\b(?:city|town|village|province|state|region|county|district|country|island|port|capital|republic|kingdom|municipality|suburb|valley|river|lake)\s+of\s+$/iu;
