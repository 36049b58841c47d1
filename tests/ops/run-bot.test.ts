import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBotApi, privateChat, TOKEN, user } from '../telegram/fake-bot-api.ts';

/** Every setting the bot reads, blank, so the developer's own environment cannot leak into a test. */
const BLANK = { TELEGRAM_BOT_TOKEN: '', TELEGRAM_API_ROOT: '', TELEGRAM_WEBHOOK_URL: '', DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', METRICS_PORT: '', LOG_QUESTIONS: '', LOG_SALT: '' };
const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...BLANK, ...extra });

describe('npm start with a bad setting', () => {
  it.each([
    ['RATE_LIMIT_USER_BURST', '0'],
    ['METRICS_PORT', 'http'],
    ['FAQ_WATCH', 'maybe'],
  ])('stops with exit code 2 and one line naming %s', async (variable, value) => {
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: env({ [variable]: value }) }, (error, _stdout, err) =>
        resolve({ code: error ? Number(error.code) : 0, stderr: err }),
      );
    });
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Configuration: ${variable} .+\\. Fix it in \\.env`));
  }, 15_000);
});

describe('the bot process against the fake Telegram', () => {
  let fake: FakeBotApi | undefined;
  afterEach(async () => {
    await fake?.stop();
  });

  it('on SIGTERM finishes the answer in flight and exits 0 within 5 s; its logs hold no token, question or user id', async () => {
    fake = await FakeBotApi.start();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: env({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'debug' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = once(child, 'exit');
    try {
      await fake.waitForHeldPoll(10_000);
      // The answer is held in a 1 s flood wait when the signal comes.
      fake.fail('sendMessage', { status: 429, retryAfter: 1 });
      const person = user(987_654_321, 'en');
      const question = 'how do I object for whatsapp, my secret is tangerine';
      const since = fake.calls.length;
      fake.sendText({ chat: privateChat(person), from: person, text: question });
      await fake.waitForCall('sendMessage', () => true, { since, status: 429 });
      const signalled = performance.now();
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(performance.now() - signalled).toBeLessThan(5000);
      expect(code).toBe(0);
      expect(fake.accepted('sendMessage').length).toBe(1);
      expect(output).toContain('"id":"whatsapp-objection"');
      expect(output).toContain('"msg":"stopped"');
      for (const secret of [TOKEN, TOKEN.split(':')[1] ?? TOKEN, 'tangerine', String(person.id)]) expect(output).not.toContain(secret);
    } finally {
      child.kill('SIGKILL');
    }
  }, 20_000);
});

describe('the terminal chat', () => {
  it('picks up an edit of the knowledge base while it runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'optout-terminal-'));
    await cp('faq', dir, { recursive: true });
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: env({ FAQ_DIR: dir, LOG_LEVEL: 'info' }), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const until = async (test: () => boolean, what: string): Promise<void> => {
      for (const deadline = Date.now() + 10_000; !test(); await new Promise((r) => setTimeout(r, 25))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr: ${stderr}`);
      }
    };
    try {
      await until(() => stderr.includes('adapter started'), 'the terminal chat');
      const file = join(dir, 'whatsapp-objection.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^(en:\n {2}title:).*$/m, '$1 Object for WhatsApp, edited live'));
      await until(() => stderr.includes('knowledge base reloaded'), 'the reload');
      child.stdin.end('how do I object for whatsapp\n');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(stdout).toContain('Object for WhatsApp, edited live');
    } finally {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  }, 20_000);
});
