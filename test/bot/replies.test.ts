import { describe, expect, it } from 'vitest';
import { answerReply, NOT_SAID } from '../../src/bot/replies/answerReply.ts';
import { buttonId, parseButtonId } from '../../src/bot/replies/customIds.ts';
import { passagesReply } from '../../src/bot/replies/passagesReply.ts';
import { reindexReply } from '../../src/bot/replies/reindexReply.ts';
import { storiesReply } from '../../src/bot/replies/storiesReply.ts';
import { fitPayload } from '../../src/bot/respond.ts';
import {
  MAX_CONTENT_LENGTH,
  MAX_CUSTOM_ID_LENGTH,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
  MAX_EMBEDS_TOTAL_LENGTH,
} from '../../src/bot/limits.ts';
import type { Answer, Citation, KnowledgeBase } from '../../src/qa/index.ts';

const citation = (over: Partial<Citation> = {}): Citation => ({
  story: 'harbour-library',
  title: 'Harbour town opens floating library',
  paragraph: 2,
  text: '“Fishermen read more than people think,” said librarian Agnes Pohl. She raised the money over three years.',
  source: 'Kelmsby Gazette',
  sentence: 'She raised the money over three years.',
  ...over,
});
const answer = (over: Partial<Answer> = {}): Answer => ({
  question: 'Who raised the money?',
  answer: 'Agnes Pohl',
  kind: 'who',
  confidence: 0.9,
  citations: [citation()],
  ...over,
});
const embedTotal = (p: ReturnType<typeof fitPayload>) =>
  (p.embeds ?? []).reduce(
    (n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0),
    0,
  );

describe('answerReply', () => {
  it('GIVEN an answer THEN the embed has the short answer, the paragraph quoted with the sentence in bold, and the source in the footer', () => {
    const reply = answerReply(answer());
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe('Who raised the money?');
    expect(embed.description).toBe(
      'Agnes Pohl\n\n> “Fishermen read more than people think,” said librarian Agnes Pohl. **She raised the money over three years.**',
    );
    expect(embed.footer!.text).toBe('Harbour town opens floating library · ¶2 · Kelmsby Gazette');
    expect(reply.content).toBeUndefined();
    const labels = reply.components![0]!.components.map((b) => [
      'label' in b ? b.label : '',
      'custom_id' in b ? b.custom_id : '',
    ]);
    expect(labels).toEqual([
      ['Show paragraph', 'paragraph:2:harbour-library'],
      ['Other passages', 'passages:0:Who raised the money?'],
    ]);
  });

  it('GIVEN the stories do not say THEN a plain "don’t say" with the closest passages, and no answer text', () => {
    const reply = answerReply(answer({ answer: null, citations: [citation(), citation({ paragraph: 3 })] }));
    expect(reply.content).toBe(NOT_SAID);
    expect(reply.embeds![0]!.description).toContain('¶2');
    expect(reply.embeds![0]!.description).toContain('¶3');
    expect(reply.embeds![0]!.description).not.toContain('Agnes Pohl\n\n');
    expect(answerReply(answer({ answer: null, citations: [] }))).toEqual({
      content: `${NOT_SAID} No passage comes close.`,
    });
  });

  it('GIVEN a huge question, answer and paragraph THEN every text fits Discord’s limits', () => {
    const huge = 'word '.repeat(3000);
    const reply = fitPayload(
      answerReply(
        answer({ question: huge, answer: huge, citations: [citation({ text: huge, sentence: huge })] }),
      ),
    );
    const embed = reply.embeds![0]!;
    expect(embed.title!.length).toBeLessThanOrEqual(MAX_EMBED_TITLE_LENGTH);
    expect(embed.description!.length).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION_LENGTH);
    expect(embedTotal(reply)).toBeLessThanOrEqual(MAX_EMBEDS_TOTAL_LENGTH);
    for (const b of reply.components![0]!.components) {
      if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
    }
  });
});

describe('fitPayload', () => {
  it('GIVEN embeds together over 6,000 characters THEN the last descriptions are cut until the total fits', () => {
    const big = { title: 't'.repeat(200), description: 'd'.repeat(4000) };
    const fitted = fitPayload({ content: 'c'.repeat(5000), embeds: [big, big] });
    expect(fitted.content).toHaveLength(MAX_CONTENT_LENGTH);
    expect(embedTotal(fitted)).toBe(MAX_EMBEDS_TOTAL_LENGTH);
    expect(fitted.embeds![0]!.description).toHaveLength(4000);
  });
});

