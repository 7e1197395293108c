import type { Paragraph, Sentence } from '../knowledge/types.ts';
import { wordFrequency } from '../knowledge/englishWords.ts';
import { SPEECH_VERBS } from '../knowledge/lexicon.ts';
import { expandTerms, expandTermSet } from '../search/aliases.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { searchParagraphTerms, type ParagraphHit } from '../search/paragraphIndex.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';

/** A word of the question that the evidence must hold, weighted by how rare it is in the stories. */
export interface KeyTerm {
  term: string;
  weight: number;
  /** Written with a capital or a digit in the question: a name or a figure the answer must not miss. */
  proper: boolean;
}

/** A sentence that may answer the question, with how much of the question it holds. */
export interface Evidence {
  paragraphId: number;
  paragraph: Paragraph;
  sentenceIndex: number;
  sentence: Sentence;
  /** Share (0..1) of the key terms' weight found in the sentence, its paragraph or the story title. */
  coverage: number;
  /** Share found in the sentence itself. */
  sentenceCoverage: number;
  /** Key terms found nowhere near: not in the sentence, its paragraph or its story's title. */
  missing: KeyTerm[];
  score: number;
}

/** Verbs that in a question can only mean speaking (not "recalled", "called", "noted" …). */
const SAYING = new Set(
  'say says said tell tells told state states stated remark remarked comment commented speak speaks spoke spoken talk talks talked'.split(
    ' ',
  ),
);

/** Spoken-English count above which a word is everyday vocabulary (SUBTLEX: "new" 36,913, "vote" 1,751). */
const EVERYDAY = 25_000;

/** Verbs that say little about what a question is after. */
const LIGHT_VERBS = new Set([
  'make',
  'do',
  'have',
  'get',
  'go',
  'take',
  'give',
  'happen',
  'say',
  'tell',
  'talk',
  'speak',
  'mention',
  'think',
  'want',
]);

/** A term's weight among `paragraphs` paragraphs, `df` of which hold it (BM25's idf, always > 0). */
export const idfOf = (paragraphs: number, df: number): number => Math.log(1 + paragraphs / (df + 0.5));

/** A key term held elsewhere in the paragraph (or in its story's title) counts this much of one in the sentence. */
export const ELSEWHERE_IN_PARAGRAPH = 0.6;
/** The sentence's own share of the question's weight counts again at this weight. */
export const SENTENCE_BONUS = 0.5;

export function idf(kb: KnowledgeBase, term: string): number {
  return idfOf(kb.paragraphs.length, kb.documentFrequency.get(term) ?? 0);
}

/** The key terms of a text, each once, with weights. `drop` removes frame words of the question kind. */
export function keyTermsOf(
  kb: KnowledgeBase,
  text: string,
  drop: ReadonlySet<string> = new Set(),
): KeyTerm[] {
  const seen = new Map<string, KeyTerm>();
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    // Any verb of speech in a question asks what was said ("announced" meets "said").
    const term = SAYING.has(token.toLowerCase()) ? SAY : normalizeTerm(token);
    if (!term || drop.has(term) || seen.has(term)) return;
    // A misspelt little word ("teh", "adn") is not a key term.
    if (!kb.documentFrequency.has(term) && isTypoOfStopWord(token)) return;
    // A word that is everywhere in English ("new", "first", "people") says less than its rarity in a
    // small collection suggests.
    const base = idf(kb, term) * (!/^\p{Lu}/u.test(token) && wordFrequency(token) >= EVERYDAY ? 0.5 : 1);
    const proper =
      (/^\p{Lu}/u.test(token) && i > 0) ||
      /\d/.test(token) ||
      /^[\p{Lu}\p{N}]{2,}$/u.test(token) ||
      kb.properTerms.has(term);
    seen.set(term, { term, weight: LIGHT_VERBS.has(term) ? base * 0.3 : base, proper });
  });
  return [...seen.values()];
}

