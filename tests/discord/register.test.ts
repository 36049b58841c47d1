import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteUrl, registerCommands } from '../../src/adapters/discord/register-commands.ts';
import { COMMANDS } from '../../src/core/commands.ts';
import { MESSAGES } from '../../src/core/messages.ts';
import { silentLogger } from '../../src/logger.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.ts';
import { isRecord } from './fake-validate.ts';
import { APP_ID, GUILD_ID, TOKEN } from './fake-payloads.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.stop();
});

const config = (guildId?: string) => ({ token: TOKEN, applicationId: APP_ID, apiRoot: fake.api, guildId, helpChannelIds: [] });
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);

describe('registerCommands', () => {
  it('registers on the guild when a guild id is set, with French names and descriptions', async () => {
    await registerCommands(config(GUILD_ID), silentLogger);
    const put = fake.calls.filter((c) => c.method === 'PUT');
    expect(put.map((c) => [c.path, c.status])).toEqual([[`api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, 200]]);
    const commands = list(fake.state.commands.guild);
    const discord = COMMANDS.filter((c) => c.platforms.includes('discord'));
    expect(commands.map((c) => c.name)).toEqual(discord.map((c) => c.name));
    for (const spec of discord) {
      const c = commands.find((x) => x.name === spec.name);
      expect(c?.name_localizations).toEqual({ fr: spec.localizedName.fr });
      expect(c?.description_localizations).toEqual({ fr: spec.description.fr });
      const options = list(c?.options);
      const priv = options.find((o) => o.name === 'private');
      expect(priv?.type).toBe(5);
      expect(priv?.name_localizations).toEqual({ fr: MESSAGES.fr.privateOption });
      for (const o of spec.options) expect(options.find((x) => x.name === o.localizedName.en)?.name_localizations).toEqual({ fr: o.localizedName.fr });
    }
    const ask = commands.find((c) => c.name === 'ask');
    expect(list(ask?.options)[0]?.autocomplete).toBe(true);
    const optout = list(commands.find((c) => c.name === 'optout')?.options)[0];
    expect(list(optout?.choices).map((c) => c.value)).toEqual(['facebook', 'instagram', 'whatsapp', 'messenger-threads']);
  });

  it('registers globally when no guild id is set', async () => {
    await registerCommands(config(), silentLogger);
    const last = fake.calls.filter((c) => c.method === 'PUT').at(-1);
    expect(last?.path).toBe(`api/v10/applications/${APP_ID}/commands`);
    expect(last?.authorization).toBe(`Bot ${TOKEN}`);
    expect(list(fake.state.commands.global).length).toBe(COMMANDS.filter((c) => c.platforms.includes('discord')).length);
  });

  it('fails loudly with a wrong token', async () => {
    await expect(registerCommands({ ...config(), token: 'wrong' }, silentLogger)).rejects.toThrow(/401|Unauthorized/);
  });
});

describe('inviteUrl', () => {
  it('asks for the bot and applications.commands scopes and the four permissions', () => {
    const url = new URL(inviteUrl(APP_ID));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')?.split(' ').sort()).toEqual(['applications.commands', 'bot']);
    expect(url.searchParams.get('permissions')).toBe(String(1024 + 2048 + 16384 + 65536));
  });
});
