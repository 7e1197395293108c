/**
 * Trick checks about the person a question is about: the story quotes them on the thing, or says
 * they had no part in it, rather than saying they did it. Each replayed over the 4,557 SQuAD gold
 * answers in their sentences (scripts/eval/trickReplay.ts); the counts stand beside each.
 */
import { isEnglishWord } from '../knowledge/englishWords.ts';
import { tagText } from '../knowledge/tagger.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';
import { escapeRegExp } from './extractSpan.ts';
import { AUXILIARY } from './refusalRoles.ts';

const QUESTION_NEGATION = /\b(?:not|never|no)\b|n['’]t\b/iu;

/** "who was not involved in the study", "who had no role in": the person took no part. */
const NOT_INVOLVED =
  /^[^.;]{0,100}?\b(?:who|which)\s+(?:was|were|is|are|had|has)\s+(?:not|no|never)\s+(?:involved|part|role|connected|associated|affiliated)\b/iu;

/**
 * "Who led the study at Lagos University?" → "Samuel Achebe" of "Dr. Samuel Achebe, a specialist
 * at Lagos University Teaching Hospital who was not involved in the research, …": the answer is
 * someone the sentence says took no part (unless the sentence says the person did what is asked,
 * or the question asks for the outsider). Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function answerNotInvolved(question: string, answer: string, sentence: string): boolean {
  if (!/^\s*(?:who|whom)\b/iu.test(question) || QUESTION_NEGATION.test(question)) return false;
  // "Who called the results exciting?": the outsider did what is asked, in this very sentence.
  const verb = /^\s*who\s+(\p{L}+)/iu.exec(question)?.[1];
  const term = verb === undefined ? null : normalizeTerm(verb);
  if (term !== null && termsOf(sentence).includes(term)) return false;
  // "Who is Samuel Achebe?": the question names the person; it asks who he is.
  const named = new Set(termsOf(question));
  if (termsOf(answer).some((t) => named.has(t))) return false;
  const at = answer ? sentence.indexOf(answer) : -1;
  return at >= 0 && NOT_INVOLVED.test(sentence.slice(at + answer.length, at + answer.length + 120));
}

/** Verbs of speech and thought: a question about them may be about what the speaker said. */
const SPEECH =
  /^(?:say|said|says|tell|told|tells|add|added|announce|announced|describe|described|call|called|speak|spoke|warn|warned|report|reported|claim|claimed|estimate|estimated|confirm|confirmed|think|thought|believe|believed|consider|considered|compare|compared|expect|expected|predict|predicted)$/iu;

const ASKS_FOR_A_THING = /^\s*(?:how\s+(?:many|much)|what|which|when|where)\b/iu;
/** The auxiliary, the name after it, and the verb after the name ("did Danjuma receive"). */
const ASKED_DOER =
  /\b(?:did|does|do|will|would|has|have|had|was|were|is|are)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(\p{L}+)/u;

/**
 * "How many votes did Danjuma receive?" → "612,408 votes" of "Adeyemi received 612,408 votes …,
 * the commission's chairman, Ibrahim Danjuma, told a news conference": the question's subject is in
 * the sentence only in a trailing attribution (", NAME told / said", ", said NAME", "according to
 * NAME") after the answer, and the question asks what he did, not what he said or thought. Fires on
 * 0 of the 4,557 SQuAD gold answers and 0 of the 227 news training answers (any mention of the name
 * beside a verb of speech fired on 7 and 2: "Prosecutors said Pell moved …").
 */
export function speakerForSubject(question: string, answer: string, sentence: string): boolean {
  const match = ASKS_FOR_A_THING.test(question) ? ASKED_DOER.exec(question) : null;
  if (!match || SPEECH.test(match[2]!)) return false;
  const name = escapeRegExp(match[1]!.trim()).replace(/\s+/gu, '\\s+');
  const mentions = [...sentence.matchAll(new RegExp(String.raw`\b${name}\b`, 'gu'))];
  const attribution = new RegExp(
    String.raw`,\s*(?:[^,]{0,60},\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}${name},?\s+(?:told|said|says|added)\b|,\s*(?:said|says|told)\s+(?:[^,.]{0,40}\s)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}${name}\s*[.,]|\baccording\s+to\s+(?:[^,.]{0,40}\s)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}${name}\b`,
    'u',
  ).exec(sentence);
  const at = answer ? sentence.indexOf(answer) : -1;
  return mentions.length === 1 && attribution !== null && at >= 0 && at < attribution.index;
}

/** The tagger reads `word` in `text` as a verb ("score" in "How many goals did Marsh score?"). */
const isVerbIn = (text: string, word: string): boolean =>
  tagText(text).tokens.some((t) => t.text === word && t.pos === 'VERB');

const ASKS_ANYTHING = /^\s*(?:how\s+(?:many|much)|what|which|who|whom|when|where|why)\b/iu;
const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|these|those|there)$/iu;
/** Words that may stand between a doer and its verb ("Dunford will play", "Okafor then scored"). */
const BEFORE_VERB: ReadonlySet<string> = new Set([...AUXILIARY, 'also', 'then', 'later', 'again']);