/** The commonest little words, whose misspellings ("teh", "adn", "fo") are worth catching. */
const COMMON_WORDS = [
  'the',
  'and',
  'of',
  'to',
  'in',
  'is',
  'for',
  'on',
  'what',
  'who',
  'how',
  'did',
  'was',
  'are',
  'with',
  'that',
  'this',
  'does',
  'has',
  'have',
  'from',
  'about',
  'they',
  'their',
];

/** Whether a short unknown word is one edit or one swap of letters away from a very common word. */
function isTypoOfStopWord(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || word.length > 3) return false;
  for (const stop of COMMON_WORDS) {
    // Same length only: "died" is not a typo of "did".
    if (stop.length !== word.length) continue;
    if (withinEdits(word, stop, 1)) return true;
    {
      const diff = [...word].flatMap((c, i) => (c === stop[i] ? [] : [i]));
      if (
        diff.length === 2 &&
        diff[1] === diff[0]! + 1 &&
        word[diff[0]!] === stop[diff[1]!] &&
        word[diff[1]!] === stop[diff[0]!]
      )
        return true;
    }
  }
  return false;
}

/**
 * Whether the edit distance (Levenshtein, UTF-16 units) between a and b is at most `max`, without
 * allocating: common prefix and suffix do not change the distance, and after them the first units
 * differ, so an edit must substitute, delete or insert there. (A table per pair, as before, was most
 * of the garbage of reading evidence at 100k paragraphs.)
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  return within(a, 0, a.length, b, 0, b.length, max);
}

function within(a: string, ai: number, ae: number, b: string, bi: number, be: number, max: number): boolean {
  while (ai < ae && bi < be && a.charCodeAt(ai) === b.charCodeAt(bi)) {
    ai++;
    bi++;
  }
  while (ae > ai && be > bi && a.charCodeAt(ae - 1) === b.charCodeAt(be - 1)) {
    ae--;
    be--;
  }
  const la = ae - ai;
  const lb = be - bi;
  if (la === 0 || lb === 0) return la + lb <= max;
  if (max === 0 || Math.abs(la - lb) > max) return false;
  return (
    within(a, ai + 1, ae, b, bi + 1, be, max - 1) ||
    within(a, ai + 1, ae, b, bi, be, max - 1) ||
    within(a, ai, ae, b, bi + 1, be, max - 1)
  );
}

/** How well `term` is matched by a set of terms: 1 exact, less for a prefix or a typo, 0 not at all. */
export function matchStrength(term: string, terms: ReadonlySet<string>, typos?: ReadonlySet<string>): number {
  if (terms.has(term)) return 1;
  if (term.length < 4) return 0;
  if (typos) {
    for (const t of typos) if (terms.has(t)) return 0.8;
    return 0;
  }
  // One typo in a word, two in a long one; "governor" is not "government" (stem "govern").
  const max = term.length >= 9 ? 2 : 1;
  // Lengths further apart than `max` are more than `max` edits apart: not worth a comparison.
  for (const t of terms) {
    if (t.length >= 4 && Math.abs(t.length - term.length) <= max && withinEdits(term, t, max)) return 0.8;
  }
  return 0;
}

/** The words of `vocabulary` that `term` may be a misspelling of (one edit; two for long words). */
function typoMatches(term: string, vocabulary: Iterable<string>): Set<string> {
  const out = new Set<string>();
  if (term.length < 4) return out;
  const max = term.length >= 9 ? 2 : 1;
  for (const t of vocabulary) if (t !== term && t.length >= 4 && withinEdits(term, t, max)) out.add(t);
  return out;
}

const EMPTY: ReadonlySet<string> = new Set();

const paragraphKey = (paragraph: Paragraph) => `${paragraph.storyId}#${paragraph.number}`;

/** A story's title terms with their aliases, once per story. */
function titleTerms(kb: KnowledgeBase, storyId: string): Set<string> {
  const story = kb.storyById.get(storyId);
  if (!story) return new Set();
  return kb.analysis.get(
    `title-terms:${storyId}`,
    () => new Set(expandTerms(kb.aliases, termsOf(story.title))),
  );
}

