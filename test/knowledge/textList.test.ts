import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { readTextList } from '../../src/knowledge/textList.ts';

describe('GIVEN a list as a page leaves it', () => {
  it('WHEN its items are bulleted THEN each item is a sentence of its own', () => {
    expect(readTextList('• More than 40 warnings are in force\n• 60 schools will close on Monday')).toBe(
      'More than 40 warnings are in force.\n60 schools will close on Monday.',
    );
  });

  it('WHEN its items are numbered and one ends like a sentence THEN that one keeps its stop', () => {
    expect(readTextList('1. An inquiry in 2027\n2. A decision follows.')).toBe(
      'An inquiry in 2027.\nA decision follows.',
    );
  });

  it('WHEN only some lines are items THEN the block is left as it was', () => {
    const block = 'The plan has two parts:\n- a new road';
    expect(readTextList(block)).toBe(block);
  });

  it('WHEN a Markdown story holds a bulleted list THEN the sentences split at its items', () => {
    const story = parseStory({
      id: 'x',
      file: 'x.md',
      text: '# Title\n\nThe zoo opened.\n\n- **Gestation:** about 90 days\n- **Lifespan:** up to 20 years',
    });
    expect(story.paragraphs[1]!.sentences.map((s) => s.text)).toEqual([
      'Gestation: about 90 days.',
      'Lifespan: up to 20 years.',
    ]);
  });
});

describe('GIVEN a list under a lead-in line, as a page’s text leaves it', () => {
  it('WHEN read THEN the lead-in stays and each item is a sentence of its own', () => {
    const block = 'If your jar is in the batch:\n• Do not eat it\n• Return it to the shop for a refund';
    expect(readTextList(block)).toBe(
      'If your jar is in the batch:\nDo not eat it.\nReturn it to the shop for a refund.',
    );
  });

  it('WHEN the line above the items is a sentence, not a lead-in THEN the block is left as it is', () => {
    const block = 'The shop said it was sorry.\n• Do not eat it\n• Return it';
    expect(readTextList(block)).toBe(block);
  });
});
