/**
 * A small Discord on 127.0.0.1 for end-to-end tests and benchmarks: the REST routes a bot uses to
 * log in and answer, and a JSON gateway on the same port. A real discord.js client logs into it
 * with `new Client({ rest: { api: fake.apiUrl } })`.
 *
 * ```ts
 * const fake = await startFakeDiscord({ port: 0 });
 * // …start the bot with DISCORD_API_URL = fake.apiUrl and DISCORD_TOKEN = fake.token…
 * const { token } = await fake.sendInteraction(fake.slashCommand('ask', { question: 'Who?' }));
 * const reply = await fake.waitForMessage(token); // the message body the bot sent
 * await bot.stop(); await fake.close();
 * ```
 *
 * Sharded bots: every IDENTIFY opens its own session for the `shard: [id, count]` it names (READY
 * echoes it), and a dispatch goes to the one session Discord would pick: the guild's shard,
 * `(guild_id >> 22) % count`, and shard 0 for DMs. `startFakeDiscord({ shards: 2 })` makes
 * `GET /gateway/bot` recommend two shards.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/** A JSON object as the bot sent it; tests read the fields they check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export type RouteName =
  | 'gateway-bot'
  | 'interaction-callback'
  | 'edit-original'
  | 'get-original'
  | 'delete-original'
  | 'followup'
  | 'channel-message'
  | 'typing'
  | 'put-commands'
  | 'attachment'
  | 'unknown';

/** One REST request the bot made, with its decoded path and parsed JSON body. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  route: RouteName;
  /** Path parameters: interactionId, token, applicationId, channelId, guildId. */
  params: Record<string, string>;
  body: Json | Json[] | undefined;
  /** True when it carried `Authorization: Bot <the fake's token>`. */
  authorized: boolean;
  /** The status the fake answered. */
  status: number;
  /** `performance.now()` when it arrived. */
  at: number;
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface Where {
  /** Where the interaction happens: a server channel (default) or the DM channel with the bot. */
  in?: 'guild' | 'dm';
  /** The server (default the fake's `guildId`); `guildOnShard` makes one that lands on a given shard. */
  guildId?: string;
  user?: FakeUser;
  /** The member's permissions in the server (a bit field), default none. */
  permissions?: bigint;
}

export interface FakeDiscordOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The bot token the fake accepts. */
  token?: string;
  /** The shard count `GET /gateway/bot` recommends (default 1). */
  shards?: number;
  /** `session_start_limit.max_concurrency`: identifies allowed per 5 s (default 1). */
  maxConcurrency?: number;
}

/** How the fake serves an attachment's file (for /story add): the defaults are a well-behaved CDN. */
export interface AttachmentOptions {
  /** The size the attachment metadata declares (default: the real size). */
  size?: number;
  /** `content_type` in the metadata (default text/plain). */
  contentType?: string;
  /** The HTTP status of the download (default 200; anything else fails it). */
  status?: number;
  /** Send no Content-Length (chunked), so only counting while reading can catch an oversize file. */
  chunked?: boolean;
}

export interface SentInteraction {
  id: string;
  token: string;
  /** `performance.now()` when it was dispatched. */
  at: number;
  /** The shard whose session received it. */
  shard: number;
}

export interface FakeDiscord {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** The REST base for the bot: `DISCORD_API_URL`. */
  apiUrl: string;
  token: string;
  applicationId: string;
  botUser: FakeUser;
  guildId: string;
  channelId: string;
  /** The default user that interactions and DMs come from. */
  user: FakeUser;
  /** Every REST request, in arrival order. */
  requests: RecordedRequest[];
  /** Every IDENTIFY and RESUME the gateway received (their `d`). */
  identifies: Json[];
  resumes: Json[];

