import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.ts';
import { APP_ID, GENERAL_ID, TOKEN } from './fake-payloads.ts';
import { isRecord } from './fake-validate.ts';

/** The fake must refuse what Discord refuses, or the adapter tests prove nothing. */

let fake: FakeDiscord;
let n = 0;
beforeAll(async () => {
  fake = await startFakeDiscord({ callbackDeadlineMs: 300 });
});
afterAll(async () => {
  await fake?.stop();
});

/** Registers an interaction directly (no gateway needed) and returns its callback URL. */
function open(type = 2): { id: string; token: string; callback: string } {
  const id = `11000000000000${String(++n).padStart(5, '0')}`;
  const token = `tok-${id}`;
  fake.state.interactions.set(id, { id, token, type, channelId: GENERAL_ID, createdAt: Date.now(), acked: false, accepted: [] });
  return { id, token, callback: `${fake.api}/v10/interactions/${id}/${token}/callback` };
}

const call = async (method: string, url: string, body?: unknown, auth = false) => {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bot ${TOKEN}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  return { status: res.status, json: isRecord(json) ? json : {}, headers: res.headers };
};

const ok = { allowed_mentions: { parse: [] } };
const button = (id: string, extra: Record<string, unknown> = {}) => ({ type: 2, style: 2, label: id, custom_id: id, ...extra });
const row = (...components: unknown[]) => ({ type: 1, components });
const buttons = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => button(`${prefix}${i}`));
const select = (options: number) => ({ type: 3, custom_id: 'menu', options: Array.from({ length: options }, (_, i) => ({ label: `o${i}`, value: `v${i}` })) });

const badMessages: [string, Record<string, unknown>][] = [
  ['content over 2,000', { ...ok, content: 'x'.repeat(2001) }],
  ['an empty message', { ...ok }],
  ['no allowed_mentions', { content: 'hi' }],
  ['allowed_mentions that parse users', { content: 'hi', allowed_mentions: { parse: ['users'] } }],
  ['an embed title over 256', { ...ok, embeds: [{ title: 'x'.repeat(257) }] }],
  ['an embed description over 4,096', { ...ok, embeds: [{ description: 'x'.repeat(4097) }] }],
  ['a field value over 1,024', { ...ok, embeds: [{ title: 't', fields: [{ name: 'n', value: 'x'.repeat(1025) }] }] }],
  ['a footer over 2,048', { ...ok, embeds: [{ footer: { text: 'x'.repeat(2049) } }] }],
  ['embeds over 6,000 in total', { ...ok, embeds: [{ description: 'x'.repeat(4000), fields: [{ name: 'n', value: 'x'.repeat(1024) }, { name: 'n', value: 'x'.repeat(1024) }] }] }],
  ['six action rows', { ...ok, components: Array.from({ length: 6 }, (_, i) => row(button(`b${i}`))) }],
  ['six buttons in a row', { ...ok, components: [row(...buttons(6, 'b'))] }],
  ['a select mixed with a button', { ...ok, components: [row(select(2), button('b'))] }],
  ['a link button with a custom_id', { ...ok, components: [row({ type: 2, style: 5, label: 'l', url: 'https://example.org', custom_id: 'x' })] }],
  ['a link button without url', { ...ok, components: [row({ type: 2, style: 5, label: 'l' })] }],
  ['a button without custom_id', { ...ok, components: [row({ type: 2, style: 1, label: 'l' })] }],
  ['duplicate custom_ids', { ...ok, components: [row(button('same')), row(button('same'))] }],
  ['a button label over 80', { ...ok, components: [row(button('b', { label: 'x'.repeat(81) }))] }],
  ['a custom_id over 100', { ...ok, components: [row(button('x'.repeat(101)))] }],
  ['a select with 26 options', { ...ok, components: [row(select(26))] }],
];

