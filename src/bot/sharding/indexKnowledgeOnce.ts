import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../errors.ts';
import { moduleBeside } from '../../ops/runtime.ts';
import type { KnowledgeStats } from '../../qa/index.ts';

export type IndexOnceResult =
  ({ ok: true; ms: number } & KnowledgeStats) | { ok: false; message: string; userError: boolean };

const CHILD = fileURLToPath(moduleBeside(import.meta.url, 'indexOnce'));

/**
 * Indexes the knowledge (KNOWLEDGE_DIR, settings from the environment) in a child process and
 * saves the snapshot in SNAPSHOT_DIR; resolves with its size and the time it took. A knowledge
 * problem rejects as the UserError it was, before any shard starts.
 */
export async function indexKnowledgeOnce({
  execArgv,
}: {
  execArgv: readonly string[];
}): Promise<KnowledgeStats & { ms: number }> {
  const child = fork(CHILD, [], { execArgv: [...execArgv], stdio: 'inherit' });
  const result = await Promise.race([
    once(child, 'message').then(([message]) => message as IndexOnceResult),
    once(child, 'exit').then(([code]): IndexOnceResult => ({
      ok: false,
      message: `indexing the knowledge stopped (exit code ${String(code)})`,
      userError: false,
    })),
  ]);
  if (!result.ok) throw result.userError ? new UserError(result.message) : new Error(result.message);
  return { stories: result.stories, paragraphs: result.paragraphs, ms: result.ms };
}