  /**
   * Dispatches INTERACTION_CREATE (filling ids, token and application) once its shard's session is
   * up. `expired`: it reaches the bot after Discord gave up on it (see `expireInteraction`).
   */
  sendInteraction(interaction: Json, options?: { expired?: boolean }): Promise<SentInteraction>;
  /**
   * From now on the interaction is gone, as Discord has it: its callback gets 404 Unknown
   * interaction (10062, past the 3 s to answer) and its webhook 401 Invalid Webhook Token (50027,
   * past the 15 min a token lives).
   */
  expireInteraction(interactionToken: string): void;
  /**
   * Dispatches a gateway event once the session of its shard is up (`shard`, else the guild's shard
   * by `guild_id` — or `id` for GUILD_* events — else shard 0); returns its sequence number.
   */
  dispatch(event: string, data: Json, shard?: number): Promise<number>;
  /** The shard a guild's events go to, by the shard count the bot identified with (1 before any). */
  shardOf(guildId: string): number;
  /** The shard ids that have a live gateway session now. */
  liveShards(): number[];
  /** The first IDENTIFY (already received or still to come) that matches; rejects after `timeoutMs`. */
  waitForIdentify(match: (identify: Json) => boolean, timeoutMs?: number): Promise<Json>;
  /** A DM from `user` to the bot (MESSAGE_CREATE); returns the message id. */
  sendDirectMessage(content: string, user?: FakeUser): Promise<string>;

  slashCommand(name: string, options?: Record<string, string | number | boolean>, where?: Where): Json;
  autocomplete(
    name: string,
    focused: string,
    value: string,
    options?: Record<string, string | number | boolean>,
    where?: Where,
  ): Json;
  buttonClick(customId: string, message: Json, where?: Where): Json;
  /**
   * A subcommand (`/story add file: …`). An option whose value is an attachment (from
   * `serveAttachment`) is sent as an attachment option with the attachment in `resolved`.
   */
  subcommand(
    name: string,
    sub: string,
    options?: Record<string, string | number | boolean | Json>,
    where?: Where,
  ): Json;
  /** A right-click action on a message ("Who said this?") whose text is `content`. */
  messageAction(name: string, content: string, where?: Where): Json;
  /** Serves `bytes` as an attachment from this fake (on 127.0.0.1) and returns the attachment object. */
  serveAttachment(filename: string, bytes: Buffer | string, options?: AttachmentOptions): Json;

  /** The first request (already made or still to come) that matches; rejects after `timeoutMs`. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** The first message the bot sent for an interaction (reply, update, deferred edit or follow-up). */
  waitForMessage(interactionToken: string, timeoutMs?: number): Promise<Json>;
  /** The message the bot sent in reply to a DM. */
  waitForDirectReply(messageId: string, timeoutMs?: number): Promise<Json>;
  /** Requests that belong to one interaction, so far. */
  requestsFor(interactionToken: string): RecordedRequest[];
  /** Holds the next request that matches for `ms` before answering it (Discord being slow). */
  delayNext(match: (r: Pick<RecordedRequest, 'method' | 'route'>) => boolean, ms: number): void;
  /**
   * Sends a gateway opcode to a shard's live session (default shard 0): 7 (Reconnect: resume
   * elsewhere) or 9 (Invalid Session; `d` whether it is resumable), as Discord does mid-session.
   */
  sendGatewayOp(op: 7 | 9, d?: boolean, shard?: number): Promise<void>;
  /** Answers the next request that matches with a 429 and `retry-after: seconds`. */
  rateLimitNext(match: (r: Pick<RecordedRequest, 'method' | 'route'>) => boolean, seconds: number): void;
  /** Answers the next `times` requests that match with HTTP `status` (a 500: Discord failing). */
  failNext(
    match: (r: Pick<RecordedRequest, 'method' | 'route'>) => boolean,
    status: number,
    times?: number,
  ): void;
  /**
   * From now on, answers every IDENTIFY by closing the connection with `code` (4004: authentication
   * failed, 4014: disallowed intents…), as Discord does for a revoked token or a missing privileged
   * intent; `undefined` accepts them again.
   */
  refuseIdentifies(code: number | undefined): void;
  /**
   * Closes a shard's gateway connection (default shard 0) with `code` (4000: unknown error,
   * resumable; after 4007 or 4009 the session is gone and a RESUME is refused).
   */
  closeGateway(code: number, shard?: number): Promise<void>;
  close(): Promise<void>;
}

