/** What kind of question was asked; decides how the answer is extracted. */
export type QuestionKind =
  | 'who-said'
  | 'who'
  | 'define'
  | 'what-did'
  | 'when'
  | 'where'
  | 'why'
  | 'how'
  | 'how-many'
  | 'yes-no'
  | 'what'
  | 'source'
  | 'search';

/** A cited paragraph: the evidence behind an answer. */
export interface Citation {
  /** Story id (from the file name). */
  story: string;
  title: string;
  /** 1-based body paragraph number. */
  paragraph: number;
  /** The healed paragraph text. */
  text: string;
  source: string | null;
  /** The sentence of `text` that holds the answer, when there is one. */
  sentence?: string;
}

/**
 * The one shape every front end renders (console, `ask`, Discord).
 * `answer === null` means the stories do not say; `citations` then holds the closest passages.
 */
export interface Answer {
  question: string;
  answer: string | null;
  kind: QuestionKind;
  /** 0..1 */
  confidence: number;
  citations: Citation[];
}
