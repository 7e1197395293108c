import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';

/** A message the bot sends, as plain Discord JSON: rendered by pure functions, sent by `respond`. */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}
