import type { ChatInputCommandInteraction } from 'discord.js';
import { UserError } from '../../errors.ts';
import { reindexReply, shardedReindexReply } from '../replies/reindexReply.ts';
import type { ReplyPayload } from '../replies/types.ts';
import { deferResponse, respond } from '../respond.ts';
import { reloadAllShards } from '../sharding/reloadAllShards.ts';
import { isPrivate, requireOperator, slashCommand, withPrivateOption } from './shared.ts';
import type { BotContext, Command } from './types.ts';

/** The refusal by default: /reindex is for the bot's operators, since it reloads every server's stories. */
export const REINDEX_REFUSED =
  "Only the bot's operators can reindex, since it reloads the stories for every server.";
/** The refusal when REINDEX_ALLOW_SERVER_MANAGERS is on. */
export const REINDEX_REFUSED_MANAGERS =
  "Only the bot's operators and members with Manage Server can reindex.";

/** Why a reindex must wait: when the last one ended and when the next may start. */
export function reindexCooldownMessage(cooldownMs: number, remainingMs: number): string {
  const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
  const ago = seconds(cooldownMs - remainingMs);
  return `The stories were reindexed ${ago} s ago; reindexes are ${seconds(cooldownMs)} s apart. Try again in ${seconds(remainingMs)} s.`;
}

export const reindex = {
  data: withPrivateOption(
    // Hidden from everyone but admins; the check below is what actually guards it.
    slashCommand(
      'reindex',
      'Admin: reload the stories from disk without a restart',
    ).setDefaultMemberPermissions(0),
  ).toJSON(),
  async execute(interaction, context) {
    requireOperator(interaction, context, {
      operatorsOnly: REINDEX_REFUSED,
      withServerManagers: REINDEX_REFUSED_MANAGERS,
    });
    const cooldown = context.reindexCooldown;
    const wait = cooldown.remainingMs();
    if (wait > 0) throw new UserError(reindexCooldownMessage(cooldown.ms, wait));
    await deferResponse(interaction, { ephemeral: isPrivate(interaction) });
    let reply: ReplyPayload;
    try {
      reply = await reload(interaction, context);
    } finally {
      // The pause starts when the reload ends, before anyone hears of it.
      cooldown.start();
    }
    await respond(interaction, reply);
  },
} satisfies Command;

/** Reloads the knowledge (every shard's, when sharded); the reply says what changed. */
async function reload(interaction: ChatInputCommandInteraction, context: BotContext): Promise<ReplyPayload> {
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
    return shardedReindexReply(results);
  }
  const served = context.live.current.stories.map((s) => s.file);
  const report = await context.live.reload();
  context.metrics?.reindexed(report);
  context.logger.info({ ...fields, ...report }, 'reindex');
  return reindexReply(report, served);
}
