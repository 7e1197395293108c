/**
 * The exit codes of `npm start`, `npm run start:sharded` and their compiled twins, so that a
 * process manager (systemd's `RestartPreventExitStatus`, pm2's `stop_exit_codes`) can tell a
 * problem that a restart fixes from one that only a person can fix. docs/operations.md lists them.
 */
export const EXIT_CODES = {
  /** Stopped on SIGINT / SIGTERM after disconnecting. */
  ok: 0,
  /** Something unexpected: worth a restart. */
  failed: 1,
  /** A setting or the knowledge is wrong, or there is no token and no terminal: fix, then start. */
  settings: 2,
  /** Discord refused the token (REST 401, gateway close 4004): it is wrong, reset or revoked. */
  tokenRefused: 3,
  /** Discord refused the gateway session for good (intents 4013/4014, shard 4010/4011, API 4012). */
  gatewayRefused: 4,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** Exits that a restart cannot fix: a manager stops instead of respawning. */
export const FATAL_EXIT_CODES: ReadonlySet<number> = new Set([
  EXIT_CODES.settings,
  EXIT_CODES.tokenRefused,
  EXIT_CODES.gatewayRefused,
]);
