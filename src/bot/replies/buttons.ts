import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { MAX_BUTTON_LABEL_LENGTH } from '../limits.ts';
import { truncate } from '../text.ts';
import { buttonId, type ButtonState } from './customIds.ts';

/** A secondary button carrying `state`, or undefined when its state cannot fit in a custom id. */
export function button(
  label: string,
  state: ButtonState,
  { disabled = false, cuttable = false } = {},
): APIButtonComponent | undefined {
  const customId = buttonId(state, { cuttable });
  if (!customId) return undefined;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: truncate(label, MAX_BUTTON_LABEL_LENGTH),
    custom_id: customId,
    disabled,
  };
}

/** One action row of the buttons that exist; no row at all when none does. */
export function buttonRow(
  ...buttons: (APIButtonComponent | undefined)[]
): APIActionRowComponent<APIButtonComponent>[] {
  const present = buttons.filter((b): b is APIButtonComponent => b !== undefined);
  return present.length ? [{ type: ComponentType.ActionRow, components: present }] : [];
}
