import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter } from '../../src/adapters/telegram/adapter.ts';
import { MESSAGES } from '../../src/core/messages.ts';
import { silentLogger } from '../../src/logger.ts';
import { privateChat, user, type Chat, type Fault } from './fake-bot-api.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

let nextUser = 700;
const QUESTION = 'how do I object for whatsapp';

/** Asks from a new chat; resolves with the chat once the answer is in. */
async function askAndWait(): Promise<Chat> {
  const from = user(nextUser++, 'en');
  const chat = privateChat(from);
  const since = h.fake.calls.length;
  h.fake.sendText({ chat, from, text: QUESTION });
  const reply = await h.nextMessage(chat, since, 5000);
  expect(reply.text.startsWith(h.title('whatsapp-objection', 'en'))).toBe(true);
  return chat;
}

/** Lets any duplicate show up, then counts what the chat received. */
async function expectExactlyOneMessage(chat: Chat): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(h.fake.botMessages(chat.id)).toHaveLength(1);
}

describe('flood limits and failures', () => {
  it('waits out a 429 on sendMessage for retry_after seconds, then sends the answer once', async () => {
    h.fake.fail('sendMessage', { status: 429, retryAfter: 1 });
    const since = h.fake.calls.length;
    const chat = await askAndWait();
    const refused = h.fake.calls.slice(since).find((c) => c.method === 'sendMessage' && c.status === 429);
    const accepted = h.fake.calls.slice(since).find((c) => c.method === 'sendMessage' && c.status === 200);
    expect(refused && accepted && accepted.at - refused.at).toBeGreaterThanOrEqual(950);
    await expectExactlyOneMessage(chat);
  });

  it.each<[string, Fault]>([
    ['a 500', { status: 500 }],
    ['a dropped connection', { drop: true }],
  ])('retries sendMessage after %s and the answer arrives once', async (_name, fault) => {
    h.fake.fail('sendMessage', fault);
    await expectExactlyOneMessage(await askAndWait());
  });

  it.each<[string, Fault]>([
    ['a 500', { status: 500 }],
    ['a dropped connection', { drop: true }],
    ['a 429', { status: 429, retryAfter: 1 }],
  ])('keeps polling after %s on getUpdates; an update sent meanwhile is answered once', async (_name, fault) => {
    h.fake.fail('getUpdates', fault);
    const since = h.fake.calls.length;
    // The poll being held returns with this update; the next getUpdates meets the fault.
    const first = askAndWait();
    await h.fake.waitForCall('getUpdates', () => true, { since, status: 'drop' in fault ? 0 : fault.status });
    const second = askAndWait();
    await expectExactlyOneMessage(await first);
    await expectExactlyOneMessage(await second);
    expect(h.adapter.connected()).toBe(true);
  });

  it('refuses to start with a token Telegram rejects, naming the variable to fix', async () => {
    const adapter = createTelegramAdapter({ token: '1:not-the-right-token', apiRoot: h.fake.apiRoot }, h.bot, { logger: silentLogger });
    await expect(adapter.start()).rejects.toThrow(/TELEGRAM_BOT_TOKEN/);
    expect(adapter.connected()).toBe(false);
  });

  it('tells the user MESSAGES.error in their language when an update fails (one error boundary)', async () => {
    h.fake.fail('sendMessage', { status: 400 });
    const from = user(nextUser++, 'fr');
    const chat = privateChat(from);
    const since = h.fake.calls.length;
    h.fake.sendText({ chat, from, text: 'comment refuser pour whatsapp' });
    expect((await h.nextMessage(chat, since)).text).toBe(MESSAGES.fr.error);
    expect(h.logs.join('')).toContain('telegram update failed');
  });
});
