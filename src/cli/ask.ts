/**
 * `npm run ask -- [--json] [--knowledge DIR] "QUESTION"`: answers from the shell.
 * With no question it answers one question per line of standard input, loading the index once.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { isUserError } from '../errors.ts';
import { answerQuestion, loadKnowledgeBase, type KnowledgeBase } from '../qa/index.ts';
import { answerToJson, renderAnswer } from './renderAnswer.ts';

const USAGE = `Usage: npm run --silent ask -- [--json] [--knowledge DIR] "QUESTION"
  With no QUESTION, reads one question per line from standard input.
  --json            one JSON object per answer (JSON Lines in batch mode)
  --knowledge DIR   the knowledge folder (default: $KNOWLEDGE_DIR or knowledge/)`;

/** Exit codes: 0 answered (or refused), 1 unexpected failure, 2 a usage or input mistake. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        knowledge: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const json = args.values.json;
  let kb: KnowledgeBase;
  try {
    const config = readConfig();
    kb = await loadKnowledgeBase(args.values.knowledge ?? config.knowledgeDir, {
      snapshotDir: config.snapshotDir,
      onRebuild: (reason) => console.error(`warning: indexing the knowledge (snapshot not used: ${reason})`),
    });
  } catch (error) {
    console.error(isUserError(error) ? `Error: ${error.message}` : error);
    return isUserError(error) ? 2 : 1;
  }
  for (const s of kb.skipped) console.error(`warning: skipped ${s.file}: ${s.reason}`);

  if (args.positionals.length > 0) {
    try {
      const answer = answerQuestion(kb, args.positionals.join(' '));
      console.log(json ? JSON.stringify(answerToJson(answer)) : renderAnswer(answer));
      return 0;
    } catch (error) {
      if (!isUserError(error)) throw error;
      console.error(`Error: ${error.message}`);
      return 2;
    }
  }

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    try {
      const answer = answerQuestion(kb, line);
      console.log(
        json ? JSON.stringify(answerToJson(answer)) : `Q: ${answer.question}\n${renderAnswer(answer)}\n`,
      );
    } catch (error) {
      if (!isUserError(error)) throw error;
      console.log(
        json ? JSON.stringify({ question: line, error: error.message }) : `Error: ${error.message}\n`,
      );
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Unexpected error:', error);
    process.exitCode = 1;
  },
);
