import type { KnowledgeBase } from '../search/knowledgeBase.ts';

/** Words around a request that do not change it ("can you", "please", "for me"). */
const POLITE =
  /^(?:(?:ok(?:ay)?|so|hey|hi|and|now|then|please|pls|just|can you|could you|would you|will you|lede)[\s,]+)+|(?:[\s,]+(?:please|pls|for me|then|again|briefly))+$/g;

/**
 * Ways to ask for the story in brief. Each leaves `rest`: what the story is called, if said
 * ("summarize the harbor story" → "harbor").
 */
const SUMMARY_PATTERNS: readonly RegExp[] = [
  /^(?:what(?:'s| is| are| was)?|whats) (?:this|that|it|all this|the stories?|these stories|the (?:article|news|piece|report)s?)(?<rest>.*?) about$/,
  /^(?:what(?:'s| is| are)?|whats) (?<rest>.+?) about$/,
  /^what(?:'s| has)? happen(?:ed|ing)(?<rest>.*)$/,
  /^(?:give me |tell me |what(?:'s| is) )?(?:the |a )?(?:gist|tl;?dr|summary|rundown|short version|main points?|key points?|highlights?|takeaways?|headlines?)(?<rest>.*)$/,
  /^(?:summari[sz]e|sum up|recap|brief me(?: on)?|tl;?dr)(?<rest>.*)$/,
  /^(?:the )?(?:story|article|news) in (?:brief|short|a nutshell)(?<rest>.*)$/,
  /^(?:tell me |what(?:'s| is) )?(?:the )?(?:story|news)$(?<rest>)/,
];

/** Words of `rest` that only point at "the story". */
const STORY_WORDS = new Set(
  'of about on for in from the this that these those story stories article articles news piece report it all in brief please to so far'.split(
    ' ',
  ),
);

/** What a summary request asks for: the story it names, if it names one. */
export interface SummaryRequest {
  /** Story id, when the request names a story. */
  story?: string;
}

/**
 * Whether `question` asks for the story in brief ("what is this about?", "give me the gist",
 * "key points", "summarize the harbor story"). Words left after the request must name a story
 * (all of them in its title or id); otherwise it is a real question ("what happened to the
 * cranes?") and this returns null.
 */
export function asSummaryRequest(kb: KnowledgeBase, question: string): SummaryRequest | null {
  const text = question
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[?!.…]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(POLITE, '')
    .trim();
  for (const pattern of SUMMARY_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const words = (match.groups?.rest ?? '')
      .split(/[^\p{L}\p{N}'-]+/u)
      .map((w) => w.replace(/'s$/, ''))
      .filter((w) => w && !STORY_WORDS.has(w));
    if (words.length === 0) return {};
    const story = kb.stories.find((s) => {
      const haystack = `${s.title} ${s.id}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    });
    if (story) return { story: story.id };
  }
  return null;
}
