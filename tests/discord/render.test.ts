import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render, renderChoices, type DiscordMessage } from '../../src/adapters/discord/render.ts';
import type { Suggestion } from '../../src/core/bot.ts';
import type { Reply, TopicRef } from '../../src/core/reply.ts';
import { validateChoices, validateMessage } from './fake-validate.ts';

/** Whatever the knowledge base holds, render() stays within every Discord limit (the fake's validator is the oracle). */

const lang = fc.constantFrom('fr' as const, 'en' as const);
const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,6}$/).filter((s) => s.length <= 60);
const prose = (max: number) => fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '*', '_', '`', '|', '#', '>', '<', '@', '\\', '~', '😀'), maxLength: max });
const url = fc.webUrl({ size: 'large' });
const topics = (max: number) => fc.array(fc.record<TopicRef>({ id, title: prose(300) }), { maxLength: max });

const answer: fc.Arbitrary<Reply> = fc.record({
  type: fc.constant('answer' as const),
  lang,
  id,
  title: prose(600),
  summary: fc.constant(undefined),
  answer: prose(9000),
  links: fc.array(fc.record({ label: prose(200), url }), { maxLength: 8 }),
  sources: fc.array(fc.record({ url, date: fc.constantFrom('n.d.', '2025-05-08') }), { maxLength: 30 }),
  reviewed: fc.constant('2025-06-01'),
  related: topics(12),
  score: fc.double({ min: 0, max: 1, noNaN: true }),
});
const listed: fc.Arbitrary<Reply> = fc.oneof(
  fc.record({ type: fc.constant('choices' as const), lang, text: prose(5000), choices: topics(40) }),
  fc.record({ type: fc.constant('none' as const), lang, text: prose(5000), topics: topics(150) }),
  fc.record({ type: fc.constant('text' as const), lang, text: prose(5000), topics: topics(150) }),
);

const asSent = (m: DiscordMessage, flags: number) => ({ content: m.content, embeds: m.embeds, components: m.components, allowed_mentions: m.allowedMentions, flags });

describe('render', () => {
  it('always produces a message Discord accepts', () => {
    fc.assert(
      fc.property(fc.oneof(answer, listed), fc.boolean(), fc.boolean(), (reply, share, menu) => {
        const errors = validateMessage(asSent(render(reply, { share, menu }), share ? 64 : 0), ['data'], true);
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('puts every topic of a long list in select menus, up to 5 × 25', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 11, maxLength: 125 }), (ids) => {
        const m = render({ type: 'text', lang: 'en', text: 't', topics: ids.map((i) => ({ id: i, title: i })) }, { share: false });
        const values = m.components.flatMap((r) => r.components.flatMap((c) => ('options' in c && Array.isArray(c.options) ? c.options.map((o) => o.value) : [])));
        expect(values).toEqual(ids);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps autocomplete choices within 25, names 1-100 and values within 100', () => {
    const suggestion = fc.record<Suggestion>({ id, title: prose(300), question: prose(300), summary: fc.constant(undefined) });
    fc.assert(
      fc.property(fc.array(suggestion, { maxLength: 60 }), (suggestions) => {
        const choices = renderChoices(suggestions);
        expect(validateChoices({ choices }, ['data'])).toEqual([]);
        expect(choices.length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 200 },
    );
  });
});
