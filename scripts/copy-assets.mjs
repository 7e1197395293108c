// `npm run build`, second step: tsc emits only JavaScript, but the engine reads data files that sit
// beside its sources (the learned weights, src/qa/model/weights.json). Copies every .json under
// src/ to the same place under the build's output folder (argument; default dist).
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const out = path.resolve(process.argv[2] ?? 'dist');
const src = path.resolve('src');
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
  const from = path.join(entry.parentPath ?? entry.path, entry.name);
  cpSync(from, path.join(out, path.relative(src, from)));
}
