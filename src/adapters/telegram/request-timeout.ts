// telegraf's callApi types its signal as this polyfill's (a dependency of telegraf); Node's AbortSignal does not fit that type.
import { AbortController } from 'abort-controller';
import type { Telegram } from 'telegraf';

/** A Bot API call that has not answered in this long is aborted (and retried where the caller retries). */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Gives every API call made without a signal of its own a timeout: telegraf's own is 500 s, long enough for
 * one hung send to hold a chat's answer for minutes. Calls that bring a signal (the long poll) keep theirs.
 */
export function limitRequestTime(telegram: Telegram, ms: number): void {
  const call = telegram.callApi.bind(telegram);
  const limited: typeof call = async (method, payload, extra = {}) => {
    if (extra.signal) return call(method, payload, extra);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    try {
      return await call(method, payload, { signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  };
  telegram.callApi = limited;
}
