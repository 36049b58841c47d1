/**
 * The state and the methods of the fake Bot API (everything but transport and long polling).
 * Each method returns `{ status, body }` the way Telegram would: 200 with a result, or 4xx with a description.
 */
import { checkCommands, checkInlineResults, checkMessagePayload, checkReplyMarkup, isObject, type Json } from './fake-checks.ts';
import { parseTelegramHtml } from './fake-telegram-html.ts';

export interface Reply {
  readonly status: number;
  readonly body: Json;
}

export const ok = (result: unknown): Reply => ({ status: 200, body: { ok: true, result } });
export const error = (status: number, description: string, parameters?: Json): Reply => ({
  status,
  body: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) },
});

export const BOT_USER = Object.freeze({
  id: 7000001,
  is_bot: true,
  first_name: 'OptOut',
  username: 'optout_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
});

/** A message as the fake stores it: what Telegram would return for it. */
export interface StoredMessage extends Json {
  readonly message_id: number;
  readonly chat: Json & { readonly id: number; readonly type: string };
  readonly text: string;
  readonly reply_markup?: unknown;
}

/** Everything the fake remembers: chats seen, messages, pending queries, commands, webhook. */
export class FakeState {
  readonly chats = new Map<number, Json & { id: number; type: string }>();
  readonly messages = new Map<number, Map<number, StoredMessage>>();
  readonly callbackQueries = new Map<string, boolean>();
  readonly inlineQueries = new Map<string, boolean>();
  readonly commands = new Map<string, unknown>();
  webhook: Json | undefined;
  private nextMessageId = 1;

  /** Stores a message (incoming or sent) and returns it. */
  store(chat: Json & { id: number; type: string }, fields: Json & { text: string }): StoredMessage {
    this.chats.set(chat.id, chat);
    const message: StoredMessage = { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat, ...fields };
    const inChat = this.messages.get(chat.id) ?? new Map<number, StoredMessage>();
    inChat.set(message.message_id, message);
    this.messages.set(chat.id, inChat);
    return message;
  }

  findMessage(chatId: unknown, messageId: unknown): StoredMessage | undefined {
    return typeof chatId === 'number' && typeof messageId === 'number' ? this.messages.get(chatId)?.get(messageId) : undefined;
  }

  /** Runs one Bot API method. */
  handle(method: string, p: Json): Reply {
    switch (method) {
      case 'getMe':
        return ok(BOT_USER);
      case 'deleteWebhook':
        this.webhook = undefined;
        return ok(true);
      case 'setWebhook':
        if (typeof p.url !== 'string' || !p.url.startsWith('https://')) return error(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        if (p.secret_token !== undefined && (typeof p.secret_token !== 'string' || !/^[A-Za-z0-9_-]{1,256}$/.test(p.secret_token))) return error(400, 'Bad Request: secret token contains unallowed characters');
        this.webhook = p;
        return ok(true);
      case 'getWebhookInfo':
        return ok({ url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 });
      case 'setMyCommands':
        return this.setMyCommands(p);
      case 'getMyCommands':
        return ok(this.commands.get(typeof p.language_code === 'string' ? p.language_code : '') ?? []);
      case 'sendChatAction':
        return this.chats.has(Number(p.chat_id)) ? ok(true) : error(400, 'Bad Request: chat not found');
      case 'sendMessage':
        return this.sendMessage(p);
      case 'editMessageText':
        return this.editMessageText(p);
      case 'answerCallbackQuery':
        return this.answerQuery(this.callbackQueries, p.callback_query_id, () =>
          typeof p.text === 'string' && p.text.length > 200 ? 'Bad Request: MESSAGE_TOO_LONG' : undefined,
        );
      case 'answerInlineQuery':
        return this.answerQuery(this.inlineQueries, p.inline_query_id, () => checkInlineResults(p.results));
      default:
        return error(404, 'Not Found: method not found');
    }
  }

  private setMyCommands(p: Json): Reply {
    const problem = checkCommands(p);
    if (problem) return error(400, problem);
    this.commands.set(typeof p.language_code === 'string' ? p.language_code : '', p.commands);
    return ok(true);
  }

  private sendMessage(p: Json): Reply {
    const chat = this.chats.get(Number(p.chat_id));
    if (!chat || typeof p.chat_id !== 'number') return error(400, 'Bad Request: chat not found');
    const problem = checkMessagePayload(p);
    if (problem) return error(400, problem);
    const replyTo = isObject(p.reply_parameters) ? this.findMessage(chat.id, p.reply_parameters.message_id) : undefined;
    if (isObject(p.reply_parameters) && !replyTo && p.reply_parameters.allow_sending_without_reply !== true) {
      return error(400, 'Bad Request: message to be replied not found');
    }
    const text = visibleText(p);
    const message = this.store(chat, { from: BOT_USER, text, html: p.text, ...markup(p), ...(replyTo ? { reply_to_message: replyTo } : {}) });
    return ok(message);
  }

  private editMessageText(p: Json): Reply {
    const message = this.findMessage(p.chat_id, p.message_id);
    if (!message) return error(400, 'Bad Request: message to edit not found');
    if (message.from !== BOT_USER) return error(400, "Bad Request: message can't be edited");
    const problem = checkMessagePayload(p);
    if (problem) return error(400, problem);
    const text = visibleText(p);
    if (text === message.text && JSON.stringify(p.reply_markup) === JSON.stringify(message.reply_markup)) {
      return error(400, 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
    }
    const edited: StoredMessage = { ...message, text, html: p.text, reply_markup: p.reply_markup, edit_date: Math.floor(Date.now() / 1000) };
    this.messages.get(message.chat.id)?.set(message.message_id, edited);
    return ok(edited);
  }

  private answerQuery(pending: Map<string, boolean>, id: unknown, check: () => string | undefined): Reply {
    if (typeof id !== 'string' || pending.get(id) !== false) return error(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
    const problem = check();
    if (problem) return error(400, problem);
    pending.set(id, true);
    return ok(true);
  }
}

function visibleText(p: Json): string {
  const text = String(p.text);
  const parsed = p.parse_mode === 'HTML' ? parseTelegramHtml(text) : undefined;
  return parsed?.ok ? parsed.text : text;
}

function markup(p: Json): Json {
  return p.reply_markup !== undefined && checkReplyMarkup(p.reply_markup) === undefined ? { reply_markup: p.reply_markup } : {};
}
