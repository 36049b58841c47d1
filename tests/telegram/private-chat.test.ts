import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/messages.ts';
import { TOKEN, privateChat, user } from './fake-bot-api.ts';
import { buttons, buttonTexts, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** Sends a text from a new private chat and resolves with the bot's first reply. */
async function ask(text: string, userId: number, languageCode?: string) {
  const from = user(userId, languageCode);
  const chat = privateChat(from);
  const since = h.fake.calls.length;
  h.fake.sendText({ chat, from, text });
  return { reply: await h.nextMessage(chat, since), chat, from };
}

describe('a private chat', () => {
  it('answers a French question in French, as HTML, with the official link, related topics and feedback buttons', async () => {
    const { reply } = await ask('comment refuser pour whatsapp ?', 101, 'en');
    expect(reply.text.startsWith(h.title('whatsapp-objection', 'fr'))).toBe(true);
    expect(reply.html).toContain(`<b>${h.title('whatsapp-objection', 'fr')}</b>`);
    const entry = h.kb.byId.get('whatsapp-objection');
    expect(buttons(reply).map((b) => b.url)).toContain(entry?.links[0]?.url);
    const related = entry?.related.map((id) => h.title(id, 'fr')) ?? [];
    expect(buttonTexts(reply)).toEqual(expect.arrayContaining([...related, `👍 ${MESSAGES.fr.helpful}`, `👎 ${MESSAGES.fr.notHelpful}`]));
  });

  it('answers an English question in English even when the user’s Telegram is in French', async () => {
    const { reply } = await ask('how do I object for whatsapp', 102, 'fr');
    expect(reply.text.startsWith(h.title('whatsapp-objection', 'en'))).toBe(true);
  });

  it('falls back to the user’s Telegram language when the question’s language is unclear, then to the default', async () => {
    expect((await ask('whatsapp', 103, 'en-GB')).reply.text.startsWith(h.title('whatsapp-objection', 'en'))).toBe(true);
    expect((await ask('whatsapp', 104, 'fr')).reply.text.startsWith(h.title('whatsapp-objection', 'fr'))).toBe(true);
    expect((await ask('whatsapp', 105)).reply.text.startsWith(h.title('whatsapp-objection', h.bot.defaultLang))).toBe(true);
  });

  it('offers "did you mean" choices as buttons when the question is ambiguous', async () => {
    const expected = h.bot.ask('form', { fallbackLang: 'en' });
    if (expected.type !== 'choices') throw new Error(`"form" should be ambiguous in faq/, got ${expected.type}`);
    const { reply } = await ask('form', 106, 'en');
    expect(reply.text.startsWith(MESSAGES.en.didYouMean)).toBe(true);
    expect(buttonTexts(reply)).toEqual(expected.choices.map((c) => c.title));
  });

  it('says when it cannot help and offers the main topics', async () => {
    const { reply } = await ask('blorptangle zzxq', 107, 'en');
    expect(reply.text.startsWith(MESSAGES.en.none)).toBe(true);
    expect(buttonTexts(reply).length).toBeGreaterThan(0);
  });

  it('logs reply types and topic ids, never the question or the token', async () => {
    await ask('secret phrase about whatsapp objection form', 109, 'en');
    const all = h.logs.join('');
    expect(all).toContain('whatsapp-objection');
    expect(all).not.toContain('secret phrase');
    expect(all).not.toContain(TOKEN.split(':')[1]);
    expect(all).not.toContain('"chat_id"');
  });
});
