/**
 * Hostile stories and hostile users against every reply: what Discord would render from the JSON
 * the bot sends. The attack strings are those of the security review (issue 9).
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/bot/replies/answerReply.ts';
import { helpReply } from '../../src/bot/replies/helpReply.ts';
import { paragraphReply } from '../../src/bot/replies/paragraphReply.ts';
import { passagesReply } from '../../src/bot/replies/passagesReply.ts';
import { reindexReply } from '../../src/bot/replies/reindexReply.ts';
import { storiesReply } from '../../src/bot/replies/storiesReply.ts';
import type { ReplyPayload } from '../../src/bot/replies/types.ts';
import { fitPayload } from '../../src/bot/respond.ts';
import { commands } from '../../src/bot/commands/index.ts';
import { boldSpans, escapeText, plainText, wordSpans } from '../../src/bot/text.ts';
import {
  MAX_CONTENT_LENGTH,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
  MAX_EMBEDS_TOTAL_LENGTH,
} from '../../src/bot/limits.ts';
import type { Answer, Citation, KnowledgeBase } from '../../src/qa/index.ts';
import { blockMarkupLines, endsInsideEscape, liveMarkup } from '../support/markdown.ts';

const PHISHING =
  'Read [the full report](https://evil.example/login) and [claim your refund](https://evil.example/pay) today.';

/** Every kind of Discord markup a story or a user could slip in. */
const ATTACKS = [
  PHISHING,
  '[a](https://x.example) [b](https://y.example)\n[c](<https://z.example>) text [d](https://w.example)',
  '<https://evil.example/hidden> and https://evil.example/bare',
  '# Heading\n## Smaller\n### Smallest\n-# subtext',
  '> quoted\n>>> quoted to the end',
  '- item\n* item\n+ item\n1. first\n  2. indented',
  '`code` and ```js\nblock\n```',
  '@everyone @here <@123456789012345678> <@!123456789012345678> <#123456789012345678> <@&123456789012345678>',
  '<:custom:123456789012345678> <a:spin:123456789012345678> :joy: <t:1700000000:R>',
  '||spoiler|| **bold** *italic* __underline__ ~~strike~~ _em_ ***all***',
  'a trailing backslash \\',
];

/** The Markdown texts of a reply: content, embed titles and descriptions (footers are plain text). */
const markdownOf = (reply: ReplyPayload): string[] => [
  reply.content ?? '',
  ...(reply.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '']),
];

/** No markup from `attack` is live in `rendered`: at most lede's own bold markers. */
function expectInert(rendered: string): void {
  expect(liveMarkup(rendered).replaceAll('**', '')).toBe('');
  expect(blockMarkupLines(rendered)).toEqual([]);
  expect(rendered).not.toMatch(/@(everyone|here)/);
}

const citation = (over: Partial<Citation> = {}): Citation => ({
  story: 'harbour-library',
  title: 'Harbour town opens floating library',
  paragraph: 2,
  text: 'The ferry will visit eleven villages every month.',
  source: 'Kelmsby Gazette',
  sentence: 'The ferry will visit eleven villages every month.',
  ...over,
});
const answer = (over: Partial<Answer> = {}): Answer => ({
  question: 'How often will the ferry visit?',
  answer: 'every month',
  kind: 'when',
  confidence: 0.9,
  citations: [citation()],
  ...over,
});
const knowledge = (stories: { title: string; source?: string }[]): KnowledgeBase =>
  ({
    stories: stories.map((s, i) => ({ id: `story-${i}`, file: `s${i}.txt`, paragraphs: [], ...s })),
    paragraphs: [],
  }) as unknown as KnowledgeBase;

