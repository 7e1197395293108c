/**
 * The question word and the type of answer it wants, for the ranker's features ("who" wants a
 * person or organisation, "when" a date, "how many" a figure, "where" a place …).
 */
import { tokenize } from '../search/terms.ts';

export const WH_CLASSES = [
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how-many',
  'how-much',
  'how-adj',
  'how',
  'which',
  'what-year',
  'what-number',
  'what-place',
  'what-person',
  'what',
  'yes-no',
  'other',
] as const;
export type WhClass = (typeof WH_CLASSES)[number];

const PLACE_NOUNS =
  /^(?:city|cities|country|countries|state|states|place|places|town|towns|region|regions|county|province|location|continent|island|river|area|district|venue|stadium|building|street|nation|neighborhood)$/u;
const PERSON_NOUNS =
  /^(?:person|people|man|woman|men|women|player|players|president|king|queen|leader|leaders|author|writer|composer|founder|team|teams|company|companies|organization|group|band|actor|actress|singer|scientist|emperor|ruler|coach|quarterback|name|son|daughter|wife|husband|father|mother|artist|architect|member|members|character|minister|bishop|pope|general|owner|club|network)$/u;
const TIME_NOUNS = /^(?:year|years|date|day|month|century|decade|time|era|period|season|age)$/u;
const NUMBER_NOUNS =
  /^(?:percentage|percent|number|amount|proportion|share|total|price|cost|size|height|length|population|score|rate|temperature|distance|speed|weight)$/u;

/** The question word class of a question ("How many …" → how-many, "In what year …" → what-year). */
export function whClassOf(question: string): WhClass {
  const words = tokenize(question.toLowerCase());
  const at = words.findIndex((w) => /^(?:who|whom|whose|when|where|why|how|which|what)$/u.test(w));
  if (at < 0)
    return /^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)$/u.test(words[0] ?? '')
      ? 'yes-no'
      : 'other';
  const w = words[at]!;
  const next = words[at + 1] ?? '';
  const after = words.slice(at + 1, at + 4);
  if (w === 'how') {
    if (next === 'many') return 'how-many';
    if (next === 'much') return 'how-much';
    if (/^(?:long|old|far|big|large|often|tall|high|fast|old|wide|deep|heavy)$/u.test(next)) return 'how-adj';
    return 'how';
  }
  if (w === 'what' || w === 'which') {
    const noun =
      after.find((x) => !/^(?:is|was|are|were|the|a|an|did|does|do|type|kind|sort|of)$/u.test(x)) ?? '';
    if (TIME_NOUNS.test(noun)) return 'what-year';
    if (NUMBER_NOUNS.test(noun)) return 'what-number';
    if (PLACE_NOUNS.test(noun)) return 'what-place';
    if (PERSON_NOUNS.test(noun)) return 'what-person';
    return w === 'which' ? 'which' : 'what';
  }
  return w as WhClass;
}
