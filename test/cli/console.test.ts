import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.ts';
import { LiveKnowledge, loadKnowledgeBase } from '../../src/qa/index.ts';

const STORIES = path.resolve('test/fixtures/stories');

/** Types `lines` into the console and returns everything it printed. */
async function session(lines: string[]): Promise<string> {
  const kb = await loadKnowledgeBase(STORIES);
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole(new LiveKnowledge(kb, () => loadKnowledgeBase(STORIES)), { input, output });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return printed;
}

describe('the offline console holds a conversation, as the bot does', () => {
  it('GIVEN a question about a speaker THEN "what else did he say?" and "who is he?" follow it, saying who "he" is', async () => {
    const out = await session([
      'Who said they let down the people who trusted them?',
      'what else did he say?',
      'who is he?',
    ]);
    expect(out).toContain('Answer: Erik Lindqvist\n');
    expect(out).toContain(
      '(he = Erik Lindqvist)\nAnswer: “the time it takes to be sure, not the time it takes to hide something.”',
    );
    expect(out).toContain('(he = Erik Lindqvist)\nAnswer: Erik Lindqvist, Chief executive');
  });

  it('GIVEN "summarize the article" THEN the story in brief with its lede and key points; GIVEN Spanish THEN the English-only note', async () => {
    const out = await session(['summarize the article', '¿Quién dijo eso?']);
    expect(out).toContain(
      'In brief: Riverton council approves $48 million budget with free bus fares for students',
    );
    expect(out).toContain('(the most recent of 4 stories, 2024-11-19;');
    expect(out).toMatch(/Lede, ¶1 of “Riverton council/);
    expect(out).toMatch(/• .+ \(¶\d+\)/);
    expect(out).toContain('That question looks in Spanish. lede reads English questions only');
  });
});
