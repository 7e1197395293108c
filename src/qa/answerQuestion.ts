import type { Definition } from '../knowledge/definitions.ts';
import type { Person } from '../knowledge/people.ts';
import { isCountry } from '../knowledge/places.ts';
import { searchFacts } from '../search/factIndex.ts';
import { searchParagraphTerms } from '../search/paragraphIndex.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';
import { analyzeQuestion, type QuestionAnalysis } from './analyzeQuestion.ts';
import { citationOf } from './citation.ts';
import { agentOf, organizationNearest, peopleOf, personNearest } from './findDoer.ts';
import {
  alignKeyTerms,
  findEvidence,
  keyTermsOf,
  matchStrength,
  sentenceTerms,
  type Evidence,
  type KeyTerm,
} from './evidence.ts';
import {
  clause,
  dateSpans,
  indexOfTerm,
  numberSpans,
  objectAfter,
  placeSpans,
  reasonSpans,
  nearest,
  escapeRegExp,
} from './extractSpan.ts';
import type { Answer, Citation, QuestionKind } from './types.ts';
import { validateQuestion } from './validateQuestion.ts';

/** An answer must hold at least this share of the question's weighted key terms. */
export const MIN_COVERAGE = 0.62;
/** Answers are short: a name, a span, or at most one sentence. */
export const MAX_ANSWER_LENGTH = 250;
const CLOSEST_PASSAGES = 3;

export const FRAME_TERMS = new Set(
  [
    'mean',
    'stand',
    'refer',
    'short',
    'abbreviation',
    'acronym',
    'happen',
    'story',
    'article',
    'know',
    'accord',
  ].map((w) => normalizeTerm(w)!),
);
/** Words that only say what kind of answer is wanted ("how many", "what year", "which city"). */
export const KIND_TERMS: Partial<Record<QuestionKind, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    'how-many': 'many much number amount big large total sum figure long often far old',
    when: 'day date time year month week',
    where: 'place city country venue location held hold host hosted happen happened',
    why: 'reason reasons cause',
    who: 'person people one',
  }).map(([kind, words]) => [kind, new Set(words.split(' ').map((w) => normalizeTerm(w)!))]),
);

const SPEECH_TERMS = new Set(
  [
    'said',
    'say',
    'says',
    'stated',
    'wrote',
    'told',
    'tell',
    'added',
    'stressed',
    'warned',
    'declared',
    'remarked',
    'noted',
    'claimed',
    'quoted',
    'called',
    'described',
    'words',
    'quote',
    'remark',
    'statement',
  ]
    .map((w) => normalizeTerm(w))
    .filter((t): t is string => t !== null),
);

const shorten = (text: string, max = MAX_ANSWER_LENGTH) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;

function answerOf(
  question: string,
  kind: QuestionKind,
  text: string,
  confidence: number,
  citations: Citation[],
): Answer {
  return {
    question,
    answer: shorten(text.trim()),
    kind,
    confidence: Math.max(0, Math.min(1, confidence)),
    citations,
  };
}

/** The stories don't say: no answer, and the closest passages to read instead. */
function refusal(
  kb: KnowledgeBase,
  question: string,
  kind: QuestionKind,
  evidence: readonly Evidence[],
): Answer {
  const seen = new Set<number>();
  const citations: Citation[] = [];
  for (const e of evidence) {
    if (seen.has(e.paragraphId)) continue;
    seen.add(e.paragraphId);
    citations.push(citationOf(kb, e.paragraph));
    if (citations.length === CLOSEST_PASSAGES) break;
  }
  return { question, answer: null, kind, confidence: 0, citations };
}

/** The evidence's paragraph, with the sentence that answers. */
const cite = (kb: KnowledgeBase, e: Evidence): Citation[] => [citationOf(kb, e.paragraph, e.sentence.text)];

/** Whether the evidence is good enough to answer from. */
function isAnswerable(best: Evidence | undefined, keyTerms: readonly KeyTerm[]): best is Evidence {
  if (!best) return false;
  if (best.coverage < MIN_COVERAGE || best.sentenceCoverage < 0.3) return false;
  // A name or figure of the question that the passage does not hold means it is about something else.
  const total = keyTerms.reduce((s, k) => s + k.weight, 0);
  return !best.missing.some((k) => k.proper && k.weight >= total * 0.12);
}

