/**
 * `node --import tsx scripts/bench/factsFingerprint.ts [size]` (default 100k): `deriveFacts` over
 * every story of a bench collection, its time, and a hash of every story's facts (keys whose value
 * is undefined included). A change to the fact extraction that must not change what it finds
 * gives the same hash before and after it.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { deriveFacts } from '../../src/search/facts.ts';
import { makeStories } from './sizeBench.ts';

const size = process.argv[2] ?? '100k';
const stories = await makeStories(size, { cacheDir: '.cache/bench' });
for (const s of stories.slice(0, 3)) deriveFacts(s); // JIT and lazily loaded word lists
const hash = createHash('sha256');
let ms = 0;
const cpu = process.cpuUsage();
for (const s of stories) {
  const start = performance.now();
  const facts = deriveFacts(s);
  ms += performance.now() - start;
  hash.update(JSON.stringify(facts, (_key, value: unknown) => (value === undefined ? '__undefined__' : value)));
}
const used = process.cpuUsage(cpu);
console.log(
  `${size}: facts ${ms.toFixed(0)} ms (CPU with hashing ${((used.user + used.system) / 1000).toFixed(0)} ms), load ${loadavg()[0]!.toFixed(1)}, fingerprint ${hash.digest('hex').slice(0, 16)}`,
);
