/** Composition root: config → knowledge → index → console (no token) or bot. */
import { runConsole } from './cli/console.ts';
import { readConfig } from './config.ts';
import { isUserError } from './errors.ts';
import { LiveKnowledge, loadKnowledgeBase } from './qa/index.ts';

async function main(): Promise<void> {
  const config = readConfig();
  const initial = await loadKnowledgeBase(config.knowledgeDir);
  const live = new LiveKnowledge(initial, () => loadKnowledgeBase(config.knowledgeDir));
  await runConsole(live);
}

main().catch((error: unknown) => {
  console.error(isUserError(error) ? `Error: ${error.message}` : error);
  process.exitCode = isUserError(error) ? 2 : 1;
});
