import type { Bot } from '../../core/bot.ts';
import type { RateLimiter } from '../../core/rate-limit.ts';
import type { Logger } from '../../logger.ts';

/** What the Discord handlers share. */
export interface HandlerContext {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly helpChannelIds: ReadonlySet<string>;
  /** Per-user and per-channel limits; none when undefined. */
  readonly limiter?: RateLimiter | undefined;
}

/** The log fields of a reply: its type and topic, never its text. */
export function replyFields(reply: { readonly type: string; readonly id?: string }): Record<string, string | undefined> {
  return { reply: reply.type, topic: reply.id };
}
