import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, OPTOUT_PLATFORMS } from '../../src/core/commands.ts';
import { MAIN_TOPICS } from '../../src/core/bot.ts';
import { MESSAGES } from '../../src/core/messages.ts';
import { privateChat, user, type Chat, type User } from './fake-bot-api.ts';
import { buttonTexts, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

let nextId = 200;
const newUser = (languageCode = 'en'): { from: User; chat: Chat } => {
  const from = user(nextId++, languageCode);
  return { from, chat: privateChat(from) };
};

async function say(who: { from: User; chat: Chat }, text: string) {
  const since = h.fake.calls.length;
  h.fake.sendText({ ...who, text });
  return h.nextMessage(who.chat, since);
}

const telegramCommands = COMMANDS.filter((c) => c.platforms.includes('telegram'));

describe('commands', () => {
  it('are set at start-up from the registry, in English by default and in French for language_code fr', () => {
    expect(h.fake.state.commands.get('')).toEqual(telegramCommands.map((c) => ({ command: c.localizedName.en, description: c.description.en })));
    expect(h.fake.state.commands.get('fr')).toEqual(telegramCommands.map((c) => ({ command: c.localizedName.fr, description: c.description.fr })));
  });

  it('/start welcomes the user and offers the main topics', async () => {
    const reply = await say(newUser(), '/start');
    expect(reply.text).toBe(MESSAGES.en.welcome);
    expect(buttonTexts(reply)).toEqual(MAIN_TOPICS.map((id) => h.title(id, 'en')));
  });

  it('/start <topic-id> (a deep link) opens that topic', async () => {
    const reply = await say(newUser('fr'), '/start deadline');
    expect(reply.text.startsWith(h.title('deadline', 'fr'))).toBe(true);
  });

  it('/help explains how to ask', async () => {
    expect((await say(newUser(), '/help')).text).toBe(MESSAGES.en.help);
  });

  it('/ask <question> answers it, and /ask alone asks for the question', async () => {
    expect((await say(newUser('fr'), '/ask how do I object on instagram')).text.startsWith(h.title('instagram-objection', 'en'))).toBe(true);
    expect((await say(newUser(), '/ask')).text).toBe(MESSAGES.en.emptyQuestion);
  });

  it('/optout offers the four platforms as buttons; each opens its guide', async () => {
    const who = newUser();
    const menu = await say(who, '/optout');
    expect(menu.text).toBe(MESSAGES.en.optoutIntro);
    expect(buttonTexts(menu)).toEqual(OPTOUT_PLATFORMS.map((p) => p.label.en));
    for (const platform of OPTOUT_PLATFORMS) {
      const since = h.fake.calls.length;
      const id = h.fake.press({ from: who.from, message: menu, label: platform.label.en });
      await h.fake.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === id);
      expect((await h.nextMessage(who.chat, since)).text.startsWith(h.title(platform.topic, 'en'))).toBe(true);
    }
  });

  it('/optout <platform> opens the guide directly', async () => {
    expect((await say(newUser(), '/optout instagram')).text.startsWith(h.title('instagram-objection', 'en'))).toBe(true);
  });

  it('/topics lists every topic as a button', async () => {
    const reply = await say(newUser(), '/topics');
    expect(reply.text).toBe(MESSAGES.en.topicsIntro);
    expect(buttonTexts(reply)).toHaveLength(Math.min(100, h.kb.entries.length));
  });

  it('/lang fr is remembered for the chat and overrides the question’s language; /lang en switches back', async () => {
    const who = newUser('en');
    expect((await say(who, '/lang fr')).text).toBe(MESSAGES.fr.langSet);
    expect((await say(who, 'how do I object for whatsapp')).text.startsWith(h.title('whatsapp-objection', 'fr'))).toBe(true);
    expect((await say(who, '/help')).text).toBe(MESSAGES.fr.help);
    expect((await say(who, '/lang en')).text).toBe(MESSAGES.en.langSet);
    expect((await say(who, 'comment refuser pour whatsapp')).text.startsWith(h.title('whatsapp-objection', 'en'))).toBe(true);
    // Another chat is not affected.
    expect((await say(newUser('en'), 'comment refuser pour whatsapp')).text.startsWith(h.title('whatsapp-objection', 'fr'))).toBe(true);
  });

  it('/lang alone shows the usage with one button per language, and a press sets it', async () => {
    const who = newUser('en');
    const usage = await say(who, '/lang');
    expect(usage.text).toBe(MESSAGES.en.langUsage);
    const since = h.fake.calls.length;
    h.fake.press({ from: who.from, message: usage, label: 'French' });
    expect((await h.nextMessage(who.chat, since)).text).toBe(MESSAGES.fr.langSet);
    expect((await say(who, 'how do I object for whatsapp')).text.startsWith(h.title('whatsapp-objection', 'fr'))).toBe(true);
  });

  it('answers to the French command names too (/aide) and to /cmd@botname', async () => {
    expect((await say(newUser('fr'), '/aide')).text).toBe(MESSAGES.fr.help);
    expect((await say(newUser(), '/help@optout_test_bot')).text).toBe(MESSAGES.en.help);
  });

  it('answers an unknown command with the help text instead of searching for it', async () => {
    expect((await say(newUser(), '/frobnicate')).text).toBe(MESSAGES.en.help);
  });
});
