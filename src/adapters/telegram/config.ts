/** What the Telegram adapter needs; read from the environment elsewhere (config.ts at the edge). */
export interface TelegramConfig {
  /** The bot token from @BotFather (TELEGRAM_BOT_TOKEN). */
  readonly token: string;
  /** Bot API root, e.g. a local Bot API server (TELEGRAM_API_ROOT); defaults to https://api.telegram.org. */
  readonly apiRoot?: string | undefined;
  /** Webhook mode instead of long polling (TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET, PORT). */
  readonly webhook?: TelegramWebhookConfig | undefined;
  /** A Bot API call unanswered this long is aborted and retried (default 30 s; tests shorten it). */
  readonly requestTimeoutMs?: number | undefined;
}

export interface TelegramWebhookConfig {
  /** Public https:// base URL; the adapter appends a secret path segment derived from the token. */
  readonly url: string;
  /** Sent back by Telegram in the X-Telegram-Bot-Api-Secret-Token header; requests without it get 403. */
  readonly secretToken: string;
  /** Port of the local HTTP server (0 picks a free one). */
  readonly port: number;
  /** Interface to listen on; defaults to all interfaces. */
  readonly host?: string | undefined;
}
