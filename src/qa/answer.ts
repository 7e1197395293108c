/**
 * Answers a question: facts by rule (who said, definitions, who is, source), yes/no by the rule
 * engine, everything else by the learned model — the best short span of the best paragraph, or
 * "the stories don't say" when the probability that it is right is below the threshold.
 */
import { paragraphIdOf, type KnowledgeBase } from '../search/knowledgeBase.ts';
import { analyzeQuestion } from './analyzeQuestion.ts';
import { shortForm } from './shortForm.ts';
import { answerBounds } from './answerBounds.ts';
import { MAX_ANSWER_LENGTH, namesAllIn } from './ruleCommon.ts';
import { answerByFacts, answerByRules, refuse } from './rules.ts';
import { citationOf } from './citation.ts';
import { questionView } from './features.ts';
import { inParagraphForms } from './paragraphForms.ts';
import type { Paragraph } from '../knowledge/types.ts';
import { committedWeights, type ModelWeights } from './model.ts';
import { paragraphAnalysis, type ParagraphAnalysis } from './paragraphAnalysis.ts';
import { judgeParagraph, type ParagraphVerdict } from './rankAnswer.ts';
import { chooseParagraph } from './chooseParagraph.ts';
import { storyMatch } from './storyMatch.ts';
import { answerText } from './presentAnswer.ts';
import { withRange, withWholeName } from './answerRange.ts';
import { retrieveParagraphs, sharedRetrieval, worthJudging, type RetrievedParagraph } from './retrieve.ts';
import { answerAge } from './ruleAge.ts';
import { figureOfTimeAsked } from './figureOfTime.ts';
import { answerTally } from './ruleTally.ts';
import { answerRoleHolder } from './ruleRoleHolder.ts';
import {
  holdsRoleAsked,
  leftOpen,
  offTopic,
  oppositeElsewhere,
  trickOf,
  type AnswerSource,
  type TrickKind,
} from './ruleTricks.ts';
import { placeSwapped } from './ruleTrickMeasure.ts';
import { nameNotInStory, yearNotInStory } from './ruleTrickSwap.ts';
import { AGREEMENT_MARGIN, RULE_SPAN_KINDS } from './tuning.ts';
import type { Answer, Citation, QuestionKind } from './types.ts';
import { validateQuestion, validateWithin } from './validateQuestion.ts';

export interface ModelChoice {
  paragraphId: number;
  /** That paragraph's analysis, as judged (a large knowledge base keeps it packed: not unpacked again). */
  analysis: ParagraphAnalysis;
  verdict: ParagraphVerdict;
  /** The rule engine's answer, and the model's verdict on the paragraph it cites (when read). */
  rules: Answer;
  ruleVerdict?: ParagraphVerdict;
  /** The other judged paragraphs, most confident first (a fallback when the chosen one shows a trick). */
  others: Omit<ModelChoice, 'rules' | 'others'>[];
}

/**
 * The model's best (paragraph, span) for a question: each retrieved paragraph judged on its own
 * (with the rule engine's answer as a feature of the paragraph it cites), then one chosen among
 * them (chooseParagraph.ts).
 */
