/**
 * Hostile text for property tests: random Unicode, markup that Telegram HTML or Discord markdown
 * would interpret, mentions, invisible and bidirectional characters, controls, and 100 KB strings.
 * Replies built from it stand for a knowledge base (or a user) that says the worst things possible.
 */
import fc from 'fast-check';
import type { Lang } from '../../src/core/lang.ts';
import type { AnswerReply, Reply, TopicRef } from '../../src/core/reply.ts';

/** Fragments chosen to break escaping, mentions, layout and length counting. */
export const FRAGMENTS: readonly string[] = Object.freeze([
  // Discord mentions and pings
  '@everyone', '@here', '<@&123>', '<@123>', '<@!123456789012345678>', '<#123>', '</ask:1100000000000000900>', '<t:0:R>',
  // Telegram HTML
  '<b>', '</b>', '<i>x</i>', '<a href="https://evil.example/">x</a>', '<a href="javascript:alert(1)">', '<script>', '<tg-spoiler>', '<code>', '<pre>', '<span class="tg-spoiler">',
  '&', '&amp;', '&lt', '&#0;', '&#x110000;', '&nbsp;', '"', "'", '>', '<', '</', '<>',
  // Markdown
  '**', '__', '~~', '||', '`', '```', '[x](https://evil.example)', '# ', '-# ', '> ', '\\', '\\\\', '* ', '1. ', '||@everyone||',
  // Zero-width, BOM, bidi overrides and isolates, invisible separators
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u202b', '\u200f', '\u2066', '\u2067', '\u2069', '\u00ad', '\u034f',
  // Controls and line separators
  '\u0000', '\u0007', '\u0008', '\u001b[31m', '\r', '\r\n', '\t', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\u007f',
  // Emoji sequences, combining marks, wide and right-to-left scripts
  '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷', 'e\u0301', 'Z̸̢̛̛̗͎̈́ͅa̶l̵g̷o̴', 'ﷺ', 'مرحبا', 'שלום', '𝕳𝖊𝖑𝖑𝖔', '漢字', '\ud83d\ude00',
  // Plain words the matcher knows, so hostile text also reaches real answers
  'whatsapp', 'facebook', 'objection', 'refuser', 'Meta', ' ', '\n', '\n\n', ':', 'https://example.org/a_(b)', 'topic:',
]);

const fragment = fc.constantFrom(...FRAGMENTS);

/** Code points from the whole Unicode range (no lone surrogates), fast-check 4's replacement for fullUnicodeString. */
export const fullUnicode = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength });

/** Random UTF-16 code units: lone surrogates included. */
export const anyUtf16 = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** A mix of hostile fragments and random code points. */
export const mixed = (maxParts: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 3, arbitrary: fragment }, { weight: 1, arbitrary: fullUnicode(8) }), { maxLength: maxParts }).map((parts) => parts.join(''));

/** About 100 KB (UTF-16 units) of a repeated hostile pattern. */
export const huge: fc.Arbitrary<string> = fc
  .tuple(mixed(12), fullUnicode(6))
  .map(([a, b]) => {
    const unit = `${a}${b}` || '@everyone ';
    return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  });

/** Hostile text without lone surrogates; `big` adds 100 KB strings now and then. */
export const hostile = (options: { big?: boolean } = {}): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: mixed(40) },
    { weight: 2, arbitrary: fullUnicode(60) },
    { weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: options.big ? 1 : 0, arbitrary: huge },
  );

export const lang: fc.Arbitrary<Lang> = fc.constantFrom('fr' as const, 'en' as const);

/** Ids faq/'s schema accepts (kebab-case), up to lengths no callback_data or custom_id can hold. */
export const kbId: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,4}$/).filter((s) => s.length <= 60),
  fc.integer({ min: 40, max: 200 }).map((n) => `a${'-b'.repeat(n)}`),
);

/** Ids the schema refuses (separators, markup, blank, very long): renderers must still not throw. */
export const hostileId: fc.Arbitrary<string> = fc.oneof(
  kbId,
  mixed(6),
  fc.constantFrom('a:b', 'x'.repeat(120), 'é', '', ' ', 'topic:en:x', '<@&123>', '@everyone'),
);

const url: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', 'https://evil.example/"><b>x</b>', 'https://a.b/<@&123>', 'https://x', 'tg://resolve?domain=x', 'not a url', '', `https://example.org/${'a'.repeat(2000)}`),
  mixed(6).map((s) => `https://example.org/${s}`),
);

const text = (big: boolean) => hostile({ big });
const topic = (big: boolean, id: fc.Arbitrary<string>): fc.Arbitrary<TopicRef> => fc.record({ id, title: text(big) });

const answerReply = (big: boolean, id: fc.Arbitrary<string>): fc.Arbitrary<AnswerReply> =>
  fc.record({
    type: fc.constant('answer' as const),
    lang,
    id,
    title: text(big),
    summary: fc.option(text(big), { nil: undefined }),
    answer: text(big),
    links: fc.array(fc.record({ label: text(false), url }), { maxLength: 8 }),
    sources: fc.array(fc.record({ url, date: text(false) }), { maxLength: 12 }),
    reviewed: text(false),
    related: fc.array(topic(false, id), { maxLength: 12 }),
    score: fc.double(),
  });

/**
 * Replies of every kind whose every text field is hostile (titles, answers, labels, URLs, dates).
 * Topic ids follow faq/'s schema unless `anyId` is set.
 */
export const hostileReply = (options: { big?: boolean; anyId?: boolean } = {}): fc.Arbitrary<Reply> => {
  const big = options.big ?? false;
  const id = options.anyId ? hostileId : kbId;
  return fc.oneof(
    answerReply(big, id),
    fc.record({ type: fc.constant('choices' as const), lang, text: text(big), choices: fc.array(topic(false, id), { maxLength: 8 }) }),
    fc.record({ type: fc.constant('none' as const), lang, text: text(big), topics: fc.array(topic(false, id), { maxLength: 130 }) }),
    fc.record({ type: fc.constant('text' as const), lang, text: text(big), topics: fc.array(topic(false, id), { maxLength: 130 }) }),
  );
};

/** A lone surrogate anywhere in a string. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
