/**
 * The payload checks of the fake Bot API: what Telegram would refuse with 400.
 * Each check returns a Telegram-style description, or undefined when the payload is accepted.
 */
import { parseTelegramHtml } from './fake-telegram-html.ts';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export const MAX_TEXT = 4096;
const MAX_BUTTONS = 100;
const MAX_ROW = 8;
const BUTTON_URL = /^(?:https?:\/\/[^\s/]+\.[^\s]*|tg:\/\/\S+)$/i;

/** Checks a text with its parse_mode; returns an error or undefined. */
export function checkText(text: unknown, parseMode: unknown, field = 'message text'): string | undefined {
  if (typeof text !== 'string') return `Bad Request: ${field} is empty`;
  let visible = text;
  if (parseMode !== undefined) {
    if (parseMode !== 'HTML') return `Bad Request: unsupported parse_mode "${String(parseMode)}" (this fake accepts HTML only)`;
    const parsed = parseTelegramHtml(text);
    if (!parsed.ok) return parsed.error;
    visible = parsed.text;
  }
  if (visible.trim() === '') return `Bad Request: ${field} is empty`;
  if (visible.length > MAX_TEXT) return `Bad Request: ${field} is too long`;
  return undefined;
}

function checkButton(button: unknown): string | undefined {
  if (!isObject(button)) return 'Bad Request: inline keyboard button must be an object';
  if (typeof button.text !== 'string' || button.text.trim() === '') return 'Bad Request: text buttons are unallowed in the inline keyboard';
  const kinds = ['callback_data', 'url', 'switch_inline_query', 'switch_inline_query_current_chat'].filter((k) => button[k] !== undefined);
  if (kinds.length !== 1) return `Bad Request: can't parse inline keyboard button: exactly one action expected, got ${kinds.length}`;
  if (button.callback_data !== undefined) {
    const data = button.callback_data;
    if (typeof data !== 'string' || bytes(data) < 1 || bytes(data) > 64) return 'Bad Request: BUTTON_DATA_INVALID';
  }
  if (button.url !== undefined && (typeof button.url !== 'string' || !BUTTON_URL.test(button.url))) return 'Bad Request: BUTTON_URL_INVALID';
  return undefined;
}

/** Checks a reply_markup (only inline keyboards are used by the bot). */
export function checkReplyMarkup(markup: unknown): string | undefined {
  if (markup === undefined) return undefined;
  if (!isObject(markup) || !Array.isArray(markup.inline_keyboard)) return 'Bad Request: reply markup must be an inline keyboard';
  let count = 0;
  for (const row of markup.inline_keyboard) {
    if (!Array.isArray(row) || row.length === 0) return 'Bad Request: inline keyboard rows must be non-empty arrays';
    if (row.length > MAX_ROW) return 'Bad Request: too many buttons in a row';
    for (const button of row) {
      const problem = checkButton(button);
      if (problem) return problem;
      count += 1;
    }
  }
  if (count > MAX_BUTTONS) return 'Bad Request: reply markup is too long';
  return undefined;
}

/** sendMessage and editMessageText. */
export function checkMessagePayload(p: Json): string | undefined {
  return checkText(p.text, p.parse_mode) ?? checkReplyMarkup(p.reply_markup);
}

function checkInlineResult(r: unknown): string | undefined {
  if (!isObject(r)) return 'Bad Request: RESULT_INVALID';
  if (r.type !== 'article') return `Bad Request: unsupported inline result type "${String(r.type)}" (this fake knows articles)`;
  if (typeof r.id !== 'string' || bytes(r.id) < 1 || bytes(r.id) > 64) return 'Bad Request: RESULT_ID_INVALID';
  if (typeof r.title !== 'string' || r.title.trim() === '') return 'Bad Request: RESULT_TITLE_EMPTY';
  if (r.description !== undefined && typeof r.description !== 'string') return 'Bad Request: description must be a string';
  const content = r.input_message_content;
  if (!isObject(content)) return 'Bad Request: MESSAGE_EMPTY';
  return checkText(content.message_text, content.parse_mode) ?? checkReplyMarkup(r.reply_markup);
}

/** answerInlineQuery: at most 50 results, unique ids of 1-64 bytes. */
export function checkInlineResults(results: unknown): string | undefined {
  if (!Array.isArray(results)) return 'Bad Request: results must be an array';
  if (results.length > 50) return 'Bad Request: RESULTS_TOO_MUCH';
  const ids = new Set<unknown>();
  for (const r of results) {
    const problem = checkInlineResult(r);
    if (problem) return problem;
    if (isObject(r) && ids.has(r.id)) return 'Bad Request: RESULT_ID_DUPLICATE';
    if (isObject(r)) ids.add(r.id);
  }
  return undefined;
}

/** setMyCommands: 1-100 commands, names [a-z0-9_]{1,32}, descriptions 1-256 characters. */
export function checkCommands(p: Json): string | undefined {
  const { commands, language_code: languageCode } = p;
  if (languageCode !== undefined && (typeof languageCode !== 'string' || !/^([a-z]{2})?$/.test(languageCode))) return 'Bad Request: invalid language code specified';
  if (!Array.isArray(commands) || commands.length > 100) return 'Bad Request: commands must be an array of at most 100 commands';
  const names = new Set<string>();
  for (const c of commands) {
    if (!isObject(c) || typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command)) return 'Bad Request: BOT_COMMAND_INVALID';
    if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) return 'Bad Request: BOT_COMMAND_DESCRIPTION_INVALID';
    if (names.has(c.command)) return 'Bad Request: BOT_COMMAND_DUPLICATE';
    names.add(c.command);
  }
  return undefined;
}

/** Entities Telegram's server adds to an incoming text: commands and @mentions. */
export function entitiesFor(text: string): Json[] {
  const entities: Json[] = [];
  for (const m of text.matchAll(/(?<![\w/@])(\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?|@[a-zA-Z0-9_]{5,32})(?![\w@])/g)) {
    const token = m[1] ?? '';
    entities.push({ type: token.startsWith('/') ? 'bot_command' : 'mention', offset: m.index, length: token.length });
  }
  return entities;
}
