/**
 * Builds data/train/news-squad2.json (SQuAD v2.0 JSON) from the hand-written news stories in
 * data/train/src/<slug>.txt: training data for the span ranker and the refusal model (never
 * evaluation data; see data/train/README.md).
 *
 * A source file has three parts separated by lines that are exactly `---`:
 *   1. `title: <story title>`
 *   2. the story, one paragraph per line, in order (every paragraph goes into the output)
 *   3. questions, one a line: `paragraph<TAB>kind<TAB>question<TAB>span[ | span …]`
 *      kind is `answer` (answerable; 1–3 gold spans) or a trick label (unanswerable; one
 *      plausible span). Spans are copied exactly from the paragraph (0-based index); the first
 *      occurrence gives `answer_start`.
 * Lines that start with `#` are notes. Ids are `n-<slug>-<n>`, n the question's place in its file,
 * so the output is the same on every run and appending a question never renumbers the others.
 *
 * Usage: npm run train:news
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'prettier';
import { TRICKS, type Trick } from '../unanswerable/build.js';

export const SOURCE_DIR = 'data/train/src';
export const OUTPUT = 'data/train/news-squad2.json';

interface Span {
  text: string;
  answer_start: number;
}

interface Qa {
  id: string;
  question: string;
  answers: Span[];
  is_impossible: boolean;
  plausible_answers?: Span[];
  trick?: Trick;
}

export interface NewsArticle {
  title: string;
  paragraphs: { context: string; qas: Qa[] }[];
}

const ANSWER = 'answer';

/** One question line → its paragraph index and SQuAD question; throws naming `file:line`. */
function parseQuestion(line: string, where: string, id: string, paragraphs: string[]): [number, Qa] {
  const [index, kind, question, spans, ...rest] = line.split('\t');
  if (spans === undefined || rest.length > 0) throw new Error(`${where}: expected 4 tab-separated fields`);
  if (!/^\d+$/.test(index ?? '')) throw new Error(`${where}: paragraph "${index}" is not an index`);
  const context = paragraphs[Number(index)];
  if (context === undefined) throw new Error(`${where}: the story has no paragraph ${index}`);
  const located = spans.split(' | ').map((text): Span => {
    const start = context.indexOf(text);
    if (text === '' || start < 0) throw new Error(`${where}: "${text}" is not in paragraph ${index}`);
    return { text, answer_start: start };
  });
  if (kind === ANSWER) {
    if (located.length > 3) throw new Error(`${where}: at most 3 answer spans`);
    return [Number(index), { id, question: question!, answers: located, is_impossible: false }];
  }
  if (!(TRICKS as readonly string[]).includes(kind ?? ''))
    throw new Error(`${where}: kind "${kind}" is neither "${ANSWER}" nor one of ${TRICKS.join(', ')}`);
  if (located.length !== 1) throw new Error(`${where}: an unanswerable takes one plausible span`);
  const qa = { id, question: question!, answers: [], is_impossible: true, plausible_answers: located };
  return [Number(index), { ...qa, trick: kind as Trick }];
}

/** Parses one story source into a SQuAD v2.0 article; throws naming the file and line at fault. */
export function parseStory(slug: string, text: string, file: string): NewsArticle {
  const lines = text.split('\n').map((l) => l.trimEnd());
  const at = (i: number): string => `${file}:${i + 1}`;
  const cuts = lines.flatMap((l, i) => (l === '---' ? [i] : []));
  if (cuts.length !== 2) throw new Error(`${file}: expected exactly two "---" separators`);
  const [head, body] = cuts as [number, number];
  const titleLine = lines.slice(0, head).find((l) => l.startsWith('title: '));
  if (!titleLine) throw new Error(`${file}: no "title: " line before the first "---"`);
  const keep = (l: string): boolean => l !== '' && !l.startsWith('#');
  const paragraphs = lines.slice(head + 1, body).filter(keep);
  if (paragraphs.length === 0) throw new Error(`${file}: the story has no paragraphs`);
  const qas = paragraphs.map((): Qa[] => []);
  let n = 0;
  lines.forEach((line, i) => {
    if (i <= body || !keep(line)) return;
    n += 1;
    const [index, qa] = parseQuestion(line, at(i), `n-${slug}-${n}`, paragraphs);
    qas[index]!.push(qa);
  });
  return {
    title: titleLine.slice('title: '.length),
    paragraphs: paragraphs.map((context, i) => ({ context, qas: qas[i]! })),
  };
}

async function main(): Promise<void> {
  const files = (await readdir(SOURCE_DIR)).filter((f) => f.endsWith('.txt')).sort();
  const data: NewsArticle[] = [];
  for (const f of files) {
    const file = path.join(SOURCE_DIR, f);
    data.push(parseStory(path.basename(f, '.txt'), await readFile(file, 'utf8'), file));
  }
  const json = await format(JSON.stringify({ version: 'v2.0', data }), { parser: 'json', printWidth: 110 });
  await writeFile(OUTPUT, json);
  const all = data.flatMap((a) => a.paragraphs.flatMap((p) => p.qas));
  const impossible = all.filter((q) => q.is_impossible).length;
  const tricks = TRICKS.map((t) => `${t} ${all.filter((q) => q.trick === t).length}`).join(', ');
  console.log(`${OUTPUT}: ${data.length} stories, ${all.length} questions, ${impossible} unanswerable`);
  console.log(`tricks: ${tricks}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
