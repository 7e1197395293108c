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
  /^(?:published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s*[\w ,:./+|-]*\d[\w ,:./+|-]*$/iu;
/** A bare date line under a byline: "November 3, 2026 at 9:12 a.m. EST", "Tuesday 14 October 2026, 16:05". */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE_LINE = new RegExp(
  String.raw`^(?:[A-Z][a-z]+day,?\s+)?(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$`,
  'u',
);
/**
 * A row of share buttons ("Share on Facebook   Share on X   Email   Copy link", "Click to share:
 * f  t  in  Email": a button's icon letters kept as text) or a listen-to slot.
 */
const SHARE_ROW =
  /^(?:click to share:?\s*|share:\s*)?(?:(?:share(?: on| via)?|facebook|x|twitter|tweet|email|e-mail|copy link|linkedin|whatsapp|print|reddit|comments?|save|f|t|in)(?:\s+|\s*[|·•]\s*|$))+$/iu;
const LISTEN = /^listen to (?:this|the) (?:article|story)(?:\s*[·|•-]?\s*\d+\s*min(?:utes?)?)?$/iu;
const SLOT =
  /^(?:advertisement|advertising|sponsored(?: content)?|share|share this(?: article| story| page)?|skip advertisement|continue reading|read more|story continues below(?: advertisement)?|live(?: updates?| blog| coverage)?|follow us(?: on [\p{L} &,]{1,40})?)$/iu;
const LINK_LINE =
  /^(?:related|read more|see also|more on this story|read also|also read|you (?:may|might) also like)\s*:\s*\S.*$/iu;
/**
 * The page's footer: a copyright line ("© Valley Courier 2028. All rights reserved.") or the
 * story's tags ("Tags: food safety, recalls"); matched before the sentence test, since a copyright line
 * ends like one.
 */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}\b))[^\n]{0,100}$/iu;
const TAGS = /^(?:tags|topics|filed under|keywords)\s*:\s*[^.!?]{1,150}$/iu;
/** "Reporting by NAME; Editing by NAME", bare or in brackets: a name follows every "by". */
const CREDIT =
  /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by [A-Z][^.!?()]*\)?\.?$/u;

/**
 * Notes the page puts around the story in sentences of their own, each led by what it is: a photo
 * caption ("Photo: …", "Photo caption: …", "… Photograph: NAME"), a newsletter or social-media
 * sign-up ("Sign up for our … newsletter"), a correction ("Correction, 20 August: An earlier
 * version …", "This article was amended on …"). Their sentences would answer questions (a
 * correction's wrong figure, a caption's names), so they are dropped however they end, up to
 * MAX_NOTE_CHARS: a longer block is prose.
 */
