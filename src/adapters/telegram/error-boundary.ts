import type { Telegraf } from 'telegraf';
import { MESSAGES } from '../../core/messages.ts';
import type { TextReply } from '../../core/reply.ts';
import { describeError } from './retry.ts';
import { languageFor, respond, type HandlerDeps } from './responder.ts';

/** The adapter's one error boundary: logs the failure with its context, and tells the user in one polite line. */
export function registerErrorBoundary(tg: Telegraf, deps: HandlerDeps): void {
  tg.catch(async (error, ctx) => {
    deps.logger.error({ ...describeError(error), update: ctx.updateType }, 'telegram update failed');
    const lang = languageFor(deps, ctx.chat?.id, ctx.from?.language_code);
    const apology: TextReply = { type: 'text', lang, text: MESSAGES[lang].error, topics: [] };
    try {
      if (ctx.chat) await respond(ctx.telegram, { chatId: ctx.chat.id, group: false }, apology, deps);
      else if (ctx.callbackQuery) await ctx.answerCbQuery(apology.text);
      // An inline query has no chat to apologise in; the log is all.
    } catch (second) {
      deps.logger.error({ ...describeError(second), update: ctx.updateType }, 'telegram apology failed too');
    }
  });
}
