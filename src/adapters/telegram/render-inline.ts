import type { InlineQueryResult } from 'telegraf/types';
import type { Suggestion } from '../../core/bot.ts';
import { MESSAGES } from '../../core/messages.ts';
import type { Reply } from '../../core/reply.ts';
import { truncate } from './html.ts';
import { capKeyboard, linkRows, urlButton, type Keyboard } from './keyboard.ts';
import { render } from './render.ts';

/** Telegram shows at most 50 inline results. */
export const MAX_INLINE_RESULTS = 50;
const MAX_RESULT_ID_BYTES = 64;
const MAX_DESCRIPTION = 100;
const START_PARAMETER = /^[A-Za-z0-9_-]{1,64}$/;

/** One suggestion with the reply that opening it gives. */
export interface InlineCandidate {
  readonly suggestion: Suggestion;
  readonly reply: Reply;
}

/**
 * Inline-mode articles: the whole answer when it fits in one message, else the short form with a
 * "more" button that deep-links to the bot (t.me/<bot>?start=<topic id>). Only URL buttons: an
 * inline message has no chat to send follow-ups to.
 */
export function renderInlineResults(candidates: readonly InlineCandidate[], botUsername: string): InlineQueryResult[] {
  const seen = new Set<string>();
  const results: InlineQueryResult[] = [];
  for (const { suggestion, reply } of candidates) {
    if (reply.type !== 'answer' || seen.has(reply.id) || Buffer.byteLength(reply.id) > MAX_RESULT_ID_BYTES) continue;
    seen.add(reply.id);
    const full = render(reply, { mode: 'full' });
    const whole = full.length === 1 ? full[0] : undefined;
    const html = whole?.html ?? render(reply, { mode: 'short' })[0]?.html ?? '';
    const deepLink = `https://t.me/${botUsername}?start=${reply.id}`;
    const more: Keyboard = whole || !START_PARAMETER.test(reply.id) ? [] : [urlButton(MESSAGES[reply.lang].more, deepLink)];
    const keyboard = capKeyboard([...more, ...linkRows(reply.links)]);
    results.push({
      type: 'article',
      id: reply.id,
      title: truncate(suggestion.title, 100) || reply.id,
      description: truncate(suggestion.summary ?? suggestion.question, MAX_DESCRIPTION),
      input_message_content: { message_text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
      ...(keyboard.length ? { reply_markup: { inline_keyboard: keyboard } } : {}),
    });
    if (results.length === MAX_INLINE_RESULTS) break;
  }
  return results;
}