/** The term of `terms` that matches `term` (itself, or the one a typo stands for), if any. */
export function matchingTerm(term: string, terms: Iterable<string>): string | undefined {
  const all = [...terms];
  if (all.includes(term)) return term;
  if (term.length < 4) return undefined;
  const max = term.length >= 9 ? 2 : 1;
  return all.find((t) => t.length >= 4 && withinEdits(term, t, max));
}

/**
 * The key terms as a sentence writes them: a misspelt term becomes the sentence's word, and a
 * term the sentence holds only through an alias or synonym ("died" for "killed") becomes that word.
 */
export function alignKeyTerms(kb: KnowledgeBase, keyTerms: readonly KeyTerm[], sentence: string): KeyTerm[] {
  const words = new Set(termsOf(sentence));
  return keyTerms.map((k) => {
    const direct = matchingTerm(k.term, words);
    if (direct) return { ...k, term: direct };
    const alias = (kb.aliases.terms.get(k.term) ?? []).find((a) => words.has(a));
    return alias ? { ...k, term: alias } : k;
  });
}

/**
 * The searchable terms of a sentence, with the people it names or refers to (he/she) and aliases.
 * Computed once per paragraph and kept on the knowledge base.
 */
export function sentenceTerms(kb: KnowledgeBase, paragraph: Paragraph, sentenceIndex: number): Set<string> {
  return paragraphTermSets(kb, paragraph).held[sentenceIndex] ?? new Set();
}

/**
 * A paragraph's term sets, kept on the knowledge base: per sentence, its `sentenceTerms`, and those of
 * them it does not write out (a name, a person's title, an alias, "say"). Neither the union of the
 * sentences' sets nor each sentence's written terms is kept: both were read from these (at 100k
 * paragraphs they were 33 of the 211 KiB a bench question left on the heap, docs/performance.md).
 */
interface ParagraphTermSets {
  held: Set<string>[];
  /** Per sentence, the terms of `held` it does not write out (mostly none: one shared empty list). */
  notWritten: readonly string[][];
}

const NONE: readonly string[] = Object.freeze([]) as readonly string[];

const paragraphTermSets = (kb: KnowledgeBase, paragraph: Paragraph): ParagraphTermSets =>
  kb.analysis.get(`sentence-terms:${paragraphKey(paragraph)}`, () => {
    const held: Set<string>[] = [];
    const notWritten: (readonly string[])[] = [];
    paragraph.sentences.forEach((sentence, i) => {
      const written = termsOf(sentence.text);
      const terms = computeSentenceTerms(kb, paragraph, i, written);
      held.push(terms);
      notWritten.push(addedAfter(terms, written));
    });
    return { held, notWritten: notWritten as string[][] };
  });

/**
 * The terms of `terms` not in `written`, in order: `terms` was built from `written` first, so they
 * are the ones after its distinct written terms (no `includes` per term). NONE when there are none.
 */
function addedAfter(terms: ReadonlySet<string>, written: readonly string[]): readonly string[] {
  const skip = written.length === 0 ? 0 : written.length === 1 ? 1 : new Set(written).size;
  if (terms.size === skip) return NONE;
  const out: string[] = [];
  let at = 0;
  for (const t of terms) if (at++ >= skip) out.push(t);
  return out;
}

function computeSentenceTerms(
  kb: KnowledgeBase,
  paragraph: Paragraph,
  sentenceIndex: number,
  written: readonly string[],
): Set<string> {
  const sentence = paragraph.sentences[sentenceIndex]!;
  const terms = [...written];
  const people = kb.facts.get(paragraph.storyId)?.people;
  if (people) {
    for (const m of people.mentions) {
      if (m.paragraph !== paragraph.number || m.sentence !== sentenceIndex || m.personId === undefined)
        continue;
      const person = people.people[m.personId];
      if (person) terms.push(...termsOf(person.name), ...(person.title ? termsOf(person.title) : []));
    }
  }
  // Any verb of speech says "say": "What did the mayor say about taxes?" meets "He stressed that …".
  if (writesSpeech(sentence.text)) terms.push(SAY);
  return expandTermSet(kb.aliases, terms);
}

