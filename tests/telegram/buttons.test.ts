import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/messages.ts';
import { privateChat, user, type StoredMessage } from './fake-bot-api.ts';
import { buttons, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const bob = user(401, 'en');
const chat = privateChat(bob);

async function say(text: string): Promise<StoredMessage> {
  const since = h.fake.calls.length;
  h.fake.sendText({ chat, from: bob, text });
  return h.nextMessage(chat, since);
}

/** Presses a button and resolves with the answerCallbackQuery payload and the next message, if any is expected. */
async function press(message: StoredMessage, label: string) {
  const since = h.fake.calls.length;
  const id = h.fake.press({ from: bob, message, label });
  const answered = await h.fake.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === id, { since });
  return { answered: answered.payload, since };
}

describe('buttons', () => {
  it('a "did you mean" choice opens that topic', async () => {
    const choices = await say('form');
    const first = buttons(choices)[0];
    const { answered, since } = await press(choices, String(first?.text));
    expect(answered.text).toBeUndefined();
    expect((await h.nextMessage(chat, since)).text.startsWith(String(first?.text))).toBe(true);
  });

  it('a related topic under an answer opens that topic', async () => {
    const answer = await say('how do I object for whatsapp');
    const relatedId = h.kb.byId.get('whatsapp-objection')?.related[0] ?? '';
    const { since } = await press(answer, h.title(relatedId, 'en'));
    expect((await h.nextMessage(chat, since)).text.startsWith(h.title(relatedId, 'en'))).toBe(true);
  });

  it('official links are URL buttons, and every callback_data fits in 64 bytes', async () => {
    const answer = await say('how do I object for whatsapp');
    const all = buttons(answer);
    expect(all.filter((b) => typeof b.url === 'string').map((b) => b.url)).toEqual(h.kb.byId.get('whatsapp-objection')?.links.map((l) => l.url));
    for (const b of all) if (typeof b.callback_data === 'string') expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
  });

  it('👍 and 👎 are acknowledged with answerCallbackQuery carrying the thanks, and nothing is sent to the chat', async () => {
    const answer = await say('how do I object for whatsapp');
    const sentBefore = h.fake.botMessages(chat.id).length;
    expect((await press(answer, `👍 ${MESSAGES.en.helpful}`)).answered.text).toBe(MESSAGES.en.feedbackThanks);
    expect((await press(answer, `👎 ${MESSAGES.en.notHelpful}`)).answered.text).toBe(MESSAGES.en.feedbackSorry);
    expect(h.fake.botMessages(chat.id)).toHaveLength(sentBefore);
  });

  it('a button with data this bot did not write is acknowledged and otherwise ignored', async () => {
    const answer = await say('how do I object for whatsapp');
    const since = h.fake.calls.length;
    const id = 'cbq-forged';
    h.fake.state.callbackQueries.set(id, false);
    h.fake.push({ callback_query: { id, from: bob, chat_instance: 'ci', data: 'x:../../etc:en', message: answer } });
    await h.fake.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === id, { since });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(h.fake.calls.slice(since).filter((c) => c.method === 'sendMessage')).toHaveLength(0);
  });
});
