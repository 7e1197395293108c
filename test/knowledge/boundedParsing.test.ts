import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { healLineBreaks } from '../../src/knowledge/healLineBreaks.ts';
import {
  MAX_PARAGRAPH_CHARS,
  MAX_PARAGRAPHS_PER_STORY,
  MAX_STORY_BYTES,
  MAX_TITLE_CHARS,
} from '../../src/knowledge/limits.ts';
import { loadStories } from '../../src/knowledge/loadStories.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';

/**
 * Hostile story files: each used to take minutes (quadratic parsing). The time bounds are generous
 * (a shared, busy machine); they catch a quadratic, not a slow constant. The figures are in the bench
 * (`npm run bench -- --parse`).
 */
const SENTENCE = 'The harbor board met on Monday, and Mr. Ortiz said “we will build the pier.” ';
const timed = <T>(work: () => T): { result: T; ms: number } => {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
};

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('parsing hostile story files is linear and bounded', () => {
  it('GIVEN a 4.9 MB story that is one single paragraph WHEN loaded THEN it loads in seconds, split into paragraphs of at most MAX_PARAGRAPH_CHARS, with a warning, and no text lost', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lede-bounded-'));
    dirs.push(dir);
    const paragraph = SENTENCE.repeat(Math.floor((MAX_STORY_BYTES - 300_000) / Buffer.byteLength(SENTENCE)));
    await writeFile(path.join(dir, 'wall.txt'), `Harbor board wall of text\n\n${paragraph}\n`);

    const started = performance.now();
    const { stories } = await loadStories(dir);
    const ms = performance.now() - started;

    expect(ms).toBeLessThan(30_000);
    const story = stories[0]!;
    expect(story.title).toBe('Harbor board wall of text');
    expect(story.paragraphs.length).toBeGreaterThan(paragraph.length / MAX_PARAGRAPH_CHARS);
    expect(Math.max(...story.paragraphs.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
    expect(story.paragraphs.map((p) => p.text).join(' ')).toBe(paragraph.trim());
    expect(story.paragraphs[0]!.sentences[0]!.text).toBe(
      'The harbor board met on Monday, and Mr. Ortiz said “we will build the pier.”',
    );
    expect(story.warnings).toEqual([
      `paragraph 1 split into ${story.paragraphs.length} (longer than ${MAX_PARAGRAPH_CHARS} characters)`,
    ]);
  }, 60_000);

  it('GIVEN a 300 KB Markdown file full of unclosed markup WHEN parsed THEN it takes well under a second or two, and the marks of closed spans are still stripped', () => {
    const junk = '[a](b ![c **d *e `f _g __h [[ (( ** ';
    const line = junk.repeat(Math.ceil(300_000 / junk.length));
    const text = `# Markup storm\n\n${line}\n\nThe **vote** was *close*, [the clerk](https://example.com) said.\n`;

    const { result: story, ms } = timed(() => parseStory({ id: 'storm', file: 'storm.md', text }));

    expect(ms).toBeLessThan(5_000);
    expect(story.paragraphs.at(-1)!.text).toBe('The vote was close, the clerk said.');
  });

  it('GIVEN a megabyte of dots, of closing quotes or of opening brackets WHEN split into sentences THEN each takes a moment', () => {
    for (const text of [
      `A${'.'.repeat(1_000_000)}b`,
      `Go.${'”'.repeat(1_000_000)} Then`,
      `Stop. ${'('.repeat(1_000_000)}`,
      `${'A. '.repeat(300_000)}`,
      `${'x'.repeat(1_000_000)}. Next one.`,
    ]) {
      const { ms } = timed(() => splitSentences(text));
      expect(ms, text.slice(0, 12)).toBeLessThan(3_000);
    }
    expect(splitSentences(`It ended${'.'.repeat(50)} Then more.`).map((s) => s.text)).toEqual([
      `It ended${'.'.repeat(50)}`,
      'Then more.',
    ]);
  });

  it('GIVEN lines that are almost rows of a table (a word, then spaces, dots, tabs or ellipses, then no figure) WHEN parsed THEN each takes a moment', () => {
    // A word and 400 spaces took the table reader about 50 s (500: 129 s); a megabyte, forever.
    for (const run of [
      ' '.repeat(400),
      ' '.repeat(1_000_000),
      '.'.repeat(1_000_000),
      '\t'.repeat(1_000_000),
      '…'.repeat(1_000_000),
      ' . '.repeat(300_000),
    ]) {
      const text = `Harbour dues\n\nThe dues were set on Monday.\n\nTolls${run}x\nFees${run}x\n`;
      const { result: story, ms } = timed(() => parseStory({ id: 'dues', file: 'dues.txt', text }));
      expect(ms, JSON.stringify(run.slice(0, 3))).toBeLessThan(3_000);
      expect(story.paragraphs[0]!.text).toBe('The dues were set on Monday.');
    }
  });

  it('GIVEN a paragraph of 200,000 short lines, or one line of a million letters WHEN healed THEN each takes a moment', () => {
    const manyLines = 'the harbor\n'.repeat(200_000);
    const { result, ms } = timed(() => healLineBreaks(manyLines));
    expect(ms).toBeLessThan(5_000);
    expect(result).toBe(Array(200_000).fill('the harbor').join(' '));

    const letters = `${'a'.repeat(1_000_000)}\nbc`;
    const long = timed(() => healLineBreaks(letters));
    expect(long.ms).toBeLessThan(3_000);
    expect(long.result).toBe(`${'a'.repeat(1_000_000)} bc`);
  });
});

describe('titles and sources are capped when a story is parsed', () => {
  it('GIVEN a 28 KB front-matter title and source WHEN parsed THEN both are cut to the cap with "…", and the story says so', () => {
    const huge = 'Harbor '.repeat(4_000);
    const text = `---\ntitle: ${huge}\nsource: ${huge}\n---\n\nThe board met.\n`;

    const story = parseStory({ id: 'x', file: 'x.md', text });

    expect(story.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(story.title.endsWith('Harbor…')).toBe(true);
    expect(story.source!.length).toBeLessThanOrEqual(256);
    expect(story.warnings).toEqual([
      `title cut to ${MAX_TITLE_CHARS} characters (it had ${huge.trim().length})`,
      `source cut to 256 characters (it had ${huge.trim().length})`,
    ]);
  });

  it('GIVEN a huge # heading and a huge Source: line WHEN parsed THEN both are capped too', () => {
    const huge = 'x'.repeat(100_000);
    const story = parseStory({
      id: 'x',
      file: 'x.md',
      text: `# ${huge}\n\nThe board met.\n\nSource: ${huge}\n`,
    });
    expect(story.title).toBe(`${'x'.repeat(MAX_TITLE_CHARS - 1)}…`);
    expect(story.source).toBe(`${'x'.repeat(255)}…`);
    expect(story.paragraphs.map((p) => p.text)).toEqual(['The board met.']);
  });

  it('GIVEN a plain-text story whose first block is far longer than a title WHEN parsed THEN it is a paragraph, not the title', () => {
    const long = `${SENTENCE.repeat(10).trim()}`;
    const story = parseStory({ id: 'x', file: 'x.txt', text: `${long}\n\nThe board met again.\n` });
    expect(story.paragraphs.map((p) => p.text)).toEqual([long, 'The board met again.']);
    expect(story.title).toBe(long.slice(0, 80));
    expect(story.warnings).toBeUndefined();
  });

  it('GIVEN front matter that closes only after 64 KB WHEN parsed THEN the file is refused as front matter too long, without handing megabytes to YAML', () => {
    // Before, it was read as story text: its YAML keys became paragraphs and its title "--- title: …".
    const text = `---\ntitle: Open\n${'filler: line\n'.repeat(10_000)}---\n\nThe board met.\n`;
    const started = performance.now();
    expect(() => parseStory({ id: 'x', file: 'x.md', text })).toThrow('front matter is longer than 64 KB');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('GIVEN a file that opens with --- and never closes it WHEN parsed THEN it is read as text', () => {
    const text = `---\n${'The board met on Monday. '.repeat(4_000)}\n\nThe board met again.\n`;
    const story = parseStory({ id: 'x', file: 'x.txt', text });
    expect(story.paragraphs.at(-1)!.text).toBe('The board met again.');
  });

  it('GIVEN 1 MB of three-character paragraphs (200,000) WHEN parsed THEN the story is refused at once, saying to split it, before any indexing', () => {
    const text = `Title\n\n${'Ab.\n\n'.repeat(200_000)}`;
    const started = performance.now();
    expect(() => parseStory({ id: 'x', file: 'x.txt', text })).toThrow(
      '200000 paragraphs, more than a story holds (10000): split it into stories',
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    const most = `Title\n\n${'Ab.\n\n'.repeat(MAX_PARAGRAPHS_PER_STORY)}`;
    expect(parseStory({ id: 'x', file: 'x.txt', text: most }).paragraphs).toHaveLength(
      MAX_PARAGRAPHS_PER_STORY,
    );
  });

  it('GIVEN front-matter urls that are not web links, or too long WHEN parsed THEN they are dropped with why; a web link is kept', () => {
    const parse = (url: string) =>
      parseStory({ id: 'x', file: 'x.md', text: `---\nurl: "${url}"\n---\n\nThe board met.\n` });
    expect(parse('https://example.com/pier').url).toBe('https://example.com/pier');
    expect(parse('javascript:alert(1)')).toMatchObject({ warnings: ['url dropped: not an http(s) link'] });
    expect(parse('javascript:alert(1)').url).toBeUndefined();
    expect(parse('not a link').url).toBeUndefined();
    expect(parse(`https://example.com/${'a'.repeat(3000)}`)).toMatchObject({
      warnings: ['url dropped: longer than 2048 characters'],
    });
  });
});
