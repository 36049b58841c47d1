import type { Message } from 'discord.js';
import { isConfident } from '../../core/bot.ts';
import { langFromLocale } from '../../core/lang.ts';
import { admitMessage } from './rate-limit.ts';
import { render } from './render.ts';
import { replyFields, type HandlerContext } from './reply-context.ts';

const MENTION = /<@[!&]?\d+>/g;

/** Whether a message is for us: a DM, a mention of the bot, or a question in a help channel. */
function addressed(message: Message, ctx: HandlerContext): 'dm' | 'mention' | 'help' | undefined {
  const me = message.client.user;
  if (message.author.bot || message.system || message.webhookId) return undefined;
  if (!message.inGuild()) return 'dm';
  if (message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true })) return 'mention';
  const channelId = message.channel.isThread() ? (message.channel.parentId ?? message.channelId) : message.channelId;
  return ctx.helpChannelIds.has(channelId) ? 'help' : undefined;
}

/** Answers DMs and mentions as a reply; in help channels, answers only confident matches and otherwise stays silent. */
export async function handleMessage(message: Message, ctx: HandlerContext): Promise<void> {
  const kind = addressed(message, ctx);
  if (!kind) return;
  const started = Date.now();
  const text = message.content.replace(MENTION, ' ').trim();
  if (kind === 'help' && text === '') return;
  const fallbackLang = langFromLocale(message.guild?.preferredLocale);
  if (!(await admitMessage(message, ctx.limiter, ctx.bot.resolveLang(text, { fallbackLang })))) return;
  const reply = ctx.bot.ask(text, { fallbackLang });
  if (kind === 'help' && !isConfident(reply)) {
    ctx.logger.debug({ event: 'message', kind, ...replyFields(reply) }, 'not confident: staying silent');
    return;
  }
  await message.reply(render(reply, { share: false }));
  ctx.logger.info({ event: 'message', kind, ...replyFields(reply), ms: Date.now() - started }, 'answered');
}