const MAX_NOTE_CHARS = 400;
const CAPTION =
  /^\(?(?:photo|photograph|picture|image|caption|photo caption|file photo|pictured|main picture)\s*:\s*\S/iu;
const CAPTION_CREDIT =
  /(?:\b(?:photo|photograph|picture|image|credit)\s*:\s*[\p{Lu}][\p{L}'’.&/ -]{0,60}|\((?:photo|photograph|picture|image)[^()]{0,60}\))\.?$/iu;
/** A credit after a caption's last sentence: "… by Cornelis Verhaegen. Courtesy Harmsen & Co." */
const COURTESY_CREDIT =
  /(?:^|[.!?]["”’)]?\s)(?:Image |Photo |Picture )?Courtesy(?: of)? \p{Lu}[\p{L}'’.&/ -]{0,60}\.?$/u;
const SIGN_UP =
  /^(?:sign up|subscribe|follow us|join us|get our|never miss)\b[^.!?]{0,160}\b(?:newsletter|inbox|social media|updates|alerts)\b[^.!?]{0,100}[.!?]?$/iu;
/** The comments slot under a story: "Comments are closed on this article." */
const COMMENTS_NOTE = /^comments (?:are|have been) (?:closed|disabled|turned off)\b[^.!?]{0,60}[.!?]?$/iu;
const CORRECTION =
  /^(?:(?:corrections?|clarification|editor[’']s note)\b[^:]{0,40}:\s|this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected|updated)\b)/iu;

/**
 * A one-sentence caption with its credit alone in brackets after it ("The Glide 2 was sold online.
 * (Veltra)"): the brackets hold only capitalised words, as a picture agency's or owner's name.
 */
const BRACKET_CREDIT =
  /^[^.!?()]+[.!?] \((?:\p{Lu}[\p{L}'’&.-]*)(?:(?: | ?\/ ?)(?:\p{Lu}[\p{L}'’&.-]*|via|for))*\)$/u;

/** Whether one short block or line is a caption, a sign-up or a correction note (see CAPTION). */
function isNote(text: string): boolean {
  if (text.length > MAX_NOTE_CHARS) return false;
  return (
    CAPTION.test(text) ||
    SIGN_UP.test(text) ||
    CORRECTION.test(text) ||
    COMMENTS_NOTE.test(text) ||
    CAPTION_CREDIT.test(text) ||
    COURTESY_CREDIT.test(text) ||
    BRACKET_CREDIT.test(text)
  );
}

/** Whether one line is page furniture rather than part of the story. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (isNote(text)) return true;
  if (text.length > MAX_FURNITURE_CHARS) return false;
  if (SLOT.test(text) || LINK_LINE.test(text) || CREDIT.test(text)) return true;
  if (DATE_LINE.test(text) || SHARE_ROW.test(text) || LISTEN.test(text)) return true;
  if (COPYRIGHT.test(text) || TAGS.test(text)) return true;
  if (/[.!?]["”’)]?$/u.test(text) && !/\b[A-Z]\.$/u.test(text)) return false;
  return STAMP.test(text) || BYLINE.test(text) || isFurnitureRow(text);
}

/**
 * A line of furniture parts apart by bars ("By Pieter de Wolf | 17 May 2027, 22:10 CET",
 * "Live updates | Last updated 6 minutes ago"): each part is furniture on its own. A wire's name
 * beside a date ("Coastline Wire | 23 September 2027 | 09:12 UTC") is kept: dropping it too
 * (2026-12-03, eighth probe) moved no answer of the probes but answered one trick of the seventh
 * ("how much ivory was seized at port kalani" → "2.6 tonnes", the lede now ¶1).
 */
function isFurnitureRow(text: string): boolean {
  const parts = text.split(/\s+\|\s+/u);
  return parts.length > 1 && parts.every((part) => part !== '' && isFurnitureLine(part));
}

/** A job title on the line under a byline ("Chief Football Writer"): capitalised words, no sentence. */
const ROLE_LINE = new RegExp(String.raw`^${CAP}(?:\s+(?:${CAP}|and|of|for|the|in|at))*$`, 'u');

/** The head of a list of links to other stories: "Related stories", "Most popular", "More from Sport". */
const LINK_LIST_HEAD =
  /^(?:related(?: stories| articles| content| coverage| links)?|more on this story|more from [\p{L} &]{1,30}|most (?:popular|read|viewed)|you (?:may|might) also like|trending(?: now)?|top stories|recommended|read next|what to read next)\s*:?$/iu;
/** A linked headline in such a list: short, maybe numbered or bulleted, not a sentence. */
const LINKED_HEADLINE = /^(?:\d{1,2}[.)]?\s+|[-–—•*]\s+)?\p{Lu}[^\n]{0,110}$/u;

/**
 * Whether a block is a list of links to other stories: a list head on its own line (or a first
 * "Read more: …" link), then only headline lines (no line ending like a sentence). Its headlines are
 * other stories', not this one's.
 */
function isLinkList(lines: readonly string[]): boolean {
  const [head, ...rest] = lines.map((line) => line.trim());
  return (
    rest.length > 0 &&
    (LINK_LIST_HEAD.test(head!) || LINK_LINE.test(head!)) &&
    rest.every((line) => LINKED_HEADLINE.test(line) && !/[.!?]["”’)]?$/u.test(line))
  );
}

/**
 * Whether a block is furniture: every line is, or it is a byline with the writer's job title on
 * the lines under it, or a whole caption, sign-up or correction note wrapped over several lines,
 * or a list of links to other stories.
 */
export function isFurnitureBlock(block: string): boolean {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  if (lines.every(isFurnitureLine) || isNote(lines.join(' ').trim()) || isLinkList(lines)) return true;
  const [first, ...rest] = lines;
  return (
    BYLINE.test(first!.trim()) &&
    rest.length <= 2 &&
    rest.every((line) => line.trim().length <= 60 && ROLE_LINE.test(line.trim()))
  );
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

/**
 * A wire dateline at the head of the lede: the place in capitals, an optional region and date, an
 * optional agency in brackets, then a dash ("LUMERA, Valdoria, March 9 (Pacific Wire Service) - ",
 * "HALDEN — ", "(Coastal Press) -- "). Read as the story, its capitals and its agency answer "who"
 * questions ("Who directed the film?" → "MARVELL"); the sentence after it is the lede.
 */
const DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+)*(?:, +\p{Lu}[\p{L}'’.]*(?: [\p{L}\d'’.]+){0,3}){0,3}(?: *\(([^()\n]{2,60})\))?|\(([^()\n]{2,60})\)) *(?:-{1,2}|–|—) +(?=["“‘'\p{Lu}\d])`,
  'u',
);

/** The lede without its wire dateline, and the agency the dateline names (see DATELINE). */
export function dropDateline(lede: string): { text: string; agency?: string } {
  const match = DATELINE.exec(lede);
  if (!match) return { text: lede };
  const agency = (match[1] ?? match[2])?.trim();
  return { text: lede.slice(match[0].length), ...(agency ? { agency } : {}) };
}
