/**
 * A list as a page's text leaves it: two lines or more, each led by a bullet ("•", "-", "*", "–")
 * or a number ("1.", "2)"). Healed as one paragraph the items run together into one sentence
 * ("More than 40 flood warnings are in force • 60 schools will stay closed on Monday • …"), and a
 * span of one item reads as the next one's; written as sentences each item keeps its own words.
 */

/** A list item's mark: a bullet or a number of one or two digits, then a space. */
const ITEM = /^\s*(?:[•·▪◦*+\-–—]|\d{1,2}[.)])\s+(?=\S)/u;
/** An item that ends like a sentence (or a lead-in to more) keeps its own stop. */
const ENDS_LIKE_SENTENCE = /[.!?:;]["”’)]?$/u;

/** A list's lead-in line above its items: "What to do if you think you have won:". */
const LEAD_IN = /:\s*$/u;
/** A lead-in longer than this is prose that happens to end in a colon, not a list's head. */
const MAX_LEAD_IN_CHARS = 150;

/**
 * The items of a list as sentences, one a line, after the lead-in line that heads them (kept as it
 * is), or the block as it was when it is no such list.
 */
export function readTextList(block: string): string {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  const first = lines[0];
  const leadIn =
    first !== undefined && !ITEM.test(first) && first.length <= MAX_LEAD_IN_CHARS && LEAD_IN.test(first);
  const items = leadIn ? lines.slice(1) : lines;
  if (items.length < 2 || !items.every((line) => ITEM.test(line))) return block;
  const sentences = items.map((line) => {
    const item = line.replace(ITEM, '').trim();
    return ENDS_LIKE_SENTENCE.test(item) ? item : `${item}.`;
  });
  return (leadIn ? [first.trim(), ...sentences] : sentences).join('\n');
}
