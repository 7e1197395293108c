import { createInterface } from 'node:readline';
import { isUserError } from '../errors.ts';
import { ConversationMemory, converse, statsOf, type LiveKnowledge } from '../qa/index.ts';
import { renderTurn } from './renderTurn.ts';
import { forTerminal } from './terminalText.ts';

const HELP = `Ask a question about the stories, for example:
  who said "…"?   what does ACRONYM mean?   what did X do?   when / where / why / how many …?
  what is this about?   then follow-ups: who is she?   when?   and X?   what else did he say?
Commands: :stories  :reindex  :help  :quit (or Ctrl+D)`;

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** The console is one conversation. */
const CONVERSATION = 'console';

/**
 * The offline console: answers questions typed in a terminal, exactly as the bot would.
 * Resolves when the input ends or the user quits.
 */
export async function runConsole(
  live: LiveKnowledge,
  { input, output }: ConsoleIO = { input: process.stdin, output: process.stdout },
): Promise<void> {
  // Everything printed goes through here: story text never reaches the terminal raw.
  const print = (text: string) => output.write(`${forTerminal(text)}\n`);
  const { stories, paragraphs } = statsOf(live.current);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  print(
    `lede: offline console (no DISCORD_TOKEN set). ${plural(stories, 'story').replace('storys', 'stories')}, ${plural(paragraphs, 'paragraph')} loaded.`,
  );
  for (const s of live.current.skipped) print(`warning: skipped ${s.file}: ${s.reason}`);
  print(HELP);

  // Follow-ups ("what else did he say?") read against the last answer, as on Discord.
  const conversations = new ConversationMemory();
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true });
  rl.setPrompt('\nlede> ');
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === ':quit' || text === ':q' || text === 'exit') break;
    if (text === '') {
      // Nothing typed: just prompt again.
    } else if (text === ':help' || text === 'help') {
      print(HELP);
    } else if (text === ':stories') {
      for (const s of live.current.stories)
        print(`- ${s.title} [${s.id}], ${plural(s.paragraphs.length, 'paragraph')}`);
    } else if (text === ':reindex') {
      const report = await live.reload();
      print(
        report.ok
          ? `Reloaded in ${Math.round(report.ms)} ms: ${report.before.stories} → ${report.after.stories} stories, ${report.before.paragraphs} → ${report.after.paragraphs} paragraphs.`
          : `Reload failed, still serving the old knowledge: ${report.error}`,
      );
      for (const s of report.skipped) print(`warning: skipped ${s.file}: ${s.reason}`);
    } else {
      try {
        const { turn, context } = converse(live.current, text, conversations.get(CONVERSATION));
        conversations.set(CONVERSATION, context);
        print(renderTurn(turn));
      } catch (error) {
        if (!isUserError(error)) throw error;
        print(error.message);
      }
    }
    rl.prompt();
  }
  rl.close();
}
