import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/core/bot.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import { createRateLimiter } from '../../src/core/rate-limit.ts';
import { createLogger } from '../../src/logger.ts';
import { instrumentBot } from '../../src/ops/instrumented-bot.ts';
import { observeLimiter } from '../../src/ops/observe-limiter.ts';
import { createUserHasher, loadSalt } from '../../src/ops/user-hash.ts';

let core: Bot;
beforeAll(async () => {
  core = createBot(await loadKnowledgeBase(join(process.cwd(), 'faq')), { defaultLang: 'en' });
});

/** A JSON logger writing into an array of parsed lines. */
function capture(logQuestions: boolean) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({ write: (chunk, _enc, done) => (lines.push(Object(JSON.parse(String(chunk)))), done()) });
  return { lines, logger: createLogger({ level: 'debug', pretty: false, destination, logQuestions }) };
}

describe('answer logs', () => {
  it('log platform, type, topic id, score, language and latency, but not the question by default', () => {
    const { lines, logger } = capture(false);
    instrumentBot(core, { platform: 'discord', logger }).ask("I'm Jane, where is the WhatsApp objection form?");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ platform: 'discord', via: 'ask', type: 'answer', id: 'whatsapp-objection', lang: 'en', msg: 'answer' });
    expect(typeof lines[0]?.score).toBe('number');
    expect(typeof lines[0]?.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('Jane');
  });

  it('hold the question when the operator turns question logging on', () => {
    const { lines, logger } = capture(true);
    instrumentBot(core, { platform: 'telegram', logger, logQuestions: true }).command('ask', 'comment refuser sur whatsapp', {});
    expect(lines[0]).toMatchObject({ via: 'command', question: 'comment refuser sur whatsapp', lang: 'fr' });
  });

  it('redact a stray question field when question logging is off', () => {
    const { lines, logger } = capture(false);
    logger.info({ question: 'private words' }, 'oops');
    expect(lines[0]?.question).toBe('[redacted]');
  });
});

describe('user ids in logs', () => {
  it('appear only hashed with the install’s salt, and only when question logging is on', () => {
    const limits = { user: { burst: 1, perMinute: 1 }, chat: { burst: 9, perMinute: 1 } };
    const quiet = capture(false);
    const plain = observeLimiter(createRateLimiter(limits), { platform: 'telegram', logger: quiet.logger });
    plain.check('424242', 'c');
    plain.check('424242', 'c');
    expect(quiet.lines[0]).toMatchObject({ msg: 'rate limited', decision: 'notify', scope: 'user' });
    expect(quiet.lines[0]).not.toHaveProperty('user');
    const verbose = capture(true);
    const hashUser = createUserHasher('a-salt-of-sixteen-chars');
    const hashed = observeLimiter(createRateLimiter(limits), { platform: 'telegram', logger: verbose.logger, hashUser });
    hashed.check('424242', 'c');
    hashed.check('424242', 'c');
    expect(verbose.lines[0]?.user).toBe(hashUser('424242'));
    expect(hashUser('424242')).toMatch(/^[0-9a-f]{16}$/);
    expect(createUserHasher('another-salt-of-16-chars')('424242')).not.toBe(hashUser('424242'));
    expect(JSON.stringify(verbose.lines)).not.toContain('424242');
  });

  it('use LOG_SALT when set, else a random salt kept in a file only its owner can read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'optout-salt-'));
    try {
      const file = join(dir, 'salt');
      expect(await loadSalt('given-salt-0123456789', file)).toBe('given-salt-0123456789');
      const created = await loadSalt(undefined, file);
      expect(created).toMatch(/^[0-9a-f]{64}$/);
      expect((await readFile(file, 'utf8')).trim()).toBe(created);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await loadSalt(undefined, file)).toBe(created);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
