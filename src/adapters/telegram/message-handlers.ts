import type { Telegraf } from 'telegraf';
import { message } from 'telegraf/filters';
import { isLang, langFromLocale } from '../../core/lang.ts';
import { groupQuestion, isGroup, startsWithCommand } from './addressing.ts';
import { commandAliases, commandChoices } from './commands.ts';
import { respond, type HandlerDeps, type Target } from './responder.ts';

/**
 * Commands (every alias of the registry, also as /cmd@bot) and plain text. In private chats any
 * text is a question; in groups only a mention of the bot, a reply to it, or a command.
 */
export function registerMessageHandlers(tg: Telegraf, deps: HandlerDeps): void {
  const { bot } = deps;

  for (const [name, names] of commandAliases()) {
    tg.command([...names], async (ctx) => {
      const chatId = ctx.chat.id;
      const arg = ctx.payload.trim();
      if (name === 'lang') {
        const chosen = arg.toLowerCase();
        if (isLang(chosen)) deps.chatLangs.set(chatId, chosen);
      }
      const reply = bot.command(name, arg, { lang: deps.chatLangs.get(chatId), fallbackLang: langFromLocale(ctx.from.language_code) });
      const group = isGroup(ctx.chat.type);
      const target: Target = { chatId, group, replyTo: group ? ctx.message.message_id : undefined };
      await respond(ctx.telegram, target, reply, deps, arg === '' ? commandChoices(name) : undefined);
    });
  }

  tg.on(message('text'), async (ctx) => {
    const chatId = ctx.chat.id;
    const options = { lang: deps.chatLangs.get(chatId), fallbackLang: langFromLocale(ctx.from.language_code) };
    if (!isGroup(ctx.chat.type)) {
      // An unknown command in private gets the help text rather than a search for "/foo".
      const reply = startsWithCommand(ctx.message.entities) ? bot.command('help', '', options) : bot.ask(ctx.message.text, options);
      await respond(ctx.telegram, { chatId, group: false }, reply, deps);
      return;
    }
    const question = groupQuestion(ctx.message, { id: ctx.botInfo.id, username: ctx.botInfo.username });
    if (question === undefined) return;
    await respond(ctx.telegram, { chatId, group: true, replyTo: ctx.message.message_id }, bot.ask(question, options), deps);
  });
}
