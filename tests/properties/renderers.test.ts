import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { render as renderDiscord, renderChoices, renderNotice } from '../../src/adapters/discord/render.ts';
import { decodeAction as decodeCallback, encodeAction as encodeCallback, type ButtonAction } from '../../src/adapters/telegram/callback-data.ts';
import { commandChoices } from '../../src/adapters/telegram/commands.ts';
import { renderInlineResults } from '../../src/adapters/telegram/render-inline.ts';
import { render as renderTelegram } from '../../src/adapters/telegram/render.ts';
import { createBot, type Bot, type Suggestion } from '../../src/core/bot.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import type { AnswerReply } from '../../src/core/reply.ts';
import { renderText } from '../../src/core/render-text.ts';
import { validateChoices } from '../discord/fake-validate.ts';
import { checkInlineResults } from '../telegram/fake-checks.ts';
import { parseTelegramHtml } from '../telegram/fake-telegram-html.ts';
import { anyUtf16, hostile, hostileId, hostileReply, kbId, lang } from './hostile.ts';
import { discordProblems, OWN_TAG, telegramProblems } from './oracles.ts';

/**
 * Every renderer, fed replies whose every field is hostile (as a knowledge base or a user could make
 * them), and fed what the bot answers to hostile questions. The fakes' validators are the oracles.
 */

let bot: Bot;
beforeAll(async () => {
  bot = createBot(await loadKnowledgeBase(path.join(process.cwd(), 'faq')), { defaultLang: 'fr' });
});

/** A real answer from faq/. */
function answerOf(id: string): AnswerReply {
  const reply = bot.topic(id, 'en');
  if (reply.type !== 'answer') throw new Error(`faq/ has no entry "${id}"`);
  return reply;
}

const FAST = { numRuns: 400 };
const BIG = { numRuns: 60 };

const telegramOptions = fc.record({
  mode: fc.constantFrom('full' as const, 'short' as const),
  choices: fc.constantFrom(undefined, commandChoices('optout'), commandChoices('lang')),
});

