import { setTimeout as sleep } from 'node:timers/promises';
import { TelegramError } from 'telegraf';
import type { Logger } from '../../logger.ts';

/** How API calls are retried: 429 waits `retry_after`; 5xx and network errors back off. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** A 429 asking to wait longer than this is not retried. */
  readonly maxWaitMs: number;
  /** First backoff after a 5xx or a network error; multiplied by 4 each time. */
  readonly baseDelayMs: number;
}

export const SEND_RETRY: RetryPolicy = Object.freeze({ attempts: 4, maxWaitMs: 60_000, baseDelayMs: 250 });

/** What to log about an error: never its payload, which may hold user text. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof TelegramError) {
    const method = 'method' in error.on ? String(error.on.method) : undefined;
    return { error: 'TelegramError', code: error.code, description: error.description, method };
  }
  if (error instanceof Error) return { error: error.name, message: error.message.slice(0, 200) };
  return { error: typeof error };
}

/** How long to wait before retrying after `error` (attempt 0 is the first retry), or undefined if it must not be retried. */
export function retryDelay(error: unknown, attempt: number, baseDelayMs: number): number | undefined {
  const backoff = baseDelayMs * 4 ** attempt;
  if (error instanceof TelegramError) {
    if (error.code === 429) return (error.parameters?.retry_after ?? 1) * 1000;
    return error.code >= 500 ? backoff : undefined;
  }
  // node-fetch reports refused, reset and dropped connections as FetchError, a call cut by its time limit as AbortError.
  return error instanceof Error && (error.name === 'FetchError' || error.name === 'AbortError') ? backoff : undefined;
}

/** Runs an API call, retrying flood waits and transient failures within the policy; rethrows the rest. */
export async function withRetry<T>(call: () => Promise<T>, logger: Logger, policy: RetryPolicy = SEND_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const delay = retryDelay(error, attempt, policy.baseDelayMs);
      if (delay === undefined || delay > policy.maxWaitMs || attempt + 1 >= policy.attempts) throw error;
      logger.warn({ ...describeError(error), attempt: attempt + 1, delayMs: delay }, 'telegram call failed, retrying');
      await sleep(delay);
    }
  }
}
