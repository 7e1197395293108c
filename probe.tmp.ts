import { loadSquad, normalizeAnswer, tokenF1 } from './scripts/eval/squad.ts';
import { storyOfArticle } from './scripts/train/squadStories.ts';
import { tagText } from './src/qa/tagger.ts';
import { candidatesOf } from './src/qa/candidates.ts';
const arts = await loadSquad('../shared/squad/squad-1.1-dev-13-articles.json');
let n = 0, hit = 0, f1 = 0, cands = 0, paras = 0; const t0 = performance.now();
const byKind = new Map<string, number>();
for (const a of arts) {
  const story = storyOfArticle(a);
  a.paragraphs.forEach((p, i) => {
    const para = story.paragraphs[i]!;
    const c = candidatesOf(para.text, tagText(para.text), para.sentences);
    cands += c.length; paras++;
    const norm = new Map(c.map((x) => [normalizeAnswer(x.text), x.kind]));
    for (const q of p.qas) {
      n++;
      const k = q.answers.map((g) => norm.get(normalizeAnswer(g))).find(Boolean);
      if (k) { hit++; byKind.set(k, (byKind.get(k) ?? 0) + 1); }
      f1 += Math.max(0, ...c.map((x) => Math.max(...q.answers.map((g) => tokenF1(x.text, g)))));
    }
  });
}
console.log({ n, recall: hit / n, bestF1: f1 / n, perPara: cands / paras, ms: (performance.now() - t0) / paras, byKind });