export function modelChoice(
  kb: KnowledgeBase,
  question: string,
  weights: ModelWeights,
  q = analyzeQuestion(question),
  read: RetrievedParagraph[] = retrieveParagraphs(kb, q),
): ModelChoice | undefined {
  const rules = answerByRules(kb, question, q);
  const cited = rules.answer !== null ? rules.citations[0] : undefined;
  const view = questionView(q.text);
  // The question in each story's own short forms ("Rowing Union" → "IRU", paragraphForms.ts).
  const views = new Map([[q.text, view]]);
  const viewIn = (paragraph: Paragraph) => {
    const definitions = kb.facts.get(paragraph.storyId)?.definitions ?? [];
    const text = inParagraphForms(q.text, definitions, paragraph.text);
    if (!views.has(text)) views.set(text, questionView(text));
    return views.get(text)!;
  };
  let ruleVerdict: ParagraphVerdict | undefined;
  // The paragraph the rule engine answers from is always judged, read or not.
  const ruleId = cited ? paragraphIdOf(kb, cited.story, cited.paragraph) : -1;
  if (ruleId >= 0 && !read.some((r) => r.id === ruleId))
    read.push({ id: ruleId, rank: read.length, scoreRatio: 0 });
  const judged: Omit<ModelChoice, 'rules' | 'others'>[] = [];
  for (const r of read) {
    if (r.id !== ruleId && !worthJudging(r, judged, weights.threshold)) continue;
    const paragraph = kb.paragraphs[r.id]!;
    const rule =
      cited && cited.story === paragraph.storyId && cited.paragraph === paragraph.number
        ? rules.answer!
        : undefined;
    const pa = paragraphAnalysis(kb, r.id);
    const asRead = viewIn(paragraph);
    const verdict = judgeParagraph(weights, asRead, pa, {
      rank: r.rank,
      scoreRatio: r.scoreRatio,
      storyMatch: storyMatch(kb, asRead, pa),
      ...(rule ? { rule } : {}),
    });
    if (rule && verdict) ruleVerdict = verdict;
    if (verdict) judged.push({ paragraphId: r.id, analysis: pa, verdict });
  }
  const best =
    judged[
      chooseParagraph(
        weights,
        judged.map((j) => j.verdict),
      )
    ];
  const others = judged.filter((j) => j !== best).sort((a, b) => b.verdict.confidence - a.verdict.confidence);
  return best && { ...best, rules, others, ...(ruleVerdict ? { ruleVerdict } : {}) };
}

/**
 * Answers a question from the knowledge base with a short answer and the paragraph it comes from,
 * or `answer: null` with the closest passages when the stories do not say.
 * Throws a UserError for an empty or over-long question.
 *
 * @example answerQuestion(kb, 'Who said "freedom is never given for free"?').answer // the speaker's name
 */
export function answerQuestion(kb: KnowledgeBase, rawQuestion: string, weights = committedWeights()): Answer {
  const question = validateQuestion(rawQuestion);
  const q = analyzeQuestion(question);
  const byFact = answerByFacts(kb, q, question);
  // A story's source is no claim of its sentences: no trick to check.
  if (byFact && q.kind === 'source') return byFact;
  if (byFact)
    return showsTrick(kb, question, byFact.answer, byFact.citations[0]) ? refuse(kb, q, question) : byFact;
  if (q.kind === 'yes-no' || q.kind === 'source') return answerByRules(kb, question, q);
  if (q.kind === 'who-said' || q.kind === 'define') {
    const byRules = answerByRules(kb, question, q);
    return showsTrick(kb, question, byRules.answer, byRules.citations[0]) ? refuse(kb, q, question) : byRules;
  }
  // The paragraphs read for the question, retrieved once for the three rules and the model.
  const retrieved = sharedRetrieval(kb, q);
  const byAge = answerAge(kb, q, question, retrieved);
  if (byAge) return byAge;
  const byTally = answerTally(kb, q, question, retrieved);
  if (byTally && !showsTrick(kb, question, byTally.answer, byTally.citations[0])) return byTally;
  const byRole = answerRoleHolder(kb, q, question, retrieved);
  if (byRole && !showsTrick(kb, question, byRole.answer, byRole.citations[0])) return byRole;
  const choice = modelChoice(kb, question, weights, q, retrieved());
  const answer = choice && answerByModel(kb, q.kind, question, choice, weights.threshold);
  if (!answer) return refuse(kb, q, question);
  if (answer.answer === null) return answer;
  // "How many started last year?" → "38,000" of "41,500 runners started, up from 38,000 last year".
  const sentence = answer.citations[0]?.sentence;
  const figure =
    FIGURE_KINDS.has(q.kind) && sentence ? figureOfTimeAsked(question, answer.answer, sentence) : undefined;
  // "Where …?" → "Ardmore", not "in Ardmore" (shortForm.ts), "What year …?" → "1932", not "4 May 1932"
  // (answerBounds.ts): after the trick checks, which read the whole span, so no refusal moves.
  return {
    ...answer,
    answer: answerBounds(q.text, q.kind, shortForm(q.kind, figure ?? answer.answer), sentence),
  };
}

