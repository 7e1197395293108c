/** Past forms of English irregular verbs, to their base form: "made" and "make" must meet in the index. */
const TABLE = `
arise arose arisen|awake awoke awoken|be was were been|beat beat beaten|become became become
|begin began begun|bend bent bent|bet bet bet|bid bid bid|bite bit bitten|bleed bled bled
|blow blew blown|break broke broken|breed bred bred|bring brought brought|build built built|burn burnt burnt
|buy bought bought|catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost
|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt dreamt
|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought
|find found found|flee fled fled|fly flew flown|forbid forbade forbidden|forecast forecast forecast
|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten
|give gave given|go went gone|grow grew grown|hang hung hung|have had had|hear heard heard
|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known
|lay laid laid|lead led led|lean leant leant|leap leapt leapt|learn learnt learnt|leave left left|lend lent lent
|let let let|light lit lit|lose lost lost|make made made|mean meant meant|meet met met
|mislead misled misled|overcome overcame overcome|oversee oversaw overseen|overtake overtook overtaken
|overthrow overthrew overthrown|pay paid paid|prove proved proven|put put put|quit quit quit|read read read
|rebuild rebuilt rebuilt|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen
|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed|shine shone shone
|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat
|sleep slept slept|slide slid slid|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun
|spread spread spread|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck
|strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken
|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|undergo underwent undergone
|understand understood understood|undertake undertook undertaken|uphold upheld upheld|upset upset upset
|wake woke woken|wear wore worn|weep wept wept|win won won|withdraw withdrew withdrawn
|withhold withheld withheld|withstand withstood withstood|write wrote written`;

export const IRREGULAR_PAST: ReadonlyMap<string, string> = formsToBase(TABLE);

/**
 * Regular verbs in -ie whose forms the Porter stemmer parts from the base ("died" → "di", "die" →
 * "die", "dying" → "dy"): without them "When did she die?" meets no paragraph that says she died.
 * Kept apart from IRREGULAR_PAST, which also tells a past participle ("dying" is none).
 */
export const IE_VERB_FORMS: ReadonlyMap<string, string> = formsToBase(
  'die died dies dying|lie lied lies lying|tie tied ties tying|untie untied unties untying|vie vied vies vying',
);

/** "base form form …|…" → each form to its base. */
function formsToBase(table: string): Map<string, string> {
  return new Map(
    table
      .replace(/\s*\n\s*/g, ' ')
      .split('|')
      .flatMap((entry) => {
        const [base, ...forms] = entry.trim().split(/\s+/);
        return forms.filter((f) => f !== base).map((f) => [f, base!] as [string, string]);
      }),
  );
}
