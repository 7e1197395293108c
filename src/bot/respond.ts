import {
  MessageFlags,
  type APIEmbed,
  type ButtonInteraction,
  type Message,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';
import {
  MAX_CONTENT_LENGTH,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_FIELD_NAME_LENGTH,
  MAX_EMBED_FIELD_VALUE_LENGTH,
  MAX_EMBED_FIELDS,
  MAX_EMBED_FOOTER_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
  MAX_EMBEDS_TOTAL_LENGTH,
} from './limits.ts';
import type { ReplyPayload } from './replies/types.ts';
import { cutMarkdown, truncate } from './text.ts';

/** No reply pings anyone: not @everyone, not a role, not a user, not the asker. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const satisfies MessageMentionOptions;

const embedLength = (e: APIEmbed): number =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.author?.name.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/**
 * `payload` with every text cut to Discord's limits, the embeds' total included: the last guard,
 * replies render within their room already. Markdown is cut without splitting an escape.
 */
export function fitPayload(payload: ReplyPayload): ReplyPayload {
  const embeds = payload.embeds?.map((e) => ({
    ...e,
    ...(e.title !== undefined && { title: cutMarkdown(e.title, MAX_EMBED_TITLE_LENGTH) }),
    ...(e.description !== undefined && {
      description: cutMarkdown(e.description, MAX_EMBED_DESCRIPTION_LENGTH),
    }),
    ...(e.footer && { footer: { ...e.footer, text: truncate(e.footer.text, MAX_EMBED_FOOTER_LENGTH) } }),
    ...(e.fields && {
      fields: e.fields.slice(0, MAX_EMBED_FIELDS).map((f) => ({
        ...f,
        name: truncate(f.name, MAX_EMBED_FIELD_NAME_LENGTH),
        value: cutMarkdown(f.value, MAX_EMBED_FIELD_VALUE_LENGTH),
      })),
    }),
  }));
  // Over the total: shorten descriptions, the last embed's first.
  let excess = (embeds ?? []).reduce((n, e) => n + embedLength(e), 0) - MAX_EMBEDS_TOTAL_LENGTH;
  for (const embed of [...(embeds ?? [])].reverse()) {
    if (excess <= 0) break;
    const description = embed.description ?? '';
    const keep = Math.max(0, description.length - excess);
    embed.description = cutMarkdown(description, keep);
    excess -= description.length - embed.description.length;
  }
  return {
    ...payload,
    ...(payload.content !== undefined && { content: cutMarkdown(payload.content, MAX_CONTENT_LENGTH) }),
    ...(embeds && { embeds }),
  };
}

/** The whole message: fields left out are cleared, so an edit replaces what was there. */
function fullMessage(payload: ReplyPayload) {
  const fitted = fitPayload(payload);
  return {
    content: fitted.content ?? '',
    embeds: fitted.embeds ?? [],
    components: fitted.components ?? [],
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * Answers an interaction whatever its state: `reply` when it has no answer yet, `editReply` when
 * it was deferred (its visibility was chosen then), `followUp` when it was answered already.
 * Every reply is cut to Discord's limits and mentions nobody.
 */
export async function respond(
  interaction: RepliableInteraction,
  payload: ReplyPayload,
  { ephemeral = false }: { ephemeral?: boolean } = {},
): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred && !interaction.replied) await interaction.editReply(fullMessage(payload));
  else if (interaction.replied) await interaction.followUp({ ...fullMessage(payload), flags });
  else await interaction.reply({ ...fullMessage(payload), flags });
}

/** Defers an interaction whose work may pass Discord's 3 s; `respond` then edits the reply. */
export async function deferResponse(
  interaction: RepliableInteraction,
  { ephemeral = false }: { ephemeral?: boolean } = {},
): Promise<void> {
  await interaction.deferReply({ flags: ephemeral ? MessageFlags.Ephemeral : undefined });
}

/** Replaces the message a button sits on (turning a page). */
export async function updateMessage(interaction: ButtonInteraction, payload: ReplyPayload): Promise<void> {
  await interaction.update(fullMessage(payload));
}

/** Answers a direct message. */
export async function replyToMessage(message: Message, payload: ReplyPayload): Promise<void> {
  await message.reply(fullMessage(payload));
}
