import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/messages.ts';
import { BOT_USER, groupChat, user, type Chat } from './fake-bot-api.ts';
import { buttonTexts, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const alice = user(301, 'en');
let nextGroup = -100301;

/** Pushes messages the bot must ignore, then one it must answer; the answer proves the others were handled and ignored. */
async function ignoredThenAnswered(chat: Chat, ignored: readonly string[]) {
  const since = h.fake.calls.length;
  for (const text of ignored) h.fake.sendText({ chat, from: alice, text });
  h.fake.sendText({ chat, from: alice, text: '@optout_test_bot how do I object for whatsapp' });
  await h.nextMessage(chat, since);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return h.fake.calls.slice(since).filter((c) => c.method === 'sendMessage' && c.payload.chat_id === chat.id);
}

/** The short group form: the title, then the summary, then a "more" button. */
function expectShortAnswer(text: string, keyboard: string[], id: string) {
  const entry = h.kb.byId.get(id);
  expect(text).toBe(`${entry?.text.en.title}\n\n${entry?.text.en.summary}`);
  expect(keyboard[0]).toBe(MESSAGES.en.more);
}

describe('in a group', () => {
  it('ignores messages that neither mention the bot nor reply to it, and commands for other bots', async () => {
    const chat = groupChat(nextGroup--);
    const sent = await ignoredThenAnswered(chat, ['how do I object for whatsapp', '@someone_else how do I object', '/ask@other_bot whatsapp']);
    expect(sent).toHaveLength(1);
  });

  it('answers a mention with one short message (title and summary) threaded under the question, with a "more" button', async () => {
    const chat = groupChat(nextGroup--);
    const since = h.fake.calls.length;
    const question = h.fake.sendText({ chat, from: alice, text: 'So @OptOut_Test_Bot, how do I object for whatsapp?' });
    const reply = await h.nextMessage(chat, since);
    expectShortAnswer(reply.text, buttonTexts(reply), 'whatsapp-objection');
    const call = await h.fake.waitForCall('sendMessage', (p) => p.chat_id === chat.id, { since });
    expect(call.payload.reply_parameters).toMatchObject({ message_id: question.message.message_id });
  });

  it('answers a reply to one of its messages', async () => {
    const chat = groupChat(nextGroup--);
    let since = h.fake.calls.length;
    h.fake.sendText({ chat, from: alice, text: '@optout_test_bot how do I object for whatsapp' });
    const first = await h.nextMessage(chat, since);
    since = h.fake.calls.length;
    h.fake.sendText({ chat, from: alice, text: 'and how do I object on instagram?', replyTo: first });
    expectShortAnswer((await h.nextMessage(chat, since)).text, [MESSAGES.en.more], 'instagram-objection');
  });

  it('answers /ask and /ask@botname, briefly', async () => {
    const chat = groupChat(nextGroup--);
    for (const text of ['/ask how do I object on instagram', '/ask@optout_test_bot how do I object on instagram']) {
      const since = h.fake.calls.length;
      h.fake.sendText({ chat, from: alice, text });
      const reply = await h.nextMessage(chat, since);
      expectShortAnswer(reply.text, buttonTexts(reply), 'instagram-objection');
    }
  });

  it('turns the short answer into the full one in place when "more" is pressed', async () => {
    const chat = groupChat(nextGroup--);
    const since = h.fake.calls.length;
    h.fake.sendText({ chat, from: alice, text: '@optout_test_bot how do I object for whatsapp' });
    const short = await h.nextMessage(chat, since);
    const id = h.fake.press({ from: user(302, 'fr'), message: short, label: MESSAGES.en.more });
    const edit = await h.fake.waitForCall('editMessageText', (p) => p.message_id === short.message_id, { since });
    await h.fake.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === id);
    const full = h.fake.botMessages(chat.id).find((m) => m.message_id === short.message_id);
    const entry = h.kb.byId.get('whatsapp-objection');
    expect(full?.text).toContain(entry?.text.en.answer.split('\n')[0]);
    expect(full?.text.length).toBeGreaterThan(short.text.length);
    expect(buttonTexts(full ?? short)).not.toContain(MESSAGES.en.more);
    expect(edit.payload.parse_mode).toBe('HTML');
    // One message in the group, edited: nothing new was sent.
    expect(h.fake.botMessages(chat.id)).toHaveLength(1);
  });

  it('only answers mentions of itself, not of a user with a similar name', async () => {
    const chat = groupChat(nextGroup--);
    const sent = await ignoredThenAnswered(chat, ['@optout_test_bot_fan how do I object', `@${BOT_USER.username}x whatsapp`]);
    expect(sent).toHaveLength(1);
  });
});
