/**
 * Generates unanswerable questions (SQuAD v2.0 JSON, `"generated": true`) from the answerable
 * crowd questions of the shared SQuAD copy, by five transformations that turn a question about a
 * paragraph into one the paragraph does not answer:
 *
 * - entity-swap: a name in the question becomes another name of the same kind from the same
 *   article (kinds come from the article's own gold answers: who → agent, where → place, other
 *   capitalised answers → name) that never appears in the paragraph;
 * - number-swap: a number or year in the question that the paragraph states becomes a nearby
 *   different one that appears nowhere in the article;
 * - negation: "not" goes after the auxiliary of the question's verb ("was named" → "was not
 *   named", "did … win" → "did … not win"), or "never" before a past-tense verb after "Who";
 * - antonym: a word of the question that the paragraph uses becomes its opposite from a small
 *   general list (first/last, won/lost, north/south, …) when the paragraph never uses the opposite;
 * - other-article: the question is asked against the paragraph of another article that shares the
 *   most content words with it, out of a seeded random sample.
 *
 * Everything is deterministic (a seeded PRNG, no network): the same shared file gives the same
 * output byte for byte. Generated questions are noisier than the hand-written ones (a negated
 * question is sometimes answered by another entity of the text); they are training data, not
 * evaluation data. Usage: npm run unanswerable:generate
 */
import { readFile, writeFile } from 'node:fs/promises';
import { format } from 'prettier';
import { SHARED_SQUAD } from './build.ts';

export const GENERATED_OUTPUT = 'data/unanswerable/squad-13-generated.json';

/** The PRNG seed; any fixed value works, this one is the project's. */
export const SEED = 20181;

/**
 * How many of each kind to keep: 1,650 in all (about 1.3 MB of JSON), more of the swaps, whose
 * labels are the most reliable, than of negations, which another entity of the text sometimes answers.
 */
export const QUOTAS = {
  'entity-swap': 450,
  'number-swap': 400,
  negation: 350,
  antonym: 250,
  'other-article': 200,
} as const;
export type GeneratedTrick = keyof typeof QUOTAS;

/** Paragraphs of other articles looked at for one other-article question. */
const OTHER_ARTICLE_SAMPLE = 40;

interface SharedQuestion {
  id: string;
  question: string;
  answers: { text: string; answer_start: number }[];
}
interface SharedArticle {
  title: string;
  paragraphs: { context: string; qas: SharedQuestion[] }[];
}

/** One crowd question with where it sits. */
interface Source {
  title: string;
  paragraph: number;
  context: string;
  qa: SharedQuestion;
  /** Every number written in the article, with and without thousands commas. */
  articleNumbers: Set<string>;
}

export interface Generated {
  title: string;
  paragraph: number;
  question: string;
  trick: GeneratedTrick;
  plausible: { text: string; answer_start: number }[];
  sourceId: string;
  sourceTitle: string;
}

/** mulberry32: a small, well-mixed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasWord = (text: string, word: string, flags = ''): boolean =>
  new RegExp(`(?<![\\w])${escapeRegExp(word)}(?![\\w])`, flags).test(text);
const replaceWord = (text: string, from: string, to: string): string =>
  text.replace(new RegExp(`(?<![\\w])${escapeRegExp(from)}(?![\\w])`), to);
const whWord = (question: string): string =>
  question.toLowerCase().match(/\b(who|whom|whose|where|when|which|what|how|why)\b/)?.[1] ?? '';

/** Last words that mark a kind of place or body, so a stadium is swapped for a stadium. */
const KIND_SUFFIXES = new Set(
  'stadium university college school church cathedral museum gallery company corporation network council party river street park hall house club institute society bridge center centre lake mountains island sea ocean conference theatre award awards prize'.split(
    ' ',
  ),
);
const LEADING_WORDS = new Set(
  'who whom whose where when which what how why in on at the a an during after before according prior by for from with as if besides since until'.split(
    ' ',
  ),
);

