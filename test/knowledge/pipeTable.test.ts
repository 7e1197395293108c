import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { readPipeTable } from '../../src/knowledge/pipeTable.ts';

const LEAGUE = `---
title: Harlow top the table after a tenth win
---

# Harlow top the table after a tenth win

Harlow beat Crane Town 3-1 on Saturday to go top of the league.

| Team | Won | Lost |
|:---|---:|---:|
| Harlow | 12 | 3 |
| Crane Town | 9 | 6 |

Crane Town play Harlow again in March.`;

describe('GIVEN a Markdown story with a table of bars', () => {
  const story = parseStory({ id: 'league', file: 'league.md', text: LEAGUE });

  it('WHEN parsed THEN each cell is a sentence naming its column and its row', () => {
    expect(story.paragraphs[1]!.text).toBe(
      'Won, Harlow: 12. Lost, Harlow: 3. Won, Crane Town: 9. Lost, Crane Town: 6.',
    );
    expect(story.paragraphs[1]!.sentences.map((s) => s.text)).toContain('Won, Crane Town: 9.');
  });

  it('WHEN parsed THEN the paragraphs around the table are kept as they are', () => {
    expect(story.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(story.paragraphs[2]!.text).toBe('Crane Town play Harlow again in March.');
  });
});

describe('GIVEN blocks with bars that are no table', () => {
  it.each([
    'The vote was close | the council said.',
    '| Team | Won |\n| Harlow | 12 |',
    'Results:\n| Team | Won |\n|---|---|\n| Harlow | 12 |',
  ])('WHEN read (%s) THEN the block is left as it is', (block) => {
    expect(readPipeTable(block)).toBe(block);
  });

  it('WHEN a cell is empty THEN it says nothing', () => {
    expect(readPipeTable('| Team | Won | Lost |\n|---|---|---|\n| Harlow | 12 |  |')).toBe(
      'Won, Harlow: 12.',
    );
  });
});
