import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateChat, user } from './fake-bot-api.ts';
import { startHarness, type Harness } from './harness.ts';

const SECRET = 'w3bh00k_s3cret-T0ken';
let h: Harness;
let hookPath = '';

beforeAll(async () => {
  h = await startHarness({ webhook: { url: 'https://bot.example.test/telegram', secretToken: SECRET } });
  const set = await h.fake.waitForCall('setWebhook');
  hookPath = new URL(String(set.payload.url)).pathname;
});
afterAll(async () => {
  await h?.stop();
});

const carol = user(601, 'en');
const chat = privateChat(carol);

async function post(update: unknown, options: { secret?: string; path?: string; method?: string } = {}): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.secret !== undefined) headers['x-telegram-bot-api-secret-token'] = options.secret;
  const res = await fetch(`http://127.0.0.1:${h.adapter.webhookPort()}${options.path ?? hookPath}`, {
    method: options.method ?? 'POST',
    headers,
    ...(options.method === 'GET' ? {} : { body: JSON.stringify(update) }),
  });
  await res.arrayBuffer();
  return res.status;
}

describe('webhook mode', () => {
  it('registers an https webhook under a secret path with the secret token, and never polls', async () => {
    const set = await h.fake.waitForCall('setWebhook');
    expect(set.payload).toMatchObject({ secret_token: SECRET, allowed_updates: ['message', 'callback_query', 'inline_query'] });
    expect(String(set.payload.url)).toMatch(/^https:\/\/bot\.example\.test\/telegram\/[0-9a-f]{32}$/);
    expect(h.fake.calls.filter((c) => c.method === 'getUpdates')).toHaveLength(0);
    expect(h.adapter.connected()).toBe(true);
  });

  it('answers an update posted with the right secret (200), through the API, not in the webhook response', async () => {
    const since = h.fake.calls.length;
    expect(await post({ update_id: 1, ...h.fake.textUpdate({ chat, from: carol, text: 'how do I object for whatsapp' }) }, { secret: SECRET })).toBe(200);
    expect((await h.nextMessage(chat, since)).text.startsWith(h.title('whatsapp-objection', 'en'))).toBe(true);
  });

  it('acknowledges a button press over the API too (webhookReply is off)', async () => {
    const since = h.fake.calls.length;
    await post({ update_id: 2, ...h.fake.textUpdate({ chat, from: carol, text: 'how do I object for whatsapp' }) }, { secret: SECRET });
    const answer = await h.nextMessage(chat, since);
    const markup = answer.reply_markup;
    const data = JSON.stringify(markup).match(/"(f:u:[^"]+)"/)?.[1];
    h.fake.state.callbackQueries.set('cbq-web', false);
    await post({ update_id: 3, callback_query: { id: 'cbq-web', from: carol, chat_instance: 'ci', data, message: answer } }, { secret: SECRET });
    await h.fake.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === 'cbq-web', { since });
  });

  it('refuses a wrong or missing secret, a wrong path and a GET with 403, and processes nothing', async () => {
    const since = h.fake.calls.length;
    const update = { update_id: 4, ...h.fake.textUpdate({ chat, from: carol, text: 'how do I object for whatsapp' }) };
    expect(await post(update, { secret: 'wrong' })).toBe(403);
    expect(await post(update, {})).toBe(403);
    expect(await post(update, { secret: SECRET, path: '/telegram' })).toBe(403);
    expect(await post(update, { secret: SECRET, method: 'GET' })).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.fake.calls.slice(since)).toHaveLength(0);
  });

  it('rejects a body that is not an update with 400', async () => {
    expect(await post({ hello: 'world' }, { secret: SECRET })).toBe(400);
  });
});
