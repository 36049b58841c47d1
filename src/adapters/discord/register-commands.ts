import { DefaultRestOptions, OAuth2Scopes, PermissionFlagsBits, REST, Routes } from 'discord.js';
import type { Logger } from '../../logger.ts';
import { commandData } from './command-data.ts';
import type { DiscordConfig } from './config.ts';

/** The permissions the bot asks for when invited: View Channel, Send Messages, Embed Links, Read Message History. */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ReadMessageHistory;

/** The URL that adds the bot (with its slash commands) to a server. */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

/** Replaces the slash commands: on one server when `guildId` is set (instant), else globally. */
export async function registerCommands(config: DiscordConfig, logger: Logger): Promise<void> {
  const rest = new REST({ api: config.apiRoot ?? DefaultRestOptions.api }).setToken(config.token);
  const scope = config.guildId ? 'guild' : 'global';
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  const body = commandData();
  const started = Date.now();
  await rest.put(route, { body });
  logger.info({ scope, commands: body.map((c) => c.name), ms: Date.now() - started, inviteUrl: inviteUrl(config.applicationId) }, 'registered Discord slash commands');
}
