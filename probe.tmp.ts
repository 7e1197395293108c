import { parseStory } from './src/knowledge/parseStory.ts';
