import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { COMMANDS } from '../../core/commands.ts';
import { langFromLocale } from '../../core/lang.ts';
import type { Reply } from '../../core/reply.ts';
import { TOPIC_MARKER } from './custom-id.ts';
import { PRIVATE_OPTION } from './command-data.ts';
import { LIMITS } from './render-limits.ts';
import { render, renderChoices } from './render.ts';
import { replyFields, type HandlerContext } from './reply-context.ts';

/** Runs a slash command: the locale picks the language unless the question's own language is clear. */
export async function handleCommand(i: ChatInputCommandInteraction, ctx: HandlerContext): Promise<void> {
  const started = Date.now();
  const spec = COMMANDS.find((c) => c.name === i.commandName && c.platforms.includes('discord'));
  if (!spec) throw new Error(`unknown slash command "${i.commandName}": run the registration again`);
  const localeLang = langFromLocale(i.locale);
  const arg = spec.options.map((o) => i.options.getString(o.localizedName.en) ?? '').join(' ').trim();
  let reply: Reply;
  if (spec.name === 'ask' && arg.startsWith(TOPIC_MARKER)) reply = ctx.bot.topic(arg.slice(TOPIC_MARKER.length), localeLang ?? ctx.bot.defaultLang);
  else if (spec.name === 'ask') reply = ctx.bot.ask(arg, { fallbackLang: localeLang });
  else reply = ctx.bot.command(spec.name, arg, localeLang ? { lang: localeLang } : {});
  const ephemeral = i.inGuild() && (i.options.getBoolean(PRIVATE_OPTION) ?? true);
  const message = render(reply, { share: ephemeral, menu: spec.name === 'topics' });
  await i.reply({ ...message, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
  ctx.logger.info({ event: 'command', command: spec.name, ephemeral, ...replyFields(reply), ms: Date.now() - started }, 'answered');
}

/** Completes /ask as the user types: the closest questions, each opening its topic when picked. */
export async function handleAutocomplete(i: AutocompleteInteraction, ctx: HandlerContext): Promise<void> {
  const started = Date.now();
  const focused = i.options.getFocused(true);
  const spec = COMMANDS.find((c) => c.name === i.commandName);
  const completes = spec?.options.some((o) => o.localizedName.en === focused.name && o.autocomplete === true) ?? false;
  const lang = langFromLocale(i.locale) ?? ctx.bot.defaultLang;
  const choices = completes ? renderChoices(ctx.bot.suggest(String(focused.value), lang, LIMITS.choices)) : [];
  await i.respond(choices);
  ctx.logger.debug({ event: 'autocomplete', command: i.commandName, choices: choices.length, ms: Date.now() - started }, 'completed');
}
