import type { Config } from './config.ts';

/** Registers the Discord slash commands (wired to the Discord adapter's registry). */
export async function registerDiscordCommands(config: Config): Promise<number> {
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    process.stderr.write('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env first (see README.md).\n');
    return 2;
  }
  process.stderr.write('Discord registration is not available yet.\n');
  return 1;
}
