import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, notEnglishMessage } from '../../src/qa/language.ts';

/** A handful of questions per language, as a reader might type them about our test stories. */
const FOREIGN: Record<string, string[]> = {
  French: [
    'De quoi parle cet article ?',
    'Qui a dit que le port devait grandir ?',
    'Pourquoi la Marsh a-t-elle rejeté cette affirmation ?',
    'Combien d’emplois Norvik va-t-il supprimer ?',
    'Quand est-ce que les travaux commencent ?',
  ],
  Spanish: [
    '¿De qué trata la noticia?',
    '¿Quién dijo que el puerto debe crecer?',
    '¿Cuántos empleos va a recortar Norvik?',
    '¿Dónde está la planta de la empresa?',
    'Qué dijo Elena Marsh sobre los trabajadores',
  ],
  German: [
    'Worum geht es in dem Artikel?',
    'Wer hat das gesagt?',
    'Wie viele Stellen streicht Norvik?',
    'Warum ist die Gewerkschaft dagegen?',
  ],
  Italian: [
    'Chi ha detto che il porto deve crescere?',
    'Perché il sindacato è contrario?',
    'Quando iniziano i lavori?',
  ],
  Portuguese: ['Quem disse que o porto tem de crescer?', 'Quantos empregos a Norvik vai cortar?'],
  Korean: ['이 기사는 무엇에 관한 것입니까?', '누가 그렇게 말했어요?', 'Norvik은 몇 개의 일자리를 줄입니까?'],
  Chinese: ['这篇文章讲的是什么？', '谁说港口必须发展？', 'Norvik 要裁减多少工作岗位？'],
  Japanese: ['この記事は何についてですか？', '誰がそう言いましたか？'],
  Russian: ['О чём эта статья?', 'Кто это сказал?'],
};

/** English questions that name foreign people and places, or quote foreign words: never refused. */
const ENGLISH = [
  'What did François Lefèvre say about the port?',
  'Who is Juan de la Cruz?',
  'Where is São Paulo in the story?',
  'What did the mayor of Düsseldorf say?',
  'Who is 김민준?',
  'Who said "la vie est belle"?',
  'what is this about',
  'Did Gerhard von der Leyen attend the summit?',
  'When did José Luis Rodríguez Zapatero visit?',
  'How many jobs will Norvik cut in Dresden?',
  'What does DRAM stand for?',
  'who is she?',
  'when?',
  'and Austria?',
];

describe('is the question English?', () => {
  for (const [language, questions] of Object.entries(FOREIGN)) {
    it(`GIVEN questions in ${language} THEN each is recognised as ${language}`, () => {
      expect(questions.map(detectLanguage)).toEqual(questions.map(() => language));
    });
  }

  it('GIVEN English questions with foreign names, places or a quoted foreign phrase THEN none is refused', () => {
    const refused = ENGLISH.filter((q) => detectLanguage(q) !== 'English');
    expect(refused).toEqual([]);
  });

  it('GIVEN the 158 eval questions (typos and lower case included) THEN none is refused', () => {
    const dir = path.resolve('test/fixtures/questions');
    const questions = readdirSync(dir).flatMap(
      (file) =>
        (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { questions: { q: string }[] }).questions,
    );
    expect(questions.length).toBeGreaterThanOrEqual(158);
    expect(questions.map((q) => q.q).filter((q) => detectLanguage(q) !== 'English')).toEqual([]);
  });

  it('GIVEN a question in Korean THEN the reply says, in English, that lede reads English questions only', () => {
    expect(notEnglishMessage(detectLanguage('누가 그렇게 말했어요?'))).toMatch(
      /^That question looks in Korean\. lede reads English questions only/,
    );
  });
});
