/**
 * The question's words as a paragraph may write them otherwise: "Who owns the hotel?" over "The
 * hotel's owner, …", "How many years in a row …?" over "for the third consecutive year", "When did
 * X block the resolution?" over "X's veto …". The model's features and the refusal cues compare
 * the question's terms with the paragraph's token by token; a paragraph that says the same thing in
 * other words looked like one that lacks it (the own sets' misses of 2026-12-02: 8 of 18 were such
 * paraphrases). Only static tables and a suffix rule: nothing here depends on what is loaded, so a
 * paragraph's verdict stays its own (test/qa/state.test.ts).
 */
import { termsOf } from '../search/terms.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';

/**
 * General news paraphrases: each group is words a reporter uses for one another, none any story's
 * vocabulary. A member of several words is found in the question as written ("in a row") and stands
 * for its last searchable word there. Not the search's broader synonyms (synonyms.ts): read as the
 * question's own words, "blaze" for "fire" made "Why did the Uppsala fire start?" over "treated for
 * smoke inhalation after a blaze near Uppsala" an answer (own unanswerables), and "based" for
 * "headquarters" one more SQuAD trick ("Where is CBS headquartered?" over the ABC article; the rule
 * engine still reads that pair as the search's synonym).
 */
export const NEWS_PARAPHRASES: readonly string[] = [
  'in a row|consecutive|straight|running',
  'veto|vetoed|vetoes|block|blocked|blocks',
  'attend|attended|attends|attendance|come|came|comes',
  'quit|quits|resign|resigned|resigns|resignation',
  'spread|spreads|transmit|transmitted|passed from|pass from',
  'approve|approved|approves|approval|endorse|endorsed|in favour|in favor',
  'hire|hired|employ|employed|recruit|recruited',
  'injure|injured|hurt|wound|wounded',
  'arrest|arrested|detain|detained',
];

/**
 * Suffixes that make the doer or the state of a verb: "own" / "owner" / "ownership", "vote" /
 * "voter", "win" / "winner". The Porter stemmer leaves them on short stems ("owner" stays "owner"
 * while "manager" becomes "manag"). Not "-ment" / "-al": "state" / "statement" made "What did the
 * state health department say?" read "said in a statement" as its own words (own unanswerables).
 */
const DERIVING_SUFFIXES = ['er', 'ers', 'or', 'ors', 'ship', 'ership'] as const;

/** Whether search term `word` is `base` with a deriving suffix ("owner" of "own", "winner" of "win", "voter" of "vote"). */
export function derivedFrom(base: string, word: string): boolean {
  if (base.length < 3 || word.length <= base.length || DIGIT.test(base)) return false;
  // The stems "vote", "vot" and "votee" (the base, without its final e, with its last letter doubled),
  // each compared in place: no string or set made for a pair (the rule engine asks ~10,000 pairs a question).
  const last = base.length - 1;
  if (word.startsWith(base) && isDerivingSuffix(word, base.length)) return true;
  if (base.charCodeAt(last) === E && word.startsWith(base.slice(0, last)) && isDerivingSuffix(word, last))
    return true;
  return (
    word.startsWith(base) &&
    word.charCodeAt(base.length) === base.charCodeAt(last) &&
    isDerivingSuffix(word, base.length + 1)
  );
}

const DIGIT = /\d/u;
const E = 'e'.charCodeAt(0);

/** Whether `word` from `at` on is one of DERIVING_SUFFIXES. */
const isDerivingSuffix = (word: string, at: number): boolean =>
  word.length - at >= 2 && (DERIVING_SUFFIXES as readonly string[]).includes(word.slice(at));

/** One paraphrase group: its single-word members' terms, and its phrases with the term each stands for. */
interface Group {
  words: string[];
  phrases: { pattern: RegExp; term: string }[];
}

const GROUPS: readonly Group[] = NEWS_PARAPHRASES.map((group) => {
  const words: string[] = [];
  const phrases: Group['phrases'] = [];
  for (const member of group.split('|')) {
    const terms = termsOf(member);
    if (terms.length === 0) continue;
    if (!member.includes(' ')) words.push(terms[0]!);
    else
      phrases.push({
        pattern: new RegExp(`\\b${member.replace(/ /gu, '\\s+')}\\b`, 'iu'),
        term: terms.at(-1)!,
      });
  }
  return { words, phrases };
});