// ─── who said ──────────────────────────────────────────────────────────────────────────────────

function answerWhoSaid(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer | undefined {
  const phrase = q.quoted?.trim();
  if (!phrase) return undefined;
  const phraseTerms = keyTermsOf(kb, phrase);
  if (phraseTerms.length === 0) return undefined;
  const contextTerms = keyTermsOf(
    kb,
    q.content.replace(phrase, ' '),
    new Set([...SPEECH_TERMS, ...FRAME_TERMS]),
  );
  const total = phraseTerms.reduce((s, k) => s + k.weight, 0);
  const contextTotal = contextTerms.reduce((s, k) => s + k.weight, 0);
  let best:
    { score: number; coverage: number; quote: (typeof kb.factList)[number] & { type: 'quote' } } | undefined;
  const matches = searchFacts(
    kb.factIndex,
    kb.factList,
    phraseTerms.map((k) => k.term),
    { type: 'quote', limit: 15, vocabulary: kb.documentFrequency },
  );
  for (const { fact } of matches) {
    if (fact.type !== 'quote' || !fact.quote.speaker) continue;
    const quoteTerms = new Set(termsOf(fact.quote.text));
    const coverage =
      phraseTerms.reduce((s, k) => s + k.weight * matchStrength(k.term, quoteTerms), 0) / total;
    const paragraph = kb.storyById.get(fact.quote.storyId)?.paragraphs[fact.quote.paragraph - 1];
    let context = 1;
    if (paragraph && contextTotal > 0) {
      const near = new Set(paragraph.sentences.flatMap((_, i) => [...sentenceTerms(kb, paragraph, i)]));
      context = contextTerms.reduce((s, k) => s + k.weight * matchStrength(k.term, near), 0) / contextTotal;
    }
    const score = coverage + 0.2 * context;
    if (!best || score > best.score) best = { score, coverage, quote: fact };
  }
  if (!best || best.coverage < 0.6) return undefined;
  const { quote } = best.quote;
  const paragraph = kb.storyById.get(quote.storyId)?.paragraphs[quote.paragraph - 1];
  if (!paragraph) return undefined;
  const sentence =
    paragraph.sentences.find((s) => s.end >= quote.end - 1 && s.start <= quote.start + 1) ??
    paragraph.sentences.find((s) => s.text.includes(quote.text.slice(0, 30)));
  return answerOf(question, 'who-said', quote.speaker!, best.coverage * 0.95, [
    citationOf(kb, paragraph, sentence?.text),
  ]);
}

// ─── definitions and people ─────────────────────────────────────────────────────────────────────

const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”"‘’'.]/g, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

function findDefinitions(kb: KnowledgeBase, target: string): Definition[] {
  const wanted = bare(target);
  const singular = wanted.replace(/s$/, '');
  const all = kb.factList.flatMap((f) => (f.type === 'definition' ? [f.definition] : []));
  let found = all.filter((d) => [wanted, singular].includes(bare(d.term)));
  if (found.length === 0) {
    // The long form asked about: "what is the North Atlantic Treaty Organization" → its acronym's meaning.
    found = all.filter((d) => d.kind === 'acronym' && bare(d.meaning) === wanted);
  }
  if (found.length === 0 && wanted.length >= 4) {
    const terms = new Set([normalizeTerm(wanted.replace(/\s+/g, '')) ?? wanted]);
    found = all.filter(
      (d) =>
        d.kind !== 'appositive' &&
        !d.term.includes(' ') &&
        matchStrength(normalizeTerm(d.term) ?? '', terms) >= 0.8,
    );
  }
  return found;
}

function answerDefinition(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  question: string,
  target: string,
): Answer | undefined {
  const found = findDefinitions(kb, target);
  if (found.length === 0) return undefined;
  const wantsLongForm = /stand|short|abbreviation|acronym/i.test(q.content);
  const rank = (d: Definition) =>
    d.kind === 'acronym' ? (wantsLongForm ? 0 : 1) : d.kind === 'refers-to' ? (wantsLongForm ? 1 : 0) : 2;
  const def = [...found].sort((a, b) => rank(a) - rank(b))[0]!;
  const paragraph = kb.storyById.get(def.storyId)?.paragraphs[def.paragraph - 1];
  if (!paragraph) return undefined;
  const sentence = paragraph.sentences.find(
    (s) => s.text.includes(def.term) && s.text.includes(def.meaning.slice(0, 20)),
  );
  const meaning =
    def.meaning.length > MAX_ANSWER_LENGTH ? clause(def.meaning, MAX_ANSWER_LENGTH) : def.meaning;
  return answerOf(question, 'define', meaning, 0.95, [citationOf(kb, paragraph, sentence?.text)]);
}

/**
 * "What is X?" answered by a sentence that says what X is: "X is a severe form of pneumonia …",
 * or "…, X, a software setting that …,". Only the predicate is the answer.
 */
function answerFromDefiningSentence(kb: KnowledgeBase, question: string, target: string): Answer | undefined {
  const words = target
    .replace(/^(?:the|a|an)\s+/iu, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => escapeRegExp(w.replace(/['’]/gu, '')).replace(/s$/u, 's?'));
  if (words.length === 0 || words.length > 6) return undefined;
  const phrase = words.map((w) => `${w}(?:['’]s?)?`).join('[\\s-]+');
  const opening = new RegExp(
    `^(?:the\\s+)?${phrase}\\s+(?:is|are|was|were)\\s+((?:a|an|the|one)\\s+.+)$`,
    'iu',
  );
  const apposed = new RegExp(`\\b${phrase},\\s+((?:a|an|the)\\s+[^,;:()“”"]{3,120}?)(?:,|\\.$)`, 'iu');
  const terms = termsOf(target);
  if (terms.length === 0) return undefined;
  for (const hit of searchParagraphTerms(kb.index, terms, 8)) {
    const paragraph = kb.paragraphs[hit.id];
    if (!paragraph) continue;
    for (const sentence of paragraph.sentences) {
      const m = opening.exec(sentence.text) ?? apposed.exec(sentence.text);
      if (m?.[1]) {
        const meaning = m[1].replace(/[.\s]+$/u, '');
        return answerOf(question, 'define', meaning, 0.85, [citationOf(kb, paragraph, sentence.text)]);
      }
    }
  }
  return undefined;
}

function findPerson(kb: KnowledgeBase, target: string): { person: Person; storyId: string } | undefined {
  const words = tokenize(target).map((w) => w.toLowerCase());
  if (words.length === 0 || words.length > 4) return undefined;
  for (const [storyId, facts] of kb.facts) {
    for (const person of facts.people.people) {
      const tokens = person.tokens.map((t) => t.toLowerCase());
      if (words.every((w) => tokens.includes(w))) return { person, storyId };
    }
  }
  return undefined;
}

function answerWhoIs(kb: KnowledgeBase, question: string, target: string): Answer | undefined {
  const found = findPerson(kb, target);
  if (!found) return undefined;
  const { person, storyId } = found;
  const story = kb.storyById.get(storyId)!;
  const people = peopleOf(kb, storyId)!;
  // Cite where the person is introduced with a title, else the first mention.
  const titled = person.title
    ? story.paragraphs.find(
        (p) => p.text.includes(person.title!) && person.tokens.some((t) => p.text.includes(t)),
      )
    : undefined;
  const first = people.mentions.find((m) => m.personId === person.id);
  const paragraph = titled ?? story.paragraphs[(first?.paragraph ?? person.firstParagraph) - 1]!;
  const sentence = paragraph.sentences.find((s) => person.tokens.some((t) => s.text.includes(t)));
  const about = person.title ?? person.description;
  const text = about
    ? `${person.name}, ${about.replace(/^(?:the|a|an)\s+/i, (m) => m.toLowerCase())}`
    : person.name;
  return answerOf(question, 'who', text, person.title ? 0.9 : 0.6, [
    citationOf(kb, paragraph, sentence?.text),
  ]);
}

// ─── everything else: find the sentence, then the span ─────────────────────────────────────────

/** Two or more names in a row ("Sweden, Norway, Denmark and Germany"): a list answers "which …s". */
const NAME_LIST =
  /\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*(?:,\s+\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*)+,?\s+and\s+\p{Lu}/u;

function bonusFor(kind: QuestionKind, q: QuestionAnalysis) {
  if (kind === 'what' && /^(?:which|what)\s+\p{L}+s\b/iu.test(q.content)) {
    return (s: { text: string }) => (NAME_LIST.test(s.text) ? 0.3 : 0);
  }
  switch (kind) {
    case 'when':
      return (s: { text: string }) => (dateSpans(s.text).length ? 0.25 : 0);
    case 'how-many':
      return (s: { text: string }) => (numberSpans(s.text).length ? 0.25 : 0);
    case 'where':
      return (s: { text: string }) => (placeSpans(s.text).length ? 0.15 : 0);
    case 'why':
      return (s: { text: string }) =>
        reasonSpans(s.text).length || /\bthis is why\b/i.test(s.text) ? 0.15 : 0;
    default:
      return undefined;
  }
}

const MONEY_TERMS = new Set(
  [
    'cost',
    'price',
    'worth',
    'spend',
    'pay',
    'budget',
    'fee',
    'salary',
    'wage',
    'value',
    'charge',
    'money',
    'funds',
    'cash',
    'amount',
    'sum',
  ].map((w) => normalizeTerm(w) ?? w),
);
const MONEY =
  /[$€£¥₩]\s?\d|\d\s?(?:(?:million|billion|trillion|thousand|bn)\s)?(?:euros?|dollars?|pounds?|yen|yuan|won|francs?|rupees?|pesos?|rubles?|roubles?)\b/iu;
const AUXILIARIES_ONLY =
  /^[\s,]*(?:(?:had|have|has|were|was|are|is|be|been|will|would|could|may|might|also|already|now|reportedly|so far|each|a year|per year|in total)\s+)*$/iu;
const MONEY_WORDS =
  /\b(?:cost|price|percent|percentage|share|pay|paid|worth|spend|budget|fine|salary|wage|fee)/iu;

const COUNTRY_TERMS = new Set(['country', 'countries', 'nation', 'nations'].map((w) => normalizeTerm(w)!));

/**
 * Key terms a sentence holds without the word: "cost" by a sum of money (in "how much" questions),
 * "countries" by the names of countries.
 */
function impliedFor(kind: QuestionKind) {
  return (term: string, sentence: { text: string }) => {
    if (kind === 'how-many' && MONEY_TERMS.has(term) && MONEY.test(sentence.text)) return 0.8;
    if (COUNTRY_TERMS.has(term) && namesCountry(sentence.text)) return 0.8;
    return 0;
  };
}

const namesCountry = (text: string) =>
  [...text.matchAll(/\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?/gu)].some((m) => isCountry(m[0]));

function anchorOf(text: string, q: QuestionAnalysis, keyTerms: readonly KeyTerm[]): number {
  const verb = q.verb ? normalizeTerm(q.verb) : null;
  const at = verb ? indexOfTerm(text, verb) : -1;
  if (at >= 0) return at;
  const positions = keyTerms.map((k) => indexOfTerm(text, k.term)).filter((i) => i >= 0);
  return positions.length ? positions.reduce((a, b) => a + b, 0) / positions.length : 0;
}

/** The short answer in an evidence sentence for a question kind; undefined when it is not there. */
function extract(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  e: Evidence,
  asked: readonly KeyTerm[],
): string | undefined {
  const text = e.sentence.text;
  const keyTerms = alignKeyTerms(kb, asked, text);
  const anchor = anchorOf(text, q, keyTerms);
  const keySet = new Set(keyTerms.map((k) => k.term));
  switch (q.kind) {
    case 'when':
      return nearest(dateSpans(text), anchor)?.text;
    case 'where': {
      // A place the question itself names ("Shares in Norvik" for "where is Norvik based") is not the answer.
      const asked = new Set(tokenize(q.content).map((w) => w.toLowerCase()));
      const places = placeSpans(text).filter((p) =>
        (p.text.match(/\p{Lu}[\p{L}.’'-]*/gu) ?? []).some(
          (name) => !tokenize(name).every((w) => asked.has(w.toLowerCase())),
        ),
      );
      return (
        nearest(
          places.filter((p) => p.index >= anchor - 5),
          anchor,
        )?.text ?? nearest(places, anchor)?.text
      );
    }
    case 'how-many': {
      // "How much" asks for money or a share; "how many X" for a count of X.
      const wantsAmount =
        /^how much\b/iu.test(q.content) || (!/^how many\b/iu.test(q.content) && MONEY_WORDS.test(q.content));
      const keyPositions = keyTerms.map((k) => indexOfTerm(text, k.term)).filter((i) => i >= 0);
      // "What percentage / share" asks for a percentage and nothing else.
      const wantsPercent = /\b(?:percentage|percent|proportion|share)\b/iu.test(q.content);
      const spans = numberSpans(text).filter(
        (s) => !/^\d{4}$/.test(s.number) && (!wantsPercent || /%|percent|per cent/iu.test(s.text)),
      );
      // The question's last word is usually what is counted or done ("how many people died"): a
      // figure right after it ("killing at least three") or right before it ("14 rivers had overflowed").
      // ("how many books does the library have" ends in a stop word: there is no such verb to go by.)
      const lastWord = tokenize(q.content).at(-1) ?? '';
      const predicate = normalizeTerm(lastWord) ? keyTerms.at(-1) : undefined;
      const at = predicate ? indexOfTerm(text, predicate.term) : -1;
      const predicateEnd = at >= 0 ? at + (/^[\p{L}’'-]+/u.exec(text.slice(at))?.[0].length ?? 0) : -1;
      const scored = spans.map((s) => {
        const end = s.index + s.text.length;
        const nounHits = termsOf(s.text).filter((t) => keySet.has(t)).length;
        const near = keyPositions.some((p) => (p < s.index || p > end) && Math.abs(p - s.index) < 30);
        // Verb then figure ("killed four"), figure then its verb with only auxiliaries between
        // ("14 rivers had overflowed", not "37 people and killed …"), or the verb inside the span.
        const after = at >= 0 && s.index >= predicateEnd && text.slice(predicateEnd, s.index).trim() === '';
        const before = at >= end && AUXILIARIES_ONLY.test(text.slice(end, at));
        const adjacent = after || before || (at >= s.index && at < end);
        const isAmount = MONEY.test(s.text) || /%|percent|million|billion/iu.test(s.text);
        return {
          s,
          score: nounHits * 1.5 + (near ? 1 : 0) + (adjacent ? 2 : 0) + (wantsAmount === isAmount ? 0.5 : 0),
        };
      });
      scored.sort((a, b) => b.score - a.score || Math.abs(a.s.index - anchor) - Math.abs(b.s.index - anchor));
      return scored[0]?.s.text;
    }
    case 'why': {
      if (/\bthis is why\b/i.test(text) && e.sentenceIndex > 0)
        return e.paragraph.sentences[e.sentenceIndex - 1]!.text;
      // A reason tells something the question does not: skip spans made of the question's own words.
      // and skip the event being explained ("after its profit fell" does not say why the profit fell).
      const common = new Set(keyTerms.filter((k) => !k.proper).map((k) => k.term));
      const informative = (span: string) => {
        const terms = termsOf(span);
        const own = terms.filter((t) => keySet.has(t)).length;
        return (
          terms.length > 0 &&
          (terms.length - own) / terms.length >= 0.5 &&
          terms.filter((t) => common.has(t)).length < 2
        );
      };
      const reasons = reasonSpans(text).filter((r) => informative(r.text));
      const explicit = reasons.filter((r) => !/^to\s/u.test(r.text));
      const marked = explicit.find((r) => r.index >= anchor) ?? explicit[0];
      if (marked) return marked.text;
      // No "because": what the actor said, in this sentence or the next ("Ellison, who voted
      // against the budget, said the city could not afford it …").
      for (const sentence of e.paragraph.sentences.slice(e.sentenceIndex, e.sentenceIndex + 2)) {
        const said = /\b(?:said|says|argued|explained|warned|added)\s+(?:that\s+)?([^“”"]{12,})$/u.exec(
          sentence.text,
        );
        if (said?.[1] && informative(said[1])) return clause(said[1].replace(/^that\s+/u, ''), 220);
      }
      return reasons.find((r) => r.index >= anchor)?.text;
    }
    case 'who': {
      // "Who vetoed the resolution?": the one the sentence gives as doing it ("Brazil’s veto").
      const agent = agentOf(kb, q, e);
      if (agent !== undefined) return agent ?? undefined;
      return (
        personNearest(kb, q, e, keyTerms)?.name ??
        (q.personOnly || /^who (?:are|were)\b/iu.test(q.content)
          ? undefined
          : organizationNearest(q, text, anchor))
      );
    }
    case 'what-did':
    case 'how': {
      const verb = q.verb ? normalizeTerm(q.verb) : null;
      if (verb && /^(?:describ|call|dub|label|term|brand)/.test(verb)) {
        const quoted = /[“"]([^”"]+)[”"]/u.exec(text.slice(Math.max(0, indexOfTerm(text, verb))))?.[1];
        if (quoted) return quoted.replace(/[.,]$/u, '');
      }
      if (
        verb &&
        /^(?:sai|say|tell|speak|talk|state|add|stress|warn|note|comment|respond|repli)$/.test(verb)
      ) {
        const quoted = /[“"]([^”"]{10,})[”"]/u.exec(text)?.[1];
        return quoted ? quoted.replace(/,$/u, '.') : text;
      }
      if (verb && q.kind === 'what-did') return objectAfter(text, verb);
      return undefined;
    }
    default:
      return undefined;
  }
}

const NEGATION = /\b(?:not|never|no|n't|denied|refused|rejected|declined|failed)\b/iu;

function answerFromEvidence(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer {
  const kind = q.kind === 'who-said' ? 'who' : q.kind === 'define' ? 'what' : q.kind;
  // "Who said …" with no quotation found: the verb of speech alone is no evidence of anything.
  const drop = new Set([
    ...FRAME_TERMS,
    ...(KIND_TERMS[kind] ?? []),
    ...(q.kind === 'who-said' ? SPEECH_TERMS : []),
  ]);
  const keyTerms = keyTermsOf(kb, q.content, drop);
  if (keyTerms.length === 0) return refusal(kb, question, kind, []);
  const evidence = findEvidence(kb, keyTerms, { bonus: bonusFor(kind, q), implied: impliedFor(kind) });
  const answerable = evidence.filter((e) => isAnswerable(e, keyTerms));
  const best = answerable[0];
  if (!best) return refusal(kb, question, kind, evidence);
  const analysis = { ...q, kind };
  const needsSpan = kind === 'when' || kind === 'where' || kind === 'how-many' || kind === 'why';

  // Take the first good sentence that holds the kind of answer asked for.
  for (const e of answerable.slice(0, 6)) {
    if (e.coverage < best.coverage - 0.2) break;
    const span = extract(kb, analysis, e, keyTerms);
    if (span) return answerOf(question, kind, span, e.coverage * 0.9, cite(kb, e));
    if (!needsSpan) break;
  }
  // "Who are X?" about no person: the sentence that says who they are, if it holds all of X.
  if (kind === 'who' && /^who (?:are|were)\b/iu.test(q.content) && best.sentenceCoverage >= 0.85) {
    return answerOf(question, kind, best.sentence.text, best.coverage * 0.7, cite(kb, best));
  }
  if (needsSpan || kind === 'who') return refusal(kb, question, kind, evidence);

  if (kind === 'yes-no') {
    // "Yes" needs the sentence itself to hold the question, its verb included.
    const verb = q.verb ? normalizeTerm(q.verb) : null;
    const verbHeld = !verb || matchStrength(verb, new Set(termsOf(best.sentence.text))) > 0;
    if (best.sentenceCoverage < 0.85 || !verbHeld) return refusal(kb, question, kind, evidence);
    // Negation counts where it bears on the question's words ("no other models were affected"), not
    // in a later clause ("welcomed the decision but said it did not go far enough").
    const text = best.sentence.text;
    const spots = alignKeyTerms(kb, keyTerms, text)
      .map((k) => indexOfTerm(text, k.term))
      .filter((i) => i >= 0);
    const near = spots.length
      ? text.slice(Math.max(0, Math.min(...spots) - 25), Math.max(...spots) + 1)
      : text;
    const negated = NEGATION.test(near) !== NEGATION.test(q.content);
    const verdict = negated ? 'No' : 'Yes';
    return answerOf(question, kind, `${verdict}: ${best.sentence.text}`, best.coverage * 0.7, cite(kb, best));
  }
  return answerOf(question, kind, best.sentence.text, best.coverage * 0.75, cite(kb, best));
}

/** "Which agency reported this?": the source line of the story the question is about. */
function answerSource(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer {
  const keyTerms = keyTermsOf(
    kb,
    q.content,
    new Set([
      ...FRAME_TERMS,
      ...['source', 'agency', 'report', 'publish', 'news', 'outlet', 'newspaper', 'wire'].map((w) =>
        normalizeTerm(w)!,
      ),
    ]),
  );
  const hit = keyTerms.length
    ? searchParagraphTerms(
        kb.index,
        keyTerms.map((k) => k.term),
        1,
      )[0]
    : undefined;
  const story = hit
    ? kb.storyById.get(kb.paragraphs[hit.id]!.storyId)
    : kb.stories.length === 1
      ? kb.stories[0]
      : undefined;
  const first = story?.paragraphs[0];
  if (!story?.source || !first) return refusal(kb, question, 'source', []);
  return answerOf(question, 'source', story.source, 0.9, [citationOf(kb, first)]);
}

/**
 * The rule engine's answer (the engine before the learned model): quotations, definitions, people
 * and sources by rule, other questions by sentence coverage and a span extractor per kind.
 */
export function answerByRules(kb: KnowledgeBase, rawQuestion: string): Answer {
  const question = validateQuestion(rawQuestion);
  const q = analyzeQuestion(question);
  if (q.unanswerable)
    return refusal(kb, question, q.kind, findEvidence(kb, keyTermsOf(kb, q.content, FRAME_TERMS)));
  switch (q.kind) {
    case 'source':
      return answerSource(kb, q, question);
    case 'who-said':
      return answerWhoSaid(kb, q, question) ?? answerFromEvidence(kb, q, question);
    case 'define':
      return (
        answerDefinition(kb, q, question, q.target!) ??
        answerWhoIs(kb, question, q.target!) ??
        answerFromDefiningSentence(kb, question, q.target!) ??
        answerFromEvidence(kb, { ...q, kind: 'what' }, question)
      );
    case 'who':
      return (
        (q.target && (answerWhoIs(kb, question, q.target) ?? answerDefinition(kb, q, question, q.target))) ||
        answerFromEvidence(kb, q, question)
      );
    case 'what':
      return (
        (q.target &&
          (answerDefinition(kb, { ...q, kind: 'define' }, question, q.target) ??
            answerFromDefiningSentence(kb, question, q.target))) ||
        answerFromEvidence(kb, q, question)
      );
    default:
      return answerFromEvidence(kb, q, question);
  }
}



/**
 * The answers facts give by rule — who said a quotation, what a term means, who a person is, the
 * source — or undefined when the question is not one of those or no fact answers it.
 */
export function answerByFacts(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer | undefined {
  switch (q.kind) {
    case 'source':
      return answerSource(kb, q, question);
    case 'who-said':
      return answerWhoSaid(kb, q, question);
    case 'define':
      return (
        answerDefinition(kb, q, question, q.target!) ??
        answerWhoIs(kb, question, q.target!) ??
        answerFromDefiningSentence(kb, question, q.target!)
      );
    case 'who':
      return q.target ? (answerWhoIs(kb, question, q.target) ?? answerDefinition(kb, q, question, q.target)) : undefined;
    case 'what':
      return q.target
        ? (answerDefinition(kb, { ...q, kind: 'define' }, question, q.target) ??
            answerFromDefiningSentence(kb, question, q.target))
        : undefined;
    default:
      return undefined;
  }
}

/** The stories don't say, with the closest passages to the question's words. */
export function refuse(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer {
  return refusal(kb, question, q.kind, findEvidence(kb, keyTermsOf(kb, q.content, FRAME_TERMS)));
}
