import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter } from '../../src/adapters/telegram/adapter.ts';
import { render } from '../../src/adapters/telegram/render.ts';
import { createBot } from '../../src/core/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import { FakeBotApi, privateChat, TOKEN, user, type Chat } from '../telegram/fake-bot-api.ts';
import { knowledgeBase, startHarness, type Harness } from '../telegram/harness.ts';
import { until } from './until.ts';

/**
 * Faults of the Bot API met by the real adapter (real telegraf, fake server): every question asked
 * while a fault lasts is answered exactly once after it clears, and the next question is answered too.
 * Single faults with one question each are in tests/telegram/faults.test.ts.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  h?.fake.resetHung();
  await h?.stop();
});

let nextUser = 9100;
const QUESTIONS = ['how do I object for whatsapp', 'comment refuser pour instagram ?', 'how do I object on facebook', 'comment refuser pour whatsapp ?'];

interface Asked {
  readonly chat: Chat;
  readonly question: string;
  /** How many messages the answer takes (long answers are split). */
  readonly expected: number;
  /** The start of the first message. */
  readonly title: string;
}

/** Sends a question from a new private chat. */
function ask(question: string): Asked {
  const from = user(nextUser++, 'en');
  const chat = privateChat(from);
  const reply = h.bot.ask(question, { fallbackLang: 'en' });
  const expected = render(reply, { mode: 'full' }).length;
  h.fake.sendText({ chat, from, text: question });
  return { chat, question, expected, title: reply.type === 'answer' ? reply.title : '' };
}

/** Accepted sendMessage calls to a chat: the replies it got. */
const replies = (chat: Chat) => h.fake.accepted('sendMessage').filter((c) => c.payload.chat_id === chat.id);

/** Waits until every question has its full answer, lets duplicates show up, then checks each got it exactly once. */
async function expectEachAnsweredOnce(asked: readonly Asked[], timeout = 5000): Promise<void> {
  await until('every answer', () => asked.every((a) => replies(a.chat).length >= a.expected), timeout);
  await new Promise((resolve) => setTimeout(resolve, 150));
  for (const a of asked) {
    expect({ question: a.question, replies: replies(a.chat).length }).toEqual({ question: a.question, replies: a.expected });
    expect(String(replies(a.chat)[0]?.payload.text)).toContain(a.title);
  }
}

afterEach(async () => {
  // After each fault, the next question is answered, once.
  await expectEachAnsweredOnce([ask(QUESTIONS[0] ?? '')]);
  expect(h.adapter.connected()).toBe(true);
});

