import type { Telegraf } from 'telegraf';
import { langFromLocale } from '../../core/lang.ts';
import { MAX_INLINE_RESULTS, renderInlineResults } from './render-inline.ts';
import { withRetry } from './retry.ts';
import type { HandlerDeps } from './responder.ts';

/** How long Telegram may cache results; they depend on the user's language, hence personal. */
const CACHE_SECONDS = 60;

/** Inline mode: `@bot whatsapp` lists matching answers; an empty query lists the main topics. */
export function registerInlineHandler(tg: Telegraf, deps: HandlerDeps): void {
  const { bot, logger } = deps;
  tg.on('inline_query', async (ctx) => {
    const { query, from } = ctx.inlineQuery;
    const lang = bot.resolveLang(query, { fallbackLang: langFromLocale(from.language_code) });
    const candidates = bot.suggest(query, lang, MAX_INLINE_RESULTS).map((suggestion) => ({ suggestion, reply: bot.topic(suggestion.id, lang) }));
    const results = renderInlineResults(candidates, ctx.botInfo.username);
    await withRetry(() => ctx.answerInlineQuery(results, { cache_time: CACHE_SECONDS, is_personal: true }), logger);
    logger.info({ update: 'inline_query', results: results.length, empty: query.trim() === '' }, 'telegram inline answer sent');
  });
}
