import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';

describe('readConfig', () => {
  it('gives defaults for an empty environment', () => {
    const c = readConfig({});
    expect(c.DEFAULT_LANG).toBe('fr');
    expect(c.FAQ_DIR).toBe('faq');
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(c.DISCORD_HELP_CHANNEL_IDS).toEqual([]);
    expect(c).toMatchObject({ FAQ_WATCH: true, LOG_QUESTIONS: false, METRICS_HOST: '127.0.0.1', RATE_LIMIT_USER_BURST: 5, RATE_LIMIT_USER_PER_MINUTE: 12, RATE_LIMIT_CHAT_BURST: 20, RATE_LIMIT_CHAT_PER_MINUTE: 60 });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('treats empty values as unset', () => {
    expect(readConfig({ TELEGRAM_BOT_TOKEN: '', METRICS_PORT: ' ' }).METRICS_PORT).toBeUndefined();
  });

  it.each([
    [{ DEFAULT_LANG: 'de' }, 'DEFAULT_LANG'],
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, 'TELEGRAM_BOT_TOKEN'],
    [{ METRICS_PORT: '99999' }, 'METRICS_PORT'],
    [{ DISCORD_TOKEN: 'abc' }, 'DISCORD_APPLICATION_ID'],
    [{ TELEGRAM_WEBHOOK_URL: 'http://example.org/hook' }, 'TELEGRAM_WEBHOOK_URL'],
    [{ DISCORD_HELP_CHANNEL_IDS: '123,abc' }, 'DISCORD_HELP_CHANNEL_IDS'],
    [{ RATE_LIMIT_USER_BURST: '0' }, 'RATE_LIMIT_USER_BURST'],
    [{ RATE_LIMIT_CHAT_PER_MINUTE: 'lots' }, 'RATE_LIMIT_CHAT_PER_MINUTE'],
    [{ LOG_SALT: 'short' }, 'LOG_SALT'],
    [{ FAQ_WATCH: 'maybe' }, 'FAQ_WATCH'],
  ])('names the variable to fix in %j', (env, variable) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(new RegExp(`^Configuration: ${variable} .*Fix it in \\.env`));
  });

  it('parses a full Discord and Telegram setup', () => {
    const c = readConfig({
      TELEGRAM_BOT_TOKEN: '123456:ABCdefGHIjklMNOpqrSTUvwxYZ',
      DISCORD_TOKEN: 'x.y.z',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_HELP_CHANNEL_IDS: '123456789012345678, 223456789012345678',
      PORT: '3000',
    });
    expect(c.PORT).toBe(3000);
    expect(c.DISCORD_HELP_CHANNEL_IDS).toEqual(['123456789012345678', '223456789012345678']);
  });
});