const SPEECH = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')})\\b`, 'iu');
/** The two letters outside ASCII that a caseless Unicode pattern counts as word letters (ſ, K). */
const FOLDS_TO_ASCII = /[\u017F\u212A]/u;
const ASCII_WORD = /[A-Za-z0-9_]+/gu;

/**
 * `SPEECH.test(text)`, word by word: the verbs are lower-case ASCII words between word boundaries,
 * so the pattern matches a whole run of word characters equal to one of them ignoring case. Without
 * ſ or K (which the caseless pattern folds to s and k) those runs are the ASCII ones, and a run
 * matches when its lower case is a verb. Trying the 93-word alternation at every position of every
 * sentence read was a fortieth of the slowest questions' time at 100k paragraphs.
 */
export function writesSpeech(text: string): boolean {
  if (FOLDS_TO_ASCII.test(text)) return SPEECH.test(text);
  for (const [word] of text.matchAll(ASCII_WORD)) if (SPEECH_VERBS.has(word.toLowerCase())) return true;
  return false;
}
const SAY = normalizeTerm('say')!;

/**
 * `searchParagraphTerms`, kept on the knowledge base for the same terms: the rule engine, the
 * model's retrieval and the refusal read the same question's paragraphs, and search once.
 */
export const searchOnce = (kb: KnowledgeBase, terms: readonly string[], depth: number): ParagraphHit[] =>
  kb.analysis.get(`paragraph-search:${depth}:${terms.join('\u0000')}`, () =>
    searchParagraphTerms(kb.index, terms, depth),
  );

export interface FindEvidenceOptions {
  /** How many paragraphs to read closely. */
  paragraphs?: number;
  /** Extra score for a sentence, by question kind (a date for "when", a figure for "how many"). */
  bonus?: (sentence: Sentence, paragraph: Paragraph) => number;
  /** How well a sentence stands for a key term it does not hold ("cost" by a sum of money), 0..1. */
  implied?: (term: string, sentence: Sentence, written: () => Iterable<string>) => number;
}

/**
 * The distinct terms sentence `i` of a paragraph writes out (`termsOf` its text, each once), read
 * from its kept term sets: they come first in its `sentenceTerms`, before the names and aliases
 * it does not write (`notWritten`). No second tokenizing of a sentence the evidence has read.
 */
export function writtenTermsOf(kb: KnowledgeBase, paragraph: Paragraph, i: number): string[] {
  return writtenIn(paragraphTermSets(kb, paragraph), i);
}

/** `writtenTermsOf` from a paragraph's term sets already fetched. */
function writtenIn(sets: ParagraphTermSets, i: number): string[] {
  const held = sets.held[i];
  if (!held) return [];
  const count = held.size - (sets.notWritten[i] ?? NONE).length;
  const out: string[] = [];
  for (const t of held) {
    if (out.length === count) break;
    out.push(t);
  }
  return out;
}

/**
 * Reads the best-matching paragraphs sentence by sentence and ranks the sentences by how much of
 * the question they hold. The first is the best evidence; an empty list means nothing matched.
 */
