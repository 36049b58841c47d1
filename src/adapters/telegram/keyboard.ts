import type { InlineKeyboardButton } from 'telegraf/types';
import type { CommandName, CommandOptionChoice } from '../../core/commands.ts';
import type { Lang } from '../../core/lang.ts';
import { MESSAGES } from '../../core/messages.ts';
import type { TopicRef } from '../../core/reply.ts';
import { encodeAction, type ButtonAction } from './callback-data.ts';
import { truncate } from './html.ts';

export type Keyboard = InlineKeyboardButton[][];

/** Telegram refuses more than 100 buttons in one keyboard. */
export const MAX_BUTTONS = 100;
const MAX_LABEL = 60;

/** Fixed choices offered under a command's usage text (/optout platforms, /lang languages). */
export interface CommandChoices {
  readonly command: CommandName;
  readonly choices: readonly CommandOptionChoice[];
}

const label = (text: string): string => truncate(text, MAX_LABEL) || '…';

/** A callback button, or nothing when its data would not fit in 64 bytes. */
function actionButton(text: string, action: ButtonAction): InlineKeyboardButton[] {
  const data = encodeAction(action);
  return data ? [{ text: label(text), callback_data: data }] : [];
}

/** A URL button, only for http(s) URLs Telegram accepts. */
export function urlButton(text: string, url: string): InlineKeyboardButton[] {
  return isWebUrl(url) ? [{ text: label(text), url }] : [];
}

export function isWebUrl(url: string): boolean {
  // new URL() forgives spaces and controls that Telegram refuses (BUTTON_URL_INVALID fails the whole message).
  if (url.length > 1024 || /[\s\p{Cc}]/u.test(url)) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** One row per topic; pressing opens it. */
export const topicRows = (topics: readonly TopicRef[], lang: Lang): Keyboard =>
  topics.map((t) => actionButton(t.title, { kind: 'topic', id: t.id, lang })).filter((row) => row.length > 0);

/** One row per official link. */
export const linkRows = (links: readonly { label: string; url: string }[]): Keyboard =>
  links.map((l) => urlButton(l.label, l.url)).filter((row) => row.length > 0);

/** 👍 / 👎 under an answer. */
export function feedbackRow(id: string, lang: Lang): InlineKeyboardButton[] {
  const m = MESSAGES[lang];
  return [...actionButton(`👍 ${m.helpful}`, { kind: 'feedback', vote: 'up', id, lang }), ...actionButton(`👎 ${m.notHelpful}`, { kind: 'feedback', vote: 'down', id, lang })];
}

/** "Read more" under a short answer. */
export const moreRow = (id: string, lang: Lang): InlineKeyboardButton[] => actionButton(MESSAGES[lang].more, { kind: 'more', id, lang });

/** One row per fixed choice of a command. */
export const choiceRows = (c: CommandChoices, lang: Lang): Keyboard =>
  c.choices.map((choice) => actionButton(choice.label[lang], { kind: 'choice', command: c.command, value: choice.value, lang })).filter((row) => row.length > 0);

/** Drops empty rows and keeps at most 100 buttons, cutting from the end. */
export function capKeyboard(rows: Keyboard): Keyboard {
  const out: Keyboard = [];
  let count = 0;
  for (const row of rows) {
    const room = MAX_BUTTONS - count;
    if (row.length === 0 || room <= 0) continue;
    out.push(row.slice(0, room));
    count += Math.min(row.length, room);
  }
  return out;
}
