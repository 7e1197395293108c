import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';

/**
 * Discord's answers when an interaction can no longer be answered: its 3 s to respond ran out
 * (10062 Unknown interaction: the gateway or the bot was slow), or its token's 15 minutes did
 * (50027 Invalid Webhook Token, 10015 Unknown Webhook). No reply can reach the user then.
 */
const GONE = new Set<number>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.UnknownWebhook,
  RESTJSONErrorCodes.InvalidWebhookToken,
]);

/** Whether `error` is Discord saying the interaction expired (see GONE), so telling the user is moot. */
export const isInteractionGone = (error: unknown): error is DiscordAPIError =>
  error instanceof DiscordAPIError && typeof error.code === 'number' && GONE.has(error.code);