/** Kinds whose answer may be a figure the question dates ("How much …", "What was … in 2026?"). */
const FIGURE_KINDS: ReadonlySet<QuestionKind> = new Set(['how-many', 'what']);

/**
 * The model's answer, or the rule extractor's where its span is better, unless the answer's sentence
 * shows a trick; undefined when neither is sure enough.
 */
function answerByModel(
  kb: KnowledgeBase,
  kind: QuestionKind,
  question: string,
  choice: ModelChoice,
  threshold: number,
): Answer | undefined {
  const { rules } = choice;
  const ruleConfidence = choice.ruleVerdict?.confidence ?? 0;
  // Whether the rule's answer fits is worked out when first needed, once: a sure model answer that
  // passes the trick checks needs no trick check of the rule's answer.
  let fits: boolean | undefined;
  const ruleFits = () =>
    (fits ??=
      rules.answer !== null &&
      !showsTrick(kb, question, rules.answer, rules.citations[0]) &&
      (SENTENCE_KINDS.has(kind) || !isWholeSentence(rules.answer, rules.citations[0])));
  // Two extractors that agree on one span of one paragraph: a little less sureness will do.
  const agreed = () =>
    ruleFits() && agreesWithRule(kb, choice) && ruleConfidence >= threshold * (1 - AGREEMENT_MARGIN);
  // A reason, a manner, an action or a place: the rule extractor's clause, when the model finds its
  // paragraph answers (the model's spans are weaker there, see RULE_SPAN_KINDS).
  const ruleStands = () => ruleFits() && (ruleConfidence >= threshold || agreed());
  const ruleSentence = rules.citations[0]?.sentence;
  const ruleSpan = runOnInModel(rules, choice);
  // "Norway" of "Ilse Marr of Norway won": a who-answer keeps the name it is part of (answerRange.ts).
  const ruleText =
    ruleSpan && ruleSentence && kind === 'who' ? withWholeName(ruleSpan, ruleSentence) : ruleSpan;
  const ruleAnswer = { ...rules, answer: ruleText, confidence: ruleConfidence };
  if (RULE_SPAN_KINDS.has(kind) && ruleStands()) return ruleAnswer;
  if (choice.verdict.confidence >= threshold || agreed()) {
    const answer = modelAnswer(kb, kind, question, choice);
    const trick = trickShown(kb, question, answer.answer, answer.citations[0]);
    if (trick === undefined) return answer;
    // The model's span fails a check ("When …?" → "7-2") but the rule extractor's answer, from a
    // paragraph the model is as sure of, passes: it answers, if it is a short answer.
    const short = SENTENCE_KINDS.has(kind) || !isCutSentence(ruleAnswer.answer ?? '', rules.citations[0]);
    if (ruleStands() && short) return ruleAnswer;
    // The answer's sentence is about another one of the thing asked (the next meeting for a past
    // one, laterOneForPast), or its day is the day the source spoke (timeOfSaying): the question may
    // still be a real one about the story's other paragraphs. Any other trick says the question
    // itself is one: falling back on the next sure paragraph after any check answered 4 tricks of
    // the news probes ("When was X acquitted?" → a hearing's date).
    return trick === 'later-one-for-past' || trick === 'time-of-saying'
      ? otherSureAnswer(kb, kind, question, choice, threshold)
      : undefined;
  }
  // The chosen paragraph is unsure, but the models pass the rule extractor's paragraph and the
  // rule's span ("How big is the budget?" → "$48 million budget" while the city's website is chosen):
  // the paragraph choice compares raw scores, and this one is over the threshold on its own.
  // Its sentence must name all the question names ("How many did the Mongols kill in Russia?" over
  // a sentence about another land is a trick the chosen paragraph's doubt was right about).
  if (
    ruleStands() &&
    ruleSentence &&
    namesAllIn(question, ruleSentence) &&
    !isCutSentence(ruleAnswer.answer ?? '', rules.citations[0])
  )
    return ruleAnswer;
  // "Who is the chief executive of Acme?": the name beside that role is a fact, sure or not.
  const source = sourceOf(rules.citations[0]);
  if (rules.answer && source && holdsRoleAsked(question, rules.answer, source)) return rules;
  return undefined;
}

