import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { loadSquad, type SquadArticle } from '../../scripts/eval/squad.ts';
import { checkRoundTrip, storyIdOf, writeSquadFolders } from '../../scripts/eval/squadStories.ts';
import { hasSquadDev, SQUAD_DEV } from '../support/sharedData.ts';

const article = (title: string, ...contexts: string[]): SquadArticle => ({
  title,
  paragraphs: contexts.map((context) => ({ context, qas: [] })),
});

describe('writing SQuAD articles as story files', () => {
  it('GIVEN two articles WHEN written one folder each and loaded with the real loader THEN paragraph i + 1 is context i', async () => {
    const articles = [
      article(
        'Harbor_Town',
        'The harbor reopened on Monday.',
        'Ferries resumed\non Tuesday.',
        'Fares: unchanged',
      ),
      article('Mill', 'The mill closed in 1990.'),
    ];
    const written = await writeSquadFolders(articles, false);
    try {
      expect(written.folders).toHaveLength(2);
      const kb = await loadKnowledgeBase(written.folders[0]!.dir);
      const story = kb.storyById.get(storyIdOf('Harbor_Town'));
      expect(story?.title).toBe('Harbor Town');
      expect(story?.paragraphs.map((p) => p.text)).toEqual([
        'The harbor reopened on Monday.',
        'Ferries resumed on Tuesday.',
        'Fares: unchanged',
      ]);
    } finally {
      await written.remove();
    }
  });

  it('GIVEN --all-in-one WHEN written THEN one folder holds every article as its own story', async () => {
    const written = await writeSquadFolders(
      [article('Harbor', 'A pier.'), article('Mill', 'A wheel.')],
      true,
    );
    try {
      expect(written.folders).toHaveLength(1);
      const kb = await loadKnowledgeBase(written.folders[0]!.dir);
      expect(kb.stories.map((s) => s.id).sort()).toEqual([storyIdOf('Harbor'), storyIdOf('Mill')].sort());
    } finally {
      await written.remove();
    }
  });

  it('GIVEN a context the parser would read as a source line THEN the writer refuses it by name', () => {
    expect(() => checkRoundTrip(article('Short', 'One sentence.', 'Source: Reuters'))).toThrow(
      /"Short".*paragraph 2/,
    );
  });

  it.skipIf(!hasSquadDev)(
    'GIVEN the 13-article dev copy (../shared/squad) THEN every article loads back as exactly its paragraphs',
    async () => {
      const articles = await loadSquad(SQUAD_DEV);
      expect(articles).toHaveLength(13);
      for (const a of articles) expect(() => checkRoundTrip(a)).not.toThrow();
    },
  );
});
