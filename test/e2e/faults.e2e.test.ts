/**
 * Discord misbehaving while people ask, through the real discord.js client and the fake Discord on
 * 127.0.0.1: a slow REST answer for one user, one failed reply, rate limits on a DM reply, and the
 * gateway sessions Discord ends (not resumable) or moves (Reconnect, Invalid Session).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from '../support/fakeDiscord.ts';
import { buttonsOf, shownText, startTestBot, type TestBot } from './harness.ts';

const QUESTION = 'Who called the cooperation a collusion of convenience?';
const ANSWER = /Yoon Suk Yeol/;

describe('the bot when Discord is slow, failing or moving its sessions', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  }, 30_000);
  afterAll(async () => {
    await t?.stop();
  });

  const ask = async (user = { id: snowflake(), username: 'reader' }) => {
    const sent = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question: QUESTION }, { user }));
    return { ...sent, message: await t.fake.waitForMessage(sent.token, 15_000) };
  };
  /** The bot answers again, whatever the gateway went through (bounded: 20 s). */
  const answersAgain = async () => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        return await ask();
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
  };

  it('GIVEN Discord takes 2.5 s to accept one user’s deferral WHEN another user asks meanwhile THEN the other is answered first, and the slow one still gets the answer', async () => {
    t.fake.delayNext((r) => r.route === 'interaction-callback', 2_500);
    const slow = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question: QUESTION }));
    const quick = await ask();
    const slowAnswer = await t.fake.waitForMessage(slow.token, 15_000);
    expect(shownText(quick.message)).toMatch(ANSWER);
    expect(shownText(slowAnswer)).toMatch(ANSWER);
    const slowDeferral = t.fake.requestsFor(slow.token)[0]!;
    const quickAnswered = t.fake.requestsFor(quick.token).at(-1)!;
    // `at` is when the request arrived; the slow deferral was answered 2.5 s after it.
    expect(quickAnswered.at).toBeLessThan(slowDeferral.at + 2_500);
  }, 30_000);

  it('GIVEN the deferral fails once with a 500 WHEN asked THEN discord.js retries it and the answer lands', async () => {
    t.fake.failNext((r) => r.route === 'interaction-callback', 500, 1);
    const { token, message } = await ask();
    expect(shownText(message)).toMatch(ANSWER);
    const statuses = t.fake.requestsFor(token).map((r) => r.status);
    expect(statuses[0]).toBe(500);
    expect(statuses.slice(1).every((s) => s < 300)).toBe(true);
  }, 30_000);

  it('GIVEN a DM reply answered 429 (retry after 1 s) THEN the bot waits and the reply lands', async () => {
    t.fake.rateLimitNext((r) => r.route === 'channel-message' && r.method === 'POST', 1);
    const id = await t.fake.sendDirectMessage(QUESTION);
    const started = performance.now();
    const reply = await t.fake.waitForDirectReply(id, 15_000);
    expect(shownText(reply)).toMatch(ANSWER);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  }, 30_000);

  for (const code of [4007, 4009]) {
    it(`GIVEN the gateway closes with ${code} (session not resumable) WHEN the next question comes THEN the bot identifies anew and answers`, async () => {
      const identifies = t.fake.identifies.length;
      await t.fake.closeGateway(code);
      const { message } = await answersAgain();
      expect(shownText(message)).toMatch(ANSWER);
      expect(t.fake.identifies.length).toBe(identifies + 1);
    }, 30_000);
  }

  /** Waits (at most 10 s) until `count()` grows past `from`. */
  const grows = async (count: () => number, from: number) => {
    for (let waited = 0; count() <= from && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(count()).toBeGreaterThan(from);
  };

  it('GIVEN Discord asks the bot to reconnect (op 7) and then ends its session (op 9, not resumable) THEN it resumes, then identifies anew, and answers after each', async () => {
    const resumes = t.fake.resumes.length;
    await t.fake.sendGatewayOp(7);
    await grows(() => t.fake.resumes.length, resumes);
    expect(shownText((await answersAgain()).message)).toMatch(ANSWER);

    const identifies = t.fake.identifies.length;
    await t.fake.sendGatewayOp(9, false);
    await grows(() => t.fake.identifies.length, identifies);
    expect(shownText((await answersAgain()).message)).toMatch(ANSWER);
    expect(t.logs.some((l) => l.level >= 50)).toBe(false);
  }, 60_000);

  /** The routes and statuses of one interaction's requests, once `settled` ms passed without more. */
  const requestsSettled = async (token: string, settled = 1_000) => {
    let seen = -1;
    while (seen !== t.fake.requestsFor(token).length) {
      seen = t.fake.requestsFor(token).length;
      await new Promise((resolve) => setTimeout(resolve, settled));
    }
    return t.fake.requestsFor(token).map((r) => `${r.route} ${r.status}`);
  };
  const errorsLogged = () => t.logs.filter((l) => l.level >= 50).length;

  it('GIVEN interactions that reach the bot after Discord gave up on them (10062 Unknown interaction) WHEN /ask, /help, a button and autocomplete THEN each is tried once and logged as expired, not as a failure, and the next /ask is answered', async () => {
    const answered = await ask();
    const [, button] = [...buttonsOf(answered.message)][0]!;
    const errors = errorsLogged();
    for (const interaction of [
      t.fake.slashCommand('ask', { question: QUESTION }),
      t.fake.slashCommand('help'),
      t.fake.buttonClick(button, answered.message),
      t.fake.autocomplete('ask', 'question', 'Yoon'),
    ]) {
      const { token } = await t.fake.sendInteraction(interaction, { expired: true });
      expect(await requestsSettled(token)).toEqual(['interaction-callback 404']);
    }
    const expired = t.logs.filter((l) => l.msg === 'interaction expired before it was answered');
    expect(expired.map((l) => [l.level, l.code])).toEqual(Array(4).fill([40, 10062]));
    expect(errorsLogged()).toBe(errors);
    expect(shownText((await ask()).message)).toMatch(ANSWER);
  }, 30_000);

  it('GIVEN /ask deferred, then its token expires before the answer is posted (50027) THEN the edit is tried once, nothing else is sent, and it is logged as expired', async () => {
    t.fake.delayNext((r) => r.route === 'edit-original', 1_000);
    const errors = errorsLogged();
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question: QUESTION }));
    await t.fake.waitForRequest((r) => r.params.token === token && r.route === 'interaction-callback');
    t.fake.expireInteraction(token);
    expect(await requestsSettled(token, 1_500)).toEqual(['interaction-callback 204', 'edit-original 401']);
    expect(t.logs.at(-1)).toMatchObject({ level: 40, code: 50027, command: 'ask' });
    expect(errorsLogged()).toBe(errors);
  }, 30_000);
});
