/**
 * A figure that ends a range reads as the whole range: "10 days" in "two to 10 days" is "two to
 * 10 days", since the lower bound is half of what the sentence says.
 */
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)`;
const LOWER_BOUND = new RegExp(
  String.raw`(?<![\d:])\b${NUMBER}(?:\s*(?:%|percent))?\s*(?:to|-|–|—)\s*$`,
  'iu',
);

/** "about" before "20,000 people": a figure the sentence gives as near, or as a bound, reads so. */
const QUALIFIER =
  /(?<![\p{L}])(?:about|around|nearly|almost|roughly|approximately|some|more than|less than|fewer than|at least|at most|up to)\s+$/iu;

/** "14 of the" before "16 strains": the answer is the whole of which a part is counted. */
const PART_OF = new RegExp(String.raw`(?<![\d:.,])\b${NUMBER}\s+of\s+(?:the\s+|its\s+|their\s+)?$`, 'iu');

/**
 * The answer with the lower bound of its range, when the sentence gives the answer as the top of
 * one; with the part counted of it ("killed 14 of the 16 strains": "16 strains" alone says the
 * opposite of what happened to two of them); or with the word that makes it near or a bound
 * ("about 20,000 people", "at least 3": the bare figure claims more than the story).
 */
export function withRange(answer: string, sentence: string): string {
  // A year ends a span of years ("1187–1241"), and a question asks for one of them.
  if (!/^\s*(?:\$|€|£)?\d/u.test(answer) || /^\d{4}\b/u.test(answer) || /^\d+:\d/u.test(answer))
    return answer;
  const at = sentence.indexOf(answer);
  if (at < 0) return answer;
  const before = sentence.slice(Math.max(0, at - 30), at);
  const bound = LOWER_BOUND.exec(before) ?? PART_OF.exec(before) ?? QUALIFIER.exec(before);
  return bound && !/^\d{4}/u.test(bound[0]) ? `${bound[0]}${answer}` : answer;
}
