/**
 * Error analysis for short answers: runs the engine over SQuAD files (one folder per article) and
 * writes every answered question with the rule extractor's span, the model's span in the same
 * paragraph, the model's chosen span, and their F1 against the gold answers, so that a choice
 * between them can be replayed without asking again.
 *
 * npx tsx scripts/eval/longAnswers.ts OUT.json [squad files…]
 */
import { writeFile } from 'node:fs/promises';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { answerQuestion, modelChoice } from '../../src/qa/answer.ts';
import { committedWeights } from '../../src/qa/model.ts';
import { answerText } from '../../src/qa/presentAnswer.ts';
import { paragraphAnalysis } from '../../src/qa/paragraphAnalysis.ts';
import { paragraphIdOf } from '../../src/search/knowledgeBase.ts';
import { normalizeAnswer, scorePrediction } from './squad.ts';
import { runSquad } from './squadEval.ts';

const [out = '/tmp/long-answers.json', ...files] = process.argv.slice(2);
const weights = committedWeights();
type Extra = Record<string, unknown>;
const extras = new Map<string, Extra>();

const { results } = await runSquad(
  {
    files: files.length ? files : ['../shared/squad/squad-1.1-dev-13-articles.json'],
    allInOne: false,
    compare: false,
  },
  (kb, question) => {
    const answer = answerQuestion(kb, question, weights);
    if (answer.answer === null) return answer;
    const choice = modelChoice(kb, question, weights);
    const cited = choice?.rules.citations[0];
    const ruleId = cited ? paragraphIdOf(kb, cited.story, cited.paragraph) : -1;
    const rv = choice?.ruleVerdict;
    extras.set(question, {
      kind: analyzeQuestion(question).kind,
      rule: choice?.rules.answer ?? null,
      ruleSentence: cited?.sentence,
      ruleWhole:
        !!cited?.sentence &&
        choice?.rules.answer?.replace(/[\s.!?"”“]+$/u, '') === cited.sentence.replace(/[\s.!?"”“]+$/u, ''),
      ruleConf: rv?.confidence,
      ruleModel: rv && ruleId >= 0 ? answerText(paragraphAnalysis(kb, ruleId), rv.best) : undefined,
      ruleModelSentence:
        rv && ruleId >= 0 ? kb.paragraphs[ruleId]!.sentences[rv.best.sentence]?.text : undefined,
      ruleModelKind: rv?.best.kind,
      model: choice ? answerText(paragraphAnalysis(kb, choice.paragraphId), choice.verdict.best) : undefined,
      modelKind: choice?.verdict.best.kind,
      modelConf: choice?.verdict.confidence,
      sameParagraph: ruleId === choice?.paragraphId,
    });
    return answer;
  },
);
const tokens = (text: string) => normalizeAnswer(text).split(' ').filter(Boolean).length;
const rows = results.lede
  .filter((r) => r.prediction !== null)
  .map((r) => {
    const x = extras.get(r.gold.question) ?? {};
    const f1 = (text: unknown) =>
      typeof text === 'string' ? scorePrediction(text, { ...r.gold, plausibleAnswers: [] }).f1 : null;
    return {
      q: r.gold.question,
      a: r.prediction,
      gold: r.gold.answers,
      f1: r.score.f1,
      em: r.score.em,
      contains: r.score.contains,
      citedGold: r.citedGold,
      tokens: tokens(r.prediction!),
      goldTokens: Math.min(...r.gold.answers.map(tokens)),
      from: r.prediction === x.rule ? 'rule' : 'model',
      ...x,
      ruleF1: f1(x.rule),
      ruleModelF1: f1(x.ruleModel),
      modelF1: f1(x.model),
    };
  });
await writeFile(out, JSON.stringify(rows, null, 1));
console.log(`${rows.length} answered questions written to ${out}`);
