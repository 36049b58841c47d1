import { MessageFlags, type Interaction, type Message } from 'discord.js';
import type { Lang } from '../../core/lang.ts';
import { MESSAGES } from '../../core/messages.ts';
import type { RateLimiter } from '../../core/rate-limit.ts';
import { renderNotice } from './render.ts';

/**
 * Whether to handle an interaction under the rate limits. The first one over gets a private notice;
 * later ones get no response at all (no API call). Autocomplete is not limited: it follows keystrokes.
 */
export async function admitInteraction(i: Interaction, limiter: RateLimiter | undefined, lang: Lang): Promise<boolean> {
  if (!limiter || !i.isRepliable()) return true;
  const decision = limiter.check(i.user.id, i.channelId ?? i.user.id);
  if (decision.type === 'allow') return true;
  if (decision.type === 'notify') await i.reply({ ...renderNotice(MESSAGES[lang].rateLimited), flags: MessageFlags.Ephemeral });
  return false;
}

/** Whether to answer a message addressed to the bot under the rate limits; the first one over gets a short reply. */
export async function admitMessage(message: Message, limiter: RateLimiter | undefined, lang: Lang): Promise<boolean> {
  if (!limiter) return true;
  const decision = limiter.check(message.author.id, message.channelId);
  if (decision.type === 'allow') return true;
  if (decision.type === 'notify') await message.reply(renderNotice(MESSAGES[lang].rateLimited));
  return false;
}
