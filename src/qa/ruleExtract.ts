/** The rule extractor: the short span of an evidence sentence for each question kind. */

import { isCountry } from '../knowledge/places.ts';

import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';
import { type QuestionAnalysis } from './analyzeQuestion.ts';

import { agentOf, organizationNearest, personNearest } from './findDoer.ts';
import { alignKeyTerms, type Evidence, type KeyTerm } from './evidence.ts';
import {
  clause,
  dateSpans,
  indexOfTerm,
  numberSpans,
  objectAfter,
  placeSpans,
  reasonSpans,
  nearest,
} from './extractSpan.ts';
import type { QuestionKind } from './types.ts';
import { namesAllIn } from './ruleCommon.ts';

/** Two or more names in a row ("Sweden, Norway, Denmark and Germany"): a list answers "which …s". */
export const NAME_LIST =
  /\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*(?:,\s+\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*)+,?\s+and\s+\p{Lu}/u;

export function bonusFor(kind: QuestionKind, q: QuestionAnalysis) {
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

export const MONEY_TERMS = new Set(
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
export const MONEY =
  /[$€£¥₩]\s?\d|\d\s?(?:(?:million|billion|trillion|thousand|bn)\s)?(?:euros?|dollars?|pounds?|yen|yuan|won|francs?|rupees?|pesos?|rubles?|roubles?)\b/iu;
export const AUXILIARIES_ONLY =
  /^[\s,]*(?:(?:had|have|has|were|was|are|is|be|been|will|would|could|may|might|also|already|now|reportedly|so far|each|a year|per year|in total)\s+)*$/iu;
export const MONEY_WORDS =
  /\b(?:cost|price|percent|percentage|share|pay|paid|worth|spend|budget|fine|salary|wage|fee)/iu;

export const COUNTRY_TERMS = new Set(
  ['country', 'countries', 'nation', 'nations'].map((w) => normalizeTerm(w)!),
);

/**
 * Key terms a sentence holds without the word: "cost" by a sum of money (in "how much" questions),
 * "countries" by the names of countries.
 */
export function impliedFor(kind: QuestionKind) {
  return (term: string, sentence: { text: string }) => {
    if (kind === 'how-many' && MONEY_TERMS.has(term) && MONEY.test(sentence.text)) return 0.8;
    if (COUNTRY_TERMS.has(term) && namesCountry(sentence.text)) return 0.8;
    return 0;
  };
}

export const namesCountry = (text: string) =>
  [...text.matchAll(/\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?/gu)].some((m) => isCountry(m[0]));

export function anchorOf(text: string, q: QuestionAnalysis, keyTerms: readonly KeyTerm[]): number {
  const verb = q.verb ? normalizeTerm(q.verb) : null;
  const at = verb ? indexOfTerm(text, verb) : -1;
  if (at >= 0) return at;
  const positions = keyTerms.map((k) => indexOfTerm(text, k.term)).filter((i) => i >= 0);
  return positions.length ? positions.reduce((a, b) => a + b, 0) / positions.length : 0;
}

/** "by" and a gerund, up to the end of its clause, at most this far (characters) after the question's verb. */
const MANNER = /^[^.;:]{0,40}?\b(by\s+\p{L}+ing\b[^.;:]*)/u;

/**
 * "How do people catch it?" over "people catch it by breathing in fine droplets …": the manner is
 * the "by …ing" clause right after the question's verb; undefined when the sentence has none.
 */
export function mannerAfter(text: string, verb: string, question: string): string | undefined {
  const at = indexOfTerm(text, verb);
  if (at < 0) return undefined;
  const m = MANNER.exec(text.slice(at));
  if (!m?.[1]) return undefined;
  // "executed Inalchuq by pouring …" does not say how "the Shah" was executed: a name between the
  // verb and "by" must be the question's.
  const between = m[0].slice(0, m[0].length - m[1].length);
  return namesAllIn(between, question) ? m[1].replace(/[,\s]+$/u, '') : undefined;
}

/** The short answer in an evidence sentence for a question kind; undefined when it is not there. */
export function extract(
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
      return verb && q.kind === 'how' ? mannerAfter(text, verb, q.content) : undefined;
    }
    default:
      return undefined;
  }
}
