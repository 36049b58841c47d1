import { MessageFlags, type ButtonInteraction, type StringSelectMenuInteraction } from 'discord.js';
import { decodeAction } from './custom-id.ts';
import { render, renderNotice } from './render.ts';
import { replyFields, type HandlerContext } from './reply-context.ts';

const flagsFor = (ephemeral: boolean) => (ephemeral ? MessageFlags.Ephemeral : undefined);

/** A button: open a topic (choice, related), count a vote, or share a private answer in the channel. */
export async function handleButton(i: ButtonInteraction, ctx: HandlerContext): Promise<void> {
  const action = decodeAction(i.customId);
  switch (action.type) {
    case 'topic': {
      const reply = ctx.bot.topic(action.id, action.lang);
      const ephemeral = i.inGuild();
      await i.reply({ ...render(reply, { share: ephemeral }), flags: flagsFor(ephemeral) });
      ctx.logger.info({ event: 'button', action: 'topic', ...replyFields(reply) }, 'answered');
      return;
    }
    case 'vote': {
      const reply = ctx.bot.feedback(action.vote, action.lang);
      await i.reply({ ...renderNotice(reply.text), flags: MessageFlags.Ephemeral });
      ctx.logger.info({ event: 'button', action: 'vote', vote: action.vote, topic: action.id }, 'feedback');
      return;
    }
    case 'share': {
      // Anonymous on purpose: the bot posts the answer itself, without naming who shared it.
      const reply = ctx.bot.topic(action.id, action.lang);
      const message = render(reply, { share: false });
      await i.update(message);
      if (i.channel?.isSendable()) await i.channel.send(message);
      else await i.followUp(message);
      ctx.logger.info({ event: 'button', action: 'share', ...replyFields(reply) }, 'shared');
      return;
    }
    case 'menu':
    case 'unknown':
      throw new Error(`unexpected button custom_id (${action.type})`);
  }
}

/** A /topics select menu: opens the chosen topic. */
export async function handleSelect(i: StringSelectMenuInteraction, ctx: HandlerContext): Promise<void> {
  const action = decodeAction(i.customId);
  const id = i.values[0];
  if (action.type !== 'menu' || id === undefined) throw new Error(`unexpected select menu custom_id (${action.type})`);
  const reply = ctx.bot.topic(id, action.lang);
  const ephemeral = i.inGuild();
  await i.reply({ ...render(reply, { share: ephemeral }), flags: flagsFor(ephemeral) });
  ctx.logger.info({ event: 'select', ...replyFields(reply) }, 'answered');
}
