/** SQuAD articles as lede stories: one story per article, one paragraph per context. */
import { parseStory } from '../../src/knowledge/parseStory.ts';
import type { Story } from '../../src/knowledge/types.ts';
import type { SquadArticle } from '../eval/squad.ts';

export const storyIdOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** An article as a story; paragraph i + 1 is context i (contexts hold no blank lines). */
export function storyOfArticle(article: SquadArticle): Story {
  const title = article.title.replace(/_/g, ' ');
  const body = article.paragraphs.map((p) => p.context.replace(/\s*\n+\s*/g, ' ').trim()).join('\n\n');
  const id = storyIdOf(article.title);
  return parseStory({ id, file: `${id}.txt`, text: `${title}\n\n${body}` });
}
