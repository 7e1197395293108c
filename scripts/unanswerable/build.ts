/**
 * Builds data/unanswerable/squad-13-unanswerable.json (SQuAD v2.0 JSON) from the hand-written
 * sources in data/unanswerable/src/<Title>.tsv, one file per article of the shared SQuAD copy.
 *
 * A source line is `paragraph<TAB>trick<TAB>question<TAB>plausible answer`: the paragraph is its
 * 0-based index in the article, the plausible answer is copied exactly from that paragraph (its
 * first occurrence becomes `answer_start`). Lines that are empty or start with `#` are notes.
 * Ids are `u-<Title>-<n>`, n the line's place among its article's questions in the source, so the
 * output is the same on every run and appending a question never renumbers the others.
 *
 * Usage: npm run unanswerable:build
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'prettier';

export const SHARED_SQUAD = '../shared/squad/squad-1.1-dev-13-articles.json';
export const SOURCE_DIR = 'data/unanswerable/src';
export const OUTPUT = 'data/unanswerable/squad-13-unanswerable.json';

/** The ways a question is made unanswerable (SQuAD 2.0, Rajpurkar, Jia & Liang 2018, §3). */
export const TRICKS = [
  'negation',
  'antonym',
  'entity-swap',
  'number-swap',
  'left-open',
  'impossible-condition',
  'mutual-exclusion',
  'other-entity',
] as const;
export type Trick = (typeof TRICKS)[number];

export interface SourceLine {
  title: string;
  paragraph: number;
  trick: Trick;
  question: string;
  plausible: string;
  /** Where the line is, for error messages: `file:line`. */
  where: string;
}

interface SharedArticle {
  title: string;
  paragraphs: { context: string }[];
}

/** Parses one article's source; throws naming the file and line of a malformed one. */
export function parseSource(title: string, text: string, file: string): SourceLine[] {
  return text.split('\n').flatMap((raw, i) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return [];
    const where = `${file}:${i + 1}`;
    const [paragraph, trick, question, plausible, ...rest] = line.split('\t');
    if (plausible === undefined || rest.length > 0)
      throw new Error(`${where}: expected 4 tab-separated fields`);
    if (!/^\d+$/.test(paragraph ?? '')) throw new Error(`${where}: paragraph "${paragraph}" is not an index`);
    if (!(TRICKS as readonly string[]).includes(trick ?? ''))
      throw new Error(`${where}: trick "${trick}" is not one of ${TRICKS.join(', ')}`);
    return [
      { title, paragraph: Number(paragraph), trick: trick as Trick, question: question!, plausible, where },
    ];
  });
}

/** SQuAD v2.0 JSON for the source lines, grouped by article and paragraph in the shared file's order. */
export function buildSquadV2(shared: SharedArticle[], lines: SourceLine[]): object {
  const data = shared.flatMap((article) => {
    const mine = lines.filter((l) => l.title === article.title);
    if (mine.length === 0) return [];
    const paragraphs = article.paragraphs.flatMap((p, index) => {
      const here = mine.filter((l) => l.paragraph === index);
      if (here.length === 0) return [];
      const qas = here.map((l) => {
        const start = p.context.indexOf(l.plausible);
        if (start < 0) throw new Error(`${l.where}: "${l.plausible}" is not in paragraph ${index}`);
        return {
          id: `u-${article.title}-${mine.indexOf(l) + 1}`,
          question: l.question,
          answers: [],
          is_impossible: true,
          plausible_answers: [{ text: l.plausible, answer_start: start }],
          trick: l.trick,
        };
      });
      return [{ context: p.context, qas }];
    });
    return [{ title: article.title, paragraphs }];
  });
  for (const l of lines) {
    const article = shared.find((a) => a.title === l.title);
    if (!article) throw new Error(`${l.where}: no article "${l.title}" in the shared file`);
    if (l.paragraph >= article.paragraphs.length)
      throw new Error(`${l.where}: "${l.title}" has no paragraph ${l.paragraph}`);
  }
  return { version: 'v2.0', data };
}

async function main(): Promise<void> {
  const shared = (JSON.parse(await readFile(SHARED_SQUAD, 'utf8')) as { data: SharedArticle[] }).data;
  const files = (await readdir(SOURCE_DIR)).filter((f) => f.endsWith('.tsv')).sort();
  const lines: SourceLine[] = [];
  for (const f of files) {
    const file = path.join(SOURCE_DIR, f);
    lines.push(...parseSource(path.basename(f, '.tsv'), await readFile(file, 'utf8'), file));
  }
  const json = await format(JSON.stringify(buildSquadV2(shared, lines)), {
    parser: 'json',
    printWidth: 110,
  });
  await writeFile(OUTPUT, json);
  console.log(`${OUTPUT}: ${lines.length} questions from ${files.length} articles`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
