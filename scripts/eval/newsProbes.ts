/**
 * The unseen-news probes (test/support/unseenNewsStories*.ts) asked as their tests ask them, one
 * story in the knowledge base at a time: per probe, answerable questions right (and refused) and
 * tricks refused; with --misses, each miss classified by where it went wrong.
 *
 *   npx tsx scripts/eval/newsProbes.ts [--probe N] [--misses] [--json FILE]
 *
 * A wrong answer is "paragraph" when the gold pattern is not in the cited paragraph, else "span";
 * a refused right answer is "refused" (and "no paragraph" when the gold is in no paragraph of the
 * parsed story: the loading lost it).
 */
import { writeFileSync } from 'node:fs';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { UNSEEN_STORIES, unseenStory, type UnseenStory } from '../../test/support/unseenNewsStories.ts';
import { UNSEEN_STORIES_2 } from '../../test/support/unseenNewsStories2.ts';
import { UNSEEN_STORIES_3 } from '../../test/support/unseenNewsStories3.ts';
import { UNSEEN_STORIES_4 } from '../../test/support/unseenNewsStories4.ts';
import { UNSEEN_STORIES_5 } from '../../test/support/unseenNewsStories5.ts';
import { UNSEEN_STORIES_6 } from '../../test/support/unseenNewsStories6.ts';
import { UNSEEN_STORIES_7 } from '../../test/support/unseenNewsStories7.ts';
import { UNSEEN_STORIES_8 } from '../../test/support/unseenNewsStories8.ts';

const PROBES: readonly (readonly UnseenStory[])[] = [
  UNSEEN_STORIES,
  UNSEEN_STORIES_2,
  UNSEEN_STORIES_3,
  UNSEEN_STORIES_4,
  UNSEEN_STORIES_5,
  UNSEEN_STORIES_6,
  UNSEEN_STORIES_7,
  UNSEEN_STORIES_8,
];

interface Row {
  probe: number;
  story: string;
  question: string;
  trick: boolean;
  answer: string | null;
  ok: boolean;
  cause?: string;
  paragraph?: number;
}

function askStory(probe: number, story: UnseenStory): Row[] {
  const parsed = unseenStory(story);
  const kb = buildKnowledgeBase([parsed]);
  const rows: Row[] = [];
  for (const [question, gold] of story.answerable) {
    const a = answerQuestion(kb, question);
    const cited = a.citations[0];
    const ok = a.answer !== null && gold.test(a.answer);
    const unanchored = new RegExp(gold.source.replace(/\^/g, ''), gold.flags);
    const inStory = parsed.paragraphs.some((p) => unanchored.test(p.text));
    const cause = ok
      ? undefined
      : /^\^(?:yes|no)$/i.test(gold.source)
        ? 'yes-no'
        : !inStory
          ? 'no paragraph'
          : a.answer === null
            ? 'refused'
            : cited && unanchored.test(cited.text)
              ? 'span'
              : 'paragraph';
    rows.push({
      probe,
      story: story.id,
      question,
      trick: false,
      answer: a.answer,
      ok,
      cause,
      paragraph: cited?.paragraph,
    });
  }
  for (const [question, kind] of story.tricks) {
    const a = answerQuestion(kb, question);
    const ok = a.answer === null;
    rows.push({
      probe,
      story: story.id,
      question,
      trick: true,
      answer: a.answer,
      ok,
      cause: ok ? undefined : `trick ${kind}`,
      paragraph: a.citations[0]?.paragraph,
    });
  }
  return rows;
}

const args = process.argv.slice(2);
const only = args.includes('--probe') ? Number(args[args.indexOf('--probe') + 1]) : undefined;
const json = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const all: Row[] = [];
PROBES.forEach((stories, i) => {
  const probe = i + 1;
  if (only !== undefined && only !== probe) return;
  const rows = stories.flatMap((s) => askStory(probe, s));
  all.push(...rows);
  const ans = rows.filter((r) => !r.trick);
  const tricks = rows.filter((r) => r.trick);
  const refused = ans.filter((r) => r.answer === null).length;
  console.log(
    `unseenNews${probe === 1 ? '' : probe}: answerable ${ans.filter((r) => r.ok).length}/${ans.length} right (${refused} refused), tricks refused ${tricks.filter((r) => r.ok).length}/${tricks.length}`,
  );
});
if (args.includes('--misses'))
  for (const r of all.filter((x) => !x.ok))
    console.log(
      `  [${r.probe} ${r.story}] ${r.cause} ¶${r.paragraph ?? '-'} ${r.question} → ${r.answer ?? '(refused)'}`,
    );
if (json) writeFileSync(json, JSON.stringify(all, null, 1));