describe('the fake Discord is strict', () => {
  it.each(badMessages)('rejects %s with 400 Invalid Form Body', async (_name, data) => {
    const res = await call('POST', open().callback, { type: 4, data });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe(50035);
    expect(res.json.message).toBe('Invalid Form Body');
    expect(isRecord(res.json.errors)).toBe(true);
  });

  it('accepts a valid message once, then answers 40060 to a second callback', async () => {
    const { callback } = open();
    const data = { ...ok, content: 'hi', components: [row(...buttons(5, 'b')), row(select(25))] };
    expect((await call('POST', callback, { type: 4, data })).status).toBe(204);
    const again = await call('POST', callback, { type: 4, data });
    expect([again.status, again.json.code]).toEqual([400, 40060]);
  });

  it('rejects a callback after the deadline as an unknown interaction', async () => {
    const { callback } = open();
    await new Promise((resolve) => setTimeout(resolve, 350));
    const res = await call('POST', callback, { type: 4, data: { ...ok, content: 'late' } });
    expect([res.status, res.json.code]).toEqual([404, 10062]);
  });

  it('rejects more than 25 autocomplete choices, and message callbacks to autocomplete', async () => {
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` }));
    expect((await call('POST', open(4).callback, { type: 8, data: { choices } })).status).toBe(400);
    expect((await call('POST', open(4).callback, { type: 4, data: { ...ok, content: 'x' } })).status).toBe(400);
    expect((await call('POST', open(4).callback, { type: 8, data: { choices: choices.slice(0, 25) } })).status).toBe(204);
  });

  it('serves the interaction webhook only after the callback, with %40original decoded', async () => {
    const { token, callback } = open();
    const hook = `${fake.api}/v10/webhooks/${APP_ID}/${token}`;
    expect((await call('POST', `${hook}?wait=true`, { ...ok, content: 'early' })).status).toBe(400);
    expect((await call('POST', callback, { type: 5, data: { flags: 64 } })).status).toBe(204);
    expect((await call('PATCH', `${hook}/messages/%40original`, { ...ok, content: 'edited' })).status).toBe(200);
    expect((await call('POST', `${hook}?wait=true`, { content: 'no mentions policy' })).status).toBe(400);
  });

  it('checks the bot token on authenticated routes', async () => {
    expect((await call('GET', `${fake.api}/v10/gateway/bot`)).status).toBe(401);
    const res = await call('GET', `${fake.api}/v10/gateway/bot`, undefined, true);
    expect(res.status).toBe(200);
    expect(String(res.json.url)).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/gateway$/);
  });

  it('validates command registration like Discord', async () => {
    const url = `${fake.api}/v10/applications/${APP_ID}/commands`;
    const good = { name: 'ask', description: 'Ask', name_localizations: { fr: 'question' } };
    expect((await call('PUT', url, [good], true)).status).toBe(200);
    const bad = [
      { ...good, name: 'Ask' },
      { ...good, name: 'two words' },
      { ...good, description: 'x'.repeat(101) },
      { ...good, name_localizations: { 'fr-FR': 'question' } },
      { ...good, options: Array.from({ length: 26 }, (_, i) => ({ type: 3, name: `o${i}`, description: 'd' })) },
      { ...good, options: [{ type: 3, name: 'o', description: 'd', choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` })) }] },
      { ...good, options: [{ type: 5, name: 'a', description: 'd' }, { type: 3, name: 'b', description: 'd', required: true }] },
    ];
    for (const command of bad) expect((await call('PUT', url, [command], true)).status).toBe(400);
  });

  it('answers 429 with retry_after and rate-limit headers for the next N calls of a route', async () => {
    fake.fail({ path: /^gateway\/bot$/, status: 429, times: 2, retryAfter: 0.5 });
    const first = await call('GET', `${fake.api}/v10/gateway/bot`, undefined, true);
    expect(first.status).toBe(429);
    expect(first.json.retry_after).toBe(0.5);
    expect(first.headers.get('retry-after')).toBe('0.5');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await call('GET', `${fake.api}/v10/gateway/bot`, undefined, true)).status).toBe(429);
    expect((await call('GET', `${fake.api}/v10/gateway/bot`, undefined, true)).status).toBe(200);
  });
});
