/** Ids and gateway objects of the fake Discord world: one guild, two text channels, one user, one DM. */

export const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests';
export const APP_ID = '1100000000000000001';
export const BOT_ID = APP_ID;
export const GUILD_ID = '1100000000000000100';
export const GENERAL_ID = '1100000000000000200';
export const HELP_ID = '1100000000000000201';
export const USER_ID = '1100000000000000300';
export const DM_ID = '1100000000000000400';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh snowflake: discord.js derives timestamps from ids, so they must be real ones. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export const botUser = { id: BOT_ID, username: 'optout-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
export const humanUser = { id: USER_ID, username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };

export const member = {
  user: humanUser,
  roles: [],
  joined_at: '2024-01-01T00:00:00.000Z',
  deaf: false,
  mute: false,
  flags: 0,
  permissions: '2248473465835073',
};

const textChannel = (id: string, name: string, position: number) => ({
  id,
  type: 0,
  guild_id: GUILD_ID,
  name,
  position,
  permission_overwrites: [],
  nsfw: false,
  parent_id: null,
});

export const guildChannels = [textChannel(GENERAL_ID, 'general', 0), textChannel(HELP_ID, 'help', 1)];
export const dmChannel = { id: DM_ID, type: 1, recipients: [humanUser], last_message_id: null };

export function guildCreate(): Record<string, unknown> {
  return {
    id: GUILD_ID,
    name: 'Fake guild',
    icon: null,
    owner_id: USER_ID,
    unavailable: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    member_count: 2,
    large: false,
    features: [],
    preferred_locale: 'en-US',
    roles: [{ id: GUILD_ID, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: guildChannels,
    members: [{ ...member, user: botUser, permissions: undefined }],
    emojis: [],
    stickers: [],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

/** The channel of an id the fake knows, if any. */
export function knownChannel(id: string): { readonly id: string; readonly dm: boolean } | undefined {
  if (id === DM_ID) return { id, dm: true };
  return guildChannels.some((c) => c.id === id) ? { id, dm: false } : undefined;
}
