import { ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ApplicationCommandType } from 'discord.js';
import { commands, messageCommands } from '../../src/bot/commands/index.ts';

const optionsOf = (name: string) =>
  (commands.find((c) => c.data.name === name)!.data.options ?? []).map((o) => ({
    name: o.name,
    type: o.type,
    required: o.required ?? false,
    autocomplete: 'autocomplete' in o ? (o.autocomplete ?? false) : false,
  }));
const PRIVATE = {
  name: 'private',
  type: ApplicationCommandOptionType.Boolean,
  required: false,
  autocomplete: false,
};
const text = (name: string, autocomplete = false) => ({
  name,
  type: ApplicationCommandOptionType.String,
  required: true,
  autocomplete,
});

describe('the command registry', () => {
  it('GIVEN issue #3 THEN the commands and their options are exactly these, each ending with private:', () => {
    expect(commands.map((c) => c.data.name)).toEqual([
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
    ]);
    expect(optionsOf('summary')).toEqual([{ ...text('story', true), required: false }, PRIVATE]);
    expect(optionsOf('ask')).toEqual([text('question', true), PRIVATE]);
    expect(optionsOf('who-said')).toEqual([text('quote'), PRIVATE]);
    expect(optionsOf('define')).toEqual([text('term', true), PRIVATE]);
    expect(optionsOf('search')).toEqual([text('query'), PRIVATE]);
    expect(optionsOf('paragraph')).toEqual([
      { name: 'number', type: ApplicationCommandOptionType.Integer, required: true, autocomplete: false },
      { ...text('story', true), required: false },
      PRIVATE,
    ]);
    for (const name of ['stories', 'help', 'reindex']) expect(optionsOf(name)).toEqual([PRIVATE]);
  });

  it('GIVEN issue #10 THEN /story has add (a required .txt/.md attachment, replace:) and remove (story autocompletes)', () => {
    const story = commands.find((c) => c.data.name === 'story')!.data;
    const sub = (name: string) =>
      (story.options ?? []).find((o) => o.name === name) as { options?: unknown[] };
    expect((story.options ?? []).map((o) => [o.name, o.type])).toEqual([
      ['add', ApplicationCommandOptionType.Subcommand],
      ['remove', ApplicationCommandOptionType.Subcommand],
    ]);
    expect(sub('add').options).toMatchObject([
      { name: 'file', type: ApplicationCommandOptionType.Attachment, required: true },
      { name: 'replace', type: ApplicationCommandOptionType.Boolean },
    ]);
    expect(sub('remove').options).toMatchObject([
      { name: 'story', type: ApplicationCommandOptionType.String, required: true, autocomplete: true },
    ]);
  });

  it('GIVEN issue #10 THEN the right-click actions are message commands "Who said this?" and "Ask lede", in servers and DMs', () => {
    expect(messageCommands.map((c) => [c.data.name, c.data.type])).toEqual([
      ['Who said this?', ApplicationCommandType.Message],
      ['Ask lede', ApplicationCommandType.Message],
    ]);
    for (const { data } of messageCommands) {
      expect(data.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    }
  });

  it('GIVEN every command THEN it works in servers and in DMs with the bot', () => {
    for (const { data } of commands) {
      expect(data.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    }
  });

  it('GIVEN /reindex and /story THEN they are hidden from non-admins (permissions "0"), and no other command is', () => {
    const hidden = commands.filter((c) => c.data.default_member_permissions !== undefined);
    expect(hidden.map((c) => [c.data.name, c.data.default_member_permissions])).toEqual([
      ['reindex', '0'],
      ['story', '0'],
    ]);
  });

  it('GIVEN an option with autocomplete THEN its command has an autocomplete handler', () => {
    for (const command of commands) {
      const options = (command.data.options ?? []).flatMap((o) =>
        'options' in o && o.type === ApplicationCommandOptionType.Subcommand ? (o.options ?? []) : [o],
      );
      const completes = options.some((o) => 'autocomplete' in o && o.autocomplete);
      expect(typeof command.autocomplete === 'function', command.data.name).toBe(completes);
    }
  });
});