describe('escapeText: untrusted text shown literally', () => {
  it.each(ATTACKS)('GIVEN %j THEN no markup of it is live, on any line', (attack) => {
    expectInert(escapeText(attack));
  });

  it('GIVEN several masked links on one line and on several lines THEN every one is neutralised', () => {
    const rendered = escapeText(ATTACKS[1]!);
    expect(rendered).toBe(
      '\\[a\\](https\\://x.example) \\[b\\](https\\://y.example)\n' +
        '\\[c\\](\\<https\\://z.example\\>) text \\[d\\](https\\://w.example)',
    );
  });

  it('GIVEN mentions, emoji and timestamps THEN they show as typed and nobody is mentioned', () => {
    expect(escapeText('@everyone <@123456789012345678> <t:1700000000:R> :joy:')).toBe(
      '@\u200beveryone \\<@123456789012345678\\> \\<t\\:1700000000\\:R\\> \\:joy\\:',
    );
  });

  it('GIVEN terminal and direction controls THEN they are dropped, newlines and tabs kept', () => {
    expect(escapeText('a\u0000b\u001b[2Jc\u202ed\u009be\tf\ng')).toBe('ab\\[2Jcde\tf\ng');
  });

  it('GIVEN a one-line surface THEN line breaks become spaces, so no second line can start a heading', () => {
    expect(escapeText('name`\n# evil', 100, { oneLine: true })).toBe('name\\` # evil');
  });

  it('GIVEN text longer than the room THEN it is cut BEFORE escaping, to the room, never inside an escape', () => {
    for (const text of ['*'.repeat(1000), 'a*'.repeat(1000), '\\'.repeat(999)]) {
      for (const max of [10, 11, 255, 256]) {
        const rendered = escapeText(text, max);
        expect(rendered.length).toBeLessThanOrEqual(max);
        expect(rendered.endsWith('…')).toBe(true);
        expect(endsInsideEscape(rendered.slice(0, -1))).toBe(false);
      }
    }
  });

  it('GIVEN text within the room THEN nothing is cut', () => {
    expect(escapeText('short', 5)).toBe('short');
    expect(escapeText('a_b', 4)).toBe('a\\_b');
  });
});

describe('plainText: footers and autocomplete choices', () => {
  it('GIVEN a title with controls and line breaks THEN one clean line, cut to the room, not escaped', () => {
    expect(plainText('**Big**\nnews\u001b]0;pwned\u0007', 100, { oneLine: true })).toBe(
      '**Big** news]0;pwned',
    );
    expect(plainText('x'.repeat(500), 100)).toHaveLength(100);
  });
});

describe('highlighting after escaping', () => {
  it('GIVEN a match inside a masked link THEN the link stays dead (it was split before escaping)', () => {
    const text = 'See [the report](https://evil.example/login) for details.';
    const rendered = boldSpans(text, wordSpans(text, ['report']));
    expect(rendered).toBe('See \\[the **report**\\](https\\://evil.example/login) for details.');
    expectInert(rendered);
  });

  it('GIVEN story text with ** and a bold span THEN the text cannot close or open the bold', () => {
    const text = 'one ** two ** three';
    const rendered = boldSpans(text, [[8, 11]]);
    expect(rendered).toBe('one \\*\\* t**wo **\\*\\* three');
    expectInert(rendered);
  });

  it('GIVEN a bold span cut by the room THEN the bold is still closed, within the room', () => {
    const text = `${'a'.repeat(50)}${'*'.repeat(200)}`;
    const rendered = boldSpans(text, [[40, 250]], 120);
    expect(rendered.length).toBeLessThanOrEqual(120);
    expect(rendered).toMatch(/\*\*…$/);
    expectInert(rendered);
  });
});

describe('every reply renders a hostile story inert', () => {
  const hostile = citation({
    title: `# ${PHISHING}`,
    source: '[Official source](https://evil.example)',
    text: `${PHISHING} The ferry will visit eleven villages every month. ${ATTACKS.join(' ')}`,
    sentence: 'The ferry will visit eleven villages every month.',
  });
  const replies: [string, ReplyPayload][] = [
    ['an answer', answerReply(answer({ citations: [hostile, hostile] }))],
    ['the closest passages', answerReply(answer({ answer: null, citations: [hostile, hostile] }))],
    ['a paragraph', paragraphReply(hostile)],
    [
      'a page of passages',
      passagesReply({
        query: 'report refund',
        total: 1,
        offset: 0,
        hits: [{ citation: hostile, score: 1, matches: ['report', 'refund', 'evil'] }],
      }),
    ],
    ['the story list', storiesReply(knowledge([{ title: hostile.title, source: hostile.source! }]))],
  ];

  it.each(replies)('GIVEN %s THEN no link, heading or mention of the story is live', (_, reply) => {
    for (const text of markdownOf(reply)) expectInert(text);
  });

  it('GIVEN the answering sentence THEN it is still bold, after escaping', () => {
    const description = answerReply(answer({ citations: [hostile] })).embeds![0]!.description!;
    expect(description).toContain('**The ferry will visit eleven villages every month.**');
  });
});

