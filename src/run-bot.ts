import type { Adapter } from './adapters/adapter.ts';
import { createDiscordAdapter } from './adapters/discord/adapter.ts';
import { createTelegramAdapter } from './adapters/telegram/adapter.ts';
import { createTerminalAdapter } from './adapters/terminal/adapter.ts';
import { discordConfig, telegramConfig } from './adapter-configs.ts';
import type { Config } from './config.ts';
import type { Bot } from './core/bot.ts';
import type { Logger } from './logger.ts';

/** The platform adapters the configuration turns on (none: the terminal chat is used). */
export function platformAdapters(config: Config, bot: Bot, logger: Logger): Adapter[] {
  const adapters: Adapter[] = [];
  const telegram = telegramConfig(config);
  if (telegram) adapters.push(createTelegramAdapter(telegram, bot, { logger: logger.child({ adapter: 'telegram' }) }));
  const discord = discordConfig(config);
  if (discord) adapters.push(createDiscordAdapter(discord, bot, { logger: logger.child({ adapter: 'discord' }) }));
  return adapters;
}

/** Starts the configured adapters and runs until SIGINT/SIGTERM; with no token, the terminal chat until Ctrl-D. */
export async function runBot(config: Config, bot: Bot, logger: Logger): Promise<number> {
  const adapters = platformAdapters(config, bot, logger);
  if (adapters.length === 0) {
    const terminal = createTerminalAdapter({ input: process.stdin, output: process.stdout, prompt: Boolean(process.stdin.isTTY) }, bot);
    await terminal.start();
    await terminal.closed;
    return 0;
  }
  for (const adapter of adapters) {
    await adapter.start();
    logger.info({ adapter: adapter.name }, 'adapter started');
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  logger.info({}, 'shutting down');
  const timer = setTimeout(() => {
    logger.error({}, 'shutdown took longer than 5 s; exiting');
    process.exit(1);
  }, 5000);
  timer.unref();
  await Promise.allSettled(adapters.map((a) => a.stop()));
  clearTimeout(timer);
  return 0;
}
