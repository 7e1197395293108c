/**
 * `node --import tsx scripts/bench/answerAB.ts BASE SNAPSHOT [questions] [--block 25] [--rounds 1] [--min 1] [--profile OUT]`:
 * CPU and wall time a question of this tree's answer engine against another tree's (BASE, a checkout
 * of the same repository, e.g. `git archive HEAD | tar -x -C /tmp/base` with node_modules linked),
 * both in one process, in alternating blocks of questions over the same questions (the machine is
 * shared and noisy: figures of two runs do not compare). Each side loads the snapshot (written by
 * answerProfile.ts --cache) with its own code, so neither reads the other's caches. Also counts the
 * questions whose answers differ. `--profile OUT` writes a CPU profile of this tree's side only.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildQueries } from './queries.ts';
import { percentile } from './stats.ts';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const [base, snapshot, countArg] = argv;
if (!base || !snapshot) throw new Error('usage: answerAB.ts BASE SNAPSHOT [questions] [--block N] [--profile OUT]');
const count = Number(countArg && !countArg.startsWith('--') ? countArg : 500);
const block = Number(option('--block') ?? 25);
const profileOut = option('--profile');

type Answer = unknown;
interface Side {
  name: string;
  answer: (q: string) => Answer;
  cpu: number[];
  wall: number[];
}

async function side(name: string, root: string): Promise<Side> {
  const at = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { answerQuestion } = (await import(at('src/qa/index.ts'))) as {
    answerQuestion: (kb: unknown, q: string) => Answer;
  };
  const { fromSnapshotParts } = (await import(at('src/search/snapshot.ts'))) as {
    fromSnapshotParts: (s: unknown, hash: string) => unknown;
  };
  const { readSnapshotFile } = (await import(at('src/search/snapshotFile.ts'))) as {
    readSnapshotFile: (
      f: string,
      code: () => Promise<string>,
      hash: string,
    ) => Promise<{ ok: boolean; sections: unknown }>;
  };
  const read = await readSnapshotFile(snapshot!, () => Promise.resolve('answer-profile'), 'profile');
  if (!read.ok) throw new Error('the snapshot does not load');
  const kb = fromSnapshotParts(read.sections, 'profile');
  return { name, answer: (q) => answerQuestion(kb, q), cpu: [], wall: [] };
}

const sides = [await side('base', base), await side('this', '.')];
const { fromSnapshotParts } = await import('../../src/search/snapshot.ts');
const { readSnapshotFile } = await import('../../src/search/snapshotFile.ts');
const read = await readSnapshotFile(snapshot, () => Promise.resolve('answer-profile'), 'profile');
if (!read.ok) throw new Error('the snapshot does not load');
const paragraphs = fromSnapshotParts(read.sections, 'profile').paragraphs;
const questions = buildQueries(paragraphs, { count: count + 100, seed: 20240711 }).map((q) => q.text);
for (const s of sides) for (const q of questions.slice(0, 100)) s.answer(q);
console.log(`load at the start ${loadavg()[0]!.toFixed(2)}`);

const session = profileOut ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
}
let merged: { nodes: unknown[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number } | undefined;
let differ = 0;
// `--rounds N`: the questions N times over (a small knowledge base's caches are warm after the first).
const rounds = Number(option('--rounds') ?? 1);
// `--min N`: each question answered N times in a row, its least time kept (steady state, less noise).
const repeats = Number(option('--min') ?? 1);
const timed = Array.from({ length: rounds }, () => questions.slice(100)).flat();
for (let from = 0; from < timed.length; from += block) {
  const answers: string[][] = [[], []];
  // Each side goes first in every other block (the second pays for the first's garbage).
  const order = (from / block) % 2 === 0 ? [0, 1] : [1, 0];
  for (const at of order) {
    const s = sides[at]!;
    if (session && s.name === 'this') await session.post('Profiler.start');
    const out: string[] = [];
    for (const q of timed.slice(from, from + block)) {
      let wall = Infinity;
      let cpuMs = Infinity;
      let a: Answer;
      for (let r = 0; r < repeats; r++) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        a = s.answer(q);
        wall = Math.min(wall, performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
      }
      s.wall.push(wall);
      s.cpu.push(cpuMs);
      out.push(JSON.stringify(a!));
    }
    if (session && s.name === 'this') {
      const { profile } = await session.post('Profiler.stop');
      mergeProfile(profile);
    }
    answers[at] = out;
  }
  answers[0]!.forEach((a, i) => {
    if (a !== answers[1]![i]) differ++;
  });
}

function mergeProfile(p: { nodes: { id: number }[]; samples?: number[]; timeDeltas?: number[]; startTime: number; endTime: number }) {
  // Profiles of separate blocks, their node ids made distinct and their samples concatenated.
  const offset = merged ? Math.max(...(merged.nodes as { id: number }[]).map((n) => n.id)) : 0;
  const nodes = p.nodes.map((n) => {
    const m = n as { id: number; children?: number[]; parent?: number };
    return { ...m, id: m.id + offset, ...(m.children ? { children: m.children.map((c) => c + offset) } : {}) };
  });
  const samples = (p.samples ?? []).map((s) => s + offset);
  if (!merged) merged = { nodes, samples, timeDeltas: p.timeDeltas ?? [], startTime: p.startTime, endTime: p.endTime };
  else {
    merged.nodes.push(...nodes);
    merged.samples.push(...samples);
    merged.timeDeltas.push(...(p.timeDeltas ?? []));
    merged.endTime = p.endTime;
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const s of sides) {
  const wall = [...s.wall].sort((a, b) => a - b);
  const cpu = [...s.cpu].sort((a, b) => a - b);
  console.log(
    `${s.name}: CPU a question ${mean(s.cpu).toFixed(2)} ms (p50 ${percentile(cpu, 50).toFixed(2)}, p99 ${percentile(cpu, 99).toFixed(2)}); wall p50/p99 ${percentile(wall, 50).toFixed(2)}/${percentile(wall, 99).toFixed(2)} ms`,
  );
}
console.log(`this / base CPU: ${(mean(sides[1]!.cpu) / mean(sides[0]!.cpu)).toFixed(3)}; answers that differ: ${differ} of ${timed.length}; load at the end ${loadavg()[0]!.toFixed(2)}`);
if (profileOut && merged) writeFileSync(profileOut, JSON.stringify(merged));