describe('Telegram faults, several questions at a time', () => {
  it('sendMessage answering 500 to a burst: each question is answered once', async () => {
    h.fake.fail('sendMessage', { status: 500 }, 3);
    await expectEachAnsweredOnce(QUESTIONS.map(ask));
    expect(h.fake.calls.filter((c) => c.method === 'sendMessage' && c.status === 500)).toHaveLength(3);
  });

  it('sendMessage answering 429 retry_after 1 to a burst: each waits a second, then is answered once', async () => {
    const since = h.fake.calls.length;
    h.fake.fail('sendMessage', { status: 429, retryAfter: 1 }, 3);
    const started = performance.now();
    await expectEachAnsweredOnce(QUESTIONS.map(ask));
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    const refused = h.fake.calls.slice(since).filter((c) => c.method === 'sendMessage' && c.status === 429);
    expect(refused).toHaveLength(3);
  });

  it('getUpdates failing three times in a row (500, reset, 429): questions sent throughout are each answered once', async () => {
    const since = h.fake.calls.length;
    h.fake.fail('getUpdates', { status: 500 });
    h.fake.fail('getUpdates', { drop: true });
    h.fake.fail('getUpdates', { status: 429, retryAfter: 1 });
    const asked = [ask(QUESTIONS[0] ?? '')]; // wakes the held poll; the next ones meet the faults
    for (const [i, status] of [500, 0, 429].entries()) {
      await h.fake.waitForCall('getUpdates', () => true, { since, status, timeout: 3000 });
      asked.push(ask(QUESTIONS[i + 1] ?? ''));
    }
    await expectEachAnsweredOnce(asked);
  });

  it('a sendMessage that never answers stalls only its own chat; once the connection resets, that answer arrives once', async () => {
    h.fake.fail('sendMessage', { hang: true });
    const since = h.fake.calls.length;
    const stuck = ask(QUESTIONS[0] ?? '');
    await h.fake.waitForCall('sendMessage', (p) => p.chat_id === stuck.chat.id, { since, status: 0 });
    const others = QUESTIONS.slice(1).map(ask);
    await expectEachAnsweredOnce(others);
    expect(replies(stuck.chat)).toHaveLength(0);
    // Before the adapter's time limit (30 s by default), only a reset ends the wait.
    expect(h.fake.resetHung()).toBe(1);
    await expectEachAnsweredOnce([stuck]);
  });

  it('a getUpdates that never answers holds every question until its connection resets; then each is answered once', async () => {
    h.fake.fail('getUpdates', { hang: true });
    const since = h.fake.calls.length;
    const first = ask(QUESTIONS[0] ?? '');
    await h.fake.waitForCall('getUpdates', () => true, { since, status: 0 });
    const held = QUESTIONS.slice(1).map(ask);
    await expectEachAnsweredOnce([first]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(held.map((a) => replies(a.chat).length)).toEqual([0, 0, 0]);
    expect(h.fake.resetHung()).toBe(1);
    await expectEachAnsweredOnce(held);
  });
});

describe('Telegram request time limit', () => {
  it('a sendMessage that never answers is cut at the time limit and sent again: answered once, no reset needed', async () => {
    const t = await startHarness({ requestTimeoutMs: 400 });
    try {
      t.fake.fail('sendMessage', { hang: true });
      const from = user(nextUser++, 'en');
      const chat = privateChat(from);
      const question = QUESTIONS[0] ?? '';
      const expected = render(t.bot.ask(question, { fallbackLang: 'en' }), { mode: 'full' }).length;
      const sent = () => t.fake.accepted('sendMessage').filter((c) => c.payload.chat_id === chat.id);
      const started = performance.now();
      t.fake.sendText({ chat, from, text: question });
      await until('the answer', () => sent().length >= expected, 5000);
      expect(performance.now() - started).toBeGreaterThanOrEqual(350);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(sent()).toHaveLength(expected);
      expect(t.fake.calls.filter((c) => c.method === 'sendMessage' && c.status === 0 && c.payload.chat_id === chat.id)).toHaveLength(1);
    } finally {
      t.fake.resetHung();
      await t.stop();
    }
  });
});

describe('Telegram faults at start-up', () => {
  it('starts through a 500 on getMe, a reset on deleteWebhook and a 429 on setMyCommands, then answers', async () => {
    const fake = await FakeBotApi.start();
    const bot = createBot(await knowledgeBase(), { defaultLang: 'en' });
    const adapter = createTelegramAdapter({ token: TOKEN, apiRoot: fake.apiRoot }, bot, { logger: silentLogger });
    try {
      fake.fail('getMe', { status: 500 });
      fake.fail('setMyCommands', { status: 429, retryAfter: 1 });
      fake.fail('deleteWebhook', { drop: true });
      await adapter.start();
      await fake.waitForHeldPoll();
      expect(fake.calls.filter((c) => c.status !== 200).map((c) => `${c.method}:${c.status}`)).toEqual(['getMe:500', 'setMyCommands:429', 'deleteWebhook:0']);
      const from = user(nextUser++, 'en');
      const chat = privateChat(from);
      fake.sendText({ chat, from, text: QUESTIONS[0] ?? '' });
      await fake.waitForCall('sendMessage', (p) => p.chat_id === chat.id);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fake.accepted('sendMessage').filter((c) => c.payload.chat_id === chat.id)).toHaveLength(1);
    } finally {
      await adapter.stop();
      await fake.stop();
    }
  });
});
