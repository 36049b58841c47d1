import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/messages.ts';
import { createRateLimiter } from '../../src/core/rate-limit.ts';
import { groupChat, privateChat, user } from './fake-bot-api.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  // Two messages at once per person, ten per chat; nothing refills during the test.
  h = await startHarness({ limiter: createRateLimiter({ user: { burst: 2, perMinute: 1 }, chat: { burst: 10, perMinute: 1 } }) });
});
afterAll(async () => {
  await h?.stop();
});

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));
const sentTo = (chatId: number, since: number): string[] =>
  h.fake.calls.slice(since).flatMap((c) => (c.method === 'sendMessage' && c.status === 200 && c.payload.chat_id === chatId ? [String(c.payload.text)] : []));

describe('rate limits on Telegram', () => {
  it('answers a burst, sends one polite notice, drops the rest, and never delays someone else', async () => {
    const flooder = user(701, 'en');
    const other = user(702, 'en');
    const since = h.fake.calls.length;
    for (let i = 0; i < 8; i += 1) h.fake.sendText({ chat: privateChat(flooder), from: flooder, text: `how do I object for whatsapp ${i}` });
    const asked = performance.now();
    h.fake.sendText({ chat: privateChat(other), from: other, text: 'how do I object for whatsapp' });
    const answer = await h.nextMessage(privateChat(other), since);
    expect(performance.now() - asked).toBeLessThan(1000);
    expect(answer.text.startsWith(h.title('whatsapp-objection', 'en'))).toBe(true);
    await settle();
    const toFlooder = sentTo(flooder.id, since);
    expect(toFlooder).toHaveLength(3);
    expect(toFlooder.filter((t) => t === MESSAGES.en.rateLimited)).toHaveLength(1);
    expect(toFlooder.filter((t) => t.includes(h.title('whatsapp-objection', 'en')))).toHaveLength(2);
  });

  it('counts only what is addressed to the bot in a group, and threads the notice under the question', async () => {
    const chat = groupChat(-100701);
    const alice = user(703, 'en');
    const since = h.fake.calls.length;
    for (let i = 0; i < 5; i += 1) h.fake.sendText({ chat, from: alice, text: `chatting among ourselves ${i}` });
    for (let i = 0; i < 3; i += 1) h.fake.sendText({ chat, from: alice, text: '@optout_test_bot how do I object for whatsapp' });
    const notice = await h.fake.waitForCall('sendMessage', (p) => p.chat_id === chat.id && p.text === MESSAGES.en.rateLimited, { since });
    expect(notice.payload.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
    await settle();
    expect(sentTo(chat.id, since)).toHaveLength(3);
  });
});
