import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../../config.ts';
import type { ConversationMemory, LiveKnowledge } from '../../qa/index.ts';
import type { Cooldown } from '../cooldown.ts';
import type { Logger } from '../logger.ts';
import type { BotMetrics } from '../metrics.ts';
import type { RateLimiter } from '../rateLimiter.ts';

/** What every handler may use; built once by `startBot`. */
export interface BotContext {
  live: LiveKnowledge;
  /** `reindex` absent: DEFAULT_REINDEX_POLICY (operators only). */
  config: Pick<Config, 'adminUserIds'> &
    Partial<Pick<Config, 'reindex' | 'shardsPerProcess' | 'discordApiUrl'>>;
  logger: Logger;
  /** Counts questions per user (slash commands and DMs alike). */
  questionLimiter: RateLimiter;
  /** The pause between reindexes (they reload the stories for every server). */
  reindexCooldown: Cooldown;
  /** The registered commands, for /help. */
  commands: readonly Command[];
  /** Prometheus metrics, when METRICS_PORT is set. */
  metrics?: BotMetrics;
  /** The last answer's context per conversation (a DM, or a user in a channel), for follow-ups. */
  conversations: ConversationMemory;
  /** The knowledge folder /story add and /story remove change; undefined: those are off. */
  knowledgeDir?: string;
  /** The right-click (message context menu) actions, for /help. */
  messageCommands?: readonly MessageCommand[];
}

/** A message context-menu action ("Apps → Who said this?"): its registration JSON and handler. */
export interface MessageCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<void>;
}

/** One slash command: its registration JSON and its handlers. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}
