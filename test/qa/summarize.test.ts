import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { summarize } from '../../src/qa/summarize.ts';
import { asSummaryRequest } from '../../src/qa/summaryRequest.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { chipStory, harborStory, schoolStory } from '../support/stories.ts';

const dated = (id: string, date: string, title: string) =>
  parseStory({
    id,
    file: `${id}.md`,
    text: `---\ntitle: ${title}\ndate: ${date}\n---\n\nThe first paragraph of ${title}.\n\nA second paragraph says a little more about ${title} and why it matters.`,
  });

describe('the story in brief', () => {
  const kb = buildKnowledgeBase([harborStory(), chipStory()]);

  it('GIVEN the harbor story THEN the summary is its title, its lede (¶1) and three key sentences after it, each cited', () => {
    const summary = summarize(kb, { story: 'harbor' });
    expect(summary.story.title).toBe('Port authority approves $2 billion expansion despite union objections');
    expect(summary.chosen).toBe('named');
    expect(summary.lede).toMatchObject({ story: 'harbor', paragraph: 1 });
    expect(summary.keyPoints).toHaveLength(3);
    for (const point of summary.keyPoints) {
      expect(point.paragraph).toBeGreaterThan(1);
      expect(point.text).toContain(point.sentence);
    }
    const paragraphs = summary.keyPoints.map((p) => p.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it("GIVEN several stories and none named THEN the conversation's story, else the most recent by date, else the last file", () => {
    expect(summarize(kb, { conversationStory: 'harbor' })).toMatchObject({
      chosen: 'conversation',
      story: { id: 'harbor' },
    });
    expect(summarize(kb)).toMatchObject({ chosen: 'most-recent', story: { id: 'norvik' } });
    const withDates = buildKnowledgeBase([
      dated('later', '2025-03-01', 'Later story'),
      dated('earlier', '2024-01-01', 'Earlier story'),
      schoolStory(),
    ]);
    expect(summarize(withDates).story.id).toBe('later');
  });

  it('GIVEN one story THEN it is summarised as the only one; GIVEN an unknown name THEN a clear error', () => {
    expect(summarize(buildKnowledgeBase([schoolStory()])).chosen).toBe('only');
    expect(() => summarize(kb, { story: 'volcano' })).toThrow('No story matches "volcano"');
  });
});

describe('asking for the story in brief', () => {
  const kb = buildKnowledgeBase([harborStory(), chipStory()]);
  it.each([
    'what is this about?',
    "What's the story about",
    'what happened?',
    'give me the gist',
    'key points',
    'summarize the article',
    'Can you summarize this please?',
    'tl;dr',
  ])('GIVEN "%s" THEN it asks for a summary', (q) => {
    expect(asSummaryRequest(kb, q)).toEqual({});
  });

  it('GIVEN a request naming a story THEN that story; GIVEN a real question THEN it is not a summary request', () => {
    expect(asSummaryRequest(kb, 'summarize the Norvik story')).toEqual({ story: 'norvik' });
    expect(asSummaryRequest(kb, 'what is the port story about?')).toEqual({ story: 'harbor' });
    expect(asSummaryRequest(kb, 'what happened to the cranes?')).toBeNull();
    expect(asSummaryRequest(kb, 'What did Marsh say?')).toBeNull();
    expect(asSummaryRequest(kb, 'What is TEU about?')).toBeNull();
  });
});
