/**
 * Starts the real adapter (real telegraf) against the fake Bot API, with the real knowledge base.
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/adapter.ts';
import type { TelegramWebhookConfig } from '../../src/adapters/telegram/config.ts';
import { createBot, type Bot } from '../../src/core/bot.ts';
import type { KnowledgeBase } from '../../src/core/entry.ts';
import type { Lang } from '../../src/core/lang.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import type { RateLimiter } from '../../src/core/rate-limit.ts';
import { createLogger } from '../../src/logger.ts';
import { FakeBotApi, TOKEN, type Chat, type StoredMessage } from './fake-bot-api.ts';
import { isObject } from './fake-checks.ts';

export interface Harness {
  readonly fake: FakeBotApi;
  readonly bot: Bot;
  readonly kb: KnowledgeBase;
  readonly adapter: TelegramAdapter;
  /** Every log line written so far (JSON). */
  readonly logs: string[];
  /** The title of an entry in a language, from the knowledge base. */
  title(id: string, lang: Lang): string;
  /** Waits for the next bot message in a chat, counting from the `since` call index. */
  nextMessage(chat: Chat, since: number, timeout?: number): Promise<StoredMessage>;
  stop(): Promise<void>;
}

let kbOnce: Promise<KnowledgeBase> | undefined;
export const knowledgeBase = (): Promise<KnowledgeBase> => (kbOnce ??= loadKnowledgeBase(path.join(process.cwd(), 'faq')));

/** Starts a fake and the adapter; in polling mode resolves once the first long poll is held. */
export async function startHarness(
  options: { webhook?: Omit<TelegramWebhookConfig, 'port'>; kb?: KnowledgeBase; limiter?: RateLimiter; requestTimeoutMs?: number } = {},
): Promise<Harness> {
  const fake = await FakeBotApi.start();
  const kb = options.kb ?? (await knowledgeBase());
  const bot = createBot(kb, { defaultLang: 'fr' });
  const logs: string[] = [];
  const destination = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
  const logger = createLogger({ level: 'debug', pretty: false, destination });
  const webhook = options.webhook ? { ...options.webhook, port: 0, host: '127.0.0.1' } : undefined;
  const adapter = createTelegramAdapter({ token: TOKEN, apiRoot: fake.apiRoot, webhook, requestTimeoutMs: options.requestTimeoutMs }, bot, { logger, limiter: options.limiter });
  await adapter.start();
  if (!webhook) await fake.waitForHeldPoll();
  return {
    fake,
    bot,
    kb,
    adapter,
    logs,
    title: (id, lang) => {
      const entry = kb.byId.get(id);
      if (!entry) throw new Error(`No entry ${id} in faq/`);
      return entry.text[lang].title;
    },
    async nextMessage(chat, since, timeout) {
      const call = await fake.waitForCall('sendMessage', (p) => p.chat_id === chat.id, { since, timeout });
      const result = call.result;
      const sent = isObject(result) ? fake.state.findMessage(chat.id, result.message_id) : undefined;
      if (!sent) throw new Error('sendMessage was accepted but not stored');
      return sent;
    },
    async stop() {
      await adapter.stop();
      await fake.stop();
    },
  };
}

/** The visible text of every button of a message's inline keyboard. */
export function buttonTexts(message: StoredMessage): string[] {
  const markup = message.reply_markup;
  if (typeof markup !== 'object' || markup === null || !('inline_keyboard' in markup) || !Array.isArray(markup.inline_keyboard)) return [];
  return markup.inline_keyboard.flat().flatMap((b: unknown) => (typeof b === 'object' && b !== null && 'text' in b && typeof b.text === 'string' ? [b.text] : []));
}

/** The buttons of a message as plain objects. */
export function buttons(message: StoredMessage): Record<string, unknown>[] {
  const markup = message.reply_markup;
  if (typeof markup !== 'object' || markup === null || !('inline_keyboard' in markup) || !Array.isArray(markup.inline_keyboard)) return [];
  return markup.inline_keyboard.flat().filter((b: unknown): b is Record<string, unknown> => typeof b === 'object' && b !== null);
}
