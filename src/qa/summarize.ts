import { UserError } from '../errors.ts';
import type { Story } from '../knowledge/types.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { citationOf } from './citation.ts';
import { findStory } from './findParagraph.ts';
import { keySentences, sentencesOf, type StorySentence } from './rankSentences.ts';
import type { Citation } from './types.ts';

/** Key points after the lede: the issue asks for two or three; three when the story has them. */
export const KEY_POINTS = 3;

/**
 * Sentences of a story a summary ranks: its first ones (news puts what matters first). TextRank
 * compares every pair, so its cost grows with the square of this: a story holding one 1 MB
 * paragraph (about 19,000 sentences) took 50 s and froze every user (test/e2e/hostile.e2e.test.ts);
 * 200 sentences (a 4,000-word story, longer than any of our test stories) rank in 0.2 s on this
 * machine (300: 0.5 s).
 */
export const MAX_SUMMARY_SENTENCES = 200;

/** Why the summary is of this story. */
export type StoryChoice = 'named' | 'only' | 'conversation' | 'most-recent';

/** A story in brief: its title, its lede and its most central other sentences, each cited. */
export interface Summary {
  story: { id: string; title: string; source: string | null; date?: string };
  chosen: StoryChoice;
  /** How many stories were loaded (to say "the most recent of 3"). */
  storyCount: number;
  /** The first body paragraph, cited (¶1). */
  lede: Citation;
  /** The key sentences after the lede, in reading order; each citation's `sentence` is the point. */
  keyPoints: Citation[];
}

export interface SummarizeOptions {
  /** A story named by the user (id, title or part of it). */
  story?: string;
  /** The story the conversation is about, if any. */
  conversationStory?: string;
}

/**
 * The story in brief. The story is the one named, else the only one, else the one the
 * conversation is about, else the most recent (by front-matter date, else the last in file order).
 * Throws a UserError when a named story does not exist.
 */
export function summarize(kb: KnowledgeBase, options: SummarizeOptions = {}): Summary {
  const { story, chosen } = chooseStory(kb, options);
  const lede = story.paragraphs[0]!;
  const sentences = sentencesOf(story.paragraphs).slice(0, MAX_SUMMARY_SENTENCES);
  const isAfterLede = (s: StorySentence) => s.paragraph > lede.number;
  const points = keySentences(sentences, isAfterLede, KEY_POINTS);
  const paragraphOf = (s: StorySentence) => story.paragraphs[s.paragraph - 1]!;
  return {
    story: {
      id: story.id,
      title: story.title,
      source: story.source ?? null,
      ...(story.date ? { date: story.date } : {}),
    },
    chosen,
    storyCount: kb.stories.length,
    lede: citationOf(kb, lede, lede.sentences[0]?.text),
    keyPoints: points.map((s) => citationOf(kb, paragraphOf(s), s.sentence.text)),
  };
}

function chooseStory(kb: KnowledgeBase, { story, conversationStory }: SummarizeOptions) {
  if (story?.trim()) {
    const named = findStory(kb, story);
    if (!named) throw new UserError(`No story matches "${story}". Use /stories to list them.`);
    return { story: named, chosen: 'named' as const };
  }
  const only = kb.stories.length === 1 ? kb.stories[0] : undefined;
  if (only) return { story: only, chosen: 'only' as const };
  const current = conversationStory ? kb.storyById.get(conversationStory) : undefined;
  if (current) return { story: current, chosen: 'conversation' as const };
  const latest = mostRecent(kb.stories);
  if (!latest) throw new UserError('No story is loaded.');
  return { story: latest, chosen: 'most-recent' as const };
}

/** The story with the latest date; undated stories come before dated ones, in file order. */
export function mostRecent(stories: readonly Story[]): Story | undefined {
  const dated = (s: Story) => (s.date && !Number.isNaN(Date.parse(s.date)) ? Date.parse(s.date) : -Infinity);
  let best: Story | undefined;
  for (const s of stories) if (!best || dated(s) >= dated(best)) best = s;
  return best;
}
