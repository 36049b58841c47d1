import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_TOPICS } from '../../src/core/bot.ts';
import { isObject, type Json } from './fake-checks.ts';
import { user } from './fake-bot-api.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function inline(query: string, languageCode?: string): Promise<{ payload: Json; results: Json[] }> {
  const since = h.fake.calls.length;
  const id = h.fake.inlineQuery({ from: user(501, languageCode), query });
  const call = await h.fake.waitForCall('answerInlineQuery', (p) => p.inline_query_id === id, { since });
  const results = Array.isArray(call.payload.results) ? call.payload.results.filter(isObject) : [];
  return { payload: call.payload, results };
}

const messageText = (r: Json): string => (isObject(r.input_message_content) ? String(r.input_message_content.message_text) : '');

describe('inline mode', () => {
  it('an empty query lists the main topics first, in the user’s language', async () => {
    const { results, payload } = await inline('', 'en');
    expect(results.length).toBeGreaterThanOrEqual(MAIN_TOPICS.length);
    expect(results.length).toBeLessThanOrEqual(50);
    expect(results.slice(0, MAIN_TOPICS.length).map((r) => r.id)).toEqual([...MAIN_TOPICS]);
    expect(results[0]?.title).toBe(h.title(MAIN_TOPICS[0] ?? '', 'en'));
    expect(payload.is_personal).toBe(true);
  });

  it('"whatsapp" lists matching answers: article, title, one-line description, the answer as HTML', async () => {
    const { results } = await inline('whatsapp', 'en');
    const expected = h.bot.suggest('whatsapp', 'en', 50).map((s) => s.id);
    expect(results.map((r) => r.id)).toEqual(expected);
    const first = results[0] ?? {};
    expect(first).toMatchObject({ type: 'article', id: 'whatsapp-objection', title: h.title('whatsapp-objection', 'en') });
    expect(String(first.description)).not.toContain('\n');
    expect(messageText(first).startsWith(`<b>${h.title('whatsapp-objection', 'en')}</b>`)).toBe(true);
    expect(first.input_message_content).toMatchObject({ parse_mode: 'HTML' });
  });

  it('answers in the query’s language when it is clear, whatever the user’s Telegram language', async () => {
    const { results } = await inline('comment refuser sur whatsapp', 'en');
    expect(results.find((r) => r.id === 'whatsapp-objection')?.title).toBe(h.title('whatsapp-objection', 'fr'));
  });

  it('answers a query that matches nothing with an empty list', async () => {
    const { results } = await inline('zzqxj blorp', 'en');
    expect(results).toEqual([]);
  });
});
