// telegraf's callApi types its signal as this polyfill's (a dependency of telegraf); Node's AbortSignal does not fit that type.
import { AbortController, type AbortSignal } from 'abort-controller';
import { TelegramError, type Telegram } from 'telegraf';
import type { Opts, Update } from 'telegraf/types';
import type { Logger } from '../../logger.ts';
import { describeError, retryDelay } from './retry.ts';

/** Update kinds the bot handles; Telegram sends nothing else. */
export const ALLOWED_UPDATES = Object.freeze(['message', 'callback_query', 'inline_query'] as const);

const LONG_POLL_SECONDS = 50;
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 30_000;
/** A long poll that has not answered this long after its own timeout is taken as hung, aborted and retried. */
const HUNG_AFTER_MS = LONG_POLL_SECONDS * 1000 + 10_000;
/** The last offset confirmation on stop may not hold up shutdown longer than this. */
const CONFIRM_TIMEOUT_MS = 2000;

export interface PollingHooks {
  readonly logger: Logger;
  /** Called for each update without waiting, so a slow answer (a flood wait) never stalls other chats. */
  readonly onUpdate: (update: Update) => void;
  /** Reports whether the last getUpdates succeeded. */
  readonly onConnected: (connected: boolean) => void;
}

export interface Polling {
  /** Stops after the request in flight and confirms the last offset to Telegram. */
  stop(): Promise<void>;
}

/** Waits `ms`, or less if the signal aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** Calls getUpdates with an abort on stop and on a hang (Telegram's client would otherwise wait 500 s). */
async function getUpdates(telegram: Telegram, params: Opts<'getUpdates'>, stop: AbortSignal, hungAfterMs: number): Promise<Update[]> {
  const request = new AbortController();
  const abort = (): void => request.abort();
  stop.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(abort, hungAfterMs);
  try {
    return await telegram.callApi('getUpdates', params, { signal: request.signal });
  } finally {
    clearTimeout(timer);
    stop.removeEventListener('abort', abort);
  }
}

/** Telegram says the token or the API root is wrong: retrying cannot help. */
const isFatal = (error: unknown): boolean => error instanceof TelegramError && (error.code === 401 || error.code === 404);

/**
 * Long polling with its own resilience: unlike telegraf's loop (a flat 5 s after any failure), a
 * 429 waits `retry_after`, a 5xx or a dropped connection backs off from 250 ms up to 30 s.
 */
export function startPolling(telegram: Telegram, hooks: PollingHooks): Polling {
  const controller = new AbortController();
  const { signal } = controller;
  let offset = 0;

  const loop = async (): Promise<void> => {
    for (let failures = 0; !signal.aborted; ) {
      try {
        const updates = await getUpdates(telegram, { timeout: LONG_POLL_SECONDS, offset, allowed_updates: [...ALLOWED_UPDATES] }, signal, HUNG_AFTER_MS);
        failures = 0;
        hooks.onConnected(true);
        for (const update of updates) {
          offset = Math.max(offset, update.update_id + 1);
          hooks.onUpdate(update);
        }
      } catch (error) {
        if (signal.aborted) break;
        hooks.onConnected(false);
        if (isFatal(error)) {
          hooks.logger.error({ ...describeError(error) }, 'telegram polling stopped: check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT');
          return;
        }
        const delay = Math.min(retryDelay(error, failures, FIRST_BACKOFF_MS) ?? FIRST_BACKOFF_MS * 4 ** failures, MAX_BACKOFF_MS);
        failures += 1;
        hooks.logger.warn({ ...describeError(error), failures, delayMs: delay }, 'telegram getUpdates failed, retrying');
        await pause(delay, signal);
      }
    }
    // Confirms the updates already taken, so a restart does not answer them twice.
    await getUpdates(telegram, { offset, limit: 1, timeout: 0 }, new AbortController().signal, CONFIRM_TIMEOUT_MS).catch(() => undefined);
  };

  const done = loop();
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
}
