import type { Summary, Turn } from '../qa/index.ts';
import { answerToJson, citeLine, renderAnswer, wrap } from './renderAnswer.ts';

/** Which story a summary is of, when the user did not name it. */
function choiceLine(summary: Summary): string | undefined {
  if (summary.chosen === 'conversation') return `(the story we were talking about, of ${summary.storyCount})`;
  if (summary.chosen === 'most-recent') {
    const date = summary.story.date ? `, ${summary.story.date}` : '';
    return `(the most recent of ${summary.storyCount} stories${date}; name one: "summarize the <story> story")`;
  }
  return undefined;
}

/** A story in brief for a terminal: title, the lede with its citation, the key points with their ¶. */
export function renderSummary(summary: Summary): string {
  const note = choiceLine(summary);
  return [
    `In brief: ${summary.story.title}${summary.story.source ? ` (${summary.story.source})` : ''} [${summary.story.id}]`,
    ...(note ? [note] : []),
    `  Lede, ${citeLine(summary.lede)}`,
    wrap(summary.lede.text),
    ...(summary.keyPoints.length ? ['  Key points:'] : []),
    ...summary.keyPoints.map((p) => `  • ${p.sentence ?? p.text} (¶${p.paragraph})`),
  ].join('\n');
}

/** One turn as plain text: what a follow-up was taken to mean, then the answer, summary or note. */
export function renderTurn(turn: Turn): string {
  switch (turn.kind) {
    case 'answer':
      return `${turn.explanation ? `(${turn.explanation})\n` : ''}${renderAnswer(turn.answer)}`;
    case 'summary':
      return renderSummary(turn.summary);
    case 'not-english':
    case 'note':
      return turn.message;
  }
}

/**
 * The `--json` shape of a turn: an answer as `answerToJson`; a summary as an answer of kind
 * `summary` (the title and lede sentence, citing the lede and the key points); a question not in
 * English (kind `not-english`) or a note (kind `note`) with `answer: null` and the `message`.
 */
export function turnToJson(question: string, turn: Turn): object {
  switch (turn.kind) {
    case 'answer':
      return answerToJson(turn.answer);
    case 'summary': {
      const { summary } = turn;
      return {
        ...answerToJson({
          question,
          answer: `${summary.story.title}: ${summary.lede.sentence ?? summary.lede.text}`,
          kind: 'search',
          confidence: 1,
          citations: [summary.lede, ...summary.keyPoints],
        }),
        kind: 'summary',
      };
    }
    case 'not-english':
    case 'note':
      return { question, answer: null, kind: turn.kind, confidence: 0, citations: [], message: turn.message };
  }
}
