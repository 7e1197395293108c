/**
 * `npm run ask -- [--json] [--knowledge DIR] "QUESTION"`: answers from the shell.
 * With no question it answers one question per line of standard input, loading the index once.
 */
import { inspect, parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { isUserError, UserError } from '../errors.ts';
import { converse, loadKnowledgeBase, MAX_QUESTION_LENGTH, type KnowledgeBase } from '../qa/index.ts';
import { boundedLines } from './boundedLines.ts';
import { renderTurn, turnToJson } from './renderTurn.ts';
import { forTerminal, jsonLine } from './terminalText.ts';

const USAGE = `Usage: npm run --silent ask -- [--json] [--knowledge DIR] "QUESTION"
  With no QUESTION, reads one question per line from standard input.
  --json            one JSON object per answer (JSON Lines in batch mode)
  --knowledge DIR   the knowledge folder (default: $KNOWLEDGE_DIR or knowledge/)`;

/**
 * Characters of a batch line read at most: far more than a question may have (MAX_QUESTION_LENGTH),
 * so a line this long is refused for its length without the rest of it ever being held.
 */
const MAX_LINE_CHARS = 64 * 1024;

const BATCH_AT_TERMINAL = `No question given: reading one question per line (Ctrl+D to end).
To ask just one: npm run --silent ask -- "your question"`;

// Story text and questions reach the terminal only through these: human lines without escape
// sequences or controls, JSON with every control escaped.
const say = (text: string) => console.log(forTerminal(text));
const warn = (text: string) => console.error(forTerminal(text));

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
    warn(`${(error as Error).message}\n${USAGE}`);
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
    if (isUserError(error)) warn(`Error: ${error.message}`);
    else warn(inspect(error));
    return isUserError(error) ? 2 : 1;
  }
  for (const s of kb.skipped) warn(`warning: skipped ${s.file}: ${s.reason}`);

  if (args.positionals.length > 0) {
    try {
      const question = args.positionals.join(' ');
      const { turn } = converse(kb, question);
      if (json) console.log(jsonLine(turnToJson(question, turn)));
      else say(renderTurn(turn));
      return 0;
    } catch (error) {
      if (!isUserError(error)) throw error;
      warn(`Error: ${error.message}`);
      return 2;
    }
  }

  // At a terminal, a batch waiting for its first line looks like a hang: say what it waits for.
  if (process.stdin.isTTY) warn(BATCH_AT_TERMINAL);
  for await (const { text, length } of boundedLines(process.stdin, MAX_LINE_CHARS)) {
    const line = length > text.length ? `${text}…` : text;
    try {
      if (length > text.length) {
        throw new UserError(
          `That question is ${length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.`,
        );
      }
      // Each line stands alone (no follow-ups): a batch is a list of questions, not a dialogue.
      const { turn } = converse(kb, line);
      if (json) console.log(jsonLine(turnToJson(line, turn)));
      else say(`Q: ${line.trim()}\n${renderTurn(turn)}\n`);
    } catch (error) {
      if (!isUserError(error)) throw error;
      if (json) console.log(jsonLine({ question: line, error: error.message }));
      else say(`Error: ${error.message}\n`);
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    warn(`Unexpected error: ${inspect(error)}`);
    process.exitCode = 1;
  },
);
