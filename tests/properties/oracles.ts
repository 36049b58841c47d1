/**
 * The oracles of the renderer properties: what Telegram or Discord would refuse (the fakes' own
 * validators), plus what they would accept but must not happen (unescaped markup, pings, cut characters).
 */
import { decodeAction as decodeCustomId } from '../../src/adapters/discord/custom-id.ts';
import type { DiscordMessage } from '../../src/adapters/discord/render.ts';
import { decodeAction as decodeCallback } from '../../src/adapters/telegram/callback-data.ts';
import type { TelegramMessage } from '../../src/adapters/telegram/render.ts';
import type { Reply } from '../../src/core/reply.ts';
import { validateMessage } from '../discord/fake-validate.ts';
import { checkMessagePayload } from '../telegram/fake-checks.ts';
import { parseTelegramHtml } from '../telegram/fake-telegram-html.ts';
import { LONE_SURROGATE } from './hostile.ts';

/** Whether any string anywhere in `value` passes `test`. */
function someString(value: unknown, test: (s: string) => boolean): boolean {
  let found = false;
  JSON.stringify(value, (_key, v: unknown) => ((found ||= typeof v === 'string' && test(v)), v));
  return found;
}
const hasLoneSurrogate = (reply: Reply): boolean => someString(reply, (s) => LONE_SURROGATE.test(s));

/** The only markup render() itself writes; anything else in the HTML came from the input unescaped. */
export const OWN_TAG = /^<(?:b|\/b|i|\/i|\/a|a href="[^"<>]*")>$/;

/** What is wrong with the Telegram messages rendered from `reply`; empty when there is nothing. */
export function telegramProblems(reply: Reply, messages: readonly TelegramMessage[]): string[] {
  const out: string[] = [];
  if (messages.length === 0) out.push('no message');
  const sourceUrls = new Set(reply.type === 'answer' ? reply.sources.map((s) => s.url) : []);
  messages.forEach((m, i) => {
    const at = `message ${i}`;
    const problem = checkMessagePayload({ text: m.html, parse_mode: 'HTML', ...(m.keyboard.length ? { reply_markup: { inline_keyboard: m.keyboard } } : {}) });
    if (problem) out.push(`${at}: ${problem}`);
    if (m.html.length > 4096) out.push(`${at}: ${m.html.length} characters of HTML`);
    for (const tag of m.html.match(/<[^>]*>?/g) ?? []) if (!OWN_TAG.test(tag)) out.push(`${at}: unescaped ${JSON.stringify(tag.slice(0, 40))}`);
    for (const [, href] of m.html.matchAll(/<a href="([^"]*)">/g)) {
      const parsed = parseTelegramHtml(`<a href="${href}">x</a>`);
      const decoded = href?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      if (!parsed.ok || decoded === undefined || !sourceUrls.has(decoded)) out.push(`${at}: link not from a source ${JSON.stringify(href)}`);
    }
    if (i < messages.length - 1 && m.keyboard.length) out.push(`${at}: keyboard before the last message`);
    const buttons = m.keyboard.flat();
    if (buttons.length > 100) out.push(`${at}: ${buttons.length} buttons`);
    for (const b of buttons) {
      if ('callback_data' in b) {
        if (Buffer.byteLength(b.callback_data) > 64) out.push(`${at}: callback_data of ${Buffer.byteLength(b.callback_data)} bytes`);
        if (!decodeCallback(b.callback_data)) out.push(`${at}: callback_data ${b.callback_data} the bot cannot read back`);
      }
    }
  });
  if (!hasLoneSurrogate(reply) && messages.some((m) => LONE_SURROGATE.test(m.html))) out.push('a character was cut in two');
  return out;
}

export const asSent = (m: DiscordMessage, flags: number) => ({ content: m.content, embeds: m.embeds, components: m.components, allowed_mentions: m.allowedMentions, flags });

/** What is wrong with a rendered Discord message (`reply` when it came from one); empty when there is nothing. */
export function discordProblems(reply: Reply | undefined, m: DiscordMessage): string[] {
  const out = validateMessage(asSent(m, 64), ['data'], true).map((e) => `${e.path.join('.')}: ${e.code} ${e.message}`);
  // Stricter than the fake: UTF-16 units, the unit discord.js and our limits count in.
  if (JSON.stringify(m.allowedMentions) !== '{"parse":[]}') out.push(`allowedMentions ${JSON.stringify(m.allowedMentions)}`);
  if ((m.content ?? '').length > 2000) out.push(`content of ${m.content?.length}`);
  if (m.embeds.length > 1) out.push(`${m.embeds.length} embeds`);
  for (const e of m.embeds) {
    const total = (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    if (total > 6000) out.push(`embed of ${total}`);
    if ((e.description ?? '').length > 4096 || (e.title ?? '').length > 256) out.push('embed title or description too long');
  }
  if (m.components.length > 5) out.push(`${m.components.length} rows`);
  for (const row of m.components) {
    if (row.components.length > 5) out.push(`row of ${row.components.length}`);
    for (const c of row.components) {
      if ('custom_id' in c && typeof c.custom_id === 'string') {
        if (c.custom_id.length > 100) out.push(`custom_id of ${c.custom_id.length}`);
        if (decodeCustomId(c.custom_id).type === 'unknown') out.push(`custom_id ${c.custom_id} the bot cannot read back`);
      }
    }
  }
  if (reply && !hasLoneSurrogate(reply) && someString(asSent(m, 0), (s) => LONE_SURROGATE.test(s))) out.push('a character was cut in two');
  return out;
}
