import { GatewayCloseCodes } from 'discord.js';
import { UserError } from '../errors.ts';
import { EXIT_CODES, type ExitCode } from '../ops/exitCodes.ts';

/**
 * Discord refused the bot for a reason no reconnect fixes (bad token, intents, shard settings).
 * Its message says what to do and never holds the token; `exitCode` is what the process exits with.
 */
export class DiscordRefusal extends UserError {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

const TOKEN_HELP =
  'Copy a new token from the Developer Portal (your app → Bot → Reset Token) into DISCORD_TOKEN.';

/** REST 401 on login, or `GET /gateway/bot`: the token is wrong or was reset. */
export const tokenRefused = (): DiscordRefusal =>
  new DiscordRefusal(
    `Discord refused DISCORD_TOKEN (401 Unauthorized): the token is wrong, or was reset or revoked. ${TOKEN_HELP}`,
    EXIT_CODES.tokenRefused,
  );

const CLOSE_REFUSALS: ReadonlyMap<number, () => DiscordRefusal> = new Map([
  [
    GatewayCloseCodes.AuthenticationFailed,
    () =>
      new DiscordRefusal(
        `Discord closed the gateway with 4004 (authentication failed): the token was reset or revoked. ${TOKEN_HELP}`,
        EXIT_CODES.tokenRefused,
      ),
  ],
  [
    GatewayCloseCodes.DisallowedIntents,
    () =>
      new DiscordRefusal(
        'Discord closed the gateway with 4014 (disallowed intents): the bot asks for an intent the application may not use. Enable it in the Developer Portal (your app → Bot → Privileged Gateway Intents), or verify the bot.',
        EXIT_CODES.gatewayRefused,
      ),
  ],
  [
    GatewayCloseCodes.InvalidIntents,
    () =>
      new DiscordRefusal(
        'Discord closed the gateway with 4013 (invalid intents): the intents the bot sends are not a valid value. This is a bug in lede; report it.',
        EXIT_CODES.gatewayRefused,
      ),
  ],
  [
    GatewayCloseCodes.InvalidShard,
    () =>
      new DiscordRefusal(
        'Discord closed the gateway with 4010 (invalid shard): check SHARD_COUNT.',
        EXIT_CODES.gatewayRefused,
      ),
  ],
  [
    GatewayCloseCodes.ShardingRequired,
    () =>
      new DiscordRefusal(
        'Discord closed the gateway with 4011 (sharding required): the bot is in too many servers for one connection. Run `npm run start:sharded` (docs/sharding.md).',
        EXIT_CODES.gatewayRefused,
      ),
  ],
  [
    GatewayCloseCodes.InvalidAPIVersion,
    () =>
      new DiscordRefusal(
        'Discord closed the gateway with 4012 (invalid API version): update discord.js.',
        EXIT_CODES.gatewayRefused,
      ),
  ],
]);

/** The refusal a gateway close code means, or undefined for a close that discord.js recovers from. */
export const refusalOfClose = (code: number): DiscordRefusal | undefined => CLOSE_REFUSALS.get(code)?.();

export const isDiscordRefusal = (error: unknown): error is DiscordRefusal => error instanceof DiscordRefusal;
