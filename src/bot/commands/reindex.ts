import { UserError } from '../../errors.ts';
import { isAdmin } from '../isAdmin.ts';
import { reindexReply, shardedReindexReply } from '../replies/reindexReply.ts';
import { deferResponse, respond } from '../respond.ts';
import { reloadAllShards } from '../sharding/reloadAllShards.ts';
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
    const fields = { command: 'reindex', userId: interaction.user.id };
    if ((interaction.client.shard?.count ?? 1) > 1) {
      // Every shard serves the same knowledge: reload them all and report each.
      const results = await reloadAllShards(interaction.client, context.live, {
        shardsPerProcess: context.config.shardsPerProcess ?? 1,
      });
      const own = results.find((r) => r.self)?.report;
      if (own) context.metrics?.reindexed(own);
      const shards = results.map(({ shard, report, error }) => ({
        shard,
        ok: report?.ok ?? false,
        ...(report && { after: report.after, ms: Math.round(report.ms) }),
        ...((error ?? report?.error) && { error: error ?? report?.error }),
      }));
      context.logger.info({ ...fields, shards }, 'reindex on every shard');
      await respond(interaction, shardedReindexReply(results));
      return;
    }
    const report = await context.live.reload();
    context.metrics?.reindexed(report);
    context.logger.info({ ...fields, ...report }, 'reindex');
    await respond(interaction, reindexReply(report));
  },
} satisfies Command;
