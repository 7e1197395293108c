/**
 * Discord's limits, in one place. Every text the bot sends is cut to these
 * (https://discord.com/developers/docs/resources/message, …/interactions/receiving-and-responding).
 */

/** Characters of a message's `content`. */
export const MAX_CONTENT_LENGTH = 2000;
/** Characters of an embed title. */
export const MAX_EMBED_TITLE_LENGTH = 256;
/** Characters of an embed description. */
export const MAX_EMBED_DESCRIPTION_LENGTH = 4096;
/** Characters of an embed field name. */
export const MAX_EMBED_FIELD_NAME_LENGTH = 256;
/** Characters of an embed field value. */
export const MAX_EMBED_FIELD_VALUE_LENGTH = 1024;
/** Characters of an embed footer. */
export const MAX_EMBED_FOOTER_LENGTH = 2048;
/** Fields of one embed. */
export const MAX_EMBED_FIELDS = 25;
/** Characters of all embeds of one message together (titles, descriptions, fields, footers). */
export const MAX_EMBEDS_TOTAL_LENGTH = 6000;
/** Choices of one autocomplete answer. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;
/** Characters of an autocomplete choice's name, and of its value. */
export const MAX_CHOICE_LENGTH = 100;
/** Characters of a button label. */
export const MAX_BUTTON_LABEL_LENGTH = 80;
/** Characters of a component's custom id. */
export const MAX_CUSTOM_ID_LENGTH = 100;
/** Time Discord gives to answer (or defer) an interaction. */
export const INTERACTION_RESPONSE_MS = 3000;