describe('Telegram render', () => {
  it('never throws, never goes past 4,096 characters or 64-byte callback_data, and escapes everything it did not write', () => {
    fc.assert(
      fc.property(hostileReply(), telegramOptions, (reply, options) => {
        expect(telegramProblems(reply, renderTelegram(reply, options))).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  it('holds with 100 KB fields', () => {
    fc.assert(
      fc.property(hostileReply({ big: true }), telegramOptions, (reply, options) => {
        expect(telegramProblems(reply, renderTelegram(reply, options))).toEqual([]);
      }),
      BIG,
    );
  });

  it('shows hostile markup as text: what the user sees of a list reply is its text, characters intact', () => {
    fc.assert(
      fc.property(hostile(), (text) => {
        const messages = renderTelegram({ type: 'text', lang: 'en', text, topics: [] }, { mode: 'full' });
        const seen = messages.map((m) => {
          const parsed = parseTelegramHtml(m.html);
          return parsed.ok ? parsed.text : `<unparsable: ${parsed.error}>`;
        });
        const squash = (s: string): string => s.replace(/\s+/g, '');
        expect(squash(seen.join(''))).toBe(squash(text) || '…');
      }),
      FAST,
    );
  });

  it('drops a link whose URL holds a space or a control character (faq/’s schema lets them through; Telegram refuses the whole message)', () => {
    for (const url of ['https://example.org/a b', 'https://example.org/-# ', 'https://example.org/\u0085', 'https://example.org/\t']) {
      const reply = { ...answerOf('whatsapp-objection'), links: [{ label: 'Form', url }] };
      for (const mode of ['full', 'short'] as const) expect(telegramProblems(reply, renderTelegram(reply, { mode }))).toEqual([]);
    }
  });

  it('callback data from hostile ids is refused or fits 64 bytes and reads back the same', () => {
    const action: fc.Arbitrary<ButtonAction> = fc.oneof(
      fc.record({ kind: fc.constantFrom('topic' as const, 'more' as const), id: hostileId, lang }),
      fc.record({ kind: fc.constant('feedback' as const), vote: fc.constantFrom('up' as const, 'down' as const), id: hostileId, lang }),
      fc.record({ kind: fc.constant('choice' as const), command: fc.constantFrom('optout' as const, 'lang' as const), value: hostileId, lang }),
    );
    fc.assert(
      fc.property(action, (a) => {
        const data = encodeCallback(a);
        if (data === undefined) return;
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
        expect(decodeCallback(data)).toEqual(a);
      }),
      FAST,
    );
  });
});

describe('Telegram inline results', () => {
  const suggestion: fc.Arbitrary<Suggestion> = fc.record({ id: kbId, title: hostile(), question: hostile(), summary: fc.option(hostile(), { nil: undefined }) });

  it('are at most 50 articles the fake accepts, whatever the suggestions and replies say', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ suggestion, reply: hostileReply() }), { maxLength: 60 }), (candidates) => {
        const results = renderInlineResults(candidates, 'optout_test_bot');
        expect(results.length).toBeLessThanOrEqual(50);
        expect(checkInlineResults(JSON.parse(JSON.stringify(results)))).toBeUndefined();
        for (const r of results) {
          expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
          if (r.type === 'article' && 'message_text' in r.input_message_content) {
            const html = r.input_message_content.message_text;
            expect(html.length).toBeLessThanOrEqual(4096);
            for (const tag of html.match(/<[^>]*>?/g) ?? []) expect(tag).toMatch(OWN_TAG);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});

// ---------------------------------------------------------------- Discord

const discordOptions = fc.record({ share: fc.boolean(), menu: fc.option(fc.boolean(), { nil: undefined }) });

describe('Discord render', () => {
  it('never throws, stays within every limit, and never lets text ping anyone (allowed_mentions parse: [])', () => {
    fc.assert(
      fc.property(hostileReply(), discordOptions, (reply, options) => {
        expect(discordProblems(reply, renderDiscord(reply, options))).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  it('holds with 100 KB fields', () => {
    fc.assert(
      fc.property(hostileReply({ big: true }), discordOptions, (reply, options) => {
        expect(discordProblems(reply, renderDiscord(reply, options))).toEqual([]);
      }),
      BIG,
    );
  });

  it('keeps notices and autocomplete choices within limits too', () => {
    const suggestion: fc.Arbitrary<Suggestion> = fc.record({ id: hostileId, title: hostile({ big: true }), question: hostile(), summary: fc.constant(undefined) });
    fc.assert(
      fc.property(hostile({ big: true }), fc.array(suggestion, { maxLength: 40 }), (text, suggestions) => {
        expect(discordProblems(undefined, renderNotice(text))).toEqual([]);
        const choices = renderChoices(suggestions);
        expect(validateChoices({ choices }, ['data'])).toEqual([]);
        for (const c of choices) expect(c.name.length <= 100 && c.value.length <= 100).toBe(true);
      }),
      BIG,
    );
  });
});

// ---------------------------------------------------------------- Any renderer, ids outside the schema

describe('ids faq/ would refuse (blank, markup, separators, 120 characters)', () => {
  it('make no renderer throw', () => {
    fc.assert(
      fc.property(hostileReply({ anyId: true }), telegramOptions, discordOptions, (reply, tg, dc) => {
        renderTelegram(reply, tg);
        renderDiscord(reply, dc);
        renderText(reply, { numbered: true });
        renderInlineResults([{ reply, suggestion: { id: 'x', title: 't', question: 'q', summary: undefined } }], 'optout_test_bot');
      }),
      FAST,
    );
  });
});

// ---------------------------------------------------------------- Plain text

describe('renderText', () => {
  it('never throws and keeps the reply’s own text at the top', () => {
    fc.assert(
      fc.property(fc.oneof(hostileReply(), hostileReply({ big: true })), fc.boolean(), (reply, numbered) => {
        const text = renderText(reply, { numbered });
        expect(typeof text).toBe('string');
        expect(text.startsWith(reply.type === 'answer' ? reply.title : reply.text)).toBe(true);
      }),
      FAST,
    );
  });
});

// ---------------------------------------------------------------- Through the bot

describe('hostile questions, through bot.ask, into every renderer', () => {
  it('all renderers accept what the bot answers', () => {
    fc.assert(
      fc.property(fc.oneof(hostile({ big: true }), anyUtf16(200)), telegramOptions, discordOptions, (question, tg, dc) => {
        const reply = bot.ask(question);
        expect(telegramProblems(reply, renderTelegram(reply, tg))).toEqual([]);
        expect(discordProblems(reply, renderDiscord(reply, dc))).toEqual([]);
        expect(typeof renderText(reply, { numbered: true })).toBe('string');
        if (reply.type === 'answer') {
          const suggestion = { id: reply.id, title: reply.title, question, summary: reply.summary };
          expect(checkInlineResults(JSON.parse(JSON.stringify(renderInlineResults([{ suggestion, reply }], 'optout_test_bot'))))).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
