/**
 * Lines a news page carries around the story that are not part of it: the byline ("By Ana Kovac,
 * Legal Affairs Correspondent"), time stamps ("Published: 14 October 2025 07:05"), an
 * "Advertisement" slot, "Share this article", a "Related: …" link and the wire credit ("Reporting
 * by …; Editing by …"). A scraper keeps them as lines or paragraphs of their own; read as the story,
 * a byline becomes ¶1 (and the paragraph numbers of every citation shift), a time stamp joins the
 * title, and a credit's names answer "who" questions.
 *
 * Each pattern is anchored at both ends of one short line and matches no sentence: a line that
 * ends like a sentence (". ! ?") or holds a lower-case word where a name should stand is kept.
 */

/** Longer lines are prose, whatever they start with. */
const MAX_FURNITURE_CHARS = 120;

/** A capitalised word of a name or a job title (Legal, O'Neil, Jean-Luc, Dr.). */
const CAP = String.raw`[A-Z][\p{L}'’.-]*`;
const NAME = String.raw`${CAP}(?:\s+(?:${CAP}|de|van|von|der|la|le|da|bin|al))*`;
/** "By NAME", "By NAME and NAME", "By NAME, Role Words", "By NAME in Place". */
const BYLINE = new RegExp(
  String.raw`^(?:By|BY)\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME})*(?:\s*(?:,|\||-|–|—|in)\s*(?:${CAP}|and|of|for|the|in)(?:\s+(?:${CAP}|and|of|for|the|in))*)?$`,
  'u',
);
const STAMP =
  /^(?:published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s*[\w ,:./+-]*\d[\w ,:./+-]*$/iu;
const SLOT =
  /^(?:advertisement|advertising|sponsored(?: content)?|share|share this(?: article| story| page)?|skip advertisement|continue reading|read more|story continues below(?: advertisement)?)$/iu;
const LINK_LINE = /^(?:related|read more|see also|more on this story|read also|also read)\s*:\s*\S.*$/iu;
/** "Reporting by NAME; Editing by NAME", bare or in brackets: a name follows every "by". */
const CREDIT =
  /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by [A-Z][^.!?()]*\)?\.?$/u;

/** Whether one line is page furniture rather than part of the story. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > MAX_FURNITURE_CHARS) return false;
  if (SLOT.test(text) || LINK_LINE.test(text) || CREDIT.test(text)) return true;
  if (/[.!?]["”’)]?$/u.test(text) && !/\b[A-Z]\.$/u.test(text)) return false;
  return STAMP.test(text) || BYLINE.test(text);
}

/** Whether every line of a block is furniture: the block is no paragraph. */
export function isFurnitureBlock(block: string): boolean {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every(isFurnitureLine);
}

/**
 * The blocks of a story without its furniture: blocks that are only furniture are dropped, and
 * furniture lines are cut from the head blocks (the title's, the dateline's: the first `head`),
 * where a scraper stacks title, byline and time stamp without blank lines between them. Lines of
 * later blocks are never cut one by one: a paragraph wrapped at a line break stays whole.
 */
export function dropFurniture(blocks: readonly string[], head = 2): string[] {
  return blocks.flatMap((block, i) => {
    if (isFurnitureBlock(block)) return [];
    if (i >= head) return [block];
    const kept = block.split('\n').filter((line) => !isFurnitureLine(line));
    return kept.length > 0 ? [kept.join('\n')] : [];
  });
}
