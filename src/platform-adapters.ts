import type { Adapter } from './adapters/adapter.ts';
import { createDiscordAdapter } from './adapters/discord/adapter.ts';
import { createTelegramAdapter } from './adapters/telegram/adapter.ts';
import { discordConfig, telegramConfig } from './adapter-configs.ts';
import type { Config } from './config.ts';
import type { Bot } from './core/bot.ts';
import { createRateLimiter, type RateLimiter } from './core/rate-limit.ts';
import type { Logger } from './logger.ts';
import { instrumentBot } from './ops/instrumented-bot.ts';
import type { Metrics, Platform } from './ops/metrics.ts';
import { observeLimiter } from './ops/observe-limiter.ts';
import type { HashUser } from './ops/user-hash.ts';

export interface Observers {
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Set with LOG_QUESTIONS=true only. */
  readonly hashUser?: HashUser | undefined;
}

/** Each platform gets its own logged bot (the knowledge base stays shared) and its own limiter. */
function wire(config: Config, bot: Bot, platform: Platform, o: Observers): { bot: Bot; limiter: RateLimiter; logger: Logger } {
  const limiter = createRateLimiter({
    user: { burst: config.RATE_LIMIT_USER_BURST, perMinute: config.RATE_LIMIT_USER_PER_MINUTE },
    chat: { burst: config.RATE_LIMIT_CHAT_BURST, perMinute: config.RATE_LIMIT_CHAT_PER_MINUTE },
  });
  return {
    bot: instrumentBot(bot, { platform, logger: o.logger, metrics: o.metrics, logQuestions: config.LOG_QUESTIONS }),
    limiter: observeLimiter(limiter, { platform, logger: o.logger, metrics: o.metrics, hashUser: o.hashUser }),
    logger: o.logger,
  };
}

/** The platform adapters the configuration turns on (none: the terminal chat is used). */
export function platformAdapters(config: Config, bot: Bot, observers: Observers): Adapter[] {
  const adapters: Adapter[] = [];
  const telegram = telegramConfig(config);
  if (telegram) {
    const w = wire(config, bot, 'telegram', observers);
    adapters.push(createTelegramAdapter(telegram, w.bot, { logger: w.logger, limiter: w.limiter }));
  }
  const discord = discordConfig(config);
  if (discord) {
    const w = wire(config, bot, 'discord', observers);
    adapters.push(createDiscordAdapter(discord, w.bot, { logger: w.logger, limiter: w.limiter }));
  }
  return adapters;
}
