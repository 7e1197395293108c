import { isEnglishWord } from '../knowledge/englishWords.ts';

/**
 * Is a question English? lede reads English questions only, and a question in another language
 * deserves to be told so rather than answered with passages that happen to share a name.
 *
 * Three signals, all cheap and explainable: the script of the letters (Hangul, Han, Kana,
 * Cyrillic, …); for Latin script, function words (English against French, Spanish, German,
 * Italian, Portuguese and Dutch); and the share of the lower-case words that are English words at
 * all. Names are capitalised and not function words, so "What did François Lefèvre say?" stays
 * English. Measured in test/qa/language.test.ts: every sample sentence of the eight other
 * languages refused and none of the English questions with foreign names.
 */

/** A language lede can name in its reply. */
export type DetectedLanguage =
  | 'English'
  | 'French'
  | 'Spanish'
  | 'German'
  | 'Italian'
  | 'Portuguese'
  | 'Dutch'
  | 'Korean'
  | 'Chinese'
  | 'Japanese'
  | 'Russian'
  | 'Arabic'
  | 'Hebrew'
  | 'Greek'
  | 'Hindi'
  | 'Thai'
  | 'another language';

/**
 * Share of a question's letters in a non-Latin script that makes it that script's language: high
 * enough for an English question to quote a short name in its own script ("Who is 김민준?": 3 of
 * 8 letters), low enough for a foreign question naming an English term ("GDP는 무엇입니까?").
 */
export const FOREIGN_SCRIPT_SHARE = 0.4;
/**
 * A Latin-script question is foreign when a language's function words outnumber the English ones
 * and reach this count; two keeps "Who is Juan de la Cruz?" (English 2, Spanish 2) English.
 */
export const MIN_FOREIGN_WORDS = 2;

/**
 * A Latin-script question with at least MIN_WORDS_TO_JUDGE lower-case words of which fewer than
 * this share are English words is not English ("combien d'emplois va supprimer": 0 of 4). Typed
 * English questions, misspellings included ("wat dose gdp mean"), stay well above a half.
 */
export const MIN_ENGLISH_WORD_SHARE = 0.5;
export const MIN_WORDS_TO_JUDGE = 2;

const SCRIPTS: readonly [RegExp, DetectedLanguage][] = [
  [/\p{Script=Hangul}/u, 'Korean'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese'],
  [/\p{Script=Han}/u, 'Chinese'],
  [/\p{Script=Cyrillic}/u, 'Russian'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Devanagari}/u, 'Hindi'],
  [/\p{Script=Thai}/u, 'Thai'],
];

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Frequent function and question words (English with the question-word typos lede reads); the
 * foreign lists hold none that is also a common English word.
 */
const FUNCTION_WORDS: readonly [DetectedLanguage, ReadonlySet<string>][] = [
  [
    'English',
    words(`the what who whom whose which when where why how did does do is are was were has have had
      said say says of and to with about for from this that these those it he she they his her their
      many much mean stand called after before did will would could should can an there
      wat wht waht whta wath hwo whoe wen whn wehn wher whre hw hoe whay wy dose deos dod teh`),
  ],
  [
    'French',
    words(`le les est qui que quoi quel quelle quels quelles où pourquoi comment combien quand dit
      a-t-il a-t-elle sont ont été avec pour dans sur une des du au aux et il elle ils elles ce cette
      ces cet de la son sa ses leur veut signifie qu'est-ce est-ce c'est n'est pas très`),
  ],
  [
    'Spanish',
    words(`el los las de la es qué quién quiénes cuál cuándo dónde por porque cómo cuánto cuántos dijo
      dice son fue fueron con para una del al y él ella ellos este esta estos su sus significa
      está están hizo muy`),
  ],
  [
    'German',
    words(`der die das ist wer wen wem was wann wo warum wie wieviel viele hat haben sagte sagt
      sind wurde mit für auf ein eine einen und er sie es dem den des nicht bedeutet`),
  ],
  [
    'Italian',
    words(`il lo gli è chi che cosa quando dove perché come quanto quanti ha hanno detto dice
      sono stato con per una della delle degli e lui lei loro questo questa significa`),
  ],
  [
    'Portuguese',
    words(`o os as é quem que quando onde porque por que como quanto quantos disse diz são foi
      com para uma do da dos das e ele ela eles este esta isso significa não`),
  ],
  [
    'Dutch',
    words(`de het is wie wat wanneer waar waarom hoe hoeveel heeft hebben zei zegt zijn werd met
      voor een en hij zij ze dit deze niet betekent`),
  ],
];

/** The language of a question, as far as lede can tell; `English` when in doubt. */
export function detectLanguage(text: string): DetectedLanguage {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return 'English';
  for (const [script, language] of SCRIPTS) {
    const share = letters.filter((c) => script.test(c)).length / letters.length;
    if (share >= FOREIGN_SCRIPT_SHARE) return language;
  }
  const nonLatin = letters.filter((c) => !/\p{Script=Latin}/u.test(c)).length / letters.length;
  if (nonLatin >= FOREIGN_SCRIPT_SHARE) return 'another language';
  return latinLanguage(text);
}

/** English unless another language's function words outnumber English ones. */
function latinLanguage(text: string): DetectedLanguage {
  // Words as written, lower case; a quotation's words are not the question's language.
  const unquoted = text.replace(/“[^”]*”|"[^"]*"/gu, ' ');
  const tokens = unquoted
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .map((t) => t.replace(/’/g, "'").replace(/^[-']+|[-']+$/g, ''))
    .filter(Boolean);
  const score = (list: ReadonlySet<string>) => tokens.filter((t) => list.has(t)).length;
  let best: DetectedLanguage = 'another language';
  let bestScore = 0;
  let english = 0;
  for (const [language, list] of FUNCTION_WORDS) {
    const s = score(list);
    if (language === 'English') english = s;
    else if (s > bestScore) [best, bestScore] = [language, s];
  }
  if (/[¿¡]/u.test(unquoted)) return 'Spanish';
  if (bestScore >= MIN_FOREIGN_WORDS && bestScore > english) return best;
  if (english >= MIN_FOREIGN_WORDS && english >= bestScore) return 'English';
  // Lower-case words only: names are capitalised, and a name is no evidence of a language.
  const lowerWords = unquoted
    .split(/[^\p{L}'’]+/u)
    .filter((w) => w.length >= 2 && w === w.toLowerCase() && /^\p{L}/u.test(w))
    .flatMap((w) => w.split(/['’]/u).filter((part) => part.length >= 2));
  if (lowerWords.length < MIN_WORDS_TO_JUDGE) return 'English';
  const englishShare = lowerWords.filter((w) => isEnglishWord(w)).length / lowerWords.length;
  if (englishShare >= MIN_ENGLISH_WORD_SHARE) return 'English';
  return bestScore > english ? best : 'another language';
}

/** The reply to a question lede cannot read. */
export function notEnglishMessage(language: DetectedLanguage): string {
  const which = language === 'another language' ? 'not in English' : `in ${language}`;
  return `That question looks ${which}. lede reads English questions only: please ask it in English, for example "What is this story about?"`;
}
