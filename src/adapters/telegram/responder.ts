import { TelegramError, type Telegram } from 'telegraf';
import type { Bot } from '../../core/bot.ts';
import { langFromLocale, type Lang } from '../../core/lang.ts';
import type { Reply } from '../../core/reply.ts';
import type { Logger } from '../../logger.ts';
import type { CommandChoices } from './keyboard.ts';
import { render, type TelegramMessage } from './render.ts';
import { withRetry } from './retry.ts';

/** What the handlers share: the bot, the logger and the per-chat language chosen with /lang (memory only). */
export interface HandlerDeps {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly chatLangs: Map<number, Lang>;
}

/** Where a reply goes. In a group it is one short message, threaded under the question. */
export interface Target {
  readonly chatId: number;
  readonly group: boolean;
  readonly replyTo?: number | undefined;
}

const extra = (m: TelegramMessage) => ({
  parse_mode: 'HTML' as const,
  link_preview_options: { is_disabled: true },
  ...(m.keyboard.length ? { reply_markup: { inline_keyboard: m.keyboard } } : {}),
});

/** Sends rendered messages in order, each retried through flood waits and transient failures. */
export async function sendMessages(telegram: Telegram, target: Target, messages: readonly TelegramMessage[], logger: Logger): Promise<void> {
  for (const [i, m] of messages.entries()) {
    const reply = i === 0 && target.replyTo !== undefined ? { reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true } } : {};
    await withRetry(() => telegram.sendMessage(target.chatId, m.html, { ...extra(m), ...reply }), logger);
  }
}

/** Replaces a message's text and keyboard; a second press on the same button changes nothing and is not an error. */
export async function editMessage(telegram: Telegram, chatId: number, messageId: number, m: TelegramMessage, logger: Logger): Promise<void> {
  try {
    await withRetry(() => telegram.editMessageText(chatId, messageId, undefined, m.html, extra(m)), logger);
  } catch (error) {
    if (!(error instanceof TelegramError && error.code === 400 && /not modified/.test(error.description))) throw error;
  }
}

/** Renders a reply for its chat (full in private, short in groups) and sends it. */
export async function respond(telegram: Telegram, target: Target, reply: Reply, deps: HandlerDeps, choices?: CommandChoices): Promise<void> {
  await sendMessages(telegram, target, render(reply, { mode: target.group ? 'short' : 'full', choices }), deps.logger);
  deps.logger.info({ reply: reply.type, topic: reply.type === 'answer' ? reply.id : undefined, group: target.group }, 'telegram reply sent');
}

/** The language to use with someone: the chat's /lang choice, else their Telegram language, else the default. */
export const languageFor = (deps: HandlerDeps, chatId: number | undefined, languageCode: string | undefined): Lang =>
  (chatId === undefined ? undefined : deps.chatLangs.get(chatId)) ?? langFromLocale(languageCode) ?? deps.bot.defaultLang;