/**
 * "Who will Carrow play in the final?" over "Dunford will play Westport Rovers in the final", "How
 * many goals did Marsh score?" over "Okafor scored twice": the sentence says the question's verb of
 * another named doer, and never names the question's. SQuAD 2.0's swapped entity. Fires on 2 of
 * the 4,557 SQuAD gold answers ("Who did Carolina beat?" over "The Panthers beat …", a team's two
 * names; "What did John Dobson describe Newcastle as?" over "Stuart Maconie described Newcastle as
 * …", a crowd question that swapped the name itself) and 0 of the 227 news training answers;
 * catches 7 of the 754 hand-written tricks and 3 of the 165 news training tricks. Without the
 * passive, possessive and title checks it fired on 7.
 */
export function subjectSwapped(question: string, sentence: string, title = ''): boolean {
  const match = ASKS_ANYTHING.test(question) ? ASKED_DOER.exec(question) : null;
  // "When was San Francisco voted …" (a passive: the name is not the doer), "What did Luther's
  // translation promote …" (a possessive: the name is not the subject).
  if (!match || /^(?:is|are|was|were)$/iu.test(match[0].split(/\s/u)[0]!) || /['’]s$/u.test(match[1]!))
    return false;
  // After "did" or "will" the word after the name is the verb ("did Marsh score"); after "has" the
  // tagger must say so ("has Kenyan women been": the name is longer than one word).
  if (
    !/^(?:did|does|do|will|would|can|could)$/iu.test(match[0].split(/\s/u)[0]!) &&
    !isVerbIn(question, match[2]!)
  )
    return false;
  const verb = normalizeTerm(match[2]!);
  const name = termsOf(match[1]!);
  const tokens = tokenize(sentence);
  const terms = tokens.map((t) => normalizeTerm(t));
  if (verb === null || name.length === 0 || name.some((t) => terms.includes(t))) return false;
  // "Nikola suffered …" for "did Tesla suffer" in a story titled "Nikola Tesla": one person's two
  // names stand side by side in the title (not "Dunford beat Carrow").
  const titled = termsOf(title);
  const besideInTitle = (term: string) =>
    titled.some(
      (t, j) => t === term && (name.includes(titled[j - 1] ?? '') || name.includes(titled[j + 1] ?? '')),
    );
  return terms.some((t, i) => {
    if (t !== verb) return false;
    let k = i - 1;
    while (k > 0 && BEFORE_VERB.has(tokens[k]!.toLowerCase())) k--;
    const doer = tokens[k];
    // A name stands right before the verb ("Dunford will play", "Okafor scored"), not "He" or "The".
    const doerTerm = doer === undefined ? null : normalizeTerm(doer);
    const samePerson = doerTerm !== null && besideInTitle(doerTerm);
    return (
      doer !== undefined && /^\p{Lu}/u.test(doer) && !PRONOUN.test(doer) && doerTerm !== null && !samePerson
    );
  });
}

/**
 * "Who was involved in the research?" → "Drug-resistant" of "Drug-resistant infections kill …": a
 * who-answer that is a compound of English words capitalised only because it opens the sentence.
 * Fires on 0 of the 4,557 SQuAD gold answers (any such word ending like an adjective fired on 2:
 * "Manning").
 */
export function compoundWordForPerson(question: string, answer: string, sentence: string): boolean {
  const word = answer.trim();
  if (!/^\s*(?:who|whom)\b/iu.test(question) || !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(word)) return false;
  return (
    sentence.trimStart().startsWith(word) && word.split('-').every((w) => isEnglishWord(w.toLowerCase()))
  );
}

const QUOTATION = /[“"][^”"]*[”"]/gu;
const SAID = '(?:said|says|told|added|wrote)';

/**
 * "Who built the instrument?" → "Feld" of "“… a satellite that took eight years to build,” Feld
 * said.": the answer is only the speaker of a quotation, and the question's verb is nowhere outside
 * it: he said something about the deed, the sentence does not say he did it. Fires on 0 of the
 * 4,557 SQuAD gold answers and 0 of the 227 news training answers (with the bare attribution).
 */
export function speakerForDoer(question: string, answer: string, sentence: string): boolean {
  const verb = /^\s*who\s+(\p{L}+)/iu.exec(question)?.[1];
  if (!verb || !answer || AUXILIARY.has(verb.toLowerCase()) || SPEECH.test(verb)) return false;
  const outside = sentence.replace(QUOTATION, ' ');
  if (outside === sentence || !outside.includes(answer)) return false;
  const name = escapeRegExp(answer.trim());
  // Nothing but the bare attribution outside the quotation: a title or a clause beside the name
  // ("Norrvik chief executive Karin Sollerud told", "said Chief Ngata, who directed the evacuation")
  // may say the deed; without this the check fired on 2 of the 227 news training answers.
  const bare = outside.replace(/[^\p{L}\p{N}'’.-]+/gu, ' ').trim();
  const attributed = new RegExp(
    String.raw`^(?:${name}\s+${SAID}|${SAID}\s+${name})(?:\s+(?:on|in|at)\s+[\p{L}\s]{0,30})?\.?$`,
    'u',
  ).test(bare);
  const term = normalizeTerm(verb);
  return attributed && term !== null && !termsOf(outside).includes(term);
}

/** A person known by their tie to another: kin, or the one who speaks for them in court. */
const KIN =
  /^(?:wife|wives|husband|husbands|son|sons|daughter|daughters|father|mother|parents|brother|brothers|sister|sisters|children|widow|widower|grandson|granddaughter|grandchildren|uncle|aunt|nephew|niece|cousin|fiancée?|girlfriend|boyfriend|lawyer|lawyers|attorney)$/iu;
/** "Pryce's wife": a name, its possessive, and the word after it. */
const POSSESSED = /\b(\p{Lu}[\p{L}-]*)['’]s\s+(\p{L}+)/gu;

/**
 * "When did Pryce's wife admit fraud?" → "August" of "Martin Pryce … admitted fraud … at an earlier
 * hearing in August": the question asks about a person by their tie to a name ("NAME's wife"), and
 * the answer's sentence has the name but no word for any such tie: it tells what the named person
 * did. Not when the sentence names a namesake beside a first name the title gives another of that
 * name ("Milutin Tesla" in a story titled "Nikola Tesla": the father himself). Fires on 0 of the
 * 4,557 SQuAD gold answers (without the two exceptions on 3: "his eldest son", "Milutin Tesla"),
 * catches 3 of the 983 hand-written tricks on the 13 articles.
 */
export function kinForPossessor(question: string, sentence: string, title = ''): boolean {
  // The question's "Name's wife" first: most questions name no kin, and the sentence need not be read.
  const ties = [...question.matchAll(POSSESSED)].filter(([, , tie]) => KIN.test(tie!));
  if (ties.length === 0) return false;
  const words = tokenize(sentence);
  if (words.some((w) => KIN.test(w))) return false;
  const terms = new Set(termsOf(sentence));
  return ties.some(([, name]) => {
    const nameTerm = normalizeTerm(name!);
    if (nameTerm === null || !terms.has(nameTerm)) return false;
    return !words.some((w, i) => w === name && i > 0 && namesakeInTitle(words[i - 1]!, name!, title));
  });
}

/** "Milutin" before "Tesla" in a story titled "Nikola Tesla": another first name of the same name. */
function namesakeInTitle(before: string, name: string, title: string): boolean {
  if (!/^\p{Lu}/u.test(before)) return false;
  const inTitle = new RegExp(String.raw`\b(\p{Lu}[\p{L}-]*)\s+${escapeRegExp(name)}\b`, 'u').exec(title);
  return inTitle !== null && inTitle[1] !== before;
}

/**
 * "who was head before oyelaran" → "Headteacher Marcus Oyelaran": a who-question for someone before,
 * after or in place of a person, answered with a name ending in that person's. Only then: "Who
 * founded Veltro?" → "engineer Karl Veltro" names a company after its founder, and "Who is John
 * Abbey's son?" → "Tom Abbey" shares a family name. Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function askedPersonForAnswer(question: string, answer: string): boolean {
  if (!/^\s*(?:who|whom)\b/iu.test(question)) return false;
  // The answer is a name ("Headteacher Marcus Oyelaran"), not someone of it ("friends of Luther").
  const surname = /(?:^|\p{Lu}[\p{L}'’.-]*\s+)(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(answer.trim())?.[1];
  if (surname === undefined) return false;
  const other = new RegExp(String.raw`\b${OTHER_THAN}\s+(?:\p{L}+\s+)?${escapeRegExp(surname)}\b`, 'iu');
  return other.test(question);
}

/** Words that ask for another person than the one they name ("before", "succeeded"). */
const OTHER_THAN = String.raw`(?:before|after|succeeded|succeed|replaced|replace|preceded|precede|instead\s+of|in\s+place\s+of)`;
