import type { Telegraf } from 'telegraf';
import { isLang } from '../../core/lang.ts';
import { assertNever } from '../../core/reply.ts';
import { isGroup } from './addressing.ts';
import { decodeAction } from './callback-data.ts';
import { truncate } from './html.ts';
import { render } from './render.ts';
import { describeError, withRetry } from './retry.ts';
import { editMessage, respond, sendMessages, type HandlerDeps } from './responder.ts';

/** Telegram shows at most 200 characters in a callback answer. */
const MAX_CALLBACK_TEXT = 200;

/** Button presses: topics (choices, related, lists), "more", 👍 / 👎 and command choices. */
export function registerButtonHandlers(tg: Telegraf, deps: HandlerDeps): void {
  const { bot, logger } = deps;

  tg.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    const action = 'data' in query ? decodeAction(query.data) : undefined;
    // Every press is acknowledged exactly once, so the client stops its spinner; a lost acknowledgement is not worth an error message.
    const acknowledge = (text?: string): Promise<void> =>
      withRetry(() => ctx.answerCbQuery(text === undefined ? undefined : truncate(text, MAX_CALLBACK_TEXT)), logger).then(
        () => undefined,
        (error: unknown) => logger.warn({ ...describeError(error) }, 'telegram callback answer failed'),
      );
    if (action?.kind === 'feedback') {
      logger.info({ topic: action.id, vote: action.vote }, 'telegram feedback');
      await acknowledge(bot.feedback(action.vote, action.lang).text);
      return;
    }
    await acknowledge();
    const chat = query.message?.chat;
    if (!action || !chat) {
      if (!action) logger.warn({ update: 'callback_query' }, 'telegram button with unknown data');
      return;
    }
    const target = { chatId: chat.id, group: isGroup(chat.type) };
    switch (action.kind) {
      case 'topic':
        await respond(ctx.telegram, target, bot.topic(action.id, action.lang), deps);
        return;
      case 'choice':
        if (action.command === 'lang' && isLang(action.value)) deps.chatLangs.set(chat.id, action.value);
        await respond(ctx.telegram, target, bot.command(action.command, action.value, { lang: action.lang }), deps);
        return;
      case 'more': {
        // The short group answer becomes the full one in place; any further part follows it.
        const [first, ...rest] = render(bot.topic(action.id, action.lang), { mode: 'full' });
        const source = query.message;
        if (first && source && 'text' in source) await editMessage(ctx.telegram, chat.id, source.message_id, first, logger);
        else if (first) rest.unshift(first);
        await sendMessages(ctx.telegram, target, rest, logger);
        logger.info({ reply: 'answer', topic: action.id, more: true }, 'telegram reply sent');
        return;
      }
      default:
        assertNever(action);
    }
  });
}
