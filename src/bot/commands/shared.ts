import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { DEFAULT_REINDEX_POLICY } from '../../config.ts';
import { UserError } from '../../errors.ts';
import {
  MAX_QUESTION_LENGTH,
  validateQuestion,
  type Answer,
  type KnowledgeBase,
  type Turn,
} from '../../qa/index.ts';
import { isAdmin } from '../isAdmin.ts';
import { answerReply } from '../replies/answerReply.ts';
import { deferResponse, respond } from '../respond.ts';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_LENGTH } from '../limits.ts';
import { cutWhole, plainText, truncate } from '../text.ts';
import type { BotContext } from './types.ts';

/** A command usable in servers and in DMs with the bot. Add options, then `withPrivateOption`. */
export function slashCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);
}

/** The `private:` option every command ends with: an answer only the asker sees. */
export function withPrivateOption<B extends Pick<SlashCommandBuilder, 'addBooleanOption'>>(builder: B): B {
  builder.addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'));
  return builder;
}

export const isPrivate = (interaction: ChatInputCommandInteraction): boolean =>
  interaction.options.getBoolean('private') ?? false;

/**
 * A user over the question limit. `repeated`: they were told to wait already in this window (a
 * DM then gets no reply: answering every message of a flood would spend the bot's own Discord
 * rate limit, shared by every user, on one of them).
 */
export class RateLimited extends UserError {
  constructor(
    message: string,
    readonly repeated: boolean,
  ) {
    super(message);
  }
}

/** Refuses (politely, as a UserError) a user who asks faster than the configured limit. */
export function checkQuestionRate(context: BotContext, userId: string): void {
  const decision = context.questionLimiter.take(userId);
  if (!decision.allowed) {
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    throw new RateLimited(
      `You're asking faster than I can read. Please try again in ${seconds} s.`,
      decision.repeated,
    );
  }
}

/**
 * What the user has typed so far in an autocomplete, cut to the longest question: Discord sends
 * whatever the client sends, and a 100,000-character value made the suggestions' pattern throw
 * ("Regular expression too large"); 6,000 characters took 280 ms of the one thread.
 */
export const typedSoFar = (interaction: AutocompleteInteraction): string =>
  cutWhole(String(interaction.options.getFocused()), MAX_QUESTION_LENGTH);

/** Autocomplete choices from plain strings: deduplicated, at most 25, each cut to 100 characters. */
export function toChoices(values: readonly string[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const choices: { name: string; value: string }[] = [];
  for (const raw of values) {
    const value = truncate(raw.trim(), MAX_CHOICE_LENGTH);
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    choices.push({ name: value, value });
    if (choices.length === MAX_AUTOCOMPLETE_CHOICES) break;
  }
  return choices;
}

/**
 * Answers an autocomplete with choices cut to Discord's limits. Names are shown as plain text (no
 * Markdown), so they are not escaped, only cleaned of control characters and line breaks.
 */
export async function suggest(
  interaction: AutocompleteInteraction,
  choices: readonly { name: string; value: string }[],
): Promise<void> {
  await interaction.respond(
    choices.slice(0, MAX_AUTOCOMPLETE_CHOICES).map(({ name, value }) => ({
      name: plainText(name, MAX_CHOICE_LENGTH, { oneLine: true }) || '…',
      value: cutWhole(value, MAX_CHOICE_LENGTH),
    })),
  );
}

/**
 * The common run of the question commands (/ask, /who-said, /define): check the text and the
 * asker's rate, defer (the engine's time is not ours to bound), and reply with the engine's answer.
 */
export async function answerWith(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  option: string,
  engine: (kb: KnowledgeBase, text: string) => Answer,
): Promise<void> {
  const started = performance.now();
  context.metrics?.questionReceived('command');
  const text = validateQuestion(interaction.options.getString(option, true));
  checkQuestionRate(context, interaction.user.id);
  await deferResponse(interaction, { ephemeral: isPrivate(interaction) });
  const answer = engine(context.live.current, text);
  await respond(interaction, answerReply(answer));
  context.metrics?.answered('command', answer, (performance.now() - started) / 1000);
}

/**
 * Records a conversation turn (/ask, a DM) in the metrics: answers and refusals by kind with their
 * latency; a summary counts as an answer, a note or a non-English reply as neither.
 */
export function recordTurn(
  context: BotContext,
  surface: 'command' | 'dm',
  turn: Turn,
  started: number,
): void {
  const seconds = (performance.now() - started) / 1000;
  if (turn.kind === 'answer') context.metrics?.answered(surface, turn.answer, seconds);
  else if (turn.kind === 'summary')
    context.metrics?.answered(surface, { answer: '', kind: 'search' }, seconds);
}

/** What an admin command says to a user it refuses: by default, and when server managers may run it. */
export interface AdminRefusals {
  operatorsOnly: string;
  withServerManagers: string;
}

/**
 * Checks in code that the user may run an admin command that acts on every server (/reindex,
 * /story): an operator (ADMIN_USER_IDS), or a member with Manage Server when
 * REINDEX_ALLOW_SERVER_MANAGERS is on. Throws a UserError with the matching refusal otherwise.
 */
export function requireOperator(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  refusals: AdminRefusals,
): void {
  const { allowServerManagers } = context.config.reindex ?? DEFAULT_REINDEX_POLICY;
  const allowed = isAdmin({
    userId: interaction.user.id,
    adminUserIds: context.config.adminUserIds,
    memberPermissions: interaction.inGuild() ? (interaction.memberPermissions?.bitfield ?? 0n) : null,
    allowServerManagers,
  });
  if (!allowed)
    throw new UserError(allowServerManagers ? refusals.withServerManagers : refusals.operatorsOnly);
}
