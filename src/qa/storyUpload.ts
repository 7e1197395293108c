/**
 * A story file offered from outside (an attachment to /story add), checked exactly as the loader
 * checks the files of the knowledge folder, and named safely. Pure: bytes in, a verdict out.
 */
import { decodeStoryFile, MAX_STORY_BYTES } from '../knowledge/loadStories.ts';
import { parseStory, storyIdFromFile } from '../knowledge/parseStory.ts';
import type { Story } from '../knowledge/types.ts';
import { deriveFacts } from '../search/facts.ts';

export { MAX_STORY_BYTES };

/** The file types a story may be uploaded as (the loader also reads `.markdown`; uploads use these two). */
export const STORY_UPLOAD_EXTENSIONS = ['.txt', '.md'] as const;
/** A stored file name's stem is cut to this many characters. */
export const MAX_STORY_SLUG_LENGTH = 80;

/** What a new story holds, for the reply to the admin who added it. */
export interface StoryProfile {
  title: string;
  paragraphs: number;
  people: string[];
  /** Acronyms, with their long form when the story gives one ("TEU = twenty-foot equivalent unit"). */
  acronyms: string[];
}

export interface CheckedStory {
  /** The safe name to store it under: a slug and the extension, no path, not a dot file. */
  fileName: string;
  story: Story;
  profile: StoryProfile;
}

/** The extension of an uploaded file's name if it is a story type, else undefined. */
export function storyExtension(uploadName: string): '.txt' | '.md' | undefined {
  const ext = /\.[^.]+$/.exec(uploadName)?.[0]?.toLowerCase();
  return STORY_UPLOAD_EXTENSIONS.find((e) => e === ext);
}

/** The stored name: a slug of the upload's name (else of the title) and the extension. */
export function storyFileName(uploadName: string, title: string, ext: '.txt' | '.md'): string {
  const fromName = storyIdFromFile(uploadName.replace(/^.*[\\/]/, ''));
  const slug = fromName !== 'story' ? fromName : storyIdFromFile(`${title}.x`);
  return `${slug.slice(0, MAX_STORY_SLUG_LENGTH).replace(/-+$/, '') || 'story'}${ext}`;
}

/**
 * Checks an uploaded story as the loader would (size, UTF-8, not binary, not empty, a body
 * paragraph, valid front matter) and names it. Returns why not when it cannot be a story.
 */
export function checkStoryUpload(uploadName: string, bytes: Buffer): CheckedStory | { reason: string } {
  const ext = storyExtension(uploadName);
  if (!ext) return { reason: 'not a .txt or .md file' };
  const decoded = decodeStoryFile(bytes);
  if ('reason' in decoded) return decoded;
  let story: Story;
  try {
    // Parsed once under the upload's own extension (Markdown or plain text), then named.
    const draft = parseStory({ id: 'upload', file: `upload${ext}`, text: decoded.text });
    const fileName = storyFileName(uploadName, draft.title, ext);
    story = parseStory({ id: storyIdFromFile(fileName), file: fileName, text: decoded.text });
  } catch (error) {
    return { reason: (error as Error).message };
  }
  return { fileName: story.file, story, profile: profileOf(story) };
}

const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]{1,9}(?![\p{L}\p{N}])/gu;

/** Title, paragraph count, people and acronyms of a story. */
export function profileOf(story: Story): StoryProfile {
  const facts = deriveFacts(story);
  const meanings = new Map(
    facts.definitions
      .filter((d) => d.kind === 'acronym' || /^[\p{Lu}\p{N}]+$/u.test(d.term))
      .map((d) => [d.term, d.meaning]),
  );
  const acronyms = new Set<string>();
  for (const p of story.paragraphs) for (const [m] of p.text.matchAll(ACRONYM)) acronyms.add(m);
  return {
    title: story.title,
    paragraphs: story.paragraphs.length,
    people: facts.people.people.map((p) => p.name),
    acronyms: [...acronyms].map((a) => (meanings.has(a) ? `${a} = ${meanings.get(a)}` : a)),
  };
}
