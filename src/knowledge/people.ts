import {
  FEMALE_TITLES,
  MALE_PRONOUNS,
  MALE_TITLES,
  NON_NAME_WORDS,
  ORGANIZATION_WORDS,
  PLACE_NOUN_OF,
  ROLE_WORDS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './lexicon.ts';
import { isEnglishWord } from './englishWords.ts';
import { isPlaceName } from './places.ts';
import { pronounsIn } from './pronouns.ts';
import type { Story } from './types.ts';

export type Gender = 'm' | 'f';

export interface Person {
  id: number;
  /** The longest form of the name seen, e.g. "Jane Doe". */
  name: string;
  /** The name's words, for matching short mentions ("Doe"). */
  tokens: string[];
  /** The title or role written with the name ("Foreign Minister", "the agency’s director"). */
  title?: string;
  /** What the story says of them in a relative clause: "who runs a bakery with six employees". */
  description?: string;
  gender?: Gender;
  /** Paragraph of the first mention (1-based). */
  firstParagraph: number;
}

/** A place in the story that names a person, or a pronoun, in reading order. */
export interface Mention {
  paragraph: number;
  /** Sentence index within the paragraph. */
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The person named, or the one a pronoun was resolved to. */
  personId?: number;
  pronoun?: 'm' | 'f';
  /** True for he/she (a subject), false for his/him/her. */
  subject?: boolean;
}

export interface StoryPeople {
  people: Person[];
  mentions: Mention[];
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|madam)\.?$/i;
const PARTICLES = new Set([
  'bin',
  'al',
  'de',
  'da',
  'del',
  'van',
  'von',
  'der',
  'la',
  'le',
  'di',
  'dos',
  'el',
]);
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*\.?/gu;
/**
 * `TOKEN` for text in ASCII alone (most paragraphs of an English collection), where `\p{Lu}` is
 * `[A-Z]`, `[\p{L}\p{N}]` is `[A-Za-z0-9]` and `’` cannot occur: the same tokens, without the
 * Unicode classes (the pattern was a third of `tokensOf` at 100k paragraphs).
 */
const ASCII_TOKEN = /(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*\.?/g;
const NOT_ASCII = /[\u0080-\uffff]/;

// Patterns with a bare `\p{…}` are module constants: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which inside a function made a new pattern object at every call (same matches; none is global or sticky).
const SINGLE_INITIAL = /^\p{Lu}\.$/u;
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const CAPITAL_START = /^\p{Lu}/u;
interface Token {
  text: string;
  /** Without a trailing period, unless it is an abbreviation like "Mr." */
  word: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  // `match` gives the tokens alone (`exec` made a result array a token); each token's place is
  // found by `indexOf` from the previous token's end. That is where the pattern matched it: a token
  // starts with a letter or digit, where the pattern would have started a match, so none of the
  // characters skipped between two tokens is one and the token cannot occur earlier among them.
  const tokens = text.match(NOT_ASCII.test(text) ? TOKEN : ASCII_TOKEN) ?? [];
  let at = 0;
  for (const token of tokens) {
    const start = text.indexOf(token, at);
    at = start + token.length;
    let word = token;
    if (
      token.charCodeAt(token.length - 1) === 46 && // '.'
      !TITLE_WORDS.has(token.toLowerCase()) &&
      !SINGLE_INITIAL.test(token) &&
      !INITIALS.test(token)
    ) {
      word = token.slice(0, -1);
    }
    out.push({ text: token, word, start, end: start + word.length });
  }
  return out;
}

/** Whether `w` starts with an upper-case letter (`\p{Lu}`); ASCII is answered without the pattern (most words). */
const isCapitalized = (w: string) => {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c >= 128 && CAPITAL_START.test(w);
};
const lower = (w: string) => w.toLowerCase();
const isNameWord = (w: string) => {
  if (!isCapitalized(w)) return false;
  const l = lower(w);
  return (
    !NON_NAME_WORDS.has(l) &&
    !ORGANIZATION_WORDS.has(l) &&
    !TITLE_WORDS.has(l) &&
    !INITIALS.test(w) &&
    !/^[\p{Lu}\p{N}]{2,}$/u.test(w) &&
    !/\d/.test(w)
  );
};

interface NameRun {
  tokens: Token[];
  title: string | undefined;
  /** A role given after the name: "Jane Doe, captain of the national team,". */
  role: string | undefined;
  /** "Jane Doe, who runs a bakery," */
  description: string | undefined;
  /** Evidence that this is a person, not a place or an organization. */
  evidence: boolean;
  sentence: number;
}

/** Lower-case words before a title that do not say whose it is ("the", "new", "former", "said"). */
const MODIFIER_NOT_OWNER = new Set(
  'the and but its his her their our new former then acting interim outgoing incoming who which that also said says told added'.split(
    ' ',
  ),
);

/** Title words right before `index` in the token list ("Regional President", "Foreign Minister"). */
function titleBefore(tokens: Token[], index: number, text: string): string | undefined {
  let first = index;
  while (first > 0) {
    const prev = tokens[first - 1]!;
    const gap = text.slice(prev.end, tokens[first]!.start);
    if (!/^\s+$/.test(gap) && !(prev.word.endsWith('.') && gap === ' ')) break;
    if (
      TITLE_WORDS.has(lower(prev.word)) ||
      (first === index && ROLE_WORDS.has(lower(prev.word))) ||
      (isCapitalized(prev.word) && first < index)
    )
      first--;
    else if (first === index) break;
    else break;
  }
  // "Chief financial officer Jane Doe": up to two lower-case words between a capitalised title word
  // and the title word that ends the run.
  for (let skip = 1; skip <= 2 && first - skip - 1 >= 0 && first < index; skip++) {
    const words = tokens.slice(first - skip - 1, first);
    const spaced = words.every((t, k) => k === 0 || /^\s+$/.test(text.slice(words[k - 1]!.end, t.start)));
    const opener = words[0]!.word;
    if (!spaced || !words.slice(1).every((t) => /^\p{Ll}+$/u.test(t.word))) break;
    if (isCapitalized(opener) && TITLE_WORDS.has(lower(opener))) {
      first -= skip + 1;
      break;
    }
  }
  // "said city finance director Omar Haddad", "union leader Carla Rossetti": up to two lower-case
  // nouns that say whose title it is, after a verb of speech, a comma or the start of the sentence.
  let owner = -1;
  if (first < index && first >= 1 && !isCapitalized(tokens[first]!.word)) {
    for (let skip = 1; skip <= 2 && first - skip >= 0; skip++) {
      const words = tokens.slice(first - skip, first);
      const joined = words.every((t, k) =>
        /^\s+$/.test(text.slice(t.end, (tokens[first - skip + k + 1] ?? t).start)),
      );
      if (!joined || !words.every((t) => /^\p{Ll}{3,}$/u.test(t.word) && !MODIFIER_NOT_OWNER.has(t.word)))
        break;
      const before = first - skip - 1 >= 0 ? tokens[first - skip - 1]! : undefined;
      const gap = before ? text.slice(before.end, words[0]!.start) : '';
      if (!before || /[,;:“”"(]/u.test(gap) || SPEECH_VERBS.has(lower(before.word))) {
        first -= skip;
        owner = first;
        break;
      }
    }
  }
  // Keep only the run that ends in a title word, plus capitalized words before it (nationality, office).
  let lastTitle = -1;
  for (let i = first; i < index; i++) if (ROLE_WORDS.has(lower(tokens[i]!.word))) lastTitle = i;
  if (lastTitle < 0) return undefined;
  // "the agency’s director Jane Doe": include a possessive and article just before a lowercase title.
  let from = first;
  while (from < lastTitle && !ROLE_WORDS.has(lower(tokens[from]!.word)) && !isCapitalized(tokens[from]!.word))
    from++;
  if (owner >= 0) from = owner;
  return text.slice(tokens[from]!.start, tokens[index - 1]!.end);
}

function sentenceIndexAt(story: Story, paragraph: number, offset: number): number {
  const sentences = story.paragraphs[paragraph - 1]?.sentences ?? [];
  const i = sentences.findIndex((s) => offset < s.end);
  return i < 0 ? Math.max(0, sentences.length - 1) : i;
}

/**
 * Whether `text` ends in "of" and a space, as `PLACE_NOUN_OF` requires: that pattern, tried at
 * every position of the 40 characters before each capitalized run, was 6 % of finding people.
 */
function endsWithOf(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.length < text.length && trimmed.slice(-2).toLowerCase() === 'of';
}

type RunEvidence = Pick<NameRun, 'title' | 'role' | 'description' | 'evidence'>;
const NO_EVIDENCE: RunEvidence = {
  title: undefined,
  role: undefined,
  description: undefined,
  evidence: false,
};

/**
 * What the text around a capitalized run says of it: a title before it ("Foreign Minister", or
 * "Easton’s mayor," before a comma), an appositive after it, a verb of speech; `evidence` when any
 * of them says the run names a person.
 */
function whatTheTextSays(
  text: string,
  run: Token[],
  titleAhead: string | undefined,
  before: string,
): RunEvidence {
  const after = text.slice(run.at(-1)!.end, run.at(-1)!.end + 60);
  // "Easton’s mayor, Lorraine Vasquez" puts the title before a comma. (The pattern ends in a comma:
  // tried only where there is one, as it scans every start of the 60 characters.)
  const lead = text.slice(Math.max(0, run[0]!.start - 60), run[0]!.start);
  const titleComma = /,\s*$/u.test(lead)
    ? /(?<![\p{L}’'.-])((?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,2}[\p{L}’'.-]+[’']s\s+)?(?:[\p{L}-]+\s+)?([\p{L}-]+)),\s*$/u.exec(
        lead,
      )
    : null;
  const title =
    titleAhead ??
    (titleComma && ROLE_WORDS.has(titleComma[2]!.toLowerCase()) && !/^(?:and|or|but)\b/i.test(titleComma[1]!)
      ? titleComma[1]
      : undefined);
  // "Jane Doe, captain of the team," / "Jane Doe, 45," / "Jane Doe, who …"
  const appositive = /^,\s+([^,;.“”"]{2,80})/u.exec(after)?.[1] ?? '';
  // "Critics, including former astronaut Helen Park," lists others: no role of the word before.
  const listing = /^(?:including|such as|like|among them|led by|and|or)\b/iu.test(appositive);
  const appositiveIsRole =
    !listing &&
    (/^(?:who\b|\d+\b)/u.test(appositive) ||
      appositive
        .split(/\s+/)
        .slice(0, 6)
        .some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[’']s$/u, ''))));
  // The verb after the name, or after an appositive: "Giulia Rossi, of the University of Bologna, said".
  const followingWord = /^(?:,[^,;“”"]{1,80},)?\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  const evidence =
    title !== undefined ||
    SPEECH_VERBS.has(followingWord) ||
    /\b(?:said|says|according to|added|told)\s*$/.test(before.toLowerCase()) ||
    appositiveIsRole;
  if (!evidence) return NO_EVIDENCE;
  const role = appositiveIsRole && !/^(?:who|\d)/u.test(appositive) ? appositive.trim() : undefined;
  const description = /^who\s/u.test(appositive) ? appositive.trim() : undefined;
  return { title, role, description, evidence };
}

/** Capitalized runs in one paragraph that could name a person, with any title before them. */
function nameRuns(story: Story, paragraph: number): NameRun[] {
  const text = story.paragraphs[paragraph - 1]!.text;
  const tokens = tokensOf(text);
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]!.word)) continue;
    // After a title a surname may look like a place word: "astronaut Helen Park", "Dr. Ann Hall".
    const titleAhead = titleBefore(tokens, i, text);
    const titled = titleAhead !== undefined;
    let j = i + 1;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      const w = tokens[j]!.word;
      if (gap !== ' ' && !(tokens[j - 1]!.text.endsWith('.') && gap === '')) break;
      const surname =
        titled &&
        isCapitalized(w) &&
        ORGANIZATION_WORDS.has(lower(w)) &&
        !isCapitalized(tokens[j + 1]?.word ?? 'x');
      if (
        isNameWord(w) ||
        surname ||
        (PARTICLES.has(w) && j + 1 < tokens.length && isNameWord(tokens[j + 1]!.word))
      )
        j++;
      else break;
    }
    const run = tokens.slice(i, j);
    const runText = text.slice(run[0]!.start, run.at(-1)!.end);
    const before = text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start);
    const partOfOrganization =
      ORGANIZATION_WORDS.has(lower(tokens[j]?.word ?? '')) &&
      text.slice(run.at(-1)!.end, tokens[j]!.start) === ' ';
    const precededByCapital =
      i > 0 &&
      isCapitalized(tokens[i - 1]!.word) &&
      !TITLE_WORDS.has(lower(tokens[i - 1]!.word)) &&
      text.slice(tokens[i - 1]!.end, tokens[i]!.start) === ' ';
    // "Critics said …": a common word that opens a sentence is capitalized, not a name.
    const sentenceOpener =
      run.length === 1 &&
      /^[\s“"]*$/u.test(
        text.slice(
          story.paragraphs[paragraph - 1]!.sentences.find((x) => x.end > run[0]!.start)?.start ?? 0,
          run[0]!.start,
        ),
      ) &&
      isEnglishWord(run[0]!.word.toLowerCase());
    // "the growing city of Arenal, the observatory's director announced": a place's name.
    const namedPlace = endsWithOf(before) && PLACE_NOUN_OF.test(before);
    // A run that cannot be a person's name has no title, role or description (they are only read
    // for a run with evidence): the patterns below, run for every capitalized word, are skipped.
    const told =
      sentenceOpener || namedPlace || partOfOrganization || precededByCapital || isPlaceName(runText)
        ? NO_EVIDENCE
        : whatTheTextSays(text, run, titleAhead, before);
    runs.push({
      tokens: run,
      title: told.title,
      role: told.role,
      description: told.description,
      evidence: told.evidence,
      sentence: sentenceIndexAt(story, paragraph, run[0]!.start),
    });
    i = j - 1;
  }
  return runs;
}

function genderOfTitle(title: string | undefined): Gender | undefined {
  if (!title) return undefined;
  const words = title.toLowerCase().split(/\s+/);
  if (words.some((w) => MALE_TITLES.has(w))) return 'm';
  if (words.some((w) => FEMALE_TITLES.has(w))) return 'f';
  return undefined;
}

/**
 * Finds the people of a story, every mention of them (full name, short name or pronoun) in reading
 * order, and resolves each he/she to the person it most likely means.
 */
export function extractPeople(story: Story): StoryPeople {
  const people: Person[] = [];
  /** The people whose name has each word: a person sharing no word with a run cannot match it. */
  const byToken = new Map<string, Set<Person>>();
  const index = (person: Person) => {
    for (const t of person.tokens) byToken.set(t, (byToken.get(t) ?? new Set()).add(person));
  };
  const titleVotes = new Map<number, Gender>();

  const personFor = (names: string[]): Person | undefined => {
    // The latest person whose name holds all these words (a short form), or whose words are all here.
    // Looked up by word, not by scanning everyone: a long story names thousands of people.
    let found: Person | undefined;
    for (const name of names) {
      for (const p of byToken.get(name) ?? []) {
        if (found && p.id <= found.id) continue;
        if (names.every((n) => p.tokens.includes(n)) || p.tokens.every((t) => names.includes(t))) found = p;
      }
    }
    return found;
  };

  const runsByParagraph = story.paragraphs.map((_, i) => nameRuns(story, i + 1));
  // Pass 1: people with evidence (a title, a verb of speech, an appositive).
  runsByParagraph.forEach((runs, i) => {
    for (const run of runs) {
      if (!run.evidence) continue;
      const names = run.tokens.map((t) => t.word);
      let person = personFor(names);
      if (!person) {
        person = { id: people.length, name: names.join(' '), tokens: names, firstParagraph: i + 1 };
        people.push(person);
        index(person);
      } else if (names.length > person.tokens.length) {
        person.name = names.join(' ');
        person.tokens = names;
        index(person);
      }
      // An honorific alone ("Dr.") says less than a role ("the agency’s chief medical officer").
      const described = run.title && !HONORIFIC.test(run.title) ? run.title : (run.role ?? run.title);
      if (described && (!person.title || (HONORIFIC.test(person.title) && !HONORIFIC.test(described))))
        person.title = described;
      if (run.description && !person.description) person.description = run.description;
      const g = genderOfTitle(run.title) ?? genderOfTitle(run.role);
      if (g) titleVotes.set(person.id, g);
    }
  });
  // A multi-word run without evidence still names a person when one of its words does.
  runsByParagraph.forEach((runs) => {
    for (const run of runs) {
      const names = run.tokens.map((t) => t.word);
      const person = personFor(names);
      if (person && names.length > person.tokens.length && !isPlaceName(names.join(' '))) {
        person.name = names.join(' ');
        person.tokens = names;
        index(person);
      }
    }
  });

  // Pass 2: every mention in reading order.
  const mentions: Mention[] = [];
  story.paragraphs.forEach((paragraph, i) => {
    const found: Mention[] = [];
    for (const run of runsByParagraph[i]!) {
      const names = run.tokens.map((t) => t.word);
      const person = personFor(names);
      if (!person) continue;
      found.push({
        paragraph: i + 1,
        sentence: run.sentence,
        start: run.tokens[0]!.start,
        end: run.tokens.at(-1)!.end,
        text: names.join(' '),
        personId: person.id,
      });
    }
    for (const m of pronounsIn(paragraph.text)) {
      const word = m.text.toLowerCase();
      found.push({
        paragraph: i + 1,
        sentence: sentenceIndexAt(story, i + 1, m.index),
        start: m.index,
        end: m.index + m.text.length,
        text: m.text,
        pronoun: MALE_PRONOUNS.has(word) ? 'm' : 'f',
        subject: word === 'he' || word === 'she',
      });
    }
    found.sort((a, b) => a.start - b.start);
    mentions.push(...found);
  });

  // Gender: a title says it; otherwise the first pronoun that follows a person's mention, before any other person.
  const votes = new Map<number, { m: number; f: number }>();
  const sentenceOrder = story.paragraphs.flatMap((p) => p.sentences.map((_, i) => p.number * 1000 + i));
  const rank = new Map(sentenceOrder.map((key, i) => [key, i]));
  const place = (m: Mention) => rank.get(m.paragraph * 1000 + m.sentence) ?? 0;
  mentions.forEach((mention, i) => {
    if (mention.personId === undefined) return;
    const next = mentions[i + 1];
    // The next sentence in reading order counts, even in the next paragraph (“…,” he told reporters).
    if (!next?.pronoun || place(next) > place(mention) + 1) return;
    const v = votes.get(mention.personId) ?? { m: 0, f: 0 };
    v[next.pronoun]++;
    votes.set(mention.personId, v);
  });
  for (const person of people) {
    const v = votes.get(person.id);
    person.gender = titleVotes.get(person.id) ?? (v && v.m !== v.f ? (v.m > v.f ? 'm' : 'f') : undefined);
  }

  resolvePronouns(mentions, people);
  return { people, mentions };
}

/**
 * Gives each pronoun the person it most likely refers to. Candidates are the people named in the
 * last few sentences; the nearest wins, a person of unknown gender counts as two sentences further
 * away than one whose gender matches, a person of the other gender is never taken, and a
 * sentence's subject (its first person) is preferred over others in the same sentence.
 */
function resolvePronouns(mentions: Mention[], people: Person[]): void {
  const MAX_DISTANCE = 8;
  // Sentence positions in reading order, to measure distance across paragraphs.
  const keys = [...new Set(mentions.map((m) => m.paragraph * 1000 + m.sentence))].sort((a, b) => a - b);
  const position = new Map(keys.map((k, i) => [k, i]));
  const pos = (m: Mention) => position.get(m.paragraph * 1000 + m.sentence)!;
  const firstInSentence = new Set<Mention>();
  const seenSentences = new Set<number>();
  for (const m of mentions) {
    if (m.personId === undefined || m.pronoun) continue;
    const key = m.paragraph * 1000 + m.sentence;
    if (!seenSentences.has(key)) firstInSentence.add(m);
    seenSentences.add(key);
  }
  mentions.forEach((mention, i) => {
    if (!mention.pronoun) return;
    let best: { id: number; cost: number } | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const prior = mentions[j]!;
      const distance = pos(mention) - pos(prior);
      if (distance > MAX_DISTANCE || prior.paragraph < mention.paragraph - 3) break;
      if (prior.personId === undefined) continue;
      const gender = people[prior.personId]?.gender;
      if (gender && gender !== mention.pronoun) continue;
      const cost =
        distance + (gender ? 0 : 2) - (firstInSentence.has(prior) ? 0.5 : 0) + (prior.pronoun ? 0.25 : 0);
      if (!best || cost < best.cost) best = { id: prior.personId, cost };
    }
    mention.personId = best?.id;
  });
}
