/** One token bucket's shape: `burst` messages at once, refilled at `perMinute`. */
export interface BucketSpec {
  readonly burst: number;
  readonly perMinute: number;
}

export interface RateLimitOptions {
  /** Each person, across every chat. */
  readonly user: BucketSpec;
  /** Each chat, group or channel, everyone in it together. */
  readonly chat: BucketSpec;
  /** Milliseconds, monotonic; injected in tests. */
  readonly now?: () => number;
}

/** Which bucket ran out: the person's or the chat's. */
export type RateScope = 'user' | 'chat';

/**
 * `allow`: answer. `notify`: the first message over the limit, which gets one short notice.
 * `drop`: every later one while the bucket is still empty, dropped without a word.
 */
export type RateDecision = { readonly type: 'allow' } | { readonly type: 'notify' | 'drop'; readonly scope: RateScope };

export interface RateLimiter {
  /** Takes one message from `user` in `chat` and tells what to do with it. */
  check(user: string, chat: string): RateDecision;
}

const ALLOW: RateDecision = Object.freeze({ type: 'allow' });

interface Bucket {
  tokens: number;
  at: number;
  notified: boolean;
}

/** Buckets are swept (the full ones forgotten) every this many checks, so memory follows active senders only. */
const SWEEP_EVERY = 1000;

/** Creates per-user and per-chat token buckets. Pure apart from the clock; O(1) per message. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? (() => performance.now());
  const users = new Map<string, Bucket>();
  const chats = new Map<string, Bucket>();
  let checks = 0;

  const refill = (map: Map<string, Bucket>, key: string, spec: BucketSpec, t: number): Bucket => {
    const bucket = map.get(key) ?? { tokens: spec.burst, at: t, notified: false };
    bucket.tokens = Math.min(spec.burst, bucket.tokens + ((t - bucket.at) * spec.perMinute) / 60_000);
    bucket.at = t;
    map.set(key, bucket);
    return bucket;
  };

  const sweep = (map: Map<string, Bucket>, spec: BucketSpec, t: number): void => {
    for (const [key, b] of map) if (b.tokens + ((t - b.at) * spec.perMinute) / 60_000 >= spec.burst) map.delete(key);
  };

  const deny = (bucket: Bucket, scope: RateScope): RateDecision => {
    if (bucket.notified) return { type: 'drop', scope };
    bucket.notified = true;
    return { type: 'notify', scope };
  };

  return {
    check(user, chat) {
      const t = now();
      if (++checks % SWEEP_EVERY === 0) {
        sweep(users, options.user, t);
        sweep(chats, options.chat, t);
      }
      const u = refill(users, user, options.user, t);
      const c = refill(chats, chat, options.chat, t);
      if (u.tokens < 1) return deny(u, 'user');
      if (c.tokens < 1) return deny(c, 'chat');
      u.tokens -= 1;
      c.tokens -= 1;
      u.notified = false;
      c.notified = false;
      return ALLOW;
    },
  };
}
