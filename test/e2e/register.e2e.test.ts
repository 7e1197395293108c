import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, messageCommands } from '../../src/bot/commands/index.ts';
import { registerCommands } from '../../src/bot/registerCommands.ts';
import { snowflake, startFakeDiscord, type FakeDiscord, type Json } from '../support/fakeDiscord.ts';

const SLASH = [
  'ask',
  'who-said',
  'define',
  'summary',
  'search',
  'paragraph',
  'stories',
  'help',
  'reindex',
  'story',
];
const ACTIONS = ['Who said this?', 'Ask lede'];
const NAMES = [...SLASH, ...ACTIONS];

function runRegister(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('DISCORD_') && key !== 'ADMIN_USER_IDS'),
  );
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'register'], {
      env: { ...clean, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What Discord checks of a chat-input command body. */
function expectValidCommand(command: Json): void {
  expect(command.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
  expect(command.description.length).toBeGreaterThanOrEqual(1);
  expect(command.description.length).toBeLessThanOrEqual(100);
  expect(command.contexts).toEqual([0, 1]);
  const options = (command.options ?? []) as Json[];
  expect(options.length).toBeLessThanOrEqual(25);
  // A command of subcommands (/story): each subcommand is checked as a command of its own.
  if (options.every((o) => o.type === 1) && options.length) {
    for (const sub of options) {
      expect(sub.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      for (const option of (sub.options ?? []) as Json[])
        expect(option.description.length).toBeLessThanOrEqual(100);
    }
    return;
  }
  const firstOptional = options.findIndex((o) => !o.required);
  if (firstOptional !== -1) expect(options.slice(firstOptional).every((o) => !o.required)).toBe(true);
  for (const option of options) {
    expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
    expect(option.description.length).toBeLessThanOrEqual(100);
    if (option.autocomplete) expect(option.choices).toBeUndefined();
  }
  expect(options.at(-1)).toMatchObject({ name: 'private', type: 5 });
  expect(options.at(-1)!.required).toBeFalsy();
}

describe('npm run register', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ port: 0 });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('GIVEN DISCORD_GUILD_ID WHEN npm run register THEN it bulk-overwrites that server’s commands with a valid body and prints them', async () => {
    const guildId = snowflake();
    const { code, stdout, stderr } = await runRegister({
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(stderr).not.toContain(fake.token);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `Registered 12 commands (guild ${guildId}): ${[...SLASH.map((n) => `/${n}`), ...ACTIONS.map((n) => `“${n}”`)].join(', ')}`,
    );

    const put = await fake.waitForRequest((r) => r.route === 'put-commands');
    expect(put).toMatchObject({
      method: 'PUT',
      authorized: true,
      params: { applicationId: fake.applicationId, guildId },
    });
    const body = put.body as Json[];
    expect(body.map((c) => c.name)).toEqual(NAMES);
    body.filter((c) => c.type === 1).forEach(expectValidCommand);
    // The right-click actions: message commands (type 3), in servers and DMs, no description.
    for (const action of body.filter((c) => c.type === 3)) {
      expect(action).toMatchObject({ contexts: [0, 1], integration_types: [0] });
      expect(action.name.length).toBeLessThanOrEqual(32);
    }
    expect(body.filter((c) => c.type === 3).map((c) => c.name)).toEqual(ACTIONS);
    const byName = new Map(body.map((c) => [c.name, c]));
    expect(byName.get('reindex')!.default_member_permissions).toBe('0');
    expect(body.filter((c) => c.default_member_permissions !== undefined).map((c) => c.name)).toEqual([
      'reindex',
      'story',
    ]);
    expect(byName.get('summary')!.options[0]).toMatchObject({ name: 'story', type: 3, autocomplete: true });
    expect(
      byName.get('story')!.options.map((o: Json) => [o.name, o.options.map((x: Json) => [x.name, x.type])]),
    ).toEqual([
      [
        'add',
        [
          ['file', 11],
          ['replace', 5],
        ],
      ],
      ['remove', [['story', 3]]],
    ]);
    expect(byName.get('ask')!.options[0]).toMatchObject({
      name: 'question',
      type: 3,
      required: true,
      autocomplete: true,
    });
    expect(byName.get('who-said')!.options[0]).toMatchObject({ name: 'quote', type: 3, required: true });
    expect(byName.get('define')!.options[0]).toMatchObject({
      name: 'term',
      type: 3,
      required: true,
      autocomplete: true,
    });
    expect(byName.get('search')!.options[0]).toMatchObject({ name: 'query', type: 3, required: true });
    expect(byName.get('paragraph')!.options.map((o: Json) => o.name)).toEqual(['number', 'story', 'private']);
    expect(byName.get('paragraph')!.options[1]).toMatchObject({ type: 3, autocomplete: true });
  });

  it('GIVEN a wrong token WHEN npm run register THEN it fails with exit code 1 without printing the token', async () => {
    const wrong = 'wrong.token.value-that-must-not-be-printed';
    const { code, stdout, stderr } = await runRegister({
      DISCORD_TOKEN: wrong,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('Registering failed');
    expect(stdout + stderr).not.toContain(wrong);
  });

  it('GIVEN no DISCORD_GUILD_ID WHEN the commands are registered THEN they go to the global route', async () => {
    const result = await registerCommands({
      discordToken: fake.token,
      discordClientId: fake.applicationId,
      discordGuildId: undefined,
      discordApiUrl: fake.apiUrl,
    });
    expect(result).toEqual({ scope: 'global', names: NAMES });
    const put = await fake.waitForRequest((r) => r.route === 'put-commands' && !r.params.guildId);
    expect(put.path).toBe(`/api/v10/applications/${fake.applicationId}/commands`);
    expect(put.body).toEqual([...commands.map((c) => c.data), ...messageCommands.map((c) => c.data)]);
  });
});
