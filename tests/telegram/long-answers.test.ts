import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeBase, type Entry, type EntryText } from '../../src/core/entry.ts';
import { MESSAGES } from '../../src/core/messages.ts';
import { groupChat, privateChat, user } from './fake-bot-api.ts';
import { buttonTexts, startHarness, type Harness } from './harness.ts';

// faq/ has no answer near 4,096 characters and few reserved characters, so this file uses a small synthetic knowledge base.
const LONG_ANSWER = Array.from({ length: 12 }, (_, i) => `Step ${i + 1} <${i}> & "more": ${'lorem ipsum dolor '.repeat(40)}`).join('\n\n');
const side = (title: string): EntryText => ({ title, questions: ['long tips and tricks'], answer: LONG_ANSWER, summary: 'A <short> summary & more.' });
const entry: Entry = {
  id: 'long-tips',
  text: { fr: side('Astuces <longues> & Q/R'), en: side('Long <tips> & Q&A') },
  links: [{ url: 'https://example.org/form?a=1&b=2', label: { fr: 'Formulaire <officiel>', en: 'Official <form>' } }],
  sources: [{ url: 'https://example.org/source?x=<1>&y=2', date: '2025-01-01' }],
  reviewed: '2026-01-01',
  related: [],
  platforms: [],
  file: 'long-tips.yaml',
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ kb: createKnowledgeBase([entry]) });
});
afterAll(async () => {
  await h?.stop();
});

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('a long answer with reserved characters', () => {
  it('arrives in private as several valid HTML messages, in order, with the keyboard under the last', async () => {
    const from = user(801, 'en');
    const chat = privateChat(from);
    const since = h.fake.calls.length;
    h.fake.sendText({ chat, from, text: '/start long-tips' });
    await h.nextMessage(chat, since);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sent = h.fake.botMessages(chat.id);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent[0]?.text.startsWith('Long <tips> & Q&A')).toBe(true);
    expect(squash(sent.map((m) => m.text).join(''))).toContain(squash(LONG_ANSWER));
    sent.slice(0, -1).forEach((m) => expect(m.reply_markup).toBeUndefined());
    const last = sent[sent.length - 1];
    if (!last) throw new Error('no message');
    expect(buttonTexts(last)).toEqual(['Official <form>', `👍 ${MESSAGES.en.helpful}`, `👎 ${MESSAGES.en.notHelpful}`]);
  });

  it('in a group: one short message; "more" edits it into the first part and sends the rest after it', async () => {
    const chat = groupChat(-100801);
    const alice = user(802, 'en');
    const since = h.fake.calls.length;
    h.fake.sendText({ chat, from: alice, text: '@optout_test_bot long tips and tricks' });
    const short = await h.nextMessage(chat, since);
    expect(short.text).toBe('Long <tips> & Q&A\n\nA <short> summary & more.');
    h.fake.press({ from: alice, message: short, label: MESSAGES.en.more });
    const edit = await h.fake.waitForCall('editMessageText', (p) => p.message_id === short.message_id, { since });
    await h.fake.waitForCall('sendMessage', (p) => p.chat_id === chat.id, { since: h.fake.calls.indexOf(edit) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const all = h.fake.botMessages(chat.id);
    expect(all.length).toBeGreaterThan(1);
    expect(all[0]?.message_id).toBe(short.message_id);
    expect(squash(all.map((m) => m.text).join(''))).toContain(squash(LONG_ANSWER));
  });
});
