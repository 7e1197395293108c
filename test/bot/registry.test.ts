import { ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/bot/commands/index.ts';

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
      'search',
      'paragraph',
      'stories',
      'help',
      'reindex',
    ]);
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

  it('GIVEN every command THEN it works in servers and in DMs with the bot', () => {
    for (const { data } of commands) {
      expect(data.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    }
  });

  it('GIVEN /reindex THEN it is hidden from non-admins (permissions "0"), and no other command is', () => {
    const hidden = commands.filter((c) => c.data.default_member_permissions !== undefined);
    expect(hidden.map((c) => [c.data.name, c.data.default_member_permissions])).toEqual([['reindex', '0']]);
  });

  it('GIVEN an option with autocomplete THEN its command has an autocomplete handler', () => {
    for (const command of commands) {
      const completes = (command.data.options ?? []).some((o) => 'autocomplete' in o && o.autocomplete);
      expect(typeof command.autocomplete === 'function', command.data.name).toBe(completes);
    }
  });
});
