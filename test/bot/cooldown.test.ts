import { describe, expect, it } from 'vitest';
import { reindexCooldownMessage } from '../../src/bot/commands/reindex.ts';
import { Cooldown } from '../../src/bot/cooldown.ts';

describe('Cooldown', () => {
  it('GIVEN nothing happened yet THEN the action may start at once', () => {
    expect(new Cooldown({ ms: 30_000, now: () => 5 }).remainingMs()).toBe(0);
  });

  it('GIVEN an action just ended THEN the next waits the whole pause, then may start', () => {
    let clock = 1_000;
    const cooldown = new Cooldown({ ms: 30_000, now: () => clock });
    cooldown.start();
    clock += 12_000;
    expect(cooldown.remainingMs()).toBe(18_000);
    clock += 18_000;
    expect(cooldown.remainingMs()).toBe(0);
  });

  it('GIVEN a pause of 0 THEN nothing ever waits', () => {
    const cooldown = new Cooldown({ ms: 0, now: () => 7 });
    cooldown.start();
    expect(cooldown.remainingMs()).toBe(0);
  });

  it('GIVEN a wait THEN the reply says when the last reindex was, the pause and when to try again', () => {
    expect(reindexCooldownMessage(30_000, 18_000)).toBe(
      'The stories were reindexed 12 s ago; reindexes are 30 s apart. Try again in 18 s.',
    );
  });
});