export function findEvidence(
  kb: KnowledgeBase,
  keyTerms: readonly KeyTerm[],
  options: FindEvidenceOptions = {},
): Evidence[] {
  const { paragraphs: depth = 8, bonus, implied } = options;
  const queryTerms = expandTerms(
    kb.aliases,
    keyTerms.map((k) => k.term),
  );
  const found = searchOnce(kb, queryTerms, depth);
  // A paragraph often goes on about the one before it with "he" or "she" and no name: read the
  // paragraph after each of the best hits too.
  const hits = [...found];
  const seen = new Set(found.map((h) => h.id));
  for (const hit of found.slice(0, 5)) {
    const next = kb.paragraphs[hit.id + 1];
    if (next && next.storyId === kb.paragraphs[hit.id]?.storyId && !seen.has(hit.id + 1)) {
      seen.add(hit.id + 1);
      hits.push({ id: hit.id + 1, score: hit.score * 0.5, terms: [] });
    }
  }
  const total = keyTerms.reduce((sum, k) => sum + k.weight, 0) || 1;
  const matches = termMatches(kb, keyTerms, depth, hits);
  const top = hits[0]?.score ?? 1;
  const out: Evidence[] = [];
  for (const hit of hits) {
    const paragraph = kb.paragraphs[hit.id];
    if (!paragraph) continue;
    const held = matches.of(hit.id, paragraph);
    // The paragraph's term sets fetched once for all its sentences (a keyed look-up in `kb.analysis`
    // a sentence was ~a third of reading evidence on the bundled story).
    let sets: ParagraphTermSets | undefined;
    paragraph.sentences.forEach((sentence, i) => {
      // Sums in plain locals of this function, no closure per sentence (a `let` a closure updates is
      // a new heap number at every term), in the key terms' order as before.
      let found = 0;
      let inSentence = 0;
      const missing: KeyTerm[] = [];
      const writtenHere = () => writtenIn((sets ??= paragraphTermSets(kb, paragraph)), i);
      for (let j = 0; j < keyTerms.length; j++) {
        const k = keyTerms[j]!;
        // A term written out (1) is held as well as any implied reading can hold it (0..1): not asked.
        const written = held.inSentence(i, j);
        const s =
          written < 1 && implied ? Math.max(written, implied(k.term, sentence, writtenHere)) : written;
        const p = s > 0 ? 0 : held.inParagraph(j);
        const t = s > 0 || p > 0 ? 0 : held.inTitle(j);
        found += k.weight * Math.max(s, p, t);
        inSentence += k.weight * s;
        // A word of the story's title is what the whole story is about: not missing from any of it.
        if (s === 0 && p === 0 && t === 0) missing.push(k);
      }
      const coverage = found / total;
      const sentenceCoverage = inSentence / total;
      const extra = bonus ? bonus(sentence, paragraph) : 0;
      out.push({
        paragraphId: hit.id,
        paragraph,
        sentenceIndex: i,
        sentence,
        coverage,
        sentenceCoverage,
        missing,
        score: coverage + SENTENCE_BONUS * sentenceCoverage + 0.1 * (hit.score / top) + extra,
      });
    });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** How well each key term is held by each sentence of a paragraph, by the paragraph, by its title. */
interface HeldTerms {
  /** In sentence i, term j: 1 written out, 0.9 through a name or synonym, 0.8 a typo, 0 not. */
  inSentence(i: number, j: number): number;
  /** In the paragraph (any sentence), times ELSEWHERE_IN_PARAGRAPH. */
  inParagraph(j: number): number;
  /** In the story's title, times ELSEWHERE_IN_PARAGRAPH. */
  inTitle(j: number): number;
}

/**
 * The matches of a query's key terms in the paragraphs its search finds, each worked out once, when
 * first asked for, and kept on the knowledge base: the rule engine and the model's retrieval read
 * the same paragraphs for the same terms (with different bonuses, which come on top). A value
 * depends only on the terms and the knowledge base (the same terms find the same paragraphs, and
 * so the same words a misspelt term may stand for).
 */
function termMatches(
  kb: KnowledgeBase,
  keyTerms: readonly KeyTerm[],
  depth: number,
  hits: readonly { id: number }[],
): { of(id: number, paragraph: Paragraph): HeldTerms } {
  const terms = keyTerms.map((k) => k.term);
  return kb.analysis.get(`term-matches:${depth}:${terms.join('\u0000')}`, () => {
    const typos = typosOf(kb, keyTerms, hits);
    const byParagraph = new Map<number, HeldTerms>();
    return {
      of(id: number, paragraph: Paragraph): HeldTerms {
        let held = byParagraph.get(id);
        if (!held) byParagraph.set(id, (held = heldTerms(kb, paragraph, terms, typos)));
        return held;
      },
    };
  });
}

/** Which words of the candidate paragraphs each unknown key term may be a typo of (a word the stories use is spelt right). */
function typosOf(
  kb: KnowledgeBase,
  keyTerms: readonly KeyTerm[],
  hits: readonly { id: number }[],
): Map<string, Set<string>> {
  const unknown = keyTerms.filter((k) => !kb.documentFrequency.has(k.term));
  const typos = new Map<string, Set<string>>();
  if (unknown.length) {
    const vocabulary = new Set<string>();
    for (const hit of hits) {
      const paragraph = kb.paragraphs[hit.id];
      if (!paragraph) continue;
      // The union of its sentences' terms, in their order.
      for (const set of paragraphTermSets(kb, paragraph).held) set.forEach((t) => vocabulary.add(t));
      titleTerms(kb, paragraph.storyId).forEach((t) => vocabulary.add(t));
    }
    for (const k of unknown) typos.set(k.term, typoMatches(k.term, vocabulary));
  }
  return typos;
}

/**
 * `matchStrength` of a term in the union of the sets (the best of its strength in each: written out,
 * a typo of a word, or neither, is the same question of the union and of the sets one by one).
 */
function heldInAny(term: string, sets: readonly ReadonlySet<string>[], typos?: ReadonlySet<string>): number {
  let best = 0;
  for (const set of sets) {
    best = Math.max(best, matchStrength(term, set, typos));
    if (best === 1) break;
  }
  return best;
}

function heldTerms(
  kb: KnowledgeBase,
  paragraph: Paragraph,
  terms: readonly string[],
  typos: ReadonlyMap<string, ReadonlySet<string>>,
): HeldTerms {
  return new HeldTermTable(kb, paragraph, terms, typos);
}

/**
 * `HeldTerms` of one paragraph, each value worked out when first asked for. One object and one array
 * (sentences × terms, then the paragraph's and the title's row), not three closures and three arrays:
 * kept on the knowledge base for every paragraph a question's search reads, they were copied by the
 * scavenger.
 */
class HeldTermTable implements HeldTerms {
  readonly #values: Float64Array;
  /** The paragraph's term sets, fetched once for all its sentences and terms, when first needed. */
  #sets: ParagraphTermSets | undefined;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly paragraph: Paragraph,
    private readonly terms: readonly string[],
    private readonly typos: ReadonlyMap<string, ReadonlySet<string>>,
  ) {
    this.#values = new Float64Array((paragraph.sentences.length + 2) * terms.length).fill(-1);
  }

  #termSets(): ParagraphTermSets {
    return (this.#sets ??= paragraphTermSets(this.kb, this.paragraph));
  }

  inSentence(i: number, j: number): number {
    const at = i * this.terms.length + j;
    if (this.#values[at]! < 0) {
      const term = this.terms[j]!;
      const sets = this.#termSets();
      const held = matchStrength(term, sets.held[i] ?? EMPTY, this.typos.get(term));
      // A word the sentence writes out beats one it holds through a name, pronoun or synonym.
      this.#values[at] = held === 1 && (sets.notWritten[i] ?? NONE).includes(term) ? 0.9 : held;
    }
    return this.#values[at]!;
  }

  inParagraph(j: number): number {
    const at = this.paragraph.sentences.length * this.terms.length + j;
    if (this.#values[at]! < 0) {
      const term = this.terms[j]!;
      this.#values[at] =
        heldInAny(term, this.#termSets().held, this.typos.get(term)) * ELSEWHERE_IN_PARAGRAPH;
    }
    return this.#values[at]!;
  }

  inTitle(j: number): number {
    const at = (this.paragraph.sentences.length + 1) * this.terms.length + j;
    if (this.#values[at]! < 0) {
      const term = this.terms[j]!;
      this.#values[at] =
        matchStrength(term, titleTerms(this.kb, this.paragraph.storyId), this.typos.get(term)) *
        ELSEWHERE_IN_PARAGRAPH;
    }
    return this.#values[at]!;
  }
}
