import type { SquadArticle } from './squad.ts';

/**
 * Merges the articles of several SQuAD files into one list: articles with the same title become
 * one, and a paragraph whose context is already known (in any article) takes its questions there.
 * So a file of hand-written unanswerables that copies some contexts of an article joins that
 * article's questions, whatever title it gives them. Articles and paragraphs keep first-seen order.
 * Pure: the inputs are not changed.
 */
export function mergeSquad(files: readonly (readonly SquadArticle[])[]): SquadArticle[] {
  const byTitle = new Map<string, SquadArticle>();
  const byContext = new Map<string, SquadArticle['paragraphs'][number]>();
  for (const articles of files) {
    for (const article of articles) {
      for (const paragraph of article.paragraphs) {
        const known = byContext.get(paragraph.context);
        if (known) {
          known.qas.push(...paragraph.qas);
          continue;
        }
        let target = byTitle.get(article.title);
        if (!target) {
          target = { title: article.title, paragraphs: [] };
          byTitle.set(article.title, target);
        }
        const copy = { context: paragraph.context, qas: [...paragraph.qas] };
        target.paragraphs.push(copy);
        byContext.set(copy.context, copy);
      }
    }
  }
  return [...byTitle.values()].filter((article) => article.paragraphs.length > 0);
}

/**
 * Keeps the articles named in `wanted` (titles, case-insensitive, `_` and space alike) or, for a
 * number N, the first N. Throws naming a title that is not there.
 */
export function selectArticles(
  articles: readonly SquadArticle[],
  wanted: string | undefined,
): SquadArticle[] {
  if (wanted === undefined) return [...articles];
  if (/^\d+$/.test(wanted)) return articles.slice(0, Number(wanted));
  const key = (title: string) => title.toLowerCase().replace(/[\s_]+/g, '_');
  const byKey = new Map(articles.map((a) => [key(a.title), a]));
  return wanted
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const article = byKey.get(key(name));
      if (!article)
        throw new Error(`eval: no article "${name}" (have: ${articles.map((a) => a.title).join(', ')})`);
      return article;
    });
}
