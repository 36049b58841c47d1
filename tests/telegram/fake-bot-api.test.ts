import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotApi, TOKEN, privateChat, user } from './fake-bot-api.ts';
import { checkCommands, checkInlineResults, checkReplyMarkup, checkText, entitiesFor, isObject } from './fake-checks.ts';
import { parseTelegramHtml } from './fake-telegram-html.ts';

// The fake is only worth its strictness: these tests pin what it refuses, the way Telegram does.
describe('the fake’s HTML parser', () => {
  it.each([
    ['<b>bold</b> <i>it</i> <u>u</u> <s>s</s> <code>c</code>', 'bold it u s c'],
    ['<a href="https://example.org/?a=1&amp;b=2">link</a>', 'link'],
    ['<span class="tg-spoiler">x</span><tg-spoiler>y</tg-spoiler><blockquote>q</blockquote>', 'xyq'],
    ['<pre><code class="language-ts">a &lt; b</code></pre>', 'a < b'],
    ['Tom &amp; &quot;Jerry&quot; &#128512; &#x41;', 'Tom & "Jerry" 😀 A'],
  ])('accepts %s', (html, text) => {
    expect(parseTelegramHtml(html)).toEqual({ ok: true, text });
  });

  it.each([
    ['<div>x</div>', 'Unsupported start tag "div"'],
    ['<b>x', 'Can\'t find end tag corresponding to start tag "b"'],
    ['<b><i>x</b></i>', 'Unmatched end tag'],
    ['x</b>', 'Unexpected end tag'],
    ['a & b', 'must be escaped as "&amp;"'],
    ['a > b', 'must be escaped as "&gt;"'],
    ['a < b', 'Unclosed start tag'],
    ['a <b c', 'Unclosed start tag'],
    ['1 <2> 3', 'Unsupported start tag'],
    ['&nbsp;', 'must be escaped'],
    ['<a href="javascript:alert(1)">x</a>', 'Wrong URL'],
    ['<a href="https://a.b"><a href="https://c.d">x</a></a>', 'Nested links'],
    ['<code><b>x</b></code>', 'nested in "code"'],
    ['<span>x</span>', 'tg-spoiler'],
  ])('refuses %s', (html, error) => {
    const result = parseTelegramHtml(html);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });

  it('measures the 4,096 limit on the visible text', () => {
    expect(checkText(`<b>${'x'.repeat(4096)}</b>`, 'HTML')).toBeUndefined();
    expect(checkText('x'.repeat(4097), undefined)).toBe('Bad Request: message text is too long');
    expect(checkText('<b> </b>', 'HTML')).toBe('Bad Request: message text is empty');
  });
});

describe('the fake’s payload checks', () => {
  const keyboard = (...buttons: unknown[]) => ({ inline_keyboard: [buttons] });
  it('refuses bad buttons', () => {
    expect(checkReplyMarkup(keyboard({ text: 'ok', callback_data: 'x'.repeat(64) }))).toBeUndefined();
    expect(checkReplyMarkup(keyboard({ text: 'ok', callback_data: 'é'.repeat(33) }))).toBe('Bad Request: BUTTON_DATA_INVALID');
    expect(checkReplyMarkup(keyboard({ text: 'ok', callback_data: '' }))).toBe('Bad Request: BUTTON_DATA_INVALID');
    expect(checkReplyMarkup(keyboard({ text: ' ', callback_data: 'a' }))).toContain('text');
    expect(checkReplyMarkup(keyboard({ text: 'ok', url: 'ftp://x.org' }))).toBe('Bad Request: BUTTON_URL_INVALID');
    expect(checkReplyMarkup(keyboard({ text: 'ok', url: 'https://x.org', callback_data: 'a' }))).toContain('exactly one action');
    const many = { inline_keyboard: Array.from({ length: 101 }, (_, i) => [{ text: `b${i}`, callback_data: `${i}` }]) };
    expect(checkReplyMarkup(many)).toBe('Bad Request: reply markup is too long');
  });

  it('refuses bad inline results and commands', () => {
    const article = (id: string) => ({ type: 'article', id, title: 't', input_message_content: { message_text: 'm' } });
    expect(checkInlineResults([article('a'), article('b')])).toBeUndefined();
    expect(checkInlineResults([article('a'), article('a')])).toBe('Bad Request: RESULT_ID_DUPLICATE');
    expect(checkInlineResults([article('x'.repeat(65))])).toBe('Bad Request: RESULT_ID_INVALID');
    expect(checkInlineResults(Array.from({ length: 51 }, (_, i) => article(`${i}`)))).toBe('Bad Request: RESULTS_TOO_MUCH');
    expect(checkCommands({ commands: [{ command: 'help', description: 'Help' }] })).toBeUndefined();
    expect(checkCommands({ commands: [{ command: 'Help', description: 'Help' }] })).toBe('Bad Request: BOT_COMMAND_INVALID');
    expect(checkCommands({ commands: [{ command: 'help', description: '' }] })).toBe('Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
  });

  it('adds the entities Telegram adds to commands and mentions', () => {
    expect(entitiesFor('/ask@optout_test_bot hi @someone_x')).toEqual([
      { type: 'bot_command', offset: 0, length: 20 },
      { type: 'mention', offset: 24, length: 10 },
    ]);
    expect(entitiesFor('no command here / a@b')).toEqual([]);
  });
});

describe('the fake’s transport', () => {
  let fake: FakeBotApi;
  beforeAll(async () => {
    fake = await FakeBotApi.start();
  });
  afterAll(async () => {
    await fake.stop();
  });
  const call = async (method: string, body: unknown, token = TOKEN) => {
    const res = await fetch(`${fake.apiRoot}bot${token}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json: unknown = await res.json();
    return { status: res.status, body: isObject(json) ? json : {} };
  };

  it('answers 401 to a wrong token, 404 to an unknown method, 400 to a chat it never saw', async () => {
    expect((await call('getMe', {}, '1:wrong')).status).toBe(401);
    expect((await call('sendFoo', {})).status).toBe(404);
    expect(await call('sendMessage', { chat_id: 999, text: 'hi' })).toMatchObject({ status: 400, body: { ok: false, description: 'Bad Request: chat not found' } });
  });

  it('holds getUpdates until an update arrives, and drops updates below the offset', async () => {
    const from = user(901);
    const started = performance.now();
    const held = call('getUpdates', { timeout: 5, offset: 0 });
    await fake.waitForHeldPoll();
    const pushed = fake.sendText({ chat: privateChat(from), from, text: 'hi' });
    const first = await held;
    expect(performance.now() - started).toBeLessThan(900);
    const updates = Array.isArray(first.body.result) ? first.body.result.filter(isObject) : [];
    expect(updates).toHaveLength(1);
    expect((await call('getUpdates', { offset: Number(updates[0]?.update_id) + 1, timeout: 0 })).body.result).toEqual([]);
    expect(pushed.message.text).toBe('hi');
  });

  it('refuses an unescaped message with a Telegram-style 400', async () => {
    const from = user(902);
    fake.sendText({ chat: privateChat(from), from, text: 'x' });
    const reply = await call('sendMessage', { chat_id: from.id, text: 'a < b', parse_mode: 'HTML' });
    expect(reply).toMatchObject({ status: 400, body: { ok: false, error_code: 400 } });
    expect(String(reply.body.description)).toMatch(/^Bad Request: can't parse entities/);
  });
});
