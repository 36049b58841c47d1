import type { Server } from 'node:http';
import { Telegraf, TelegramError } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Bot } from '../../core/bot.ts';
import type { Lang } from '../../core/lang.ts';
import type { RateLimiter } from '../../core/rate-limit.ts';
import type { Logger } from '../../logger.ts';
import type { Adapter } from '../adapter.ts';
import { registerButtonHandlers } from './button-handlers.ts';
import { commandMenu } from './commands.ts';
import type { TelegramConfig } from './config.ts';
import { registerInlineHandler } from './inline-handler.ts';
import { registerMessageHandlers } from './message-handlers.ts';
import { ALLOWED_UPDATES, startPolling, type Polling } from './polling.ts';
import { rateLimit } from './rate-limit.ts';
import { describeError, withRetry } from './retry.ts';
import { limitRequestTime, REQUEST_TIMEOUT_MS } from './request-timeout.ts';
import { registerErrorBoundary } from './error-boundary.ts';
import type { HandlerDeps } from './responder.ts';
import { startWebhookServer, webhookRoute } from './webhook-server.ts';

/** The Telegram adapter; `webhookPort` tells which port the webhook server got (useful with port 0). */
/** How long stop() waits for answers in flight. */
const STOP_GRACE_MS = 3000;

export type TelegramAdapter = Adapter & { webhookPort(): number | undefined };

/** Telegram through telegraf: long polling by default, a webhook server when `config.webhook` is set. */
export function createTelegramAdapter(config: TelegramConfig, bot: Bot, deps: { logger: Logger; limiter?: RateLimiter | undefined }): TelegramAdapter {
  const logger = deps.logger.child({ adapter: 'telegram' });
  // telegraf resolves methods relative to apiRoot, so a path prefix without a trailing '/' would be dropped.
  const apiRoot = config.apiRoot ? config.apiRoot.replace(/\/?$/, '/') : undefined;
  // webhookReply: false sends every call over HTTP, so no answer hides in a webhook response.
  const tg = new Telegraf(config.token, { telegram: { webhookReply: false, ...(apiRoot ? { apiRoot } : {}) } });
  const requestTimeoutMs = config.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  limitRequestTime(tg.telegram, requestTimeoutMs);
  const handlerDeps: HandlerDeps = { bot, logger, chatLangs: new Map<number, Lang>() };
  const inFlight = new Set<Promise<void>>();
  let polling: Polling | undefined;
  let server: Server | undefined;
  let isConnected = false;

  tg.use(async (ctx, next) => {
    // telegraf gives each update a Telegram client of its own: it gets the same time limit.
    limitRequestTime(ctx.telegram, requestTimeoutMs);
    const started = performance.now();
    await next();
    logger.debug({ update: ctx.updateType, ms: Math.round(performance.now() - started) }, 'telegram update handled');
  });
  if (deps.limiter) tg.use(rateLimit(deps.limiter, handlerDeps));
  registerMessageHandlers(tg, handlerDeps);
  registerButtonHandlers(tg, handlerDeps);
  registerInlineHandler(tg, handlerDeps);
  registerErrorBoundary(tg, handlerDeps);

  const dispatch = (update: Update): void => {
    const done: Promise<void> = tg
      .handleUpdate(update)
      .catch((error: unknown) => logger.error({ ...describeError(error) }, 'telegram update escaped the error boundary'))
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  const connect = async (): Promise<void> => {
    try {
      tg.botInfo = await withRetry(() => tg.telegram.getMe(), logger);
    } catch (error) {
      if (error instanceof TelegramError && error.code === 401) throw new Error('Telegram refused the bot token (401): check TELEGRAM_BOT_TOKEN, as given by @BotFather.');
      throw error;
    }
    await withRetry(() => tg.telegram.setMyCommands(commandMenu('en')), logger);
    await withRetry(() => tg.telegram.setMyCommands(commandMenu('fr'), { language_code: 'fr' }), logger);
  };

  return {
    name: 'telegram',
    connected: () => isConnected,
    webhookPort: () => {
      const address = server?.address();
      return typeof address === 'object' && address !== null ? address.port : undefined;
    },
    async start() {
      await connect();
      if (config.webhook) {
        const route = webhookRoute(config.webhook, config.token);
        server = await startWebhookServer(config.webhook, route.path, dispatch, logger);
        await withRetry(() => tg.telegram.setWebhook(route.url, { secret_token: config.webhook?.secretToken, allowed_updates: [...ALLOWED_UPDATES] }), logger);
        isConnected = true;
        logger.info({ mode: 'webhook', port: config.webhook.port }, 'telegram adapter started');
        return;
      }
      await withRetry(() => tg.telegram.deleteWebhook(), logger);
      polling = startPolling(tg.telegram, { logger, onUpdate: dispatch, onConnected: (c) => (isConnected = c) });
      isConnected = true;
      logger.info({ mode: 'polling' }, 'telegram adapter started');
    },
    async stop() {
      const closing = server;
      server = undefined;
      await polling?.stop();
      polling = undefined;
      if (closing) await new Promise<void>((resolve) => (closing.close(() => resolve()), closing.closeIdleConnections()));
      // Answers in flight may finish; one stuck on a hung connection must not hold up shutdown.
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)));
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      clearTimeout(timer);
      if (inFlight.size > 0) logger.warn({ abandoned: inFlight.size }, 'telegram answers still in flight at shutdown');
      isConnected = false;
      logger.info({}, 'telegram adapter stopped');
    },
  };
}
