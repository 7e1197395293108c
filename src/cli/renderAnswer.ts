import type { Answer, Citation } from '../qa/types.ts';

/** The `--json` shape of an answer: exactly the documented keys, in order. */
export function answerToJson(answer: Answer): object {
  return {
    question: answer.question,
    answer: answer.answer,
    kind: answer.kind,
    confidence: Math.round(answer.confidence * 100) / 100,
    citations: answer.citations.map(({ story, title, paragraph, text, source }) => ({
      story,
      title,
      paragraph,
      text,
      source,
    })),
  };
}

export const wrap = (text: string, width = 88, indent = '  │ '): string => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
};

export const citeLine = (c: Citation): string =>
  `¶${c.paragraph} of “${c.title}”${c.source ? ` (${c.source})` : ''} [${c.story}]`;

/** An answer as plain text for a terminal: the answer, then the cited paragraph and where it is from. */
export function renderAnswer(answer: Answer): string {
  const out: string[] = [];
  const [first, ...rest] = answer.citations;
  if (answer.answer !== null && first) {
    out.push(`Answer: ${answer.answer}`);
    out.push(`  ${citeLine(first)}`);
    out.push(wrap(first.text));
  } else {
    out.push("The stories don't say.");
    if (answer.citations.length) {
      out.push('Closest passages:');
      for (const c of answer.citations) out.push(`  ${citeLine(c)}`, wrap(c.text));
    }
    return out.join('\n');
  }
  if (rest.length) out.push(`Also: ${rest.map(citeLine).join('; ')}`);
  return out.join('\n');
}
