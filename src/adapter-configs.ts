import type { Config } from './config.ts';
import type { DiscordConfig } from './adapters/discord/config.ts';
import type { TelegramConfig } from './adapters/telegram/config.ts';

/** The Telegram adapter's settings, when a token is configured. */
export function telegramConfig(c: Config): TelegramConfig | undefined {
  if (!c.TELEGRAM_BOT_TOKEN) return undefined;
  return {
    token: c.TELEGRAM_BOT_TOKEN,
    apiRoot: c.TELEGRAM_API_ROOT,
    webhook: c.TELEGRAM_WEBHOOK_URL && c.TELEGRAM_WEBHOOK_SECRET ? { url: c.TELEGRAM_WEBHOOK_URL, secretToken: c.TELEGRAM_WEBHOOK_SECRET, port: c.PORT ?? 8080 } : undefined,
  };
}

/** The Discord adapter's settings, when a token is configured. */
export function discordConfig(c: Config): DiscordConfig | undefined {
  if (!c.DISCORD_TOKEN || !c.DISCORD_APPLICATION_ID) return undefined;
  return {
    token: c.DISCORD_TOKEN,
    applicationId: c.DISCORD_APPLICATION_ID,
    apiRoot: c.DISCORD_API_ROOT,
    guildId: c.DISCORD_GUILD_ID,
    helpChannelIds: c.DISCORD_HELP_CHANNEL_IDS,
  };
}
