import { UserError } from '../errors.ts';
import type { Story } from '../knowledge/types.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { citationOf } from './citation.ts';
import type { Citation } from './types.ts';

/**
 * A story by id, exact title or file name, or (unless `partial` is false) a unique part of its
 * title (case-insensitive). Destructive actions pass `partial: false`: a part of a title is a
 * guess, and "<@123>" or "*" typed as a name must not remove the one story whose title holds it.
 */
export function findStory(
  kb: KnowledgeBase,
  nameOrId: string,
  { partial = true }: { partial?: boolean } = {},
): Story | undefined {
  const wanted = nameOrId.trim().toLowerCase();
  if (!wanted) return undefined;
  const byId = kb.storyById.get(wanted);
  if (byId) return byId;
  const exact = kb.stories.find((s) => s.title.toLowerCase() === wanted || s.file.toLowerCase() === wanted);
  if (exact || !partial) return exact;
  const parts = kb.stories.filter((s) => s.title.toLowerCase().includes(wanted) || s.id.includes(wanted));
  return parts.length === 1 ? parts[0] : undefined;
}

/**
 * Paragraph `number` (1-based) of a story. With one story loaded the story may be omitted.
 * Throws a UserError saying what is wrong (unknown story, number out of range).
 */
export function getParagraph(kb: KnowledgeBase, number: number, story?: string): Citation {
  let target: Story | undefined;
  if (story && story.trim()) {
    target = findStory(kb, story);
    if (!target) throw new UserError(`No story matches "${story}". Use /stories to list them.`);
  } else if (kb.stories.length === 1) {
    target = kb.stories[0];
  } else {
    throw new UserError(`There are ${kb.stories.length} stories: say which one.`);
  }
  if (!target) throw new UserError('No story is loaded.');
  const paragraph = target.paragraphs[number - 1];
  if (!Number.isInteger(number) || !paragraph) {
    throw new UserError(
      `"${target.title}" has paragraphs 1 to ${target.paragraphs.length}; there is no ¶${number}.`,
    );
  }
  return citationOf(kb, paragraph);
}
