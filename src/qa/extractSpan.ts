/**
 * Pulls the short answer out of an evidence sentence: a date, a place, a figure, a reason, or what
 * follows a verb. Each returns undefined when the sentence holds no such thing.
 */
import { tagText } from '../knowledge/tagger.ts';
import { normalizeTerm, tokenize } from '../search/terms.ts';

/** Remembers a function's result per text (bounded): the same sentences are read by query after query. */
function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= 20_000) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** A month's name or abbreviation, as a pattern (also read by ruleTricks.ts). */
export const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
export const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DATE_PATTERNS = [
  String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+\d{4})?`,
  String.raw`(?:early|mid|late)[- ]${MONTH}(?:\s+\d{4})?`,
  String.raw`${MONTH}(?:,?\s+\d{4})?`,
  String.raw`(?:last|next|this|earlier this|later this|on|since|by|until)?\s*${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?`,
  String.raw`(?:in|since|by|until|before|after)?\s*(?:the\s+)?(?:1[5-9]\d0s|20[0-9]0s|1[5-9]\d\d|20\d\d)`,
  String.raw`(?:last|next|this|earlier this|later this)\s+(?:week|month|year|summer|spring|fall|autumn|winter|weekend|decade|century|season|${MONTH}|${WEEKDAY})`,
  String.raw`(?:yesterday|today|tomorrow|tonight)`,
  // "6:50 a.m.", and the British "3.15pm".
  String.raw`\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)`,
  String.raw`(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later)`,
];
const DATE = new RegExp(String.raw`\b(?:${DATE_PATTERNS.join('|')})(?![\p{L}])`, 'gu');

export const dateSpans = memoByText(findDateSpans);

function findDateSpans(text: string): { text: string; index: number }[] {
  return [...text.matchAll(DATE)]
    .map((m) => ({ text: m[0].trim().replace(/^(?:on|in)\s+/i, ''), index: m.index }))
    .filter((d) => (d.text && !/^May$/.test(d.text.trim())) || /\bin May\b/.test(text));
}

const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))`;
/** A number written in words, as a pattern (also read by ruleTricks.ts). */
export const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|dozens|hundreds|thousands|millions|billions|half|a dozen|a third|a quarter|a half)`;
/**
 * A figure. A clock time or a race time ("10:30", "2:05:31") is one figure, not three: read apart,
 * "How old is the runner who came third?" was answered "31" of "finished second in 2:05:31".
 */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥₩])(?<!\d:)(?:(?:about|around|nearly|almost|more than|over|less than|under|up to|at least|some|roughly|approximately)\s+)?(?:\d{1,2}(?::\d\d){1,2}(?!\d)|[$€£¥₩]\s?\d[\d,.]*\d|[$€£¥₩]\s?\d|\d[\d,.]*\d|\d|${NUMBER_WORD}(?![\p{L}]))(?:[- ](?:${NUMBER_WORD})(?![\p{L}]))*(?:\s?(?:%|percent|per cent|percentage points?|million|billion|trillion|thousand|hundred|bn)(?![\p{L}]))*`,
  'giu',
);
const RANGE = new RegExp(
  String.raw`^\s?(?:to|-|–|or)\s?(?:[$€£¥₩]\s?)?(?:\d[\d,.]*|${NUMBER_WORD})(?![\p{L}])`,
  'iu',
);
/** "for the third consecutive year": an ordinal answers "how many times". */
const ORDINAL_SPAN = new RegExp(
  String.raw`\b(?:the\s+)?${ORDINAL}(?:\s+(?:consecutive|straight|successive|time|times|year|years|row|in a row))+`,
  'giu',
);
const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
const STOP_AFTER_NUMBER =
  /^(?:in|on|at|by|to|for|from|of|that|which|who|and|or|but|as|than|with|across|during|after|before|since|per|a|an|the|this|is|are|was|were|will|would|has|have|had)$/i;

/** Figures in a text, each with up to two words after it ("25 cooling centers", "$40 million"). */
export const numberSpans = memoByText(findNumberSpans);

