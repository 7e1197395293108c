import { UserError } from '../../errors.ts';
import { isAdmin } from '../isAdmin.ts';
import { reindexReply } from '../replies/reindexReply.ts';
import { deferResponse, respond } from '../respond.ts';
import { isPrivate, slashCommand, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

export const REINDEX_REFUSED = 'Only the bot admins and members with Manage Server can reindex.';

export const reindex = {
  data: withPrivateOption(
    // Hidden from everyone but admins; the check below is what actually guards it.
    slashCommand(
      'reindex',
      'Admin: reload the stories from disk without a restart',
    ).setDefaultMemberPermissions(0),
  ).toJSON(),
  async execute(interaction, context) {
    const allowed = isAdmin({
      userId: interaction.user.id,
      adminUserIds: context.config.adminUserIds,
      memberPermissions: interaction.inGuild() ? (interaction.memberPermissions?.bitfield ?? 0n) : null,
    });
    if (!allowed) throw new UserError(REINDEX_REFUSED);
    await deferResponse(interaction, { ephemeral: isPrivate(interaction) });
    const report = await context.live.reload();
    context.logger.info({ command: 'reindex', userId: interaction.user.id, ...report }, 'reindex');
    await respond(interaction, reindexReply(report));
  },
} satisfies Command;
