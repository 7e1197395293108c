import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveKnowledge, type KnowledgeBase } from '../../src/qa/index.ts';
import { shownText, startTestBot, type TestBot } from './harness.ts';

const QUESTION = 'Why did Yoon say IP4 countries attended the NATO summit?';

/** Knowledge that throws an unexpected error when told to, as a broken engine would. */
class FlakyKnowledge extends LiveKnowledge {
  failures = 0;
  override get current(): KnowledgeBase {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('disk on fire');
    }
    return super.current;
  }
}

describe('the bot under failures', () => {
  let t: TestBot;
  let live: FlakyKnowledge;
  beforeAll(async () => {
    t = await startTestBot({
      makeLive: (initial, load) => (live = new FlakyKnowledge(initial, load)),
    });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const ask = async () => {
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('ask', { question: QUESTION }));
    return { token, message: await t.fake.waitForMessage(token) };
  };

  it('GIVEN a handler that throws after deferring WHEN /ask THEN the deferred reply becomes a generic message whose ref is in the log, and the next /ask is answered', async () => {
    live.failures = 1;
    const failed = await ask();
    const ref = /^Something went wrong \(ref ([0-9A-F]{6})\)\. Please try again in a moment\.$/.exec(
      failed.message.content as string,
    )?.[1];
    expect(ref).toBeDefined();
    expect(t.fake.requestsFor(failed.token).map((r) => r.route)).toEqual([
      'interaction-callback',
      'edit-original',
    ]);
    const entry = t.logs.find((l) => l.ref === ref)!;
    expect(entry).toMatchObject({ level: 50, command: 'ask', kind: 'command', msg: 'handler failed' });
    expect(entry.err.message).toBe('disk on fire');
    expect(entry.interactionId).toMatch(/^\d+$/);

    const next = await ask();
    expect(shownText(next.message)).toContain(live.current.stories[0]!.title);
  });

  it('GIVEN a handler that throws before answering WHEN /stories THEN the generic message is an ephemeral reply', async () => {
    live.failures = 1;
    const { token } = await t.fake.sendInteraction(t.fake.slashCommand('stories'));
    const reply = await t.fake.waitForMessage(token);
    expect(reply).toMatchObject({ callbackType: 4, flags: MessageFlags.Ephemeral });
    expect(reply.content).toMatch(/^Something went wrong \(ref [0-9A-F]{6}\)/);
  });

  it('GIVEN the gateway closes with a resumable code WHEN the next question comes THEN the bot has resumed its session and answers it', async () => {
    await t.fake.closeGateway(4000);
    const { message } = await ask();
    expect(t.fake.resumes).toHaveLength(1);
    expect(t.fake.resumes[0]!.session_id).toBeTypeOf('string');
    expect(t.fake.identifies).toHaveLength(1);
    expect(shownText(message)).toMatch(/¶\d+/);
  });

  it('GIVEN Discord answers 429 with retry-after WHEN the bot replies THEN it waits, retries, and the reply lands', async () => {
    t.fake.rateLimitNext((r) => r.route === 'interaction-callback', 0.2);
    const { token, at } = await t.fake.sendInteraction(t.fake.slashCommand('help'));
    const reply = await t.fake.waitForMessage(token);
    const attempts = t.fake.requestsFor(token);
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(190);
    expect(attempts[1]!.at - at).toBeLessThan(3000);
    expect(reply.embeds[0].description).toContain('/ask');
  });

  it('GIVEN the bot token WHEN anything was logged THEN the token appears in no log line', () => {
    expect(t.logs.length).toBeGreaterThan(5);
    expect(JSON.stringify(t.logs)).not.toContain(t.fake.token);
  });
});
