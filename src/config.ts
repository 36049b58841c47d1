import { existsSync } from 'node:fs';
import { z } from 'zod';
import { LANGS, type Lang } from './core/lang.ts';

const optional = z.string().trim().transform((s) => (s === '' ? undefined : s)).optional();
const optionalUrl = optional.pipe(z.url({ message: 'must be a URL such as https://example.org/' }).optional());
const port = (fallback?: number) =>
  optional.pipe(z.string().regex(/^\d{1,5}$/, { message: 'must be a port number (1-65535)' }).optional()).transform((v) => (v === undefined ? fallback : Number(v))).pipe(z.number().int().min(1).max(65535).optional());
const flag = (fallback = false) =>
  optional.pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }).optional()).transform((v) => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes'));
const count = (fallback: number) =>
  optional.pipe(z.string().regex(/^\d{1,6}$/, { message: 'must be a whole number of at least 1' }).optional()).transform((v) => (v === undefined ? fallback : Number(v))).pipe(z.number().int().min(1, { message: 'must be a whole number of at least 1' }));

/** Every environment variable the bot reads, documented in .env.example. */
const envSchema = z.object({
  DEFAULT_LANG: optional.pipe(z.enum(LANGS, { message: `must be one of ${LANGS.join(', ')}` }).optional()).transform((v): Lang => v ?? 'fr'),
  FAQ_DIR: optional.transform((v) => v ?? 'faq'),
  LOG_LEVEL: optional.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
  LOG_QUESTIONS: flag(),
  LOG_SALT: optional.pipe(z.string().min(16, { message: 'must be at least 16 characters (e.g. the output of `openssl rand -hex 16`)' }).optional()),
  LOG_SALT_FILE: optional.transform((v) => v ?? '.log-salt'),
  FAQ_WATCH: flag(true),
  // Unset: the default folder; "off": no cache.
  CACHE_DIR: optional,
  TELEGRAM_BOT_TOKEN: optional.pipe(z.string().regex(/^\d+:[\w-]{20,}$/, { message: 'looks wrong: BotFather gives a token like 123456789:AAE...' }).optional()),
  TELEGRAM_API_ROOT: optionalUrl,
  TELEGRAM_WEBHOOK_URL: optional.pipe(z.url().refine((u) => u.startsWith('https://'), 'must be an https:// URL (Telegram only calls https webhooks)').optional()),
  TELEGRAM_WEBHOOK_SECRET: optional.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, { message: 'may only hold A-Z, a-z, 0-9, _ and - (1-256 characters)' }).optional()),
  PORT: port(8080),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.pipe(z.string().regex(/^\d{17,20}$/, { message: 'must be the numeric application id from the Developer Portal' }).optional()),
  DISCORD_API_ROOT: optionalUrl,
  DISCORD_GUILD_ID: optional.pipe(z.string().regex(/^\d{17,20}$/, { message: 'must be a numeric server id' }).optional()),
  DISCORD_HELP_CHANNEL_IDS: optional.transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])).pipe(z.array(z.string().regex(/^\d{17,20}$/, { message: 'must be a comma-separated list of numeric channel ids' }))),
  METRICS_PORT: port(),
  METRICS_HOST: optional.transform((v) => v ?? '127.0.0.1'),
  RATE_LIMIT_USER_BURST: count(5),
  RATE_LIMIT_USER_PER_MINUTE: count(12),
  RATE_LIMIT_CHAT_BURST: count(20),
  RATE_LIMIT_CHAT_PER_MINUTE: count(60),
});

export type Config = z.infer<typeof envSchema>;

/** A bad configuration value: names the variable and the fix. */
export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Configuration: ${variable} ${detail}. Fix it in .env (see .env.example).`);
    this.name = 'ConfigError';
  }
}

/** Reads `.env` (if present) into the environment, without overriding what is already set. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Turns an environment into the frozen, typed configuration, or throws a ConfigError. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): Readonly<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), issue?.message ?? 'is invalid');
  }
  const c = parsed.data;
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) throw new ConfigError('DISCORD_APPLICATION_ID', 'is required when DISCORD_TOKEN is set');
  if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) throw new ConfigError('TELEGRAM_WEBHOOK_SECRET', 'is required when TELEGRAM_WEBHOOK_URL is set');
  return Object.freeze(c);
}
