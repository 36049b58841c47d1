import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecord } from './fake-validate.ts';
import { entry, startHarness, type Harness } from './harness.ts';
import { embed } from './payload.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const complete = async (typed: string, locale: string) => {
  const id = h.fake.interact({ kind: 'autocomplete', name: 'ask', locale, options: [{ name: 'question', type: 3, value: typed, focused: true }] });
  const started = Date.now();
  const res = await h.fake.waitForResponse(id);
  const choices = Array.isArray(res.data.choices) ? res.data.choices.filter(isRecord) : [];
  return { res, choices, ms: Date.now() - started };
};

describe('/ask autocomplete', () => {
  it('offers at most 25 choices, well within 3 s, each opening a topic', async () => {
    const { res, choices, ms } = await complete('', 'en-US');
    expect(res.type).toBe(8);
    expect(choices.length).toBe(25);
    expect(ms).toBeLessThan(1000);
    for (const c of choices) {
      expect(String(c.value)).toMatch(/^topic:[a-z0-9-]+$/);
      expect(h.kb.byId.has(String(c.value).slice('topic:'.length))).toBe(true);
    }
  });

  it('suggests the closest questions in the user’s locale', async () => {
    const fr = await complete('whatsapp', 'fr');
    expect(fr.choices[0]?.value).toBe('topic:whatsapp-objection');
    const frenchPhrasings = new Set([entry(h.kb, 'whatsapp-objection').text.fr.title, ...entry(h.kb, 'whatsapp-objection').text.fr.questions]);
    expect(frenchPhrasings.has(String(fr.choices[0]?.name))).toBe(true);
    const en = await complete('', 'en-GB');
    const fr2 = await complete('', 'fr');
    expect(en.choices.map((c) => c.value)).toEqual(fr2.choices.map((c) => c.value));
    expect(en.choices[0]?.name).toBe(entry(h.kb, 'facebook-objection').text.en.title);
    expect(fr2.choices[0]?.name).toBe(entry(h.kb, 'facebook-objection').text.fr.title);
  });

  it('opens the chosen topic when the command is sent with the choice value', async () => {
    const { choices } = await complete('deadline', 'en-US');
    const value = String(choices[0]?.value);
    const id = h.fake.interact({ kind: 'command', name: 'ask', locale: 'en-US', options: [{ name: 'question', type: 3, value }] });
    const res = await h.fake.waitForResponse(id);
    expect(embed(res.data).title).toBe(entry(h.kb, value.slice('topic:'.length)).text.en.title);
  });
});