/**
 * The paragraph terms that stand for a question term: each paraphrase of a question word (by the
 * tables above) → that question term. Terms the question writes itself are never mapped.
 */
export function paraphrasesOf(question: string, questionTerms: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of GROUPS) {
    const asked = [
      ...group.words.filter((t) => questionTerms.has(t)),
      ...group.phrases
        .filter((p) => p.pattern.test(question) && questionTerms.has(p.term))
        .map((p) => p.term),
    ];
    const to = asked[0];
    if (to === undefined) continue;
    for (const t of group.words) if (!questionTerms.has(t) && !out.has(t)) out.set(t, to);
  }
  return out;
}

/** The question term a paragraph term stands for, if any: a listed paraphrase or a derivation. */
function standsFor(
  term: string,
  questionTerms: ReadonlySet<string>,
  paraphrases: ReadonlyMap<string, string>,
): string | undefined {
  const listed = paraphrases.get(term);
  if (listed !== undefined) return listed;
  for (const q of questionTerms) if (derivedFrom(q, term) || derivedFrom(term, q)) return q;
  return undefined;
}

/**
 * The paragraph analysis as the question reads it: a token whose term is a listed paraphrase of a
 * question term carries that term ("headquarters" → "based" for "Where is X based?"). Derivations
 * are left to the rule engine (paraphraseMatcher): read by the model too they answered two more of
 * the 983 hand-written SQuAD tricks ("runner" for "run", "creator" for "create") and no own
 * question. The same object when nothing changes (most paragraphs), so the cached analysis is never
 * altered.
 */
export function alignedToQuestion(
  q: { terms: ReadonlyMap<string, number>; paraphrases: ReadonlyMap<string, string> },
  pa: ParagraphAnalysis,
): ParagraphAnalysis {
  // Most questions have no listed paraphrase: nothing to look up token by token.
  if (q.paraphrases.size === 0) return pa;
  let aligned: (string | null)[] | undefined;
  pa.tokenTerms.forEach((term, i) => {
    if (term === null || q.terms.has(term)) return;
    const to = q.paraphrases.get(term);
    if (to === undefined) return;
    aligned ??= [...pa.tokenTerms];
    aligned[i] = to;
  });
  return aligned ? { ...pa, tokenTerms: aligned } : pa;
}

/**
 * How much of a written-out word a paraphrase or derivation counts for in the rule engine's evidence
 * match: below a synonym of the search (0.9, evidence.ts) and a typo (0.8), since the tables above
 * are looser than both.
 */
export const PARAPHRASE_MATCH = 0.7;

/**
 * For the rule engine: how well a text stands for a question term it does not write —
 * PARAPHRASE_MATCH through a paraphrase or derivation of it, else 0. Each text's terms are worked out
 * once per question.
 */
export function paraphraseMatcher(
  question: string,
  terms: readonly string[],
): (term: string, text: string, written?: () => Iterable<string>) => number {
  const questionTerms = new Set(terms);
  const paraphrases = paraphrasesOf(question, questionTerms);
  const byText = new Map<string, Set<string>>();
  // What each text term stands for, once per term: the same words recur in the question's paragraphs.
  const byTerm = new Map<string, string | null>();
  const standing = (t: string): string | null => {
    let to = byTerm.get(t);
    if (to === undefined) byTerm.set(t, (to = standsFor(t, questionTerms, paraphrases) ?? null));
    return to;
  };
  // `written`: the text's terms when already worked out (the evidence's sentences), else `termsOf` it.
  return (term, text, written) => {
    let held = byText.get(text);
    if (!held) {
      held = new Set<string>();
      for (const t of written ? written() : termsOf(text)) {
        if (questionTerms.has(t)) continue;
        const to = standing(t);
        if (to !== null) held.add(to);
      }
      byText.set(text, held);
    }
    return held.has(term) ? PARAPHRASE_MATCH : 0;
  };
}
