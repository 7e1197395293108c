/**
 * The people mentions of every story as columns of numbers for the snapshot, instead of JSON: at
 * 100k paragraphs the 117,777 mentions were 11.4 of the 18 MB of facts JSON, and parsing them most
 * of the 0.7–1.1 s the facts took to load. A mention's text is its paragraph's text at its span
 * (kept as an exception when it is not, such as a name written over a line break).
 */
import type { Mention } from '../knowledge/people.ts';
import type { Story } from '../knowledge/types.ts';
import type { StoryFacts } from './facts.ts';
import { textSpan } from './storedParagraph.ts';

/** paragraph, sentence, start, end, personId + 1 (0: none), pronoun (0 none, 1 m, 2 f) + 4 × subject (0 none, 1 false, 2 true). */
const FIELDS = 6;
const PRONOUNS = [undefined, 'm', 'f'] as const;
const SUBJECTS = [undefined, false, true] as const;

export interface PackedMentions {
  /** Per story, in the order of the facts: how many of its mentions are in the columns. */
  counts: Uint32Array;
  columns: Uint32Array;
  /** [index in the columns, text] of each mention whose text is not its span of the paragraph. */
  texts: [number, string][];
}

const spanText = (story: Story | undefined, m: Pick<Mention, 'paragraph' | 'start' | 'end'>) =>
  story?.paragraphs[m.paragraph - 1]?.text.slice(m.start, m.end);

function mentionOf(
  story: Story | undefined,
  columns: ArrayLike<number>,
  at: number,
  written?: string,
): Mention {
  // Plain reads, no helper closure: a closure a mention (named by tsx's keepNames at every call)
  // was a fifth of restoring 117,777 mentions at 100k paragraphs.
  const paragraph = columns[at]!;
  const start = columns[at + 2]!;
  const end = columns[at + 3]!;
  const person = columns[at + 4]!;
  const flags = columns[at + 5]!;
  const inParagraph = story?.paragraphs[paragraph - 1];
  // A stored paragraph's span is decoded alone: the paragraph's text stays undecoded until read.
  const text = written ?? (inParagraph ? textSpan(inParagraph, start, end) : '');
  const m: Mention = { paragraph, sentence: columns[at + 1]!, start, end, text };
  const pronoun = PRONOUNS[flags & 3];
  const subject = SUBJECTS[flags >> 2];
  // A pronoun's person is resolved after it is found: its key comes last, as in `extractPeople`.
  if (pronoun !== undefined) m.pronoun = pronoun;
  if (subject !== undefined) m.subject = subject;
  if (person > 0) m.personId = person - 1;
  return m;
}

function rowOf(m: Mention): number[] {
  const pronoun = m.pronoun === undefined ? 0 : PRONOUNS.indexOf(m.pronoun);
  const subject = m.subject === undefined ? 0 : m.subject ? 2 : 1;
  return [
    m.paragraph,
    m.sentence,
    m.start,
    m.end,
    m.personId === undefined ? 0 : m.personId + 1,
    pronoun + 4 * subject,
  ];
}

/**
 * Moves each story's mentions into columns when every one of them comes back exactly (same JSON);
 * a story whose mentions do not (an unexpected field or value) keeps them in its JSON.
 */
export function packMentions(
  facts: ReadonlyMap<string, StoryFacts>,
  storyById: ReadonlyMap<string, Story>,
): { facts: [string, StoryFacts][]; mentions: PackedMentions } {
  const counts = new Uint32Array(facts.size);
  const rows: number[] = [];
  const texts: [number, string][] = [];
  const out: [string, StoryFacts][] = [];
  let s = 0;
  for (const [id, f] of facts) {
    const story = storyById.get(id);
    const packed = f.people.mentions.map(rowOf);
    const fits = f.people.mentions.every(
      (m, i) =>
        packed[i]!.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32) &&
        JSON.stringify(mentionOf(story, packed[i]!, 0, m.text)) === JSON.stringify(m),
    );
    if (fits) {
      f.people.mentions.forEach((m, i) => {
        if (spanText(story, m) !== m.text) texts.push([rows.length / FIELDS, m.text]);
        rows.push(...packed[i]!);
      });
      counts[s] = packed.length;
    }
    out.push([id, fits ? { ...f, people: { ...f.people, mentions: [] } } : f]);
    s++;
  }
  return { facts: out, mentions: { counts, columns: Uint32Array.from(rows), texts } };
}

/** The facts with their mentions back (see `packMentions`); throws when the columns do not fit. */
export function unpackMentions(
  facts: [string, StoryFacts][],
  storyById: ReadonlyMap<string, Story>,
  { counts, columns, texts }: PackedMentions,
): Map<string, StoryFacts> {
  const total = counts.reduce((a, b) => a + b, 0);
  if (counts.length !== facts.length || columns.length !== total * FIELDS)
    throw new Error('lede: snapshot mentions do not match the facts');
  const textAt = new Map(texts);
  let row = 0;
  return new Map(
    facts.map(([id, f], s) => {
      const story = storyById.get(id);
      for (let i = 0; i < counts[s]!; i++, row++)
        f.people.mentions.push(mentionOf(story, columns, row * FIELDS, textAt.get(row)));
      return [id, f];
    }),
  );
}
