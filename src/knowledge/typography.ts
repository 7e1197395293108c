/**
 * Characters a web page's typesetting leaves in a story that read as nothing else to the engine:
 * a non-breaking hyphen ("23‑day", U+2011) is no hyphen to the tokenizer or the span patterns
 * (the rule extractor gave "23 ‑day strike"), a no-break or thin space is no space to a pattern
 * that wants one, a soft hyphen or a zero-width space splits a word in two, and a space a careless
 * editor left before a comma or full stop ("Ilse Borchardt , gives") ends a span with it.
 */
const HYPHENS = /[\u2010\u2011\u2012]/gu;
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/gu;
const ODD_SPACES = /[\u00a0\u2007\u2009\u200a\u202f]/gu;
/** Spaces between a word and the comma, stop, colon or mark that ends its clause. */
const SPACE_BEFORE_MARK = /(?<=[\p{L}\p{N}”’)%])[ \t]+(?=[,.;:!?](?:\s|$))/gu;

/** The text with typeset hyphens and spaces made plain, and no space before a clause's mark. */
export function plainTypography(text: string): string {
  return text
    .replace(HYPHENS, '-')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(SPACE_BEFORE_MARK, '')
    .replace(/ {2,}/gu, ' ');
}
