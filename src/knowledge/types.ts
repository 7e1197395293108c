/** One sentence of a paragraph, with its character span in the healed paragraph text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A body paragraph. `number` is 1-based; section, title and `Source:` lines are not paragraphs. */
export interface Paragraph {
  storyId: string;
  number: number;
  text: string;
  sentences: Sentence[];
}

/** One news story: one file of the knowledge folder. */
export interface Story {
  /** Stable id derived from the file name (without extension). */
  id: string;
  /** File name relative to the knowledge folder. */
  file: string;
  title: string;
  section?: string;
  source?: string;
  url?: string;
  date?: string;
  paragraphs: Paragraph[];
  /** What loading changed to keep the story within bounds (a title cut, a long paragraph split). */
  warnings?: string[];
}

/** A knowledge file that was not loaded, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}
