/**
 * METRICS_PORT: the bot as `npm start` runs it, scraped over HTTP like a probe and Prometheus would.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { spawnLede, type LedeProcess } from '../support/spawnLede.ts';

const ADMIN = { id: snowflake(), username: 'editor' };

/** The value of one sample in Prometheus text, e.g. `lede_questions_total{surface="command"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the metrics server (METRICS_PORT)', () => {
  let fake: FakeDiscord;
  let bot: LedeProcess;
  let url: string;

  beforeAll(async () => {
    fake = await startFakeDiscord({ port: 0 });
    bot = spawnLede(['--import', 'tsx', 'src/index.ts'], {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      ADMIN_USER_IDS: ADMIN.id,
      METRICS_PORT: '0',
      LOG_LEVEL: 'info',
    });
    await bot.waitForOutput('connected to Discord', 25_000);
    const line = bot
      .output()
      .split('\n')
      .find((l) => l.includes('metrics server listening'));
    url = (JSON.parse(line!) as { url: string }).url;
  });
  afterAll(async () => {
    bot?.kill();
    await fake?.close();
  });

  it('GIVEN no METRICS_HOST THEN it listens on 127.0.0.1 only', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('GIVEN the bot connected with its stories loaded WHEN /healthz is probed THEN 200 with the gateway and index in JSON', async () => {
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      gateway: { ready: true, shards: [{ shard: 0, status: 'Ready', ready: true }] },
      index: { loaded: true, stories: 1, paragraphs: 13 },
    });
  });

  it('GIVEN raw requests whose target is no URL (`GET http://[x HTTP/1.1`) WHEN sent to the port THEN each gets 400 and the bot lives on (one such request killed it)', async () => {
    const port = Number(new URL(url).port);
    /** The status line the server answers a raw request with. */
    const statusOf = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () =>
          socket.write(`GET ${target} HTTP/1.1\r\nHost: lede\r\nConnection: close\r\n\r\n`),
        );
        let reply = '';
        socket.setEncoding('utf8').on('data', (d: string) => (reply += d));
        socket.on('close', () => resolve(reply.split('\r\n')[0] ?? ''));
        socket.on('error', reject);
      });
    for (const target of ['http://[bad/', 'http://a b/', '//']) {
      expect(await statusOf(target), target).toBe('HTTP/1.1 400 Bad Request');
    }
    expect(bot.child.exitCode).toBeNull();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('GIVEN an answered question, an unanswerable one, a DM and a /reindex WHEN /metrics is scraped THEN each is counted, timed and labelled', async () => {
    for (const question of [
      'Who said freedom is never given for free?',
      'What is the capital of Australia?',
    ]) {
      const { token } = await fake.sendInteraction(fake.slashCommand('ask', { question }));
      await fake.waitForMessage(token);
    }
    await fake.waitForDirectReply(await fake.sendDirectMessage('Who said freedom is never given for free?'));
    const reindex = await fake.sendInteraction(fake.slashCommand('reindex', {}, { user: ADMIN }));
    await fake.waitForMessage(reindex.token, 15_000); // a reindex rebuilds in a worker: seconds on a loaded machine

    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(sample(text, 'lede_questions_total{surface="command"}')).toBe(2);
    expect(sample(text, 'lede_questions_total{surface="dm"}')).toBe(1);
    expect(sample(text, 'lede_answers_total{surface="command",kind="who-said"}')).toBe(1);
    expect(sample(text, 'lede_answers_total{surface="dm",kind="who-said"}')).toBe(1);
    expect(sample(text, 'lede_refusals_total{surface="command",kind="what"}')).toBe(1);
    expect(sample(text, 'lede_answer_duration_seconds_count{surface="command"}')).toBe(2);
    expect(sample(text, 'lede_answer_duration_seconds_bucket{le="+Inf",surface="command"}')).toBe(2);
    expect(sample(text, 'lede_reindexes_total{result="ok"}')).toBe(1);
    expect(sample(text, 'lede_reindex_duration_seconds_count{result="ok"}')).toBe(1);
    expect(sample(text, 'lede_gateway_ready{shard="0"}')).toBe(1);
    expect(sample(text, 'lede_stories')).toBe(1);
    expect(sample(text, 'lede_paragraphs')).toBe(13);
    expect(sample(text, 'lede_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('GIVEN the gateway session is gone and not yet back WHEN /healthz is probed THEN 503 naming the shard’s state', async () => {
    fake.refuseIdentifies(4000); // every new session is closed again: the bot keeps trying
    await fake.closeGateway(4009); // session timed out: discord.js identifies anew, and is refused
    const deadline = performance.now() + 10_000;
    let res = await fetch(`${url}/healthz`);
    while (res.status === 200 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      res = await fetch(`${url}/healthz`);
    }
    expect(res.status).toBe(503);
    const body = (await res.json()) as {
      ok: boolean;
      gateway: { ready: boolean; shards: { status: string }[] };
    };
    expect(body.ok).toBe(false);
    expect(body.gateway.ready).toBe(false);
    expect(body.gateway.shards[0]!.status).not.toBe('Ready');
    fake.refuseIdentifies(undefined);
  });
});
