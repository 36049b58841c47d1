import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, type ButtonAction } from '../../src/adapters/telegram/callback-data.ts';
import { escapeHtml } from '../../src/adapters/telegram/html.ts';
import { render, type TelegramMessage } from '../../src/adapters/telegram/render.ts';
import { renderInlineResults } from '../../src/adapters/telegram/render-inline.ts';
import type { AnswerReply, Reply } from '../../src/core/reply.ts';
import { checkInlineResults, checkMessagePayload } from './fake-checks.ts';
import { parseTelegramHtml } from './fake-telegram-html.ts';

const chars = fc.constantFrom('a', 'b', 'z', ' ', ' ', ' ', '\n', '<', '>', '&', '"', "'", 'é', '😀', '•', '/', ':', '.');
const text = (maxLength: number) => fc.string({ unit: chars, maxLength });
const longText = fc.oneof(text(300), text(5000), fc.string({ unit: fc.constantFrom('x', '&', '<'), minLength: 4000, maxLength: 9000 }));
const lang = fc.constantFrom('fr' as const, 'en' as const);
const id = fc.stringMatching(/^[a-z0-9-]{1,70}$/);
const url = fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), fc.constant('not a url'), fc.webUrl().map((u) => `${u}/${'a'.repeat(600)}`));
const topic = fc.record({ id, title: text(120) });

const answerReply: fc.Arbitrary<AnswerReply> = fc.record({
  type: fc.constant('answer' as const),
  lang,
  id,
  title: text(200),
  summary: fc.option(text(900), { nil: undefined }),
  answer: longText,
  links: fc.array(fc.record({ label: text(100), url }), { maxLength: 5 }),
  sources: fc.array(fc.record({ url, date: text(12) }), { maxLength: 12 }),
  reviewed: fc.constant('2026-01-01'),
  related: fc.array(topic, { maxLength: 8 }),
  score: fc.double({ min: 0, max: 1, noNaN: true }),
});
const listReply: fc.Arbitrary<Reply> = fc.oneof(
  fc.record({ type: fc.constant('choices' as const), lang, text: longText, choices: fc.array(topic, { maxLength: 5 }) }),
  fc.record({ type: fc.constant('none' as const), lang, text: longText, topics: fc.array(topic, { maxLength: 120 }) }),
  fc.record({ type: fc.constant('text' as const), lang, text: longText, topics: fc.array(topic, { maxLength: 120 }) }),
);

/** What the fake Bot API would say about sending this message. */
const problemOf = (m: TelegramMessage): string | undefined =>
  checkMessagePayload({ text: m.html, parse_mode: 'HTML', ...(m.keyboard.length ? { reply_markup: { inline_keyboard: m.keyboard } } : {}) });
