import { describe, expect, it } from 'vitest';
import { summaryReply } from '../../src/bot/replies/summaryReply.ts';
import { turnReply } from '../../src/bot/replies/turnReply.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { summarize } from '../../src/qa/summarize.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { liveMarkup } from '../support/markdown.ts';
import { harborStory } from '../support/stories.ts';

/** A story whose text tries Discord markdown: it must be shown literally. */
const MARKDOWN_STORY = parseStory({
  id: 'tricky',
  file: 'tricky.txt',
  text: `**Bold** claims and [a link](https://example.com) in a headline

# The first paragraph says @everyone should read **this**.

A second paragraph explains at length why the council voted for the plan on Tuesday night.

A third paragraph adds that the plan will cost about two million dollars over three years.`,
});

describe('conversation replies on Discord', () => {
  it('GIVEN a story whose title and text hold markdown THEN the summary shows them literally (escaped)', () => {
    const reply = summaryReply(summarize(buildKnowledgeBase([MARKDOWN_STORY])));
    const embed = reply.embeds![0]!;
    // Shown literally: no live markup, and Discord's display (escapes removed) is the headline itself.
    expect(liveMarkup(embed.title!)).toBe('');
    expect(embed.title!.replace(/\\([^\w\s])/g, '$1')).toBe(
      '**Bold** claims and [a link](https://example.com) in a headline',
    );
    // The paragraph too: the heading and bold escaped, @everyone broken (it neither pings nor renders).
    const description = embed.description!;
    expect(description).toContain('\\# The first paragraph says @');
    expect(description).not.toContain('@everyone');
    expect(description.replace(/\\([^\w\s])/g, '$1').replace(/\u200b/g, '')).toContain(
      '# The first paragraph says @everyone should read **this**.',
    );
    expect(embed.description).not.toContain('*most recent');
  });

  it('GIVEN a follow-up answer THEN the reply starts with what the pronoun was taken to mean, escaped', () => {
    const kb = buildKnowledgeBase([harborStory()]);
    const answer = {
      question: 'who is she?',
      answer: 'Elena Marsh',
      kind: 'who' as const,
      confidence: 1,
      citations: [],
    };
    expect(turnReply({ kind: 'answer', answer, explanation: 'she = Elena_Marsh' }).content).toMatch(
      /^\(she = Elena\\_Marsh\)/,
    );
    const summary = turnReply({ kind: 'summary', summary: summarize(kb) });
    expect(summary.embeds![0]!.description).toContain('**The lede** (¶1)');
    expect(turnReply({ kind: 'note', message: 'no *more*' }).content).toBe('no \\*more\\*');
  });
});
