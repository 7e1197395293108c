import { SPEECH_VERBS } from './lexicon.ts';
import type { Mention, StoryPeople } from './people.ts';
import type { Story } from './types.ts';

/** A quotation and who said it. */
export interface Quote {
  storyId: string;
  paragraph: number;
  /** The words inside the quotation marks. */
  text: string;
  start: number;
  end: number;
  /** Who said it: a person's full name, or the phrase the story uses ("the ministry"); undefined if unknown. */
  speaker?: string;
  personId?: number;
}

const QUOTE_SPAN = /“([^“”]+)(?:”|$)|"([^"]+)(?:"|$)/gu;
const SPEECH = [...SPEECH_VERBS].join('|');
const AFTER_NAME_VERB = new RegExp(
  `^[\\s,]*(?:—\\s*)?([^,.;“”"]{1,80}?)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${SPEECH})\\b`,
  'iu',
);
const AFTER_VERB_NAME = new RegExp(
  `^[\\s,]*(?:${SPEECH})\\s+([^,;“”"]{1,80}?)(?=[,;]|\\.?$|\\s+(?:in|at|on|during|after|before|when|while)\\b)`,
  'iu',
);
const SUBJECT_BEFORE_VERB = new RegExp(
  `^((?:the|a|an)\\s+[^“”"]{1,100}?),?\\s+(?:also\\s+)?(?:${SPEECH})\\b`,
  'iu',
);

// Patterns with a bare `\p{…}` are module constants: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which inside a function made a new pattern object at every call (same matches; none is global or sticky).
const HAS_CAPITAL = /\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
interface Speaker {
  speaker?: string;
  personId?: number;
}

function speakerFromMention(mention: Mention | undefined, people: StoryPeople): Speaker | undefined {
  if (!mention || mention.personId === undefined) return undefined;
  const person = people.people[mention.personId];
  return person ? { speaker: person.name, personId: person.id } : undefined;
}

/** The speaker named in `phrase` (at `offset` in the paragraph): a known person, else the phrase itself. */
function speakerFromPhrase(
  phrase: string,
  offset: number,
  paragraphMentions: Mention[],
  people: StoryPeople,
): Speaker | undefined {
  const inside = paragraphMentions.filter((m) => m.start >= offset && m.end <= offset + phrase.length + 1);
  const mention = inside.find((m) => m.subject !== false);
  if (mention) return speakerFromMention(mention, people);
  const cleaned = phrase.replace(/^(?:and|but|so|then|also)\b\s*/i, '').trim();
  if (!cleaned || /^(?:he|she|they|it|we|i|you)$/i.test(cleaned)) return undefined;
  // A phrase that names no one: neither a proper name nor "the …" / "a …".
  if (!/^(?:the|a|an)\s/i.test(cleaned) && !HAS_CAPITAL.test(cleaned)) return undefined;
  if (cleaned.split(/\s+/).length > 8 || !HAS_LETTER.test(cleaned)) return undefined;
  return { speaker: cleaned };
}

/**
 * Finds the quotations of a story and attributes each to its speaker: `“…,” he said`,
 * `said Jane Doe`, `Doe said that “…”`, `X described Y as “…”`, `which she called “…”`, and
 * a paragraph that is only a quotation, continuing the last speaker.
 */
export function extractQuotes(story: Story, people: StoryPeople): Quote[] {
  const quotes: Quote[] = [];
  let lastSpeaker: Speaker | undefined;
  for (const paragraph of story.paragraphs) {
    const text = paragraph.text;
    const mentions = people.mentions.filter((m) => m.paragraph === paragraph.number);
    const found: (Quote & { attributed: boolean })[] = [];
    for (const m of text.matchAll(QUOTE_SPAN)) {
      const inner = (m[1] ?? m[2] ?? '').trim();
      if (inner.split(/\s+/).length < 2 && !/[.!?]/.test(inner)) continue; // a single scare-quoted word
      const start = m.index;
      const end = m.index + m[0].length;
      const sentence =
        paragraph.sentences.find((s) => end > s.start && end <= s.end + 1) ?? paragraph.sentences.at(-1)!;
      const openSentence = paragraph.sentences.find((s) => start >= s.start && start < s.end) ?? sentence;
      const fromAfter = (): Speaker | undefined => {
        // After the quote: `,” he said` / `,” said Jane Doe, the director`.
        const after = text.slice(end, sentence.end);
        const nameVerb = AFTER_NAME_VERB.exec(after);
        const verbName = AFTER_VERB_NAME.exec(after);
        return (
          (nameVerb?.[1] &&
            speakerFromPhrase(nameVerb[1], end + after.indexOf(nameVerb[1]), mentions, people)) ||
          (verbName?.[1] &&
            speakerFromPhrase(verbName[1], end + after.indexOf(verbName[1]), mentions, people)) ||
          undefined
        );
      };
      const fromBefore = (): Speaker | undefined => {
        // Before the quote, in its sentence: the nearest person or he/she (`which he called “…”`).
        const before = mentions.filter(
          (x) => x.start >= openSentence.start && x.end <= start && x.subject !== false,
        );
        if (before.length) return speakerFromMention(before.at(-1), people);
        const lead = SUBJECT_BEFORE_VERB.exec(text.slice(openSentence.start, start));
        // "The players’ union, the Professional Footballers’ Association (PFA), said …": the head phrase.
        return lead?.[1] ? { speaker: lead[1].split(',')[0]!.trim() } : undefined;
      };
      const opensSentence = text.slice(openSentence.start, start).trim() === '';
      const who = opensSentence ? (fromAfter() ?? fromBefore()) : (fromBefore() ?? fromAfter());
      found.push({
        storyId: story.id,
        paragraph: paragraph.number,
        text: inner,
        start,
        end,
        ...who,
        attributed: who !== undefined,
      });
    }
    // A quote with no attribution continues the speaker before it: an earlier quote of this
    // paragraph, or, for a paragraph that opens with the quote, the last speaker before it.
    let previous = /^\s*[“"]/u.test(text) ? lastSpeaker : undefined;
    for (const q of found) {
      if (!q.attributed && previous) {
        q.speaker = previous.speaker;
        q.personId = previous.personId;
      }
      if (q.speaker) previous = { speaker: q.speaker, personId: q.personId };
      const { attributed: _attributed, ...quote } = q;
      quotes.push(quote);
    }
    const attributedHere = found.filter((q) => q.speaker).at(-1);
    if (attributedHere) lastSpeaker = { speaker: attributedHere.speaker, personId: attributedHere.personId };
    else if (found.length === 0) {
      // A paragraph without quotes that names a person as its subject hands the floor to them.
      const subject = mentions.find((x) => x.personId !== undefined && x.subject !== false);
      if (subject) lastSpeaker = speakerFromMention(subject, people) ?? lastSpeaker;
    }
  }
  return quotes;
}
