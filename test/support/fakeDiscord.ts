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
  user?: FakeUser;
  /** The member's permissions in the server (a bit field), default none. */
  permissions?: bigint;
}

export interface FakeDiscordOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The bot token the fake accepts. */
  token?: string;
}

export interface SentInteraction {
  id: string;
  token: string;
  /** `performance.now()` when it was dispatched. */
  at: number;
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

  /** Dispatches INTERACTION_CREATE (filling ids, token and application) once a session is up. */
  sendInteraction(interaction: Json): Promise<SentInteraction>;
  /** Dispatches a gateway event once a session is up; returns its sequence number. */
  dispatch(event: string, data: Json): Promise<number>;
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

  /** The first request (already made or still to come) that matches; rejects after `timeoutMs`. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** The first message the bot sent for an interaction (reply, update, deferred edit or follow-up). */
  waitForMessage(interactionToken: string, timeoutMs?: number): Promise<Json>;
  /** The message the bot sent in reply to a DM. */
  waitForDirectReply(messageId: string, timeoutMs?: number): Promise<Json>;
  /** Requests that belong to one interaction, so far. */
  requestsFor(interactionToken: string): RecordedRequest[];
  /** Answers the next request that matches with a 429 and `retry-after: seconds`. */
  rateLimitNext(match: (r: Pick<RecordedRequest, 'method' | 'route'>) => boolean, seconds: number): void;
  /** Closes the bot's gateway connection with `code` (4000: unknown error, resumable). */
  closeGateway(code: number): Promise<void>;
  close(): Promise<void>;
}

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
/** A fresh snowflake (Discord id) dated now. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment);
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

export async function startFakeDiscord({
  port = 0,
  token = `fake.${randomBytes(24).toString('base64url')}`,
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
  const rateLimits: { match: (r: Pick<RecordedRequest, 'method' | 'route'>) => boolean; seconds: number }[] =
    [];
  const messages = new Map<string, Json>();

  let sequence = 0;
  let sessionId = '';
  let live: WebSocket | undefined;
  let whenLive: Promise<WebSocket>;
  let setLive: (ws: WebSocket) => void = () => {};
  const resetLive = () => {
    live = undefined;
    whenLive = new Promise((resolve) => (setLive = resolve));
  };
  resetLive();

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

    const b = (body ?? {}) as Json;
    switch (record.route) {
      case 'gateway-bot':
        if (!record.authorized) return send(401, { message: '401: Unauthorized', code: 0 });
        return send(200, {
          url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
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
    sendOp(ws, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as Json;
      switch (payload.op) {
        case 1: // heartbeat
          sendOp(ws, { op: 11, d: null, s: null, t: null });
          break;
        case 2: {
          // identify
          identifies.push(payload.d as Json);
          if ((payload.d as Json).token !== token) {
            ws.close(4004, 'Authentication failed');
            return;
          }
          sessionId = randomUUID();
          const port = (server.address() as AddressInfo).port;
          sendOp(ws, {
            op: 0,
            t: 'READY',
            s: ++sequence,
            d: {
              v: 10,
              user: { ...userJson(botUser), verified: true, mfa_enabled: false, flags: 0 },
              guilds: [],
              session_id: sessionId,
              resume_gateway_url: `ws://127.0.0.1:${port}`,
              shard: [0, 1],
              application: { id: applicationId, flags: 0 },
            },
          });
          live = ws;
          setLive(ws);
          break;
        }
        case 6: // resume
          resumes.push(payload.d as Json);
          sendOp(ws, { op: 0, t: 'RESUMED', s: ++sequence, d: {} });
          live = ws;
          setLive(ws);
          break;
        default:
          break;
      }
    });
    ws.on('close', () => {
      if (live === ws) resetLive();
    });
  }

  async function dispatch(event: string, data: Json): Promise<number> {
    const ws = await whenLive;
    const s = ++sequence;
    sendOp(ws, { op: 0, t: event, s, d: data });
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
    return {
      user: u,
      context: {
        guild_id: guildId,
        channel_id: channelId,
        channel: { id: channelId, type: 0, guild_id: guildId, name: 'general' },
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

    async sendInteraction(interaction) {
      const sent = { id: snowflake(), token: `itoken.${randomBytes(24).toString('base64url')}` };
      await dispatch('INTERACTION_CREATE', { ...interaction, ...sent, application_id: applicationId });
      return { ...sent, at: performance.now() };
    },
    dispatch,
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
    rateLimitNext(match, seconds) {
      rateLimits.push({ match, seconds });
    },
    async closeGateway(code) {
      const ws = live ?? (await whenLive);
      resetLive();
      ws.close(code, 'closed by the fake');
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