function findNumberSpans(text: string): { text: string; index: number; number: string }[] {
  const out: { text: string; index: number; number: string }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    let number = m[0].trim();
    // A range: "two to 10 days", "5-7 percent".
    const range = RANGE.exec(text.slice(m.index + m[0].length));
    if (range) number += range[0];
    if (!/\d|[a-z]/i.test(number) || (YEAR.test(number.replace(/[^\d]/g, '')) && /^\d{4}$/.test(number)))
      continue;
    if (/^(?:one|half)$/i.test(number) && !/^\s+\p{L}/u.test(text.slice(m.index + m[0].length))) continue;
    const rest = text.slice(m.index + m[0].length + (range?.[0].length ?? 0));
    const after = rest.split(/\s+/).filter(Boolean);
    const noun: string[] = [];
    for (const word of after) {
      const bare = word.replace(/[,.;:!?”"’)]+$/u, '');
      if (noun.length >= 2 || STOP_AFTER_NUMBER.test(bare) || !/\p{L}/u.test(bare)) break;
      noun.push(bare);
      if (bare !== word) break;
    }
    // "22-kilometre pipeline": a word joined to the figure stays joined (was "22 -kilometre").
    const joined = noun.length > 0 && /^[-–]/u.test(rest);
    const said = joined ? `${number}${noun.join(' ')}` : [number, ...noun].join(' ');
    out.push({ text: said, index: m.index, number });
  }
  for (const m of text.matchAll(ORDINAL_SPAN)) out.push({ text: m[0], index: m.index, number: m[0] });
  return out;
}

const CLAUSE_END =
  /(?:[,;:—]\s|\.\s*$|[.!?]["”]?$|\s(?:amid|as|while|after|before|when|where|which|who|because|but|and said|said|although|though|despite|until|since|so that|whose)\s)/u;

/** A text cut where its clause ends (a comma, a relative pronoun, a conjunction). */
export function clause(text: string, max = 200): string {
  const m = CLAUSE_END.exec(text);
  let out = m ? text.slice(0, m.index) : text;
  out = out.replace(/[\s,;:.”"]+$/u, '').trim();
  return out.length > max ? `${out.slice(0, max - 1).replace(/\s+\S*$/u, '')}…` : out;
}

const PLACE_PREP =
  /\b(in|at|during|inside|outside|near|from|across|throughout|on)\s+(?=(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}’'-]+\s+){0,3}\p{Lu})/gu;
const NOT_A_PLACE = new RegExp(
  `^(?:on|in|at|during|from|since|by)\\s+(?:the\\s+)?(?:${MONTH}|${WEEKDAY}|\\d)`,
  'u',
);

const NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)*`;
const PLACE_LIST = new RegExp(String.raw`^(?:,\s+${NAME})*,?\s+and\s+${NAME}`, 'u');
/** Capitalized words that name a time, not a place ("in Toulouse in August"). */
const TIME_WORD = new RegExp(`^(?:${MONTH}|${WEEKDAY})[,.]?$`, 'u');
const CONTINUES_PLACE = /^(?:of|in|at|near|the|de|del)$/u;
const BREAKS_PLACE =
  /^(?:to|and|or|but|on|after|before|for|with|by|from|that|which|who|is|was|were|are|will|would|has|had|have)$/u;

/**
 * Places in a text: a preposition and a phrase that holds a proper name, ending after the name
 * ("during a public forum in Geneva", "in the port city of Easton").
 */
export const placeSpans = memoByText(findPlaceSpans);

function findPlaceSpans(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const m of text.matchAll(PLACE_PREP)) {
    const words = clause(text.slice(m.index), 160).split(/\s+/);
    let end = 0;
    let seenName = false;
    for (let i = 1; i < words.length && i <= 12; i++) {
      const word = words[i]!;
      if (/^\p{Lu}/u.test(word) && !TIME_WORD.test(word)) {
        seenName = true;
        end = i;
      } else if (seenName) {
        // Go on through "public forum in Geneva", not through "to shut down its system".
        const nameAhead = words.slice(i + 1, i + 4).some((w) => /^\p{Lu}/u.test(w));
        if (!nameAhead || !(CONTINUES_PLACE.test(word) || !BREAKS_PLACE.test(word))) break;
      }
    }
    if (!seenName) continue;
    // "in the U.S. capital", "at the Dresden plant": one lowercase head noun after the name.
    const head = words[end + 1];
    if (
      head &&
      /^\p{Ll}[\p{L}-]*$/u.test(head) &&
      !BREAKS_PLACE.test(head) &&
      !CONTINUES_PLACE.test(head) &&
      (end + 2 >= words.length || BREAKS_PLACE.test(words[end + 2]!))
    )
      end++;
    let phrase = words
      .slice(0, end + 1)
      .join(' ')
      .replace(/[,;:”"’]+$/u, '')
      .replace(/(?<!\b\p{Lu})\.$/u, '');
    if (NOT_A_PLACE.test(phrase)) continue;
    // A list of places: "in Sweden, Norway, Denmark and Germany".
    const at = text.indexOf(phrase, m.index);
    const list = at >= 0 ? PLACE_LIST.exec(text.slice(at + phrase.length)) : null;
    if (list && /^\p{Lu}/u.test(words[end] ?? '')) phrase += list[0];
    out.push({ text: phrase, index: m.index });
  }
  return out;
}

/**
 * Words that open a reason, capitalised too at a sentence's start ("Because of light pollution, …");
 * "to" opens a purpose only before a verb: not "according to the agency", "to the town".
 */
const REASON =
  /\b([Bb]ecause of|[Bb]ecause|[Dd]ue to|[Oo]wing to|[Aa]s a result of|[Ii]n order to|[Tt]hanks to|[Aa]mid|because of|because|due to|owing to|as a result of|in order to|so that|in an effort to|aimed at|in a bid to|in response to|hit by|caused by|driven by|blamed on|attributed to|linked to|traced to|thanks to|amid|for (?=(?:better|higher|bigger|greater|more|cheaper|fear|lack|want) )|after|following|since|(?<!\b(?:according|next|close|prior|up|similar|compared|due|owing|thanks|related)\s)to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|any|all|each|every|no|one|two|three|him|them|us|me)\b)(?=[a-z]+\b))\b/gu;

const FINITE_VERB =
  /\b(?:\p{L}+ed|found|was|were|had|has|is|are|became|fell|rose|lost|won|took|made|said|began|saw|left|came|went|got|gave|told|knew|thought|became|showed|did)\b/u;

/** Reasons and purposes in a text ("because …", "to address …", "amid …"). */
export function reasonSpans(text: string, from = 0): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const m of text.slice(from).matchAll(REASON)) {
    const tail = text.slice(from + m.index);
    const span = clause(tail, 220);
    // "after", "following" and "since" give a reason only with a clause ("after tests found …"),
    // not with a time or an event alone ("after a blaze near Uppsala in June").
    if (/^(?:after|following|since)\b/u.test(span) && !FINITE_VERB.test(span.replace(/^\S+\s+/u, '')))
      continue;
    if (span.split(/\s+/).length >= 3) out.push({ text: span, index: from + m.index });
  }
  return out;
}

/** Where in `text` a word with the searchable form `term` appears (first occurrence), or -1. */
export function indexOfTerm(text: string, term: string): number {
  let at = 0;
  for (const word of tokenize(text)) {
    const i = text.indexOf(word, at);
    if (normalizeTerm(word) === term) return i;
    if (i >= 0) at = i + word.length;
  }
  return -1;
}

/**
 * An object cut before "and" with a second verb ("a budget and raised taxes" → "a budget"), the
 * verbs tagged in their sentence.
 */
function beforeSecondVerb(sentence: string, object: string): string {
  const from = sentence.indexOf(object);
  if (from < 0 || !/\band\b/u.test(object)) return object;
  const { tokens } = tagText(sentence);
  const cut = tokens.findIndex(
    (t, i) =>
      t.start > from && t.end <= from + object.length && t.lower === 'and' && tokens[i + 1]?.pos === 'VERB',
  );
  return cut < 0 ? object : object.slice(0, tokens[cut]!.start - from).replace(/[\s,]+$/u, '');
}

/**
 * What follows a verb in a sentence: its object ("approved a budget" → "a budget"). For a
 * noun form after a possessive ("the council’s approval in March of a budget") it is what follows "of".
 */
export function objectAfter(text: string, verbTerm: string): string | undefined {
  const at = indexOfTerm(text, verbTerm);
  if (at < 0) return undefined;
  const word = /^[\p{L}’'-]+/u.exec(text.slice(at))?.[0] ?? '';
  let rest = text.slice(at + word.length);
  if (
    /[’']s\s+$/u.test(text.slice(0, at)) ||
    /\b(?:the|a|an|its|his|her|their)\s+$/iu.test(text.slice(0, at))
  ) {
    const of = /\bof\s+/u.exec(rest);
    if (of && of.index < 40) rest = rest.slice(of.index + of[0].length);
  }
  // "vowed Thursday to strengthen …": the day is not what was vowed.
  rest = rest.replace(
    new RegExp(
      `^\\s*(?:on\\s+|last\\s+|this\\s+)?(?:${WEEKDAY}|yesterday|today|tomorrow|week|month|year)\\b`,
      'u',
    ),
    '',
  );
  rest = rest.replace(/^\s*(?:to|on|for|about|that|up|out|off|down|back|in)?\s+/u, (m) =>
    /\bthat\b/.test(m) ? '' : m,
  );
  // An object runs on through its relative clause ("a resolution whose passage would have …").
  // It ends before an attribution too (", Mayor Dana Kirsch said on March 20") and before a
  // phrase that says how it was done (", in a 21-18 vote").
  const end =
    /[;:—]\s|[”"]|,\s+(?:and|but|while|as|he|she|they|it|which|who|saying|according)\b|,\s+(?:[\p{L}.’'-]+\s+){0,5}(?:said|says|told|added|noted|wrote|reported|announced)\b|,\s+(?:in|by|with)\s+an?\s/u.exec(
      rest,
    );
  const object = beforeSecondVerb(
    text,
    (end ? rest.slice(0, end.index) : rest)
      .replace(/[\s,.”"]+$/u, '')
      .trim()
      .replace(/^[“"]/u, ''),
  );
  const span = object.length > 220 ? `${object.slice(0, 219).replace(/\s+\S*$/u, '')}…` : object;
  return span.length > 1 && /^[\p{L}\p{N}$€£“"]/u.test(span) ? span : undefined;
}

/** The span nearest to where the question's words are in the sentence. */
export function nearest<T extends { index: number }>(spans: readonly T[], anchor: number): T | undefined {
  return [...spans].sort((a, b) => Math.abs(a.index - anchor) - Math.abs(b.index - anchor))[0];
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
