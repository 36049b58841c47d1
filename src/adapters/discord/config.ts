/** What the Discord adapter needs; built from DISCORD_* variables by the app's configuration. */
export interface DiscordConfig {
  /** The bot token from the Developer Portal (DISCORD_TOKEN). Never logged. */
  readonly token: string;
  /** The application id (DISCORD_APPLICATION_ID). */
  readonly applicationId: string;
  /** REST base including `/api` and no version, e.g. `https://discord.com/api` (DISCORD_API_ROOT); tests point it at a fake. */
  readonly apiRoot?: string | undefined;
  /** Registers the slash commands on this server only (instant) instead of globally (DISCORD_GUILD_ID). */
  readonly guildId?: string | undefined;
  /** Channels where the bot answers confident matches by itself; needs the Message Content intent (DISCORD_HELP_CHANNEL_IDS). */
  readonly helpChannelIds: readonly string[];
}
