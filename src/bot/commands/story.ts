import { type ChatInputCommandInteraction } from 'discord.js';
import { UserError } from '../../errors.ts';
import { removeStoryFile, restoreStoryFile, writeStoryFile } from '../../knowledge/storyStore.ts';
import {
  checkStoryUpload,
  findStory,
  MAX_STORY_BYTES,
  storyExtension,
  suggestStories,
  type ReloadReport,
} from '../../qa/index.ts';
import { downloadAttachment } from '../download.ts';
import { storyAddedReply, storyRemovedReply } from '../replies/storyReply.ts';
import { deferResponse, respond } from '../respond.ts';
import { reloadAllShards } from '../sharding/reloadAllShards.ts';
import { requireOperator, slashCommand, suggest, typedSoFar } from './shared.ts';
import type { BotContext, Command } from './types.ts';

/** The refusals: stories are shared by every server, so they follow /reindex's policy. */
export const STORY_REFUSED =
  "Only the bot's operators can add or remove stories, since every server shares them.";
export const STORY_REFUSED_MANAGERS =
  "Only the bot's operators and members with Manage Server can add or remove stories.";

/** Reloads the knowledge (on every shard when sharded) and gives this process's report. */
async function reloadKnowledge(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<ReloadReport> {
  if ((interaction.client.shard?.count ?? 1) > 1) {
    const results = await reloadAllShards(interaction.client, context.live);
    const own = results.find((r) => r.self)?.report;
    if (own) return own;
  }
  return context.live.reload();
}

function checkAdmin(interaction: ChatInputCommandInteraction, context: BotContext): string {
  requireOperator(interaction, context, {
    operatorsOnly: STORY_REFUSED,
    withServerManagers: STORY_REFUSED_MANAGERS,
  });
  if (!context.knowledgeDir) throw new UserError('Adding and removing stories is not available on this bot.');
  return context.knowledgeDir;
}

async function add(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  dir: string,
): Promise<void> {
  const attachment = interaction.options.getAttachment('file', true);
  const replace = interaction.options.getBoolean('replace') ?? false;
  if (!storyExtension(attachment.name)) {
    throw new UserError(`“${attachment.name}” is not a story file: attach a .txt or .md file.`);
  }
  if (attachment.size > MAX_STORY_BYTES) {
    throw new UserError(
      `The file is larger than ${MAX_STORY_BYTES / 1024 / 1024} MB, the most a story may be.`,
    );
  }
  await deferResponse(interaction, { ephemeral: true });
  const apiHost = context.config.discordApiUrl ? new URL(context.config.discordApiUrl).host : undefined;
  const bytes = await downloadAttachment(attachment.url, {
    maxBytes: MAX_STORY_BYTES,
    extraHosts: apiHost ? [apiHost] : [],
  });
  const checked = checkStoryUpload(attachment.name, bytes);
  if ('reason' in checked) {
    throw new UserError(`“${attachment.name}” cannot be a story: ${checked.reason}. Nothing was changed.`);
  }
  const { fileName, profile } = checked;
  const existing = context.live.current.storyById.get(checked.story.id);
  if (existing && existing.file !== fileName) {
    throw new UserError(
      `A story with this name is stored as “${existing.file}”; remove it first or rename your file.`,
    );
  }
  const { previous } = await writeStoryFile(dir, fileName, bytes, { replace });
  const report = await reloadKnowledge(interaction, context);
  const served = context.live.current.storyById.get(checked.story.id);
  if (!report.ok || !served) {
    await restoreStoryFile(dir, fileName, previous);
    await reloadKnowledge(interaction, context);
    throw new UserError(
      `The story could not be served (${report.error ?? 'it did not load'}); nothing was changed.`,
    );
  }
  context.logger.info(
    {
      command: 'story add',
      userId: interaction.user.id,
      file: fileName,
      upload: attachment.name,
      replaced: Boolean(previous),
      paragraphs: profile.paragraphs,
    },
    'story added',
  );
  await respond(interaction, storyAddedReply(fileName, profile, report, Boolean(previous)));
}

async function remove(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  dir: string,
): Promise<void> {
  const wanted = interaction.options.getString('story', true);
  const kb = context.live.current;
  const story = findStory(kb, wanted, { partial: false });
  if (!story) {
    throw new UserError(
      `No story matches "${wanted}" exactly: pick one from the list, or use its id from /stories.`,
    );
  }
  if (kb.stories.length === 1) throw new UserError('That is the only story: add another before removing it.');
  await deferResponse(interaction, { ephemeral: true });
  const bytes = await removeStoryFile(dir, story.file);
  const report = await reloadKnowledge(interaction, context);
  if (!report.ok) {
    await restoreStoryFile(dir, story.file, bytes);
    await reloadKnowledge(interaction, context);
    throw new UserError(
      `The stories could not be reloaded without it (${report.error}); nothing was changed.`,
    );
  }
  context.logger.info(
    { command: 'story remove', userId: interaction.user.id, file: story.file },
    'story removed',
  );
  await respond(interaction, storyRemovedReply(story.title, story.file, report));
}

export const story = {
  data: slashCommand('story', 'Admin: add a story from a .txt or .md file, or remove one')
    // Hidden from everyone but admins; the check in code is what actually guards it.
    .setDefaultMemberPermissions(0)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Add a story: attach a .txt or .md file (as in knowledge/)')
        .addAttachmentOption((o) =>
          o.setName('file').setDescription('The story file, .txt or .md').setRequired(true),
        )
        .addBooleanOption((o) =>
          o.setName('replace').setDescription('Replace a story file of the same name'),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription('Remove a story')
        .addStringOption((o) =>
          o
            .setName('story')
            .setDescription('Which story')
            .setRequired(true)
            .setMaxLength(100)
            .setAutocomplete(true),
        ),
    )
    .toJSON(),
  async execute(interaction, context) {
    const dir = checkAdmin(interaction, context);
    if (interaction.options.getSubcommand() === 'add') await add(interaction, context, dir);
    else await remove(interaction, context, dir);
  },
  async autocomplete(interaction, context) {
    await suggest(interaction, suggestStories(context.live.current, typedSoFar(interaction), 25));
  },
} satisfies Command;
