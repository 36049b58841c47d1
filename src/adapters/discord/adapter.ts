import { Events, MessageFlags, Status, type Interaction, type Message } from 'discord.js';
import type { Bot } from '../../core/bot.ts';
import { langFromLocale, type Lang } from '../../core/lang.ts';
import { MESSAGES } from '../../core/messages.ts';
import type { RateLimiter } from '../../core/rate-limit.ts';
import type { Logger } from '../../logger.ts';
import type { Adapter } from '../adapter.ts';
import type { DiscordConfig } from './config.ts';
import { createClient } from './create-client.ts';
import { handleAutocomplete, handleCommand } from './handle-command.ts';
import { handleButton, handleSelect } from './handle-component.ts';
import { handleMessage } from './handle-message.ts';
import { admitInteraction } from './rate-limit.ts';
import { renderNotice } from './render.ts';
import type { HandlerContext } from './reply-context.ts';

/** What can be logged of an error: never request bodies or URLs (they hold interaction tokens and text). */
function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const code = 'code' in error ? error.code : undefined;
  const status = 'status' in error ? error.status : undefined;
  return { error: error.name, message: error.message, code, status };
}

/** Log context of an interaction: what was asked for, never who or what they typed. */
function context(i: Interaction): Record<string, unknown> {
  if (i.isCommand() || i.isAutocomplete()) return { event: 'interaction', type: i.type, command: i.commandName };
  if (i.isMessageComponent()) return { event: 'interaction', type: i.type, component: i.customId.split(':')[0] };
  return { event: 'interaction', type: i.type };
}

async function route(i: Interaction, ctx: HandlerContext): Promise<void> {
  if (i.isAutocomplete()) return handleAutocomplete(i, ctx);
  if (i.isChatInputCommand()) return handleCommand(i, ctx);
  if (i.isButton()) return handleButton(i, ctx);
  if (i.isStringSelectMenu()) return handleSelect(i, ctx);
  ctx.logger.debug({ event: 'interaction', type: i.type }, 'ignored');
}

async function apologize(i: Interaction, lang: Lang): Promise<void> {
  if (i.isAutocomplete()) {
    if (!i.responded) await i.respond([]);
    return;
  }
  if (!i.isRepliable()) return;
  const notice = renderNotice(MESSAGES[lang].error);
  if (i.replied || i.deferred) await i.followUp({ ...notice, flags: MessageFlags.Ephemeral });
  else await i.reply({ ...notice, flags: MessageFlags.Ephemeral });
}

/** The Discord adapter: slash commands with autocomplete, buttons, select menus, mentions, DMs and optional help channels. */
export function createDiscordAdapter(config: DiscordConfig, bot: Bot, deps: { readonly logger: Logger; readonly limiter?: RateLimiter | undefined }): Adapter {
  const logger = deps.logger.child({ adapter: 'discord' });
  const ctx: HandlerContext = { bot, logger, helpChannelIds: new Set(config.helpChannelIds), limiter: deps.limiter };
  const client = createClient(config);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  /** The one error boundary: logs with context, tells the user one polite line. */
  const guard = (where: Record<string, unknown>, work: () => Promise<void>, sorry: () => Promise<unknown>): void => {
    if (stopping) return;
    const task = work()
      .catch(async (error: unknown) => {
        logger.error({ ...where, ...describe(error) }, 'handler failed');
        await sorry().catch((again: unknown) => logger.warn({ ...where, ...describe(again) }, 'could not send the error message'));
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  client.on(Events.InteractionCreate, (i: Interaction) => {
    const lang = langFromLocale(i.locale) ?? bot.defaultLang;
    guard(context(i), async () => ((await admitInteraction(i, ctx.limiter, lang)) ? route(i, ctx) : undefined), () => apologize(i, lang));
  });
  client.on(Events.MessageCreate, (message: Message) => {
    const lang = langFromLocale(message.guild?.preferredLocale) ?? bot.defaultLang;
    guard({ event: 'message', dm: !message.inGuild() }, () => handleMessage(message, ctx), () => message.reply(renderNotice(MESSAGES[lang].error)));
  });
  client.on(Events.Error, (error) => logger.error({ event: 'client', ...describe(error) }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event) => logger.warn({ event: 'disconnect', code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, () => logger.info({ event: 'reconnecting' }, 'gateway reconnecting'));
  client.on(Events.ShardResume, () => logger.info({ event: 'resumed' }, 'gateway resumed'));

  return {
    name: 'discord',
    connected: () => client.isReady() && client.ws.status === Status.Ready,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      const started = Date.now();
      try {
        await client.login(config.token);
        await ready;
      } catch (error) {
        await client.destroy();
        throw error;
      }
      logger.info({ event: 'ready', guilds: client.guilds.cache.size, helpChannels: config.helpChannelIds.length, ms: Date.now() - started }, 'connected to Discord');
    },
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}
