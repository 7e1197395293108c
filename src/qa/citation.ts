import type { Paragraph } from '../knowledge/types.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import type { Citation } from './types.ts';

export function citationOf(kb: KnowledgeBase, paragraph: Paragraph, sentence?: string): Citation {
  const story = kb.storyById.get(paragraph.storyId);
  return {
    story: paragraph.storyId,
    title: story?.title ?? paragraph.storyId,
    paragraph: paragraph.number,
    text: paragraph.text,
    source: story?.source ?? null,
    ...(sentence ? { sentence } : {}),
  };
}
