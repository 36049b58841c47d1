import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, OPTOUT_PLATFORMS } from '../../src/core/commands.ts';
import { MESSAGES } from '../../src/core/messages.ts';
import { entry, startHarness, type Harness } from './harness.ts';
import { components, customIds, embed, isEphemeral, linkUrls, text } from './payload.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ask = (question: string, extra: { locale?: string; dm?: boolean; private?: boolean } = {}) =>
  h.fake.interact({
    kind: 'command',
    name: 'ask',
    locale: extra.locale,
    dm: extra.dm,
    options: [{ name: 'question', type: 3, value: question }, ...(extra.private === undefined ? [] : [{ name: 'private', type: 5 as const, value: extra.private }])],
  });

describe('slash commands', () => {
  it('answers /ask privately in a server with an embed, official link buttons, votes and a share button', async () => {
    const wa = entry(h.kb, 'whatsapp-objection');
    const res = await h.fake.waitForResponse(ask('how do I object on whatsapp?'));
    expect(res.type).toBe(4);
    expect(isEphemeral(res.data)).toBe(true);
    const e = embed(res.data);
    expect(e.title).toBe(wa.text.en.title);
    expect(text(e.description)).toContain('Help Center');
    expect(text(isRecord(e.footer) ? e.footer.text : '')).toBe(`${MESSAGES.en.reviewed} ${wa.reviewed}`);
    expect(linkUrls(res.data)).toEqual(wa.links.map((l) => l.url));
    expect(customIds(res.data)).toEqual(expect.arrayContaining(['vote:up:en:whatsapp-objection', 'vote:down:en:whatsapp-objection', 'share:en:whatsapp-objection']));
    expect(res.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers publicly, without a share button, when private is false', async () => {
    const res = await h.fake.waitForResponse(ask('how do I object on whatsapp?', { private: false }));
    expect(isEphemeral(res.data)).toBe(false);
    expect(customIds(res.data).some((id) => id.startsWith('share:'))).toBe(false);
  });

  it('answers in a DM publicly: private does not apply there', async () => {
    const res = await h.fake.waitForResponse(ask('how do I object on whatsapp?', { dm: true }));
    expect(isEphemeral(res.data)).toBe(false);
    expect(customIds(res.data).some((id) => id.startsWith('share:'))).toBe(false);
  });

  it('opens a topic when /ask gets an autocomplete topic marker', async () => {
    const res = await h.fake.waitForResponse(ask('topic:deadline', { locale: 'fr' }));
    expect(embed(res.data).title).toBe(entry(h.kb, 'deadline').text.fr.title);
  });

  it('answers in French for a French locale when the question gives no language', async () => {
    const res = await h.fake.waitForResponse(ask('whatsapp', { locale: 'fr' }));
    expect(embed(res.data).title).toBe(entry(h.kb, 'whatsapp-objection').text.fr.title);
    expect(customIds(res.data)).toContain('vote:up:fr:whatsapp-objection');
  });

  it('answers in the question’s own language when it is clear, whatever the locale', async () => {
    const res = await h.fake.waitForResponse(ask('comment refuser sur instagram ?', { locale: 'en-US' }));
    expect(embed(res.data).title).toBe(entry(h.kb, 'instagram-objection').text.fr.title);
  });

  it('gives the guide of each /optout platform in the user’s locale', async () => {
    for (const p of OPTOUT_PLATFORMS) {
      const id = h.fake.interact({ kind: 'command', name: 'optout', locale: 'fr', options: [{ name: 'platform', type: 3, value: p.value }] });
      const res = await h.fake.waitForResponse(id);
      expect(embed(res.data).title).toBe(entry(h.kb, p.topic).text.fr.title);
    }
  });

  it('lists every topic in /topics as select menus of at most 25 options', async () => {
    const res = await h.fake.waitForResponse(h.fake.interact({ kind: 'command', name: 'topics', locale: 'en-GB' }));
    expect(res.data.content).toBe(MESSAGES.en.topicsIntro);
    const menus = components(res.data).filter((c) => c.type === 3);
    expect(menus.length).toBe(Math.ceil(h.kb.entries.length / 25));
    const values = menus.flatMap((m) => (Array.isArray(m.options) ? m.options.map((o: unknown) => (isRecord(o) ? o.value : undefined)) : []));
    expect(values.sort()).toEqual(h.kb.entries.map((e) => e.id).sort());
  });

  it('shows /help in French for a French locale', async () => {
    const res = await h.fake.waitForResponse(h.fake.interact({ kind: 'command', name: 'help', locale: 'fr' }));
    expect(res.data.content).toBe(MESSAGES.fr.help);
    expect(components(res.data).length).toBeGreaterThan(0);
  });

  it('answers an unknown command with the polite error, privately', async () => {
    expect(COMMANDS.some((c) => c.name === 'start' && !c.platforms.includes('discord'))).toBe(true);
    const res = await h.fake.waitForResponse(h.fake.interact({ kind: 'command', name: 'start', locale: 'fr' }));
    expect(res.data.content).toBe(MESSAGES.fr.error);
    expect(isEphemeral(res.data)).toBe(true);
  });
});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