/**
 * "Where was the assembly held?" → "Carvale" of "… will hold its next assembly in Carvale" fails a
 * check while another paragraph is over the threshold on its own ("its annual assembly in Brenna"):
 * that paragraph's answer, if it passes the checks. The paragraph choice weighs paragraphs against
 * each other; the check knows the chosen one answers about another meeting.
 */
function otherSureAnswer(
  kb: KnowledgeBase,
  kind: QuestionKind,
  question: string,
  choice: ModelChoice,
  threshold: number,
): Answer | undefined {
  for (const other of choice.others) {
    if (other.verdict.confidence < threshold) return undefined;
    const answer = modelAnswer(kb, kind, question, other);
    if (!showsTrick(kb, question, answer.answer, answer.citations[0])) return answer;
  }
  return undefined;
}

/** The model's best span as an answer, citing its sentence. */
function modelAnswer(
  kb: KnowledgeBase,
  kind: QuestionKind,
  question: string,
  choice: Pick<ModelChoice, 'paragraphId' | 'verdict' | 'analysis'>,
): Answer {
  const paragraph = kb.paragraphs[choice.paragraphId]!;
  const { best, confidence } = choice.verdict;
  const sentence = paragraph.sentences[best.sentence]?.text;
  const span = answerText(choice.analysis, best);
  const whole = sentence && kind === 'who' ? withWholeName(span, sentence) : span;
  const answer = (sentence ? withRange(whole, sentence) : whole).slice(0, MAX_ANSWER_LENGTH);
  return { question, answer, kind, confidence, citations: [citationOf(kb, paragraph, sentence)] };
}

/**
 * Kinds a whole sentence may answer: a reason, a manner, an action or a statement ("What did the
 * group do …?", "What did she say?"), or no question at all. Own sets: letting what-questions answer
 * their sentence too counted 3 more of 123 right there, but such an answer is no short answer.
 */
const SENTENCE_KINDS: ReadonlySet<QuestionKind> = new Set(['why', 'how', 'what-did', 'search']);