describe('a hostile /search query', () => {
  const text = 'The refund was paid in March.';
  const page = (query: string, hits = true) =>
    passagesReply({
      query,
      total: hits ? 1 : 0,
      offset: 0,
      hits: hits ? [{ citation: citation({ text }), score: 1, matches: ['refund'] }] : [],
    });

  it.each(['](https://evil.example)', '[refund](https://evil.example)', '**', '`', '@everyone'])(
    'GIVEN the query %j THEN the title, the description and "no match" show it literally',
    (query) => {
      for (const reply of [page(query), page(query, false)]) {
        for (const shown of markdownOf(reply)) expectInert(shown);
      }
      expect(page(query).embeds![0]!.description).toContain('The **refund** was paid');
    },
  );
});

describe('reindex report: hostile file names', () => {
  it('GIVEN file names with a backtick, a newline and link syntax THEN each stays on its own line, literal', () => {
    const reply = reindexReply({
      ok: true,
      before: { stories: 1, paragraphs: 2 },
      after: { stories: 1, paragraphs: 2 },
      skipped: [
        { file: 'a`b.txt', reason: 'empty file' },
        { file: 'line\n# one.txt', reason: 'binary file' },
        { file: '[x](https://evil.example).txt', reason: '**bad**' },
      ],
      ms: 10,
    });
    const lines = reply.content!.split('\n');
    expect(lines.slice(3)).toEqual([
      '- a\\`b.txt: empty file',
      '- line # one.txt: binary file',
      '- \\[x\\](https\\://evil.example).txt: \\*\\*bad\\*\\*',
    ]);
    expectInert(lines.slice(3).join('\n').replace(/^- /gm, ''));
  });

  it('GIVEN thousands of skipped files THEN the report fits a message and says how many more', () => {
    const skipped = Array.from({ length: 5000 }, (_, i) => ({ file: `f${i}\`.txt`, reason: 'empty file' }));
    const reply = reindexReply({
      ok: true,
      before: { stories: 1, paragraphs: 2 },
      after: { stories: 1, paragraphs: 2 },
      skipped,
      ms: 10,
    });
    expect(reply.content!.length).toBeLessThanOrEqual(MAX_CONTENT_LENGTH);
    expect(reply.content).toMatch(/\n…and \d+ more lines$/);
  });
});

describe('help', () => {
  it('GIVEN the registered commands THEN the help lists each, inert apart from its own code spans', () => {
    const description = helpReply(commands.map((c) => c.data)).embeds![0]!.description!;
    for (const c of commands) expect(description).toContain(`/${c.data.name}`);
    expect(
      liveMarkup(description)
        .replace(/`[^`]*`/g, '')
        .replaceAll('`', ''),
    ).toBe('');
  });
});

describe('huge titles do not freeze the bot', () => {
  // discord.js's escapeMarkdown took 31 s on one 200 KB title; nobody was answered within 120 s at 4 MB.
  it.each([
    ['200 KB', 200_000],
    ['4 MB', 4_000_000],
  ])(
    'GIVEN a %s title, source and paragraph THEN every reply renders in milliseconds and fits Discord',
    (_, size) => {
      const huge = `[x](https://evil.example) **${'a*_'.repeat(size / 3)}`;
      const story = citation({ title: huge, source: huge, text: huge, sentence: huge.slice(0, 1000) });
      const renderAll = () => [
        answerReply(
          answer({ question: huge.slice(0, 500), answer: huge.slice(0, 250), citations: [story, story] }),
        ),
        answerReply(answer({ answer: null, citations: [story, story, story] })),
        paragraphReply(story),
        passagesReply({
          query: 'a',
          total: 4,
          offset: 0,
          hits: Array.from({ length: 4 }, () => ({ citation: story, score: 1, matches: ['a'] })),
        }),
        storiesReply(knowledge(Array.from({ length: 30 }, () => ({ title: huge, source: huge })))),
      ];
      renderAll(); // warm up: the figure is the steady state
      const started = performance.now();
      const replies = renderAll().map(fitPayload);
      // About 2 ms alone (all five replies), both sizes: linear in what is shown. The bound leaves
      // room for a busy shared machine and is still far under the seconds the old escaper took.
      expect(performance.now() - started).toBeLessThan(1000);
      for (const reply of replies) {
        for (const e of reply.embeds ?? []) {
          expect(e.title?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_TITLE_LENGTH);
          expect(e.description?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION_LENGTH);
        }
        const total = (reply.embeds ?? []).reduce(
          (n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0),
          0,
        );
        expect(total).toBeLessThanOrEqual(MAX_EMBEDS_TOTAL_LENGTH);
        for (const text of markdownOf(reply)) expectInert(text);
      }
    },
  );
});
