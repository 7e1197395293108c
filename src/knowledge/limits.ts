/**
 * Every bound the knowledge loader puts on a story file, in one place, each with its reason. A
 * story file comes from whoever can commit to the stories folder: nothing in it may make loading
 * slow or a reply huge.
 */

/** A story file larger than this is skipped: 5 MB of text loads in about a second (npm run bench -- --parse). */
export const MAX_STORY_BYTES = 5 * 1024 * 1024;

/**
 * A title (front matter, `# heading` or headline line) longer than this is cut, with "…": Discord
 * shows at most 256 characters of an embed title, and every reply that cites the story carries it.
 */
export const MAX_TITLE_CHARS = 256;

/** A source, section or date longer than this is cut, with "…": the 256 of an embed author or field name. */
export const MAX_META_CHARS = 256;

/** A front-matter `url` longer than this is dropped (longer than any link a browser or Discord keeps). */
export const MAX_URL_CHARS = 2048;

/**
 * Front matter must close within this many characters, or the file has none (it is read as text):
 * real front matter is a few lines, and the YAML parser should not be handed megabytes.
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/**
 * A paragraph longer than this is split at sentence ends into paragraphs no longer than it (a
 * sentence longer than it is cut at a space): the longest paragraph of the SQuAD dev articles in
 * ../shared/squad is 2,166 characters, and Discord's embed description holds 4,096, so a cited
 * paragraph can still be shown whole. It also bounds the per-paragraph work of fact extraction,
 * which is not linear in one paragraph's length.
 */
export const MAX_PARAGRAPH_CHARS = 4000;

/**
 * A story of more paragraphs than this is skipped (split it into stories): the longest SQuAD dev
 * article has 98, and a 5 MB story of 1,000-character paragraphs about 5,000. What the byte bound
 * does not stop: 1 MB of three-character paragraphs is 200,000 of them, which took 13 s and 437 MB
 * to index (5 MB: about a minute and 2 GB, enough to kill a small host).
 */
export const MAX_PARAGRAPHS_PER_STORY = 10_000;

/**
 * Longest link text, link target or emphasised span the Markdown stripper removes the marks of; a
 * longer one is left as written. Real ones are a few words; the bound keeps each match attempt
 * short (a 300 KB file of unclosed markup froze a reindex for 27 s before).
 */
export const MAX_MARKUP_SPAN = 1000;

/**
 * A line longer than this is not a row of a table of figures (textTable.ts): a row is a label, a
 * leader and a figure ("Canada ............... 35,000", a few dozen characters). The bound keeps
 * reading a row at most 200² steps, whatever the line holds.
 */
export const MAX_TABLE_ROW_CHARS = 200;