/** Close codes after which Discord's session is gone (4007 invalid seq, 4009 session timed out). */
const SESSION_ENDING_CLOSES = new Set([4007, 4009]);

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
/** A fresh snowflake (Discord id) dated now. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment);
}

/** The shard Discord sends a guild's events to: `(guild_id >> 22) % shardCount`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A fresh guild id (dated a few ms back at most) whose events go to `shard` of `shardCount`. */
export function guildOnShard(shard: number, shardCount: number): string {
  if (!Number.isInteger(shard) || shard < 0 || shard >= shardCount) {
    throw new RangeError(`fake Discord: no shard ${shard} among ${shardCount}`);
  }
  const count = BigInt(shardCount);
  const now = BigInt(Date.now()) - DISCORD_EPOCH;
  const timestamp = now - ((((now - BigInt(shard)) % count) + count) % count);
  increment = (increment + 1n) % 4096n;
  return String((timestamp << 22n) | increment);
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

interface Route {
  name: RouteName;
  method: string;
  pattern: RegExp;
  keys: string[];
}
const ROUTES: Route[] = [
  { name: 'gateway-bot', method: 'GET', pattern: /^\/api\/v10\/gateway\/bot$/, keys: [] },
  {
    name: 'interaction-callback',
    method: 'POST',
    pattern: /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/,
    keys: ['interactionId', 'token'],
  },
  {
    name: 'edit-original',
    method: 'PATCH',
    pattern: /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    keys: ['applicationId', 'token'],
  },
  {
    name: 'get-original',
    method: 'GET',
    pattern: /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    keys: ['applicationId', 'token'],
  },
  {
    name: 'delete-original',
    method: 'DELETE',
    pattern: /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    keys: ['applicationId', 'token'],
  },
  {
    name: 'followup',
    method: 'POST',
    pattern: /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/,
    keys: ['applicationId', 'token'],
  },
  {
    name: 'channel-message',
    method: 'POST',
    pattern: /^\/api\/v10\/channels\/(\d+)\/messages$/,
    keys: ['channelId'],
  },
  { name: 'typing', method: 'POST', pattern: /^\/api\/v10\/channels\/(\d+)\/typing$/, keys: ['channelId'] },
  {
    name: 'attachment',
    method: 'GET',
    pattern: /^\/attachments\/(\d+)\/([^/]+)$/,
    keys: ['attachmentId', 'filename'],
  },
  {
    name: 'put-commands',
    method: 'PUT',
    pattern: /^\/api\/v10\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/,
    keys: ['applicationId', 'guildId'],
  },
];

function matchRoute(method: string, path: string): Pick<RecordedRequest, 'route' | 'params'> {
  for (const route of ROUTES) {
    const m = route.method === method ? route.pattern.exec(path) : null;
    if (!m) continue;
    const params: Record<string, string> = {};
    route.keys.forEach((key, i) => {
      const value = m[i + 1];
      if (value !== undefined) params[key] = value;
    });
    return { route: route.name, params };
  }
  return { route: 'unknown', params: {} };
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** The message body a route carries, if it sends or edits a message. */
function messageOf(r: RecordedRequest): Json | undefined {
  const body = r.body as Json | undefined;
  if (r.route === 'interaction-callback') {
    // 4: reply, 7: update the message a component sits on. 5/6 defer, 8 is autocomplete.
    return body && (body.type === 4 || body.type === 7)
      ? { ...body.data, callbackType: body.type }
      : undefined;
  }
  if (r.route === 'edit-original' || r.route === 'followup' || r.route === 'channel-message') return body;
  return undefined;
}

/** One gateway session: the shard it identified as, its connection (while live) and its sequence. */
interface Session {
  id: string;
  shard: number;
  ws: WebSocket;
  sequence: number;
}

export async function startFakeDiscord({
  port = 0,
  token = `fake.${randomBytes(24).toString('base64url')}`,
  shards: recommendedShards = 1,
  maxConcurrency = 1,
}: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const applicationId = snowflake();
  const botUser: FakeUser = { id: applicationId, username: 'lede', bot: true };
  const user: FakeUser = { id: snowflake(), username: 'reader' };
  const guildId = snowflake();
  const channelId = snowflake();
  const dmChannels = new Map<string, string>();
  const requests: RecordedRequest[] = [];
  const identifies: Json[] = [];
  const resumes: Json[] = [];
  const waiters = new Set<{
    match: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }>();
  const failures: {
    match: (r: Pick<RecordedRequest, 'method' | 'route'>) => boolean;
    status: number;
    times: number;
  }[] = [];
  const rateLimits: { match: (r: Pick<RecordedRequest, 'method' | 'route'>) => boolean; seconds: number }[] =
    [];
  const delays: { match: (r: Pick<RecordedRequest, 'method' | 'route'>) => boolean; ms: number }[] = [];
  const messages = new Map<string, Json>();
  /** Interaction tokens Discord no longer knows (`expireInteraction`). */
  const expiredTokens = new Set<string>();
  const attachments = new Map<string, { bytes: Buffer; options: AttachmentOptions }>();

  /** Live sessions by shard id; every session ever opened by its id (for RESUME). */
  const live = new Map<number, Session>();
  const sessions = new Map<string, Session>();
  const liveWaiters = new Map<number, ((session: Session) => void)[]>();
  const identifyWaiters = new Set<{ match: (d: Json) => boolean; resolve: (d: Json) => void }>();
  /** The shard count of the latest IDENTIFY: how Discord routes guild events. */
  let shardCount = 1;
  /** The close code every IDENTIFY gets (`refuseIdentifies`), if any. */
  let identifyRefusal: number | undefined;

  const setLive = (session: Session) => {
    live.set(session.shard, session);
    for (const resolve of liveWaiters.get(session.shard) ?? []) resolve(session);
    liveWaiters.delete(session.shard);
  };
  const whenLive = (shard: number): Promise<Session> => {
    const session = live.get(shard);
    if (session) return Promise.resolve(session);
    return new Promise((resolve) => liveWaiters.set(shard, [...(liveWaiters.get(shard) ?? []), resolve]));
  };

  const userJson = (u: FakeUser) => ({
    id: u.id,
    username: u.username,
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: u.bot ?? false,
  });

  const dmChannelOf = (u: FakeUser): string => {
    let id = dmChannels.get(u.id);
    if (!id) dmChannels.set(u.id, (id = snowflake()));
    return id;
  };

  function messageJson(channel: string, body: Json, id = snowflake()): Json {
    const message = {
      id,
      channel_id: channel,
      author: userJson(botUser),
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: 0,
      flags: body.flags ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      application_id: applicationId,
      webhook_id: applicationId,
    };
    messages.set(id, message);
    return message;
  }

  const server = createServer((req, res) => void handle(req, res));
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws)));

  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  /** Whether any string in a parsed body holds half a surrogate pair (JSON escapes it as \\udXXX). */
  const hasLoneSurrogate = (value: unknown): boolean =>
    typeof value === 'string'
      ? LONE_SURROGATE.test(value)
      : typeof value === 'object' && value !== null && Object.values(value).some(hasLoneSurrogate);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    const text = await readBody(req);
    let body: RecordedRequest['body'];
    try {
      body = text ? (JSON.parse(text) as Json) : undefined;
    } catch {
      body = { unparsed: text };
    }
    const record: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      ...matchRoute(method, path),
      body,
      authorized: req.headers.authorization === `Bot ${token}`,
      status: 0,
      at: performance.now(),
    };
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      requests.push(record);
      res.writeHead(status, payload === undefined ? headers : { ...JSON_HEADERS, ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
      for (const waiter of [...waiters]) {
        if (waiter.match(record)) {
          waiters.delete(waiter);
          waiter.resolve(record);
        }
      }
    };

    const delayed = delays.findIndex((d) => d.match(record));
    if (delayed !== -1) {
      const { ms } = delays.splice(delayed, 1)[0]!;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }

    // Discord stores text as UTF-8, where half a surrogate pair cannot be: it refuses the body
    // (a custom id holding one even gets a 500, discord/discord-api-docs#6561).
    if (hasLoneSurrogate(body)) {
      send(400, { message: 'Invalid Form Body', code: 50035 });
      return;
    }

    const failing = failures.find((f) => f.times > 0 && f.match(record));
    if (failing) {
      failing.times -= 1;
      send(failing.status, { message: 'Internal Server Error', code: 0 });
      return;
    }

    const limited = rateLimits.findIndex((l) => l.match(record));
    if (limited !== -1) {
      const { seconds } = rateLimits.splice(limited, 1)[0]!;
      send(
        429,
        { message: 'You are being rate limited.', retry_after: seconds, global: false },
        { 'Retry-After': String(seconds), 'X-RateLimit-Scope': 'user' },
      );
      return;
    }

    if (record.params.token !== undefined && expiredTokens.has(record.params.token)) {
      if (record.route === 'interaction-callback') {
        send(404, { message: 'Unknown interaction', code: 10062 });
      } else {
        send(401, { message: 'Invalid Webhook Token', code: 50027 });
      }
      return;
    }

    const b = (body ?? {}) as Json;
    switch (record.route) {
      case 'gateway-bot':
        if (!record.authorized) return send(401, { message: '401: Unauthorized', code: 0 });
        return send(200, {
          url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
          shards: recommendedShards,
          session_start_limit: {
            total: 1000,
            remaining: 1000,
            reset_after: 0,
            max_concurrency: maxConcurrency,
          },
        });
      case 'interaction-callback':
        return send(204);
      case 'edit-original':
      case 'get-original':
        return send(200, messageJson(channelId, b, snowflake()));
      case 'delete-original':
        return send(204);
      case 'followup':
        return send(200, messageJson(channelId, b));
      case 'channel-message':
        return send(200, messageJson(record.params.channelId ?? channelId, b));
      case 'typing':
        return send(204);
      case 'attachment': {
        const served = attachments.get(record.params.attachmentId ?? '');
        if (!served) return send(404, { message: '404: Not Found', code: 0 });
        const status = served.options.status ?? 200;
        if (status !== 200) return send(status, { message: `fake Discord: status ${status}`, code: 0 });
        record.status = 200;
        requests.push(record);
        res.writeHead(200, {
          'Content-Type': served.options.contentType ?? 'text/plain; charset=utf-8',
          ...(!served.options.chunked && { 'Content-Length': String(served.bytes.length) }),
        });
        res.end(served.bytes);
        for (const waiter of [...waiters]) {
          if (waiter.match(record)) {
            waiters.delete(waiter);
            waiter.resolve(record);
          }
        }
        return;
      }
      case 'put-commands': {
        if (!record.authorized) return send(401, { message: '401: Unauthorized', code: 0 });
        if (!Array.isArray(body)) return send(400, { message: 'Invalid Form Body', code: 50035 });
        return send(
          200,
          body.map((command: Json) => ({
            ...command,
            id: snowflake(),
            application_id: record.params.applicationId,
            version: snowflake(),
            ...(record.params.guildId && { guild_id: record.params.guildId }),
          })),
        );
      }
      default:
        return send(404, { message: '404: Not Found', code: 0 });
    }
  }

  const sendOp = (ws: WebSocket, payload: Json) => ws.send(JSON.stringify(payload));

  function onConnection(ws: WebSocket): void {
    /** The session this connection serves, once it identified or resumed. */
    let current: Session | undefined;
    sendOp(ws, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as Json;
      switch (payload.op) {
        case 1: // heartbeat
          sendOp(ws, { op: 11, d: null, s: null, t: null });
          break;
        case 2: {
          // identify
          const d = payload.d as Json;
          identifies.push(d);
          for (const waiter of [...identifyWaiters]) {
            if (waiter.match(d)) {
              identifyWaiters.delete(waiter);
              waiter.resolve(d);
            }
          }
          if (d.token !== token) {
            ws.close(4004, 'Authentication failed');
            return;
          }
          if (identifyRefusal !== undefined) {
            ws.close(identifyRefusal, 'refused by the fake');
            return;
          }
          const [shard, count] = Array.isArray(d.shard) ? (d.shard as [number, number]) : [0, 1];
          if (!(shard >= 0 && shard < count)) {
            ws.close(4010, 'Invalid shard');
            return;
          }
          shardCount = count;
          const session: Session = { id: randomUUID(), shard, ws, sequence: 0 };
          sessions.set(session.id, session);
          current = session;
          const port = (server.address() as AddressInfo).port;
          sendOp(ws, {
            op: 0,
            t: 'READY',
            s: ++session.sequence,
            d: {
              v: 10,
              user: { ...userJson(botUser), verified: true, mfa_enabled: false, flags: 0 },
              guilds: [],
              session_id: session.id,
              resume_gateway_url: `ws://127.0.0.1:${port}`,
              shard: [shard, count],
              application: { id: applicationId, flags: 0 },
            },
          });
          setLive(session);
          break;
        }
        case 6: {
          // resume
          const d = payload.d as Json;
          resumes.push(d);
          const session = sessions.get(d.session_id as string);
          if (!session) {
            // Not resumable: the client identifies again.
            sendOp(ws, { op: 9, d: false, s: null, t: null });
            return;
          }
          session.ws = ws;
          current = session;
          sendOp(ws, { op: 0, t: 'RESUMED', s: ++session.sequence, d: {} });
          setLive(session);
          break;
        }
        default:
          break;
      }
    });
    ws.on('close', () => {
      if (current && live.get(current.shard)?.ws === ws) live.delete(current.shard);
    });
  }

  const shardOf = (guildId: string): number => shardOfGuild(guildId, shardCount);

  /** The shard Discord would send this event to. */
  function routeOf(event: string, data: Json): number {
    const guild = (data.guild_id ?? (event.startsWith('GUILD_') ? data.id : undefined)) as string | undefined;
    return guild ? shardOf(guild) : 0;
  }

  async function dispatch(event: string, data: Json, shard = routeOf(event, data)): Promise<number> {
    const session = await whenLive(shard);
    const s = ++session.sequence;
    sendOp(session.ws, { op: 0, t: event, s, d: data });
    return s;
  }

  function who(where: Where): { user: FakeUser; context: Json } {
    const u = where.user ?? user;
    if (where.in === 'dm') {
      const channel = dmChannelOf(u);
      return {
        user: u,
        context: {
          user: userJson(u),
          channel_id: channel,
          channel: { id: channel, type: 1, recipients: [userJson(u)] },
          context: 1,
        },
      };
    }
    const guild = where.guildId ?? guildId;
    return {
      user: u,
      context: {
        guild_id: guild,
        channel_id: channelId,
        channel: { id: channelId, type: 0, guild_id: guild, name: 'general' },
        member: {
          user: userJson(u),
          roles: [],
          permissions: String(where.permissions ?? 0n),
          joined_at: new Date(0).toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
          nick: null,
          avatar: null,
        },
        guild_locale: 'en-US',
        context: 0,
      },
    };
  }

  const optionsJson = (options: Record<string, string | number | boolean>, focused?: string) =>
    Object.entries(options).map(([name, value]) => ({
      name,
      type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3,
      value,
      ...(name === focused && { focused: true }),
    }));

  const base = (type: number, data: Json, where: Where): Json => ({
    type,
    data,
    version: 1,
    locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: {},
    ...who(where).context,
  });

  const fake: FakeDiscord = {
    url: '',
    apiUrl: '',
    token,
    applicationId,
    botUser,
    guildId,
    channelId,
    user,
    requests,
    identifies,
    resumes,

    async sendInteraction(interaction, { expired = false } = {}) {
      const sent = { id: snowflake(), token: `itoken.${randomBytes(24).toString('base64url')}` };
      if (expired) expiredTokens.add(sent.token);
      const data = { ...interaction, ...sent, application_id: applicationId };
      const shard = routeOf('INTERACTION_CREATE', data);
      await dispatch('INTERACTION_CREATE', data, shard);
      return { ...sent, at: performance.now(), shard };
    },
    dispatch,
    shardOf,
    liveShards: () => [...live.keys()].sort((a, b) => a - b),
    waitForIdentify(match, timeoutMs = 5000) {
      const done = identifies.find(match);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (d: Json) => {
            clearTimeout(timer);
            resolve(d);
          },
        };
        const timer = setTimeout(() => {
          identifyWaiters.delete(waiter);
          reject(new Error(`fake Discord: no matching IDENTIFY within ${timeoutMs} ms`));
        }, timeoutMs);
        identifyWaiters.add(waiter);
      });
    },
    async sendDirectMessage(content, from = user) {
      const id = snowflake();
      await dispatch('MESSAGE_CREATE', {
        id,
        channel_id: dmChannelOf(from),
        channel_type: 1,
        author: userJson(from),
        content,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        components: [],
        pinned: false,
        type: 0,
        flags: 0,
      });
      return id;
    },

    slashCommand: (name, options = {}, where = {}) =>
      base(2, { id: snowflake(), name, type: 1, options: optionsJson(options) }, where),
    autocomplete: (name, focused, value, options = {}, where = {}) =>
      base(
        4,
        { id: snowflake(), name, type: 1, options: optionsJson({ ...options, [focused]: value }, focused) },
        where,
      ),
    buttonClick: (customId, message, where = {}) => ({
      ...base(3, { custom_id: customId, component_type: 2 }, where),
      message: { ...messageJson(channelId, {}), ...message },
    }),

    subcommand(name, sub, options = {}, where = {}) {
      const resolved: Json = {};
      const subOptions = Object.entries(options).map(([key, value]) => {
        if (typeof value === 'object') {
          (resolved.attachments ??= {})[value.id as string] = value;
          return { name: key, type: 11, value: value.id as string };
        }
        return { name: key, type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3, value };
      });
      return base(
        2,
        { id: snowflake(), name, type: 1, options: [{ name: sub, type: 1, options: subOptions }], resolved },
        where,
      );
    },
    messageAction(name, content, where = {}) {
      const target = snowflake();
      const context = who(where).context;
      const author = userJson({ id: snowflake(), username: 'someone' });
      const message = {
        ...messageJson(context.channel_id as string, { content }, target),
        author,
        webhook_id: undefined,
        application_id: undefined,
      };
      return base(
        2,
        { id: snowflake(), name, type: 3, target_id: target, resolved: { messages: { [target]: message } } },
        where,
      );
    },
    serveAttachment(filename, bytes, options = {}) {
      const id = snowflake();
      const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
      attachments.set(id, { bytes: data, options });
      const url = `${fake.url}/attachments/${id}/${encodeURIComponent(filename)}`;
      return {
        id,
        filename,
        size: options.size ?? data.length,
        url,
        proxy_url: url,
        content_type: options.contentType ?? 'text/plain; charset=utf-8',
      };
    },

    waitForRequest(match, timeoutMs = 5000) {
      const done = requests.find(match);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (r: RecordedRequest) => {
            clearTimeout(timer);
            resolve(r);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async waitForMessage(interactionToken, timeoutMs) {
      const r = await fake.waitForRequest(
        (r) => r.params.token === interactionToken && r.status < 300 && messageOf(r) !== undefined,
        timeoutMs,
      );
      return messageOf(r) as Json;
    },
    async waitForDirectReply(messageId, timeoutMs) {
      const r = await fake.waitForRequest(
        (r) =>
          r.route === 'channel-message' &&
          r.status < 300 &&
          (r.body as Json | undefined)?.message_reference?.message_id === messageId,
        timeoutMs,
      );
      return r.body as Json;
    },
    requestsFor: (interactionToken) => requests.filter((r) => r.params.token === interactionToken),
    expireInteraction(interactionToken) {
      expiredTokens.add(interactionToken);
    },
    delayNext(match, ms) {
      delays.push({ match, ms });
    },
    async sendGatewayOp(op, d, shard = 0) {
      const session = await whenLive(shard);
      if (op === 9 && !d) sessions.delete(session.id);
      sendOp(session.ws, { op, d: d ?? null, s: null, t: null });
    },
    rateLimitNext(match, seconds) {
      rateLimits.push({ match, seconds });
    },
    failNext(match, status, times = 1) {
      failures.push({ match, status, times });
    },
    refuseIdentifies(code) {
      identifyRefusal = code;
    },
    async closeGateway(code, shard = 0) {
      const session = await whenLive(shard);
      live.delete(shard);
      // After these Discord has ended the session: a RESUME gets Invalid Session, the client identifies.
      if (SESSION_ENDING_CLOSES.has(code)) sessions.delete(session.id);
      session.ws.close(code, 'closed by the fake');
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.apiUrl = `${fake.url}/api`;
  return fake;
}

/** Alias matching the benchmark's expectations: `start({ port: 0 })`. */
export const start = startFakeDiscord;
