import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import { respond } from '../../src/bot/respond.ts';

function interaction(state: { deferred: boolean; replied: boolean }) {
  return {
    ...state,
    reply: vi.fn(async () => {}),
    editReply: vi.fn(async () => {}),
    followUp: vi.fn(async () => {}),
  };
}
const asRepliable = (i: ReturnType<typeof interaction>) => i as unknown as RepliableInteraction;
const message = {
  content: 'hi @everyone',
  embeds: [],
  components: [],
  allowedMentions: { parse: [], repliedUser: false },
};

describe('respond', () => {
  it('GIVEN an interaction not answered yet THEN it replies, ephemeral when asked', async () => {
    const i = interaction({ deferred: false, replied: false });
    await respond(asRepliable(i), { content: 'hi @everyone' }, { ephemeral: true });
    expect(i.reply).toHaveBeenCalledWith({ ...message, flags: MessageFlags.Ephemeral });
  });

  it('GIVEN a deferred interaction THEN it edits the deferred reply', async () => {
    const i = interaction({ deferred: true, replied: false });
    await respond(asRepliable(i), { content: 'hi @everyone' }, { ephemeral: true });
    expect(i.editReply).toHaveBeenCalledWith(message);
    expect(i.reply).not.toHaveBeenCalled();
  });

  it('GIVEN an interaction already answered THEN it follows up', async () => {
    const i = interaction({ deferred: true, replied: true });
    await respond(asRepliable(i), { content: 'hi @everyone' }, { ephemeral: true });
    expect(i.followUp).toHaveBeenCalledWith({ ...message, flags: MessageFlags.Ephemeral });
  });
});
