import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/bot/rateLimiter.ts';

describe('RateLimiter', () => {
  const make = () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 5, windowMs: 10_000, now: () => now });
    return { limiter, advance: (ms: number) => (now += ms) };
  };

  it('GIVEN 5 questions per 10 s WHEN a user asks a sixth within the window THEN it is refused with the wait left', () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 5; i++) {
      expect(limiter.take('ana')).toEqual({ allowed: true });
      advance(1000);
    }
    expect(limiter.take('ana')).toEqual({ allowed: false, retryAfterMs: 5000, repeated: false });
  });

  it('GIVEN a user refused once WHEN refused again in the window THEN the refusal is marked repeated; once allowed again, the next refusal is the first again', () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 5; i++) limiter.take('ana');
    expect(limiter.take('ana')).toMatchObject({ allowed: false, repeated: false });
    expect(limiter.take('ana')).toMatchObject({ allowed: false, repeated: true });
    expect(limiter.take('ben')).toEqual({ allowed: true });
    advance(10_000);
    for (let i = 0; i < 5; i++) expect(limiter.take('ana').allowed).toBe(true);
    expect(limiter.take('ana')).toMatchObject({ allowed: false, repeated: false });
  });

  it('GIVEN a full window WHEN the oldest question ages out THEN one more is allowed (sliding window)', () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 5; i++) {
      limiter.take('ana');
      advance(1000);
    }
    advance(4_999); // the first question was 9.999 s ago
    expect(limiter.take('ana').allowed).toBe(false);
    advance(1);
    expect(limiter.take('ana').allowed).toBe(true);
    expect(limiter.take('ana').allowed).toBe(false);
  });

  it('GIVEN one user at the limit THEN another user is not affected, and refused attempts do not count', () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 5; i++) limiter.take('ana');
    for (let i = 0; i < 20; i++) limiter.take('ana');
    expect(limiter.take('ben').allowed).toBe(true);
    advance(10_000);
    expect(limiter.take('ana').allowed).toBe(true);
  });

  it('GIVEN users who stopped asking THEN they are forgotten, so memory stays bounded', () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 100; i++) limiter.take(`user-${i}`);
    expect(limiter.size).toBe(100);
    advance(10_000);
    limiter.take('last');
    expect(limiter.size).toBe(1);
  });

  it('GIVEN a nonsense limit THEN it refuses to build', () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 1000 })).toThrow(/RateLimiter/);
  });
});
