import { describe, expect, it } from 'vitest';
import { createRateLimiter, type RateLimitOptions } from '../../src/core/rate-limit.ts';

/** A limiter on a hand-driven clock. */
function limiter(options: Omit<RateLimitOptions, 'now'>) {
  let t = 0;
  const l = createRateLimiter({ ...options, now: () => t });
  return { check: (user: string, chat = user) => l.check(user, chat).type, advance: (ms: number) => void (t += ms) };
}

const USER = { burst: 3, perMinute: 6 }; // one token every 10 s
const WIDE = { burst: 100, perMinute: 600 };

describe('createRateLimiter', () => {
  it('allows a burst, notifies once on the first excess message, then drops quietly', () => {
    const l = limiter({ user: USER, chat: WIDE });
    expect(['a', 'a', 'a', 'a', 'a', 'a'].map((u) => l.check(u))).toEqual(['allow', 'allow', 'allow', 'notify', 'drop', 'drop']);
  });

  it('refills at the configured rate and notifies again only after an allowed message', () => {
    const l = limiter({ user: USER, chat: WIDE });
    for (let i = 0; i < 4; i += 1) l.check('a');
    l.advance(9_999);
    expect(l.check('a')).toBe('drop');
    l.advance(1);
    expect(l.check('a')).toBe('allow');
    expect(l.check('a')).toBe('notify');
  });

  it('never lets one user’s flood take another user’s tokens', () => {
    const l = limiter({ user: USER, chat: WIDE });
    for (let i = 0; i < 50; i += 1) l.check('flooder', 'group');
    expect(l.check('someone-else', 'group')).toBe('allow');
  });

  it('limits a whole chat when many people write at once, with one notice for the chat', () => {
    const l = limiter({ user: USER, chat: { burst: 4, perMinute: 6 } });
    const decisions = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map((u) => l.check(u, 'group'));
    expect(decisions).toEqual(['allow', 'allow', 'allow', 'allow', 'notify', 'drop']);
    expect(l.check('u7', 'another-group')).toBe('allow');
  });

  it('tells which bucket ran out', () => {
    const l = createRateLimiter({ user: { burst: 1, perMinute: 1 }, chat: { burst: 2, perMinute: 1 }, now: () => 0 });
    l.check('a', 'g');
    expect(l.check('a', 'g')).toEqual({ type: 'notify', scope: 'user' });
    l.check('b', 'g');
    expect(l.check('c', 'g')).toEqual({ type: 'notify', scope: 'chat' });
  });

  it('keeps the state of active senders across the periodic sweeps of idle ones', () => {
    const l = limiter({ user: { burst: 1, perMinute: 1 }, chat: WIDE });
    l.check('active');
    for (let i = 0; i < 2000; i += 1) l.check(`passer-by-${i}`);
    expect(l.check('active')).toBe('notify');
  });
});
