import type { Message, MessageEntity } from 'telegraf/types';

export interface BotIdentity {
  readonly id: number;
  readonly username: string;
}

/** Whether a chat is a group, where the bot speaks only when spoken to and keeps answers short. */
export const isGroup = (chatType: string): boolean => chatType === 'group' || chatType === 'supergroup';

/** True when the text starts with a command entity (telegraf routes the ones it knows before this). */
export const startsWithCommand = (entities: readonly MessageEntity[] | undefined): boolean =>
  entities?.[0]?.type === 'bot_command' && entities[0].offset === 0;

const mentionsBot = (text: string, entity: MessageEntity, me: BotIdentity): boolean =>
  (entity.type === 'mention' && text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === `@${me.username.toLowerCase()}`) ||
  (entity.type === 'text_mention' && entity.user.id === me.id);

/**
 * In a group, the question a message asks the bot: the text without the bot's @mention when it
 * mentions the bot, the whole text when it replies to one of the bot's messages; otherwise undefined.
 */
export function groupQuestion(message: Message.TextMessage, me: BotIdentity): string | undefined {
  const entities = message.entities ?? [];
  const mentions = entities.filter((e) => mentionsBot(message.text, e, me));
  if (mentions.length > 0) {
    let text = message.text;
    for (const e of [...mentions].sort((a, b) => b.offset - a.offset)) text = text.slice(0, e.offset) + text.slice(e.offset + e.length);
    return text.replace(/\s+/g, ' ').trim();
  }
  if (message.reply_to_message?.from?.id === me.id) return message.text.trim();
  return undefined;
}