describe('passagesReply', () => {
  const hit = (paragraph: number) => ({
    citation: citation({ paragraph }),
    score: 1,
    matches: ['money', 'Fishermen'],
  });

  it('GIVEN a first page THEN matches are bold, Previous is disabled and Next carries the next offset', () => {
    const reply = passagesReply(
      { query: 'money fishermen', total: 6, offset: 0, hits: [hit(1), hit(2), hit(3), hit(4)] },
      4,
    );
    const embed = reply.embeds![0]!;
    expect(embed.description).toContain('“**Fishermen** read');
    expect(embed.description).toContain('the **money** over');
    expect(embed.footer!.text).toBe('1–4 of 6');
    const [previous, next] = reply.components![0]!.components;
    expect(previous).toMatchObject({ disabled: true, custom_id: 'search:0:money fishermen' });
    expect(next).toMatchObject({ disabled: false, custom_id: 'search:4:money fishermen' });
  });

  it('GIVEN the last page THEN Next is disabled', () => {
    const reply = passagesReply({ query: 'money', total: 6, offset: 4, hits: [hit(5), hit(6)] }, 4);
    expect(reply.embeds![0]!.footer!.text).toBe('5–6 of 6');
    expect(reply.components![0]!.components[1]).toMatchObject({ disabled: true });
  });

  it('GIVEN no hits THEN it says so, echoing the query escaped', () => {
    expect(passagesReply({ query: '*zebra*', total: 0, offset: 0, hits: [] }).content).toBe(
      'No passage matches “\\*zebra\\*”.',
    );
  });
});

describe('button custom ids', () => {
  it('GIVEN state THEN it round-trips, and a long query is cut at a word to fit 100 characters', () => {
    expect(parseButtonId(buttonId({ kind: 'search', number: 8, text: 'a: b' })!)).toEqual({
      kind: 'search',
      number: 8,
      text: 'a: b',
    });
    const long = buttonId({ kind: 'passages', number: 0, text: 'why '.repeat(40) }, { cuttable: true })!;
    expect(long.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
    expect(long).toMatch(/^passages:0:(why )*why$/);
    expect(buttonId({ kind: 'paragraph', number: 1, text: 's'.repeat(120) })).toBeUndefined();
    expect(parseButtonId('other:1:x')).toBeUndefined();
  });
});

describe('reindexReply', () => {
  const stats = (stories: number, paragraphs: number) => ({ stories, paragraphs });
  it('GIVEN a good reload THEN counts before → after, skipped files with reasons, and the time', () => {
    const reply = reindexReply({
      ok: true,
      before: stats(1, 13),
      after: stats(2, 16),
      skipped: [{ file: 'a_b.txt', reason: 'empty file' }],
      ms: 1234,
    });
    expect(reply.content).toBe(
      'Reindexed in 1.23 s.\nStories: 1 → 2. Paragraphs: 13 → 16.\nSkipped 1 file:\n- a\\_b.txt: empty file',
    );
  });
  it('GIVEN a failed reload THEN why, and that the old index is still served', () => {
    const reply = reindexReply({
      ok: false,
      before: stats(1, 13),
      after: stats(1, 13),
      skipped: [],
      ms: 5,
      error: 'no story loaded',
      joined: true,
    });
    expect(reply.content).toBe(
      'Reindex failed after 0.01 s (joined the reindex already running): no story loaded\n' +
        'Still serving the previous index: 1 story, 13 paragraphs.',
    );
  });
});

describe('storiesReply', () => {
  const story = (id: string, paragraphs: number) => ({
    id,
    file: `${id}.txt`,
    title: `Title of ${id}`,
    paragraphs: Array.from({ length: paragraphs }, (_, i) => ({ text: `Paragraph ${i + 1}.` })),
  });
  const kbOf = (...stories: ReturnType<typeof story>[]) =>
    ({ stories, paragraphs: stories.flatMap((s) => s.paragraphs) }) as unknown as KnowledgeBase;

  it('GIVEN one story of one paragraph THEN the list says "1 story, 1 paragraph", never "1 paragraphs"', () => {
    const embed = storiesReply(kbOf(story('brief', 1))).embeds![0]!;
    expect(embed.title).toBe('1 story, 1 paragraph');
    expect(embed.description).toContain('\n1 paragraph · brief');
  });

  it('GIVEN two stories of one and three paragraphs THEN the counts are plural where they are more than one', () => {
    const embed = storiesReply(kbOf(story('brief', 1), story('long', 3))).embeds![0]!;
    expect(embed.title).toBe('2 stories, 4 paragraphs');
    expect(embed.description).toContain('\n1 paragraph · brief');
    expect(embed.description).toContain('\n3 paragraphs · long');
  });
});
