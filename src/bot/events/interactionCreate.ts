import type { Interaction } from 'discord.js';
import { UserError } from '../../errors.ts';
import { handleButton } from '../buttonHandler.ts';
import type { BotContext, Command, MessageCommand } from '../commands/types.ts';
import { userMessageFor } from '../errorMessage.ts';
import { isInteractionGone } from '../interactionGone.ts';
import { INTERACTION_RESPONSE_MS } from '../limits.ts';
import { respond } from '../respond.ts';

/** A short name for what was used, for the log. */
function describe(interaction: Interaction): { kind: string; command?: string } {
  if (interaction.isChatInputCommand()) return { kind: 'command', command: interaction.commandName };
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', command: interaction.commandName };
  if (interaction.isButton()) return { kind: 'button', command: interaction.customId.split(':')[0] };
  if (interaction.isMessageContextMenuCommand())
    return { kind: 'message-action', command: interaction.commandName };
  return { kind: `type-${interaction.type}` };
}

/**
 * Routes every interaction to its command or button, and is the one place that catches their
 * errors: a user mistake is answered with its message, anything else with a generic ephemeral
 * reply and a reference that is in the log. An interaction Discord says has expired is only logged
 * (a warning): no reply can reach its user, and trying again would be one more refused request.
 * Never rejects.
 */
export function createInteractionHandler(context: BotContext): (interaction: Interaction) => Promise<void> {
  const byName = new Map<string, Command>(context.commands.map((c) => [c.data.name, c]));
  const actions = new Map<string, MessageCommand>(
    (context.messageCommands ?? []).map((c) => [c.data.name, c]),
  );
  return async (interaction) => {
    const started = performance.now();
    const fields = { interactionId: interaction.id, userId: interaction.user.id, ...describe(interaction) };
    const latency = () => Math.round(performance.now() - started);
    try {
      if (interaction.isChatInputCommand()) {
        const command = byName.get(interaction.commandName);
        if (!command) throw new UserError(`I no longer have /${interaction.commandName}; see /help.`);
        await command.execute(interaction, context);
      } else if (interaction.isAutocomplete()) {
        const command = byName.get(interaction.commandName);
        if (command?.autocomplete) await command.autocomplete(interaction, context);
        else await interaction.respond([]);
      } else if (interaction.isButton()) {
        await handleButton(interaction, context);
      } else if (interaction.isMessageContextMenuCommand()) {
        const action = actions.get(interaction.commandName);
        if (!action) throw new UserError(`I no longer have “${interaction.commandName}”; see /help.`);
        await action.execute(interaction, context);
      } else {
        return;
      }
      const latencyMs = latency();
      const deferred = interaction.isRepliable() && interaction.deferred;
      if (latencyMs > INTERACTION_RESPONSE_MS && !deferred) {
        // Discord had already given up on it: this handler should defer first.
        context.logger.warn({ ...fields, latencyMs }, 'answered after Discord’s 3 s without deferring');
      } else {
        context.logger.info({ ...fields, latencyMs, deferred }, 'interaction answered');
      }
    } catch (error) {
      if (isInteractionGone(error)) {
        const why = { code: error.code, discordMessage: error.message, latencyMs: latency() };
        context.logger.warn({ ...fields, ...why }, 'interaction expired before it was answered');
        return;
      }
      const message = userMessageFor(error, context.logger, { ...fields, latencyMs: latency() });
      try {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isRepliable()) {
          await respond(interaction, { content: message }, { ephemeral: true });
        }
      } catch (replyError) {
        context.logger.warn({ ...fields, err: replyError }, 'could not tell the user about an error');
      }
    }
  };
}
