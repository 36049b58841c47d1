import type { RateLimiter } from '../core/rate-limit.ts';
import type { Logger } from '../logger.ts';
import type { Metrics, Platform } from './metrics.ts';
import type { HashUser } from './user-hash.ts';

export interface ObserveLimiterOptions {
  readonly platform: Platform;
  readonly logger: Logger;
  readonly metrics?: Metrics | undefined;
  /** Set only with LOG_QUESTIONS=true: the notice's log line then names the (hashed) sender. */
  readonly hashUser?: HashUser | undefined;
}

/** The same limiter, counting what it refuses; logs the first refusal of a flood, never a raw user id. */
export function observeLimiter(limiter: RateLimiter, options: ObserveLimiterOptions): RateLimiter {
  const { platform, logger, metrics, hashUser } = options;
  return {
    check(user, chat) {
      const decision = limiter.check(user, chat);
      if (decision.type === 'allow') return decision;
      metrics?.rateLimited(platform, decision);
      const fields = { platform, decision: decision.type, scope: decision.scope, ...(hashUser ? { user: hashUser(user) } : {}) };
      if (decision.type === 'notify') logger.info(fields, 'rate limited');
      else logger.debug(fields, 'rate limited');
      return decision;
    },
  };
}
