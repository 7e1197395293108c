/** The tagger lives with the knowledge (tags of small knowledge are worked out at build, src/search/paragraphTags.ts). */
export { tagText, type TaggedEntity, type TaggedText, type Token } from '../knowledge/tagger.ts';
