import type { Context, MiddlewareFn } from 'telegraf';
import { langFromLocale } from '../../core/lang.ts';
import { MESSAGES } from '../../core/messages.ts';
import type { RateLimiter } from '../../core/rate-limit.ts';
import type { TextReply } from '../../core/reply.ts';
import { groupQuestion, isGroup, startsWithCommand } from './addressing.ts';
import { describeError } from './retry.ts';
import { respond, type HandlerDeps, type Target } from './responder.ts';

/** A message or button press the bot would answer: who sent it, where, and how to notify them. */
interface Addressed {
  readonly user: number;
  readonly target: Target;
  readonly text: string;
  readonly languageCode: string | undefined;
  readonly button: boolean;
}

/** Only what the bot would answer counts: group chatter that does not address the bot is not limited. */
function addressed(ctx: Context): Addressed | undefined {
  const { message, callbackQuery, from } = ctx;
  if (!from) return undefined;
  if (callbackQuery) {
    const chatId = callbackQuery.message?.chat.id ?? from.id;
    return { user: from.id, target: { chatId, group: false }, text: '', languageCode: from.language_code, button: true };
  }
  if (!message || !('text' in message)) return undefined;
  const group = isGroup(message.chat.type);
  if (group && !startsWithCommand(message.entities) && groupQuestion(message, ctx.botInfo) === undefined) return undefined;
  const target: Target = { chatId: message.chat.id, group, replyTo: group ? message.message_id : undefined };
  return { user: from.id, target, text: message.text, languageCode: from.language_code, button: false };
}

/**
 * Rate limits per user and per chat: the first message over the limit gets one short notice (a
 * message, or the button's pop-up), later ones are dropped without a word or an API call.
 */
export function rateLimit(limiter: RateLimiter, deps: HandlerDeps): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const subject = addressed(ctx);
    if (!subject) return next();
    const decision = limiter.check(String(subject.user), String(subject.target.chatId));
    if (decision.type === 'allow') return next();
    if (decision.type === 'drop') return;
    const lang = deps.bot.resolveLang(subject.text, { lang: deps.chatLangs.get(subject.target.chatId), fallbackLang: langFromLocale(subject.languageCode) });
    const notice: TextReply = { type: 'text', lang, text: MESSAGES[lang].rateLimited, topics: [] };
    try {
      if (subject.button) await ctx.answerCbQuery(notice.text);
      else await respond(ctx.telegram, subject.target, notice, deps);
    } catch (error) {
      deps.logger.warn({ ...describeError(error) }, 'telegram rate-limit notice failed');
    }
  };
}
