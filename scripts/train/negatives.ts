/**
 * Generated unanswerables, made deterministically from the answerable questions: a figure or year
 * changed, a name swapped for one from another article, or a question of another article asked
 * here. They teach the refusal model until hand-written ones are there, and stay apart from them.
 */
import type { SquadArticle, SquadQuestion } from '../eval/squad.ts';

const NAME = /(?<=\s)\p{Lu}[\p{L}]+/gu;

/** The generated unanswerables for article `a` (every other question yields at most one). */
export function generatedNegatives(articles: readonly SquadArticle[], a: number): SquadQuestion[] {
  const article = articles[a]!;
  const other = articles[(a + 5) % articles.length]!;
  const otherNames = other.paragraphs
    .flatMap((p) => p.qas.flatMap((q) => q.question.match(NAME) ?? []))
    .filter((n) => !article.paragraphs.some((p) => p.context.includes(n)));
  const otherQuestions = other.paragraphs.flatMap((p) => p.qas);
  const out: SquadQuestion[] = [];
  let i = 0;
  for (const p of article.paragraphs) {
    for (const q of p.qas) {
      i++;
      const base = { answers: [], isImpossible: true, plausibleAnswers: q.answers };
      if (i % 2 === 0) {
        const number = /\b\d{1,4}\b/u.exec(q.question);
        const name = q.question.match(NAME)?.find((n) => p.context.includes(n));
        if (number) {
          const changed = String(Number(number[0]) + 1 + (i % 7));
          if (!p.context.includes(changed))
            out.push({
              ...base,
              id: `${q.id}-num`,
              question: q.question.replace(number[0], changed),
              trick: 'gen-number',
            });
        } else if (name && otherNames.length) {
          const swap = otherNames[i % otherNames.length]!;
          out.push({
            ...base,
            id: `${q.id}-name`,
            question: q.question.replace(name, swap),
            trick: 'gen-name',
          });
        }
      } else if (i % 6 === 1 && otherQuestions.length) {
        const asked = otherQuestions[i % otherQuestions.length]!;
        out.push({
          ...base,
          id: `${asked.id}-elsewhere-${a}`,
          question: asked.question,
          trick: 'gen-other-article',
        });
      }
    }
  }
  return out;
}
