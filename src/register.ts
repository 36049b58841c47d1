import { discordConfig } from './adapter-configs.ts';
import { inviteUrl, registerCommands } from './adapters/discord/register-commands.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

/** `npm run register`: deploys the Discord slash commands and prints the invite URL. */
export async function registerDiscordCommands(config: Config, logger: Logger): Promise<number> {
  const discord = discordConfig(config);
  if (!discord) {
    process.stderr.write('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env first (see README.md).\n');
    return 2;
  }
  await registerCommands(discord, logger);
  const where = discord.guildId ? `on server ${discord.guildId} (instant)` : 'globally (may take up to an hour to appear)';
  process.stdout.write(`Slash commands registered ${where}.\nInvite the bot with:\n${inviteUrl(discord.applicationId)}\n`);
  return 0;
}
