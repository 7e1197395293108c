/**
 * "How many started last year?" over "A record 41,500 runners started the race, up from 38,000
 * last year": news gives a figure and the one it is compared with in one sentence, each beside its
 * own time ("up from 38,000 last year", "down from 1.3 million tonnes two years ago", "up from
 * 6 euros in 2026"). When the question names one of those times and the answer is the sentence's
 * other figure, the figure asked is the one the time follows.
 */
import { escapeRegExp } from './extractSpan.ts';

/** A time a question names that a sentence writes right after a figure. */
const TIME_ASKED = [
  // "in 2026", "2019"
  /\b(?:1[5-9]|20)\d\d\b/u,
  // "last year", "two years ago", "a year earlier", "this season"
  /\b(?:last|previous|this|next|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|months?|weeks?|days?|decades?|seasons?|quarters?)(?:\s+(?:ago|earlier|before))?\b/iu,
];

/** A figure with its unit ("1.3 million tonnes", "6 euros", "38,000", "£2.4m") at the end of a text. */
const FIGURE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:%|percent|per cent|m|bn|k))?(?:\s+(?:million|billion|trillion|thousand))?(?:\s+\p{L}+){0,2}?)\s+(?:in\s+)?$`,
  'u',
);

/** Words that end a unit: what follows them is no figure's noun ("38,000 from last year"). */
const NOT_A_UNIT = new Set([
  'up',
  'down',
  'from',
  'to',
  'than',
  'and',
  'or',
  'the',
  'a',
  'an',
  'at',
  'by',
  'of',
  'on',
]);

/**
 * The figure the sentence gives beside the time the question names, when the answer is another
 * figure of that sentence (and not itself beside that time); undefined otherwise.
 */
export function figureOfTimeAsked(question: string, answer: string, sentence: string): string | undefined {
  if (!/\d/u.test(answer) || !sentence.includes(answer)) return undefined;
  for (const pattern of TIME_ASKED) {
    const time = pattern.exec(question)?.[0];
    if (time === undefined) continue;
    const at = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(time)}(?![\p{L}\p{N}])`, 'iu').exec(
      sentence,
    );
    if (!at) continue;
    const figure = FIGURE_BEFORE.exec(sentence.slice(0, at.index))?.[1];
    if (!figure || figure === time) continue;
    const words = figure.split(/\s+/u).slice(1);
    if (words.some((word) => NOT_A_UNIT.has(word.toLowerCase()))) continue;
    if (answer.includes(figure) || figure.includes(answer)) return undefined;
    return figure;
  }
  return undefined;
}
