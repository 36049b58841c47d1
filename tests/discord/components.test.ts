import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/messages.ts';
import type { Accepted } from './fake-rest.ts';
import { GENERAL_ID } from './fake-payloads.ts';
import { ambiguousQuestion, entry, startHarness, type Harness } from './harness.ts';
import { buttonId, components, customIds, embed, isEphemeral } from './payload.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ask = async (question: string, locale = 'en-US'): Promise<Accepted> =>
  h.fake.waitForResponse(h.fake.interact({ kind: 'command', name: 'ask', locale, options: [{ name: 'question', type: 3, value: question }] }));

function messageOf(res: Accepted): Record<string, unknown> {
  if (!res.message) throw new Error('the response created no message');
  return res.message;
}

const press = (res: Accepted, customId: string, locale = 'en-US'): string => h.fake.interact({ kind: 'button', customId, locale, message: messageOf(res) });

describe('buttons and menus', () => {
  it('opens a "did you mean" choice', async () => {
    const res = await ask(ambiguousQuestion(h.kb));
    expect(res.data.content).toBe(MESSAGES.en.didYouMean);
    const choice = buttonId(res.data, 'topic:en:');
    const opened = await h.fake.waitForResponse(press(res, choice));
    expect(embed(opened.data).title).toBe(entry(h.kb, choice.split(':')[2] ?? '').text.en.title);
    expect(isEphemeral(opened.data)).toBe(true);
  });

  it('opens a related topic in the answer’s language', async () => {
    const res = await ask('comment s’opposer pour whatsapp ?', 'fr');
    const related = entry(h.kb, 'whatsapp-objection').related[0] ?? '';
    const opened = await h.fake.waitForResponse(press(res, `topic:fr:${related}`));
    expect(embed(opened.data).title).toBe(entry(h.kb, related).text.fr.title);
  });

  it('acknowledges 👍 and 👎 privately', async () => {
    const res = await ask('how do I object on whatsapp?');
    const up = await h.fake.waitForResponse(press(res, buttonId(res.data, 'vote:up:')));
    expect(up.data.content).toBe(MESSAGES.en.feedbackThanks);
    expect(isEphemeral(up.data)).toBe(true);
    const down = await h.fake.waitForResponse(press(res, buttonId(res.data, 'vote:down:')));
    expect(down.data.content).toBe(MESSAGES.en.feedbackSorry);
    expect(isEphemeral(down.data)).toBe(true);
  });

  it('shares a private answer in the channel as a new public message that names nobody', async () => {
    const res = await ask('how do I object on whatsapp?');
    const before = h.fake.state.channelPosts.length;
    const id = press(res, buttonId(res.data, 'share:'));
    const updated = await h.fake.waitForResponse(id);
    expect(updated.type).toBe(7);
    expect(customIds(updated.data).some((c) => c.startsWith('share:'))).toBe(false);
    const post = await h.fake.waitForChannelPost(before + 1);
    expect(post.channel_id).toBe(GENERAL_ID);
    expect(isEphemeral(post)).toBe(false);
    expect(embed(post).title).toBe(entry(h.kb, 'whatsapp-objection').text.en.title);
    expect(JSON.stringify(post)).not.toMatch(/alice|Alice|1100000000000000300/);
    expect(post.allowed_mentions).toEqual({ parse: [] });
    expect(h.fake.accepted(id).length).toBe(1);
  });

  it('opens the topic picked in a /topics select menu', async () => {
    const list = await h.fake.waitForResponse(h.fake.interact({ kind: 'command', name: 'topics', locale: 'fr' }));
    const menus = components(list.data).filter((c) => c.type === 3);
    const second = menus[1];
    expect(second?.custom_id).toBe('menu:fr:1');
    const options = Array.isArray(second?.options) ? second.options : [];
    const picked: unknown = options[0];
    const value = typeof picked === 'object' && picked !== null && 'value' in picked ? String(picked.value) : '';
    const id = h.fake.interact({ kind: 'select', customId: 'menu:fr:1', values: [value], locale: 'fr', message: messageOf(list) });
    const res = await h.fake.waitForResponse(id);
    expect(embed(res.data).title).toBe(entry(h.kb, value).text.fr.title);
  });

  it('answers a stale or foreign button with the polite error', async () => {
    const res = await ask('how do I object on whatsapp?');
    const answer = await h.fake.waitForResponse(press(res, 'something-else', 'fr'));
    expect(answer.data.content).toBe(MESSAGES.fr.error);
    expect(isEphemeral(answer.data)).toBe(true);
  });
});