/** "What was the score?" → the sentence it is in: no short answer at all. */
const isWholeSentence = (answer: string, citation: Citation | undefined): boolean => {
  const bare = (text: string) => text.replace(/[\s.!?"”“]+$/u, '').trim();
  return !!citation?.sentence && bare(answer) === bare(citation.sentence);
};

/**
 * A long sentence cut to MAX_ANSWER_LENGTH with an ellipsis: no short answer either, though
 * isWholeSentence misses it. Only where the rule's answer would stand in for a model span that
 * shows a trick ("What minimum salary is the union asking for?" → the union's whole statement, cut):
 * the agreement margin was replayed with cut sentences counting as agreement, and counting them out
 * there too refused right answers (SQuAD HasAns F1 24.6 → 24.2: "golden anniversary", "Happy Days").
 */
export const isCutSentence = (answer: string, citation: Citation | undefined): boolean => {
  const cut = /^(.{40,})…$/su.exec(answer)?.[1];
  return !!cut && !!citation?.sentence && citation.sentence.startsWith(cut.trim());
};

/** The model's best paragraph is the rule engine's, and the model's best span there is the rule's or within it. */
function agreesWithRule(kb: KnowledgeBase, choice: ModelChoice): boolean {
  const cited = choice.rules.citations[0];
  const paragraph = kb.paragraphs[choice.paragraphId]!;
  const rule = choice.rules.answer?.toLowerCase();
  const span = choice.ruleVerdict?.best.text.toLowerCase();
  return (
    !!cited &&
    !!rule &&
    !!span &&
    cited.story === paragraph.storyId &&
    cited.paragraph === paragraph.number &&
    (rule.includes(span) || span.includes(rule))
  );
}

/** A preposition the rule extractor's place or time opens with. */
const OPENING_PREPOSITION = /^(?:at|in|on|to|into|from|near|inside|outside|by|until)\s+/iu;

/**
 * "at the Delmont" when the model's span of the same paragraph is "the Delmont sports arena": the
 * rule extractor cut a place's phrase short after its preposition, and the model's span runs it on.
 */
function runOnInModel(rules: Answer, choice: ModelChoice): string | null {
  const rule = rules.answer;
  const span = choice.ruleVerdict?.best.text;
  if (rule === null || !span) return rule;
  const opening = OPENING_PREPOSITION.exec(rule)?.[0];
  const rest = opening && rule.slice(opening.length);
  return rest && span.startsWith(`${rest} `) ? `${opening}${span}` : rule;
}

const sourceOf = (citation: Citation | undefined): AnswerSource | undefined =>
  citation && { sentence: citation.sentence ?? citation.text, title: citation.title };

/** A trick the answer's sentence or story shows, by what shows it. */
type TrickShown =
  | TrickKind
  | 'left-open'
  | 'opposite-elsewhere'
  | 'place-swapped'
  | 'year-not-in-story'
  | 'name-not-in-story'
  | 'off-topic';

/** The trick the answer's sentence or story shows the question to be (ruleTricks.ts), or undefined. */
function trickShown(
  kb: KnowledgeBase,
  question: string,
  answer: string | null,
  citation: Citation | undefined,
): TrickShown | undefined {
  const source = sourceOf(citation);
  if (answer === null || !citation || !source) return undefined;
  const trick = trickOf(question, answer, source);
  if (trick !== undefined) return trick;
  if (leftOpen(question, citation.text)) return 'left-open';
  if (oppositeElsewhere(question, source.sentence, citation.text)) return 'opposite-elsewhere';
  const story = kb.storyById.get(citation.story);
  if (!story) return undefined;
  const texts = story.paragraphs.map((p) => p.text);
  const where = { paragraph: citation.text, story: texts, title: story.title };
  if (placeSwapped(question, source.sentence, where)) return 'place-swapped';
  if (yearNotInStory(question, [story.title, ...texts])) return 'year-not-in-story';
  if (nameNotInStory(question, [story.title, ...texts])) return 'name-not-in-story';
  // The cited paragraph first: it holds the question's words nearly always, and the search stops there.
  return offTopic(question, [citation.text, story.title, ...texts]) ? 'off-topic' : undefined;
}

/** The answer's sentence or story shows the question to be a trick. */
const showsTrick = (
  kb: KnowledgeBase,
  question: string,
  answer: string | null,
  citation: Citation | undefined,
): boolean => trickShown(kb, question, answer, citation) !== undefined;

/** What `whoSaid` and `defineTerm` put around the user's words. */
const WHO_SAID = 'Who said ""?';
const DEFINE = 'What does  mean?';

/** `/who-said`: who said a quotation (partial, paraphrased or misspelled). */
export function whoSaid(kb: KnowledgeBase, quote: string): Answer {
  const text = validateWithin(quote, WHO_SAID.length).replace(/^["“]|["”]$/gu, '');
  return answerQuestion(kb, `Who said "${text}"?`);
}

/** `/define`: what a term or acronym means. */
export function defineTerm(kb: KnowledgeBase, term: string): Answer {
  return answerQuestion(kb, `What does ${validateWithin(term, DEFINE.length)} mean?`);
}
