import { PassThrough } from 'node:stream';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.ts';
import { forTerminal, jsonLine } from '../../src/cli/terminalText.ts';
import { LiveKnowledge, loadKnowledgeBase } from '../../src/qa/index.ts';
import { HOSTILE_STORY, TERMINAL_CONTROLS } from '../support/hostileStory.ts';

describe('forTerminal', () => {
  it.each([
    ['a window title (OSC 0)', 'a\u001b]0;pwned\u0007b', 'ab'],
    ['a clipboard write (OSC 52, ST-terminated)', 'a\u001b]52;c;ZXZpbA==\u001b\\b', 'ab'],
    ['a screen clear (CSI 2J) and colours', '\u001b[2J\u001b[1;31mred\u001b[0m', 'red'],
    ['an 8-bit CSI (C1)', 'x\u009b31my', 'x31my'],
    ['a carriage return that hides text', 'safe\rEVIL', 'safeEVIL'],
    ['NUL, bell, backspace and DEL', 'a\u0000\u0007\u0008\u007fb', 'ab'],
    ['a direction override', 'abc\u202edef', 'abcdef'],
    ['an escape cut short at the end', 'tail\u001b[', 'tail'],
  ])('GIVEN %s THEN nothing of it reaches the terminal', (_, text, shown) => {
    expect(forTerminal(text)).toBe(shown);
  });

  it('GIVEN ordinary text with tabs, newlines and Unicode THEN it is unchanged', () => {
    const text = 'Line one\tcol\nLine two: “quotes” — é, 한국, 😀';
    expect(forTerminal(text)).toBe(text);
  });

  it('GIVEN 4 MB of escape sequences THEN it is cleaned in linear time', () => {
    const huge = '\u001b[1;2;3'.repeat(500_000);
    const started = performance.now();
    expect(forTerminal(huge)).toBe('');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('jsonLine', () => {
  it('GIVEN C0 and C1 controls in a value THEN the line holds none raw and parses back to the same value', () => {
    const value = { text: 'a\u001b]0;x\u0007b\u009bc\u2028d' };
    const line = jsonLine(value);
    expect(line).not.toMatch(TERMINAL_CONTROLS);
    expect(line).toContain('\\u009b');
    expect(JSON.parse(line)).toEqual(value);
  });
});

describe('the console prints a hostile story without its escape sequences', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lede-hostile-'));
    await writeFile(path.join(dir, 'library.txt'), HOSTILE_STORY);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN a story with terminal escapes WHEN listed and asked about in the console THEN the output has no control but newline', async () => {
    const kb = await loadKnowledgeBase(dir);
    const live = new LiveKnowledge(kb, () => loadKnowledgeBase(dir));
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    input.end(':stories\nWhen did the library open?\nHow many books does it have?\n:quit\n');
    await runConsole(live, { input, output });
    expect(printed).toContain('Harbour town opens library');
    expect(printed).toContain('Saturday');
    expect(printed).not.toMatch(TERMINAL_CONTROLS);
  });
});