const visible = (m: TelegramMessage): string => {
  const parsed = parseTelegramHtml(m.html);
  return parsed.ok ? parsed.text : '';
};
const squash = (s: string): string => s.replace(/\s+/g, '');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('render', () => {
  it('always produces messages Telegram accepts: valid HTML, at most 4,096 characters, valid keyboards on the last one', () => {
    fc.assert(
      fc.property(fc.oneof(answerReply, listReply), fc.constantFrom('full' as const, 'short' as const), (reply, mode) => {
        const messages = render(reply, { mode });
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) {
          expect(problemOf(m)).toBeUndefined();
          expect(m.html.length).toBeLessThanOrEqual(4096);
          expect(LONE_SURROGATE.test(m.html)).toBe(false);
        }
        messages.slice(0, -1).forEach((m) => expect(m.keyboard).toEqual([]));
        if (reply.type === 'answer' && mode === 'short') expect(messages).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('splits a long answer without losing or reordering a character of it', () => {
    fc.assert(
      fc.property(answerReply, (reply) => {
        const all = render(reply, { mode: 'full' }).map(visible).join('');
        expect(squash(all)).toContain(squash(reply.answer));
      }),
      { numRuns: 100 },
    );
  });

  it('fills each message before starting the next, and never goes past 4,096 characters', () => {
    const paragraphsOfX = fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 2, maxLength: 12 }).map((sizes) => sizes.map((n) => 'x'.repeat(n)).join('\n\n'));
    fc.assert(
      fc.property(paragraphsOfX, (answer) => {
        const reply: AnswerReply = { type: 'answer', lang: 'en', id: 'x', title: 'T', summary: undefined, answer, links: [], sources: [], reviewed: '2026-01-01', related: [], score: 1 };
        const htmls = render(reply, { mode: 'full' }).map((m) => m.html);
        htmls.forEach((html, i) => {
          expect(html.length).toBeLessThanOrEqual(4096);
          const next = htmls[i + 1];
          // Greedy packing: the next message's first paragraph (after a blank line) would not have fitted in this one.
          if (next !== undefined) expect(html.length + 2 + (next.split('\n')[0] ?? '').length).toBeGreaterThan(4096);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never cuts inside a tag or a link: every part parses on its own and links keep their text', () => {
    const sources = Array.from({ length: 60 }, (_, i) => ({ url: `https://example.org/${'p'.repeat(100)}/${i}`, date: '2025' }));
    const reply: AnswerReply = { type: 'answer', lang: 'en', id: 'x', title: 'T', summary: undefined, answer: 'word '.repeat(1500), links: [], sources, reviewed: '2026-01-01', related: [], score: 1 };
    const messages = render(reply, { mode: 'full' });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(problemOf(m)).toBeUndefined();
    const links = messages.flatMap((m) => m.html.match(/<a href="[^"]+">example\.org<\/a>/g) ?? []);
    expect(links).toHaveLength(60);
  });

  it('escapes <, > and & everywhere', () => {
    expect(escapeHtml('<b>Tom & "Jerry"</b>')).toBe('&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;');
    const [m] = render({ type: 'text', lang: 'en', text: 'a <script> & b', topics: [{ id: 'x', title: '<i>' }] }, { mode: 'full' });
    expect(m && visible(m)).toBe('a <script> & b');
  });

  it('keeps at most 100 buttons', () => {
    const topics = Array.from({ length: 150 }, (_, i) => ({ id: `t${i}`, title: `Topic ${i}` }));
    const [m] = render({ type: 'text', lang: 'en', text: 'Topics', topics }, { mode: 'full' });
    expect(m?.keyboard.flat()).toHaveLength(100);
  });
});

describe('callback data', () => {
  const action: fc.Arbitrary<ButtonAction> = fc.oneof(
    fc.record({ kind: fc.constant('topic' as const), id, lang }),
    fc.record({ kind: fc.constant('more' as const), id, lang }),
    fc.record({ kind: fc.constant('feedback' as const), vote: fc.constantFrom('up' as const, 'down' as const), id, lang }),
    fc.record({ kind: fc.constant('choice' as const), command: fc.constantFrom('optout' as const, 'lang' as const), value: id, lang }),
  );

  it('round-trips, or refuses what would not fit in 64 bytes', () => {
    fc.assert(
      fc.property(action, (a) => {
        const data = encodeAction(a);
        if (data === undefined) return;
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
        expect(decodeAction(data)).toEqual(a);
      }),
    );
  });

  it('reads nothing from data it did not write', () => {
    for (const data of ['', 't', 't::en', 't:x:de', 'x:y:en', 'c:nope:x:en', 'f:z:x:en', 't:a:b:en']) expect(decodeAction(data)).toBeUndefined();
  });
});

describe('inline results', () => {
  it('are at most 50 articles with unique ids, each accepted by the fake', () => {
    fc.assert(
      fc.property(fc.array(answerReply, { maxLength: 70 }), (replies) => {
        const results = renderInlineResults(
          replies.map((reply) => ({ reply, suggestion: { id: reply.id, title: reply.title || 'x', question: reply.title, summary: reply.summary } })),
          'optout_test_bot',
        );
        expect(results.length).toBeLessThanOrEqual(50);
        expect(checkInlineResults(JSON.parse(JSON.stringify(results)))).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });
});
