import { Client, DefaultRestOptions, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { DiscordConfig } from './config.ts';

/**
 * The discord.js client: no privileged intent unless help channels need message text, and no cache
 * of messages, members or users beyond the bot itself (we store nothing about people).
 */
export function createClient(config: DiscordConfig): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.helpChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: { api: config.apiRoot ?? DefaultRestOptions.api },
    makeCache: Options.cacheWithLimits({
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
  });
}
