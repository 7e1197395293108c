/**
 * Run by `npm run start:sharded` in a short-lived process of its own: reads and indexes the
 * knowledge once and saves the snapshot that every shard then loads. In its own process, so that
 * the manager does not keep the memory indexing took for as long as it runs. Forked by
 * `indexKnowledgeOnce`, which it answers over IPC; not meant to be run by hand.
 */
import { readConfig } from '../../config.ts';
import { isUserError } from '../../errors.ts';
import { loadKnowledgeBase, statsOf } from '../../qa/index.ts';
import type { IndexOnceResult } from './indexKnowledgeOnce.ts';

async function main(): Promise<IndexOnceResult> {
  const started = performance.now();
  try {
    const config = readConfig();
    const knowledge = await loadKnowledgeBase(config.knowledgeDir, {
      snapshotDir: config.snapshotDir,
      onRebuild: (reason) => console.warn(`lede: indexing the knowledge (snapshot not used: ${reason})`),
    });
    return { ok: true, ...statsOf(knowledge), ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, message: (error as Error).message, userError: isUserError(error) };
  }
}

process.send!(await main(), () => process.disconnect());
