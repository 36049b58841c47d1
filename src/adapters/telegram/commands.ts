import type { BotCommand } from 'telegraf/types';
import { COMMANDS, type CommandName, type CommandSpec } from '../../core/commands.ts';
import { LANGS, type Lang } from '../../core/lang.ts';
import type { CommandChoices } from './keyboard.ts';

const TELEGRAM_COMMANDS: readonly CommandSpec[] = COMMANDS.filter((c) => c.platforms.includes('telegram'));
const NAME = /^[a-z0-9_]{1,32}$/;

/** The command menu for setMyCommands, in one language (localized names, e.g. /aide in French). */
export function commandMenu(lang: Lang): BotCommand[] {
  return TELEGRAM_COMMANDS.filter((c) => NAME.test(c.localizedName[lang])).map((c) => ({
    command: c.localizedName[lang],
    description: c.description[lang].slice(0, 256),
  }));
}

/** Every name a command answers to (its English name and its localized names), by command. */
export function commandAliases(): ReadonlyMap<CommandName, readonly string[]> {
  const owner = new Map<string, CommandName>();
  for (const c of TELEGRAM_COMMANDS) {
    for (const name of new Set([c.name, ...LANGS.map((l) => c.localizedName[l])])) {
      const other = owner.get(name);
      if (other && other !== c.name) throw new Error(`Telegram command name "/${name}" is used by both "${other}" and "${c.name}" in src/core/commands.ts`);
      owner.set(name, c.name);
    }
  }
  const aliases = new Map<CommandName, string[]>();
  for (const [name, command] of owner) aliases.set(command, [...(aliases.get(command) ?? []), name]);
  return aliases;
}

/** The fixed choices of a command's first option (shown as buttons when the command comes without argument). */
export function commandChoices(name: CommandName): CommandChoices | undefined {
  const choices = COMMANDS.find((c) => c.name === name)?.options[0]?.choices;
  return choices?.length ? { command: name, choices } : undefined;
}
