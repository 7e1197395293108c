import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseStory, storyIdFromFile } from '../../src/knowledge/parseStory.ts';
import type { SquadArticle } from './squad.ts';

/** The file an article is written to: its title, made safe for a file name. */
export const storyFileOf = (title: string): string =>
  `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'article'}.txt`;

/** The story id lede gives that file, which its citations name. */
export const storyIdOf = (title: string): string => storyIdFromFile(storyFileOf(title));

/** A context as one line: a blank line inside it would split it into two paragraphs. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * An article in lede's plain-text story format: the title line, a blank line, then one paragraph
 * per context, so body paragraph i + 1 is context i.
 */
export function storyTextOf(article: SquadArticle): string {
  const title = oneLine(article.title.replace(/_/g, ' '));
  return [title, ...article.paragraphs.map((p) => oneLine(p.context))].join('\n\n') + '\n';
}

/**
 * Checks that lede reads the story back as exactly the article's paragraphs, in order; throws
 * naming the first paragraph that differs (a context the story parser would take for a title,
 * a section or a source line).
 */
export function checkRoundTrip(article: SquadArticle): void {
  const file = storyFileOf(article.title);
  const story = parseStory({ id: storyIdFromFile(file), file, text: storyTextOf(article) });
  const want = article.paragraphs.map((p) => oneLine(p.context));
  const got = story.paragraphs.map((p) => p.text);
  const at = want.findIndex((text, i) => got[i] !== text);
  if (at >= 0 || got.length !== want.length) {
    const i = at >= 0 ? at : Math.min(want.length, got.length);
    throw new Error(
      `eval: "${article.title}" does not load back as its paragraphs: paragraph ${i + 1} ` +
        `reads ${JSON.stringify(got[i]?.slice(0, 60))}, want ${JSON.stringify(want[i]?.slice(0, 60))}`,
    );
  }
}

/** The folders written for a run, and how to remove them. */
export interface SquadFolders {
  /** One folder per knowledge base: per article, or one for all. */
  folders: { dir: string; articles: SquadArticle[] }[];
  remove: () => Promise<void>;
}

/**
 * Writes every article as a story file under a fresh temporary folder: one knowledge folder per
 * article, or, with `allInOne`, one folder holding every article.
 */
export async function writeSquadFolders(
  articles: readonly SquadArticle[],
  allInOne: boolean,
): Promise<SquadFolders> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lede-squad-'));
  const groups = allInOne ? [[...articles]] : articles.map((a) => [a]);
  const folders: SquadFolders['folders'] = [];
  for (const [i, group] of groups.entries()) {
    const dir = path.join(root, allInOne ? 'all' : String(i + 1).padStart(3, '0'));
    await mkdir(dir);
    for (const article of group) {
      checkRoundTrip(article);
      await writeFile(path.join(dir, storyFileOf(article.title)), storyTextOf(article));
    }
    folders.push({ dir, articles: group });
  }
  return { folders, remove: () => rm(root, { recursive: true, force: true }) };
}
