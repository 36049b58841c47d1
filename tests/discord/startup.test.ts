import { describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/adapters/discord/adapter.ts';
import { createBot } from '../../src/core/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import { startFakeDiscord } from './fake-discord.ts';
import { APP_ID, HELP_ID, TOKEN } from './fake-payloads.ts';
import { knowledgeBase } from './harness.ts';

describe('starting and stopping', () => {
  it('rejects start() with a wrong token, and reports not connected', async () => {
    const fake = await startFakeDiscord();
    const bot = createBot(await knowledgeBase(), { defaultLang: 'en' });
    const adapter = createDiscordAdapter({ token: 'wrong.token', applicationId: APP_ID, apiRoot: fake.api, helpChannelIds: [] }, bot, { logger: silentLogger });
    try {
      await expect(adapter.start()).rejects.toThrow(/token/i);
      expect(adapter.connected()).toBe(false);
    } finally {
      await adapter.stop();
      await fake.stop();
    }
  });

  it('rejects start() when help channels need the Message Content intent and the portal has it off', async () => {
    const fake = await startFakeDiscord({ messageContentAllowed: false });
    const bot = createBot(await knowledgeBase(), { defaultLang: 'en' });
    const adapter = createDiscordAdapter({ token: TOKEN, applicationId: APP_ID, apiRoot: fake.api, helpChannelIds: [HELP_ID] }, bot, { logger: silentLogger });
    try {
      await expect(adapter.start()).rejects.toThrow(/intent/i);
    } finally {
      await adapter.stop();
      await fake.stop();
    }
  });

  it('connects, then disconnects on stop()', async () => {
    const fake = await startFakeDiscord();
    const bot = createBot(await knowledgeBase(), { defaultLang: 'en' });
    const adapter = createDiscordAdapter({ token: TOKEN, applicationId: APP_ID, apiRoot: fake.api, helpChannelIds: [] }, bot, { logger: silentLogger });
    try {
      await adapter.start();
      expect(adapter.connected()).toBe(true);
      await adapter.stop();
      expect(adapter.connected()).toBe(false);
      await fake.waitFor('the socket to close', () => !fake.gateway.connected());
    } finally {
      await fake.stop();
    }
  });
});
