import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS, type CommandOption } from '../../core/commands.ts';
import { MESSAGES } from '../../core/messages.ts';

/** The boolean option every Discord command gets: reply privately (default in servers). */
export const PRIVATE_OPTION = 'private';

function option(o: CommandOption): APIApplicationCommandBasicOption {
  const base = {
    type: ApplicationCommandOptionType.String,
    name: o.localizedName.en,
    name_localizations: { fr: o.localizedName.fr },
    description: o.description.en,
    description_localizations: { fr: o.description.fr },
    required: o.required,
  } as const;
  if (o.choices?.length) {
    return { ...base, choices: o.choices.map((c) => ({ name: c.label.en, name_localizations: { fr: c.label.fr }, value: c.value })) };
  }
  return { ...base, autocomplete: o.autocomplete === true };
}

const privateOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: MESSAGES.en.privateOption,
  name_localizations: { fr: MESSAGES.fr.privateOption },
  description: MESSAGES.en.privateOptionDescription,
  description_localizations: { fr: MESSAGES.fr.privateOptionDescription },
  required: false,
};

/** The slash commands, from the one registry (COMMANDS with 'discord'), English by default with French localizations. */
export function commandData(): RESTPutAPIApplicationCommandsJSONBody {
  return COMMANDS.filter((c) => c.platforms.includes('discord')).map((c) => ({
    type: ApplicationCommandType.ChatInput,
    name: c.name,
    name_localizations: { fr: c.localizedName.fr },
    description: c.description.en,
    description_localizations: { fr: c.description.fr },
    options: [...c.options.map(option), privateOption],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  }));
}
