/**
 * The `npm run ask` contract, against the real process: readable and `--json` output, batch mode
 * from standard input, exit codes, and the knowledge folder (`--knowledge` or KNOWLEDGE_DIR).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STORY, TERMINAL_CONTROLS } from '../support/hostileStory.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SPAWN_TIMEOUT_MS = 30_000;
const FREEDOM_QUESTION = 'Who said "freedom is never given for free"?';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx src/cli/ask.ts ARGS` from the repo root, with an optional stdin and extra env. */
function ask(
  args: string[],
  { input, env = {} }: { input?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('KNOWLEDGE_DIR' in env)) delete childEnv.KNOWLEDGE_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
      cwd: REPO_ROOT,
      env: childEnv,
      timeout: SPAWN_TIMEOUT_MS,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal) reject(new Error(`ask was killed by ${signal}; stderr: ${stderr}`));
      else resolve({ code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

const STACK_FRAME = /^\s+at\s/m;

/** Every stdout line parsed as JSON (JSON Lines). */
const jsonLines = (stdout: string): unknown[] =>
  stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);

interface JsonCitation {
  story: string;
  title: string;
  paragraph: number;
  text: string;
  source: string | null;
}
interface JsonAnswer {
  question: string;
  answer: string | null;
  kind: string;
  confidence: number;
  citations: JsonCitation[];
}

const CUSTOM_STORY = `Local

Harbor town opens its first public library in decades


The town of Easthaven opened its first public library in 40 years on Saturday, with 12,000 books on its shelves.

“Reading is a right, not a privilege,” said head librarian Maria Okafor at the opening ceremony.

The library was funded by a grant from the Coastal Arts Foundation.

Source: Easthaven Gazette
`;

/**
 * Each test starts the CLI (tsx + the knowledge load) once or twice: about 1 s alone, 10 s and more
 * each on a loaded 2-core machine (a test of two runs took 20.3 s on CI); the limit per test is
 * that of its runs, not the 20 s default.
 */
const TEST_TIMEOUT_MS = 2 * SPAWN_TIMEOUT_MS + 10_000;

describe('npm run ask', { timeout: TEST_TIMEOUT_MS }, () => {
  let customDir: string;

  beforeAll(async () => {
    customDir = await mkdtemp(path.join(os.tmpdir(), 'lede-ask-'));
    await writeFile(path.join(customDir, 'easthaven-library.txt'), CUSTOM_STORY);
  });
  afterAll(async () => {
    await rm(customDir, { recursive: true, force: true });
  });

  it('GIVEN the bundled story WHEN asked who said "freedom is never given for free" THEN it prints Yoon and cites ¶12 with its text', async () => {
    const run = await ask([FREEDOM_QUESTION]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Answer: .*Yoon/m);
    expect(run.stdout).toContain('¶12 of “Yoon calls N. Korea-Russia cooperation');
    expect(run.stdout).toContain('(Yonhap News Agency)');
    expect(run.stdout).toContain('He stressed that “freedom is never given for free.”');
  });

  it('GIVEN --json WHEN asked who said the quote THEN stdout is exactly one object with the documented keys, ¶12 and the healed text', async () => {
    const run = await ask(['--json', FREEDOM_QUESTION]);
    expect(run.code).toBe(0);
    const objects = jsonLines(run.stdout);
    expect(objects).toHaveLength(1);
    const answer = objects[0] as JsonAnswer;
    expect(Object.keys(answer)).toEqual(['question', 'answer', 'kind', 'confidence', 'citations']);
    expect(answer.question).toBe(FREEDOM_QUESTION);
    expect(answer.answer).toContain('Yoon');
    expect(answer.kind).toBe('who-said');
    expect(answer.confidence).toBeGreaterThan(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
    expect(answer.citations.length).toBeGreaterThan(0);
    const [first] = answer.citations;
    expect(Object.keys(first!)).toEqual(['story', 'title', 'paragraph', 'text', 'source']);
    expect(first).toMatchObject({
      story: 'yonhap-yoon-nato-forum-collusion-of-convenience',
      paragraph: 12,
      source: 'Yonhap News Agency',
    });
    expect(first!.text).toContain('freedom is never given for free');
    for (const c of answer.citations) {
      expect(Number.isInteger(c.paragraph) && c.paragraph >= 1).toBe(true);
      expect(c.text).not.toMatch(/[\r\n]/);
    }
  });

  it('GIVEN --json WHEN the stories do not say THEN answer is null and the closest passages are cited', async () => {
    const run = await ask(['--json', 'What did Kim Jong Un say?']);
    expect(run.code).toBe(0);
    const objects = jsonLines(run.stdout);
    expect(objects).toHaveLength(1);
    const answer = objects[0] as JsonAnswer;
    expect(Object.keys(answer)).toEqual(['question', 'answer', 'kind', 'confidence', 'citations']);
    expect(answer.answer).toBeNull();
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) {
      expect(Object.keys(c)).toEqual(['story', 'title', 'paragraph', 'text', 'source']);
      expect(c.text.length).toBeGreaterThan(0);
    }
  });

  it('GIVEN --json and questions on stdin WHEN one line is empty THEN one JSON line per input line, in order, the empty one an error, and the batch goes on', async () => {
    const run = await ask(['--json'], { input: 'who is yoon\n\nwhat does ip4 mean\n' });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(3);
    const [first, second, third] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ question: 'who is yoon' });
    expect(first!.answer).toEqual(expect.stringContaining('Yoon'));
    expect(Object.keys(second!)).toEqual(['question', 'error']);
    expect(second!.question).toBe('');
    expect(second!.error).toMatch(/empty/i);
    expect(third).toMatchObject({ question: 'what does ip4 mean' });
    expect(third!.answer).toEqual(expect.stringContaining('Indo-Pacific'));
  });

  it('GIVEN --json and a 2 MB line among questions on stdin THEN that line is refused for its length (its first 64 KB echoed) and the batch goes on', async () => {
    const run = await ask(['--json'], {
      input: `who is yoon\n${'a'.repeat(2_000_000)}\nwhat does ip4 mean\n`,
    });
    expect(run.code).toBe(0);
    const [first, long, third] = jsonLines(run.stdout) as Record<string, unknown>[];
    expect(first).toMatchObject({ question: 'who is yoon' });
    expect(long!.error).toBe('That question is 2000000 characters long; please keep it under 500.');
    expect(long!.question).toBe(`${'a'.repeat(64 * 1024)}…`);
    expect(third!.answer).toEqual(expect.stringContaining('Indo-Pacific'));
  });

  it('GIVEN a whitespace-only question WHEN asked one-shot THEN exit code 2, a clear message on stderr and no stack trace', async () => {
    const run = await ask(['   ']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/question is empty/i);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('GIVEN a question over 500 characters WHEN asked THEN exit code 2 and the limit is named', async () => {
    const run = await ask([`Why ${'is it so '.repeat(60)}?`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('500');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('GIVEN --knowledge DIR with a custom story WHEN asked about it THEN it answers from that story and cites it', async () => {
    const run = await ask([
      '--json',
      '--knowledge',
      customDir,
      'Who said "reading is a right, not a privilege"?',
    ]);
    expect(run.code).toBe(0);
    const answer = jsonLines(run.stdout)[0] as JsonAnswer;
    expect(answer.answer).toContain('Maria Okafor');
    expect(answer.citations[0]).toMatchObject({
      story: 'easthaven-library',
      title: 'Harbor town opens its first public library in decades',
      paragraph: 2,
      source: 'Easthaven Gazette',
    });
    expect(answer.citations.every((c) => c.story === 'easthaven-library')).toBe(true);
  });

  it('GIVEN --knowledge pointing to a missing folder WHEN asked THEN exit code 2, the message names the folder, no stack trace', async () => {
    const missing = path.join(customDir, 'no-such-folder');
    const run = await ask(['--knowledge', missing, 'Who is Yoon?']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(missing);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('GIVEN KNOWLEDGE_DIR set to the custom folder WHEN asked THEN it answers from that folder like --knowledge', async () => {
    const run = await ask(['--json', 'How many books does the library have?'], {
      env: { KNOWLEDGE_DIR: customDir },
    });
    expect(run.code).toBe(0);
    const answer = jsonLines(run.stdout)[0] as JsonAnswer;
    expect(answer.answer).toContain('12,000');
    expect(answer.citations[0]).toMatchObject({ story: 'easthaven-library', paragraph: 1 });
  });

  it('GIVEN a story with terminal escape sequences WHEN asked about it THEN the readable output has none, and --json keeps them only escaped', async () => {
    const hostileDir = path.join(customDir, 'hostile');
    await mkdir(hostileDir);
    await writeFile(path.join(hostileDir, 'library.txt'), HOSTILE_STORY);
    const question = 'How many books does the floating library have?';
    const human = await ask(['--knowledge', hostileDir, question]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Harbour town opens library');
    expect(human.stdout).not.toMatch(TERMINAL_CONTROLS);

    const json = await ask(['--json', '--knowledge', hostileDir, question]);
    expect(json.stdout).not.toMatch(TERMINAL_CONTROLS);
    const answer = jsonLines(json.stdout)[0] as JsonAnswer;
    expect(answer.citations[0]!.title).toContain('\u001b]0;pwned');
  });

  it('GIVEN --json WHEN asked for the key points or in French THEN a summary citing the lede (¶1) and key points, or the English-only message', async () => {
    const stories = path.join(REPO_ROOT, 'test/fixtures/stories');
    const run = await ask(['--json', '--knowledge', stories], {
      input: 'key points of the Brightwell story\nQui a dit cela ?\n',
    });
    expect(run.code).toBe(0);
    const [summary, french] = jsonLines(run.stdout) as (JsonAnswer & { message?: string })[];
    expect(summary).toMatchObject({ kind: 'summary', question: 'key points of the Brightwell story' });
    expect(summary!.answer).toMatch(
      /^Brightwell recalls 212,000 home batteries after fires: Brightwell Energy/,
    );
    expect(summary!.citations[0]).toMatchObject({
      story: 'brightwell-homecell-battery-recall',
      paragraph: 1,
    });
    expect(summary!.citations.length).toBeGreaterThanOrEqual(3);
    expect(french).toMatchObject({ answer: null, kind: 'not-english', citations: [] });
    expect(french!.message).toContain('lede reads English questions only');
  });

  // util-linux `script` gives the child a terminal; a machine without it cannot run this case.
  it.skipIf(spawnSync('script', ['--version']).error !== undefined)(
    'GIVEN no question and a terminal WHEN ask --json starts THEN it says it reads questions line by line (it looked hung), and answers what is typed',
    async () => {
      // A pseudo-terminal from util-linux `script`; the output is the terminal's (stdout and stderr).
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(
          'script',
          ['-qec', `"${process.execPath}" --import tsx src/cli/ask.ts --json`, '/dev/null'],
          {
            cwd: REPO_ROOT,
            timeout: SPAWN_TIMEOUT_MS,
            stdio: ['pipe', 'pipe', 'pipe'],
          },
        );
        let seen = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          seen += chunk;
          if (chunk.includes('Ctrl+D to end')) child.stdin.end(`${FREEDOM_QUESTION}\n\u0004`);
        });
        child.on('error', reject);
        child.on('close', () => resolve(seen));
      });
      expect(output).toContain('No question given: reading one question per line (Ctrl+D to end).');
      expect(output.indexOf('Ctrl+D to end')).toBeLessThan(output.indexOf('{"question"'));
      expect(output).toContain('"answer":');

      const piped = await ask(['--json'], { input: `${FREEDOM_QUESTION}\n` });
      expect(piped.stderr).not.toContain('No question given');
      expect(jsonLines(piped.stdout)).toHaveLength(1);
    },
  );
});