/** Answers about time (a month, a weekday) are not names to swap. */
const TIME_WORDS =
  /\b(month|day|year|date|time|season|decade|century|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;

/** The kind of a name: what questions it answers, its marking last word, one word or several. */
function kindOf(name: string, wh: string): string {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  const role = ['who', 'whom', 'whose'].includes(wh) ? 'agent' : wh === 'where' ? 'place' : 'name';
  return `${KIND_SUFFIXES.has(last) ? last : role}/${words.length > 1 ? 'many' : 'one'}`;
}

/** Capitalised gold answers of an article by kind, for swapping a name for one of the same kind. */
export function entityKinds(article: SharedArticle): Map<string, string> {
  const text = article.paragraphs.map((p) => p.context).join('\n');
  const kinds = new Map<string, string>();
  for (const p of article.paragraphs)
    for (const qa of p.qas) {
      const answer = qa.answers[0]?.text.trim().replace(/[.,;:]$/, '') ?? '';
      if (kinds.has(answer) || !/^[A-Z]/.test(answer) || /\d/.test(answer) || answer.split(/\s+/).length > 5)
        continue;
      if (whWord(qa.question) === 'when' || TIME_WORDS.test(qa.question) || TIME_WORDS.test(answer)) continue;
      if (!looksLikeName(answer, text)) continue;
      kinds.set(answer, kindOf(answer, whWord(qa.question)));
    }
  return kinds;
}

/**
 * A proper name: every word capitalised (but for of/the/and/de) and written so in the middle of a
 * sentence of the article at least once, which rules out "Students" or "Six" that open a sentence.
 */
export function looksLikeName(answer: string, articleText: string): boolean {
  const words = answer.split(/\s+/);
  // Possessives and one-word adjectives of people ("Einstein's", "British") are not names to swap.
  if (/['’]s$/.test(answer) || (words.length === 1 && /(ish|ese|ian|an)$/.test(answer))) return false;
  if (!words.every((w) => /^[A-Z]/.test(w) || /^(of|the|and|de|du|von|van|&)$/.test(w))) return false;
  return new RegExp(`[a-z,] ${escapeRegExp(answer)}(?![\\w])`).test(articleText);
}

/** Maximal runs of capitalised words (and numbers) in a question: "Super Bowl 50", "Cam Newton". */
export function nameChunks(question: string): string[] {
  const words = question
    .replace(/[?!.,;:"()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const chunks: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    while (run.length > 0 && LEADING_WORDS.has(run[0]!.toLowerCase())) run.shift();
    if (run.length > 0) chunks.push(run.join(' '));
    run = [];
  };
  for (const w of words) {
    if (/^[A-Z]/.test(w) || (run.length > 0 && /^\d/.test(w))) run.push(w);
    else flush();
  }
  flush();
  return chunks;
}

function swapEntity(s: Source, kinds: Map<string, string>, random: () => number): string | null {
  const original = nameChunks(s.qa.question).find((chunk) => kinds.has(chunk));
  if (!original) return null;
  const lowerContext = s.context.toLowerCase();
  const candidates = [...kinds.entries()]
    .filter(([e, kind]) => kind === kinds.get(original) && e !== original)
    .map(([e]) => e)
    .filter((e) => !lowerContext.includes(e.toLowerCase()) && !e.includes(original) && !original.includes(e))
    .filter((e) => !s.qa.question.includes(e));
  const replacement = shuffle(candidates, random)[0];
  return replacement ? replaceWord(s.qa.question, original, replacement) : null;
}

const NUMBER = /(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?![\w.,]\d)/g;

export function numbersIn(text: string): Set<string> {
  return new Set((text.match(/\d[\d,]*\d|\d/g) ?? []).flatMap((n) => [n, n.replace(/,/g, '')]));
}

function nearbyNumbers(token: string): string[] {
  const value = Number(token.replace(/,/g, ''));
  const isYear = /^\d{4}$/.test(token) && value >= 1000 && value <= 2100;
  const steps = isYear ? [1, -1, 2, -2, 3, -3, 5, -5] : [1, -1, 2, -2, value, Math.ceil(value / 10)];
  const fmt = (n: number): string => (token.includes(',') ? n.toLocaleString('en-US') : String(n));
  return steps
    .map((d) => value + d)
    .filter((n) => n > 0 && n !== value)
    .map(fmt);
}

function swapNumber(s: Source): string | null {
  for (const token of s.qa.question.match(NUMBER) ?? []) {
    if (!hasWord(s.context, token)) continue;
    const replacement = nearbyNumbers(token).find(
      (n) => !s.articleNumbers.has(n) && !s.articleNumbers.has(n.replace(/,/g, '')),
    );
    if (replacement) return replaceWord(s.qa.question, token, replacement);
  }
  return null;
}

const AUXILIARIES = new Set(
  'was were is are did does do has have had can could will would should may might must'.split(' '),
);
const IRREGULAR_PAST = new Set(
  'won lost led wrote made built began became found founded gave took held met sent sold bought told said brought kept left ran saw paid fought'.split(
    ' ',
  ),
);
const looksPast = (word: string): boolean => /^[a-z]+ed$/.test(word) || IRREGULAR_PAST.has(word);

/** "was named" → "was not named"; "did X win" → "did X not win"; "Who won" → "Who never won". */
export function negate(question: string): string | null {
  if (/\b(not|never|no)\b|n't\b/i.test(question)) return null;
  const words = question.split(' ');
  const first = words[0]?.toLowerCase() ?? '';
  if (first === 'who' && looksPast(words[1] ?? '')) return ['Who', 'never', ...words.slice(1)].join(' ');
  const aux = words.findIndex((w, i) => i > 0 && i <= 5 && AUXILIARIES.has(w.toLowerCase()));
  if (aux < 0) return null;
  const next = words[aux + 1]?.toLowerCase() ?? '';
  if (/^(do|does|did)$/i.test(words[aux]!)) {
    // "did" + a named subject + verb: "When did Luther return" → "When did Luther not return".
    let verb = aux + 1;
    while (verb < words.length && /^[A-Z0-9]/.test(words[verb]!)) verb++;
    const subject = words.slice(aux + 1, verb);
    if (subject.length === 0 || /'s$|’s$/.test(subject[subject.length - 1]!)) return null;
    if (!/^[a-z]+$/.test(words[verb] ?? '')) return null;
    return [...words.slice(0, verb), 'not', ...words.slice(verb)].join(' ');
  }
  if (!looksPast(next) && !/^[a-z]+en$/.test(next)) return null;
  return [...words.slice(0, aux + 1), 'not', ...words.slice(aux + 1)].join(' ');
}

const ANTONYM_PAIRS: [string, string][] = [
  ['first', 'last'],
  ['largest', 'smallest'],
  ['most', 'least'],
  ['highest', 'lowest'],
  ['won', 'lost'],
  ['win', 'lose'],
  ['before', 'after'],
  ['earliest', 'latest'],
  ['oldest', 'youngest'],
  ['longest', 'shortest'],
  ['older', 'younger'],
  ['larger', 'smaller'],
  ['higher', 'lower'],
  ['increased', 'decreased'],
  ['north', 'south'],
  ['east', 'west'],
  ['northern', 'southern'],
  ['eastern', 'western'],
  ['maximum', 'minimum'],
  ['best', 'worst'],
  ['opened', 'closed'],
  ['began', 'ended'],
  ['inside', 'outside'],
  ['above', 'below'],
  ['accepted', 'rejected'],
  ['supported', 'opposed'],
  ['allowed', 'banned'],
  ['success', 'failure'],
  ['successful', 'unsuccessful'],
  ['major', 'minor'],
];
const ANTONYMS = new Map(ANTONYM_PAIRS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));

/** Replaces the first question word the paragraph uses by its opposite, if the paragraph never uses that. */
export function antonymize(question: string, context: string): string | null {
  for (const word of question.split(/[^A-Za-z]+/)) {
    const opposite = ANTONYMS.get(word.toLowerCase());
    if (/^(most|least)$/i.test(word) && !new RegExp(`\\bthe ${word}\\b`, 'i').test(question)) continue;
    if (!opposite || !hasWord(context, word, 'i') || hasWord(context, opposite, 'i')) continue;
    const cased =
      word[0] === word[0]!.toUpperCase() ? opposite[0]!.toUpperCase() + opposite.slice(1) : opposite;
    return replaceWord(question, word, cased);
  }
  return null;
}

const STOP = new Set(
  'a an the of in on at to for by with from and or is was were are be been did does do what which who whom whose when where how why many much that this it its as'.split(
    ' ',
  ),
);
const contentWords = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );

function otherArticleParagraph(
  s: Source,
  others: { title: string; paragraph: number; words: Set<string> }[],
  random: () => number,
): { title: string; paragraph: number } | null {
  const words = contentWords(s.qa.question);
  let best: { title: string; paragraph: number; score: number } | null = null;
  for (let k = 0; k < OTHER_ARTICLE_SAMPLE; k++) {
    const p = others[Math.floor(random() * others.length)]!;
    if (p.title === s.title) continue;
    const score = [...words].filter((w) => p.words.has(w)).length;
    if (score > 0 && (!best || score > best.score)) best = { title: p.title, paragraph: p.paragraph, score };
  }
  return best;
}

/** Every candidate of every trick, in the shared file's order. */
export function candidates(shared: SharedArticle[], seed = SEED): Generated[] {
  const random = prng(seed);
  const allParagraphs = shared.flatMap((a) =>
    a.paragraphs.map((p, paragraph) => ({ title: a.title, paragraph, words: contentWords(p.context) })),
  );
  const out: Generated[] = [];
  for (const article of shared) {
    const kinds = entityKinds(article);
    const articleNumbers = numbersIn(article.paragraphs.map((p) => p.context).join('\n'));
    article.paragraphs.forEach((p, paragraph) => {
      for (const qa of p.qas) {
        const s: Source = { title: article.title, paragraph, context: p.context, qa, articleNumbers };
        const gold = qa.answers[0]
          ? [{ text: qa.answers[0].text, answer_start: qa.answers[0].answer_start }]
          : [];
        const here = (question: string | null, trick: GeneratedTrick): void => {
          if (question && question !== qa.question)
            out.push({
              ...{ title: article.title, paragraph },
              question,
              trick,
              plausible: gold,
              sourceId: qa.id,
              sourceTitle: article.title,
            });
        };
        here(swapEntity(s, kinds, random), 'entity-swap');
        here(swapNumber(s), 'number-swap');
        here(negate(qa.question), 'negation');
        here(antonymize(qa.question, p.context), 'antonym');
        const other = otherArticleParagraph(s, allParagraphs, random);
        if (other)
          out.push({
            ...other,
            question: qa.question,
            trick: 'other-article',
            plausible: [],
            sourceId: qa.id,
            sourceTitle: article.title,
          });
      }
    });
  }
  return out;
}

const normalize = (q: string): string =>
  q
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The kept questions: a seeded sample of each trick up to its quota, none equal to a crowd question. */
export function select(shared: SharedArticle[], seed = SEED): Generated[] {
  const crowd = new Set(
    shared.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((q) => normalize(q.question)))),
  );
  const random = prng(seed + 1);
  const all = candidates(shared, seed);
  const seen = new Set<string>();
  return (Object.keys(QUOTAS) as GeneratedTrick[]).flatMap((trick) =>
    shuffle(
      all.filter((g) => g.trick === trick),
      random,
    )
      .filter((g) => {
        const key = `${g.title}\n${g.paragraph}\n${normalize(g.question)}`;
        if ((trick !== 'other-article' && crowd.has(normalize(g.question))) || seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, QUOTAS[trick]),
  );
}

/** SQuAD v2.0 JSON of the kept questions, grouped by article and paragraph in the shared file's order. */
export function toSquadV2(shared: SharedArticle[], kept: Generated[]): object {
  const data = shared.flatMap((article) => {
    const paragraphs = article.paragraphs.flatMap((p, index) => {
      const here = kept.filter((g) => g.title === article.title && g.paragraph === index);
      if (here.length === 0) return [];
      const qas = here.map((g) => ({
        id: `g-${g.trick}-${kept.indexOf(g) + 1}`,
        question: g.question,
        answers: [],
        is_impossible: true,
        plausible_answers: g.plausible,
        trick: g.trick,
        generated: true,
        source_id: g.sourceId,
        source_title: g.sourceTitle,
      }));
      return [{ context: p.context, qas }];
    });
    return paragraphs.length > 0 ? [{ title: article.title, paragraphs }] : [];
  });
  return { version: 'v2.0', data };
}

async function main(): Promise<void> {
  const shared = (JSON.parse(await readFile(SHARED_SQUAD, 'utf8')) as { data: SharedArticle[] }).data;
  const kept = select(shared);
  const json = await format(JSON.stringify(toSquadV2(shared, kept)), { parser: 'json', printWidth: 110 });
  await writeFile(GENERATED_OUTPUT, json);
  const counts = Object.fromEntries(
    Object.keys(QUOTAS).map((t) => [t, kept.filter((g) => g.trick === t).length]),
  );
  console.log(`${GENERATED_OUTPUT}: ${kept.length} questions`, counts);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
