/** The rule engine's answers from evidence sentences, and the source of a story. */

import { searchParagraphTerms } from '../search/paragraphIndex.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';
import { type QuestionAnalysis } from './analyzeQuestion.ts';
import { citationOf } from './citation.ts';

import {
  alignKeyTerms,
  findEvidence,
  keyTermsOf,
  matchStrength,
  type Evidence,
  type KeyTerm,
} from './evidence.ts';
import { leftOpen } from './ruleTricks.ts';
import { indexOfTerm } from './extractSpan.ts';
import type { Answer } from './types.ts';

import {
  FRAME_TERMS,
  KIND_TERMS,
  SPEECH_TERMS,
  answerOf,
  refusal,
  cite,
  isAnswerable,
} from './ruleCommon.ts';
import { bonusFor, impliedFor, extract } from './ruleExtract.ts';
import { paraphraseMatcher } from './paraphrases.ts';

export const NEGATION = /\b(?:not|never|no|n't|denied|refused|rejected|declined|failed)\b/iu;

/**
 * "It did not say whether the minister would order a new assessment", "it is unclear whether …",
 * "will decide whether …": the sentence leaves the yes or no open. In the 13 SQuAD dev articles two
 * sentences say so, neither the gold sentence of any of their 17 yes/no-looking questions. A
 * negation up to four words before "whether" leaves it open too ("did not rule on whether", "was
 * not designed to show whether"; second news probe, 2026-12-02).
 */
const WHETHER_OPEN =
  /\b(?:(?:did|does|do|would|will|could|has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+)?(?:say|specify|disclose|reveal|confirm|decide|determine|know|announce|indicate)|(?:is|was|are|were|remains?|remained)\s+(?:not\s+(?:yet\s+)?(?:clear|known|decided)|unclear|unknown|undecided)|(?:will|would|to)\s+decide)\s+(?:whether|if)\b|\b(?:not|never|n['’]t)\s+(?:\p{L}+\s+){1,4}?whether\b/iu;

/** "Did the minister say who …", "Has the company disclosed how much …": whether a thing was told. */
const TOLD_WH =
  /^(?:did|does|do|has|have|had|will|would|was|were|is)\s+.+?\s+(?:say|said|specif(?:y|ied)|reveal(?:ed)?|disclosed?|explain(?:ed)?|named?|identif(?:y|ied)|mention(?:ed)?|confirm(?:ed)?|announced?|know)\s+((?:who|whom|what|which|how\s+many|how\s+much|when|where|why|how)\b.+)$/iu;

/**
 * "Did the mayor say who the critics are?" over "She criticised 'certain critics'. She did not
 * specify who they are.": the sentence that says the thing asked was not told answers no. The
 * wh-clause is checked as its own question against each sentence of the evidence's paragraphs
 * (leftOpen, ruleTricks.ts). Undefined when the question asks no such thing or no sentence says so.
 */
function saidLeftOpen(content: string, evidence: readonly Evidence[]): Evidence | undefined {
  const asked = TOLD_WH.exec(content)?.[1];
  if (!asked) return undefined;
  for (const e of evidence)
    for (const [sentenceIndex, sentence] of e.paragraph.sentences.entries())
      if (leftOpen(`${asked}?`, sentence.text)) return { ...e, sentenceIndex, sentence };
  return undefined;
}

/** A sentence that goes on about the one before: it opens with a personal pronoun. */
const GOES_ON = /^(?:He|She|It|They)\s/u;

/** Two sentences read as one, and the one of them that must hold the question's verb. */
interface Joined {
  text: string;
  next: string;
}

/**
 * The evidence sentence and the next one, when that one goes on about its subject, or the one before
 * and the evidence sentence, when the evidence opens with "It" / "He" … ("Legionnaires' disease is
 * a … pneumonia. It does not spread from person to person"): the two together must hold all but a
 * sliver (YES_NO_COVERAGE) of the question's weight; undefined otherwise.
 */
function joinedSentences(
  kb: KnowledgeBase,
  keyTerms: readonly KeyTerm[],
  e: Evidence,
  paraphrased: (term: string, text: string) => number,
): Joined[] {
  const sentences = e.paragraph.sentences;
  const next = sentences[e.sentenceIndex + 1]?.text;
  const previous = e.sentenceIndex > 0 ? sentences[e.sentenceIndex - 1]?.text : undefined;
  const pairs: Joined[] = [];
  if (next !== undefined && GOES_ON.test(next)) pairs.push({ text: `${e.sentence.text} ${next}`, next });
  if (previous !== undefined && GOES_ON.test(e.sentence.text))
    pairs.push({ text: `${previous} ${e.sentence.text}`, next: e.sentence.text });
  const total = keyTerms.reduce((sum, k) => sum + k.weight, 0) || 1;
  return pairs.filter(({ text }) => {
    const terms = new Set(termsOf(text));
    const held = alignKeyTerms(kb, keyTerms, text).reduce(
      (sum, k, i) =>
        sum + k.weight * Math.max(matchStrength(k.term, terms), paraphrased(keyTerms[i]!.term, text)),
      0,
    );
    return held / total >= YES_NO_COVERAGE;
  });
}

/** The share of the question's weight a sentence must hold to answer yes or no (as before: 0.85). */
const YES_NO_COVERAGE = 0.85;

/**
 * "Will the bank raise rates again?" over "The bank raised its rate …": a yes or no about what will
 * happen, and a sentence that states the question's verb in the past and speaks of no future
 * (fourth news probe, 2026-12-02; "makes buses free" still answers "Will buses be free?").
 */
const FUTURE_ASKED = /^\s*(?:will|shall|is\s+\S+\s+going\s+to|are\s+\S+\s+going\s+to)\b/iu;
const FUTURE_SAID =
  /\b(?:will|won['’]t|shall|would|wouldn['’]t|going\s+to|plans?\s+to|planned\s+to|planning\s+to|expects?\s+to|expected\s+to|intends?\s+to|aims?\s+to|set\s+to|due\s+to|scheduled|is\s+to|are\s+to|next|from\s+now|promised|vowed|pledged)\b|['’]ll\b/iu;

/** The sentence states a word of the question in the past ("raise" as "raised") and speaks of no future. */
function onlyPast(question: string, sentence: string): boolean {
  if (FUTURE_SAID.test(sentence)) return false;
  const asked = new Set(
    tokenize(question)
      .filter((w) => !/ed$/iu.test(w))
      .map((w) => normalizeTerm(w)),
  );
  return tokenize(sentence).some((t) => /\p{L}ed$/iu.test(t) && asked.has(normalizeTerm(t)));
}

/** "unanimous" / "unanimously" as a search term. */
const UNANIMOUS = normalizeTerm('unanimous')!;

/** "Was the vote unanimous?", "Did the board vote unanimously?": the question asks whether nobody voted against. */
const unanimityAsked = (question: string) => termsOf(question).includes(UNANIMOUS);

/** A vote's tally: "voted 7-2", "by 41 votes to 9", "12 to 0"; the larger side is for. */
const TALLY =
  /\b(\d{1,4})\s*(?:votes?\s+)?(?:-|–|to)\s*(\d{1,4})\b(?!\s*(?:percent|%|years?|days?|months?|p\.?m|a\.?m))/iu;

/** The tally a text gives, if any: how many voted for and against. */
export function tallyOf(text: string): { for: number; against: number } | undefined {
  const m = TALLY.exec(text);
  if (!m || !/\bvot|\bballot|\bapprov|\breject|\bpassed\b/iu.test(text)) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return { for: Math.max(a, b), against: Math.min(a, b) };
}

/** How well a text stands for "unanimous": a vote's tally says whether it was (0.8, as a typo), else 0. */
const tallied = (term: string, text: string): number =>
  term === UNANIMOUS && tallyOf(text) !== undefined ? 0.8 : 0;

export function answerFromEvidence(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer {
  const kind = q.kind === 'who-said' ? 'who' : q.kind === 'define' ? 'what' : q.kind;
  // "Who said …" with no quotation found: the verb of speech alone is no evidence of anything.
  const drop = new Set([
    ...FRAME_TERMS,
    ...(KIND_TERMS[kind] ?? []),
    ...(q.kind === 'who-said' ? SPEECH_TERMS : []),
  ]);
  const keyTerms = keyTermsOf(kb, q.content, drop);
  if (keyTerms.length === 0) return refusal(kb, question, kind, []);
  // A paraphrase or derivation of a question word counts, a little less than the word ("Who owns
  // …?" over "The hotel's owner …", paraphrases.ts).
  const paraphrased = paraphraseMatcher(
    q.content,
    keyTerms.map((k) => k.term),
  );
  const kindImplied = impliedFor(kind);
  const implied = (term: string, sentence: { text: string }, written: () => Iterable<string>) =>
    Math.max(
      kindImplied(term, sentence),
      paraphrased(term, sentence.text, written),
      tallied(term, sentence.text),
    );
  const evidence = findEvidence(kb, keyTerms, { bonus: bonusFor(kind, q), implied });
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
    // A manner may be in a sentence a little below the best ("… by breathing in …", mannerAfter).
    if (!needsSpan && kind !== 'how') break;
  }
  // "Who are X?" about no person: the sentence that says who they are, if it holds all of X.
  if (kind === 'who' && /^who (?:are|were)\b/iu.test(q.content) && best.sentenceCoverage >= 0.85) {
    return answerOf(question, kind, best.sentence.text, best.coverage * 0.7, cite(kb, best));
  }
  if (needsSpan || kind === 'who') return refusal(kb, question, kind, evidence);

  if (kind === 'yes-no') {
    const open = saidLeftOpen(q.content, answerable.slice(0, 3));
    if (open)
      return answerOf(question, kind, `No: ${open.sentence.text}`, open.coverage * 0.7, cite(kb, open));
    // "Yes" needs the sentence itself to hold the question, its verb included, or the sentence and
    // the next that goes on about its subject ("He was in the capital to attend …").
    const verb = q.verb ? normalizeTerm(q.verb) : null;
    const verbHeld = (text: string) =>
      !verb ||
      matchStrength(verb, new Set(termsOf(text))) > 0 ||
      paraphrased(verb, text) > 0 ||
      tallied(verb, text) > 0;
    const alone = best.sentenceCoverage >= YES_NO_COVERAGE ? best.sentence.text : undefined;
    // Joined, the next sentence must hold the verb: "Kelby Rovers … described the vote as … He
    // said …" does not say that Kelby Rovers voted.
    const joined = joinedSentences(kb, keyTerms, best, paraphrased).find((j) => verbHeld(j.next))?.text;
    const text = [alone, joined].find((t) => t !== undefined && verbHeld(t));
    if (text === undefined) return refusal(kb, question, kind, evidence);
    if (WHETHER_OPEN.test(text)) return refusal(kb, question, kind, evidence);
    if (FUTURE_ASKED.test(q.content) && onlyPast(q.content, text))
      return refusal(kb, question, kind, evidence);
    // Negation counts where it bears on the question's words ("no other models were affected"), not
    // in a later clause ("welcomed the decision but said it did not go far enough").
    const spots = alignKeyTerms(kb, keyTerms, text)
      .map((k) => indexOfTerm(text, k.term))
      .filter((i) => i >= 0);
    const near = spots.length
      ? text.slice(Math.max(0, Math.min(...spots) - 25), Math.max(...spots) + 1)
      : text;
    const split = unanimityAsked(q.content) ? tallyOf(text) : undefined;
    // "Was the vote unanimous?" over "approved by 41 votes to 9": a tally with votes against says no.
    const negated =
      split !== undefined
        ? split.against > 0 !== NEGATION.test(q.content)
        : NEGATION.test(near) !== NEGATION.test(q.content);
    const verdict = negated ? 'No' : 'Yes';
    return answerOf(question, kind, `${verdict}: ${text}`, best.coverage * 0.7, cite(kb, best));
  }
  return answerOf(question, kind, best.sentence.text, best.coverage * 0.75, cite(kb, best));
}

/** "Which agency reported this?": the source line of the story the question is about. */
export function answerSource(kb: KnowledgeBase, q: QuestionAnalysis, question: string): Answer {
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
