import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/core/bot.ts';
import { COMMANDS } from '../../src/core/commands.ts';
import type { KnowledgeBase } from '../../src/core/entry.ts';
import { isLang } from '../../src/core/lang.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import { MATCHER_DEFAULTS } from '../../src/core/matcher-options.ts';
import { MESSAGES } from '../../src/core/messages.ts';
import type { Reply, TopicRef } from '../../src/core/reply.ts';
import { anyUtf16, hostile, huge, lang } from './hostile.ts';

/** The matcher through the bot's public API, over the real faq/, fed hostile questions. */

let kb: KnowledgeBase;
let bot: Bot;
beforeAll(async () => {
  kb = await loadKnowledgeBase(path.join(process.cwd(), 'faq'));
  bot = createBot(kb, { defaultLang: 'fr' });
});

/** What is wrong with a reply, measured against the knowledge base; empty when it is a well-formed member of the union. */
function problems(reply: Reply): string[] {
  const out: string[] = [];
  if (!isLang(reply.lang)) out.push(`lang ${String(reply.lang)}`);
  const known = (refs: readonly TopicRef[], what: string): void => {
    for (const r of refs) {
      const entry = kb.byId.get(r.id);
      if (!entry) out.push(`${what} names unknown topic ${r.id}`);
      else if (r.title !== entry.text[reply.lang].title) out.push(`${what} ${r.id} has a title not from faq/`);
    }
    if (new Set(refs.map((r) => r.id)).size !== refs.length) out.push(`${what} repeats a topic`);
  };
  switch (reply.type) {
    case 'answer': {
      const entry = kb.byId.get(reply.id);
      if (!entry) return [...out, `answer names unknown topic ${reply.id}`];
      if (reply.title !== entry.text[reply.lang].title || reply.answer !== entry.text[reply.lang].answer) out.push('answer text is not from faq/');
      if (!(Number.isFinite(reply.score) && reply.score >= 0 && reply.score <= 1)) out.push(`score ${reply.score}`);
      known(reply.related, 'related');
      break;
    }
    case 'choices':
      if (reply.choices.length < 2 || reply.choices.length > MATCHER_DEFAULTS.maxChoices) out.push(`${reply.choices.length} choices`);
      if (reply.text !== MESSAGES[reply.lang].didYouMean) out.push('choices text is not the wording');
      known(reply.choices, 'choice');
      break;
    case 'none':
    case 'text':
      if (!Object.values(MESSAGES[reply.lang]).includes(reply.text)) out.push(`${reply.type} text is not from the wording`);
      known(reply.topics, 'topic');
      break;
    default:
      out.push(`type ${JSON.stringify(reply)}`);
  }
  return out;
}

/** A string no knowledge base holds, wrapped in the hostile text, to see whether the bot echoes what it is sent. */
const marked = fc.tuple(hostile(), fc.nat(), hostile()).map(([a, n, b]) => ({ text: `${a} ⟦echo-${n}<@&123>⟧ ${b}`, marker: `⟦echo-${n}<@&123>⟧` }));
const askOptions = fc.record({ lang: fc.option(lang, { nil: undefined }), fallbackLang: fc.option(lang, { nil: undefined }) });

describe('bot.ask on hostile questions', () => {
  it('always returns a well-formed reply of the tagged union, in the forced language when one is given', () => {
    fc.assert(
      fc.property(hostile({ big: true }), askOptions, (question, options) => {
        const reply = bot.ask(question, options);
        expect(problems(reply)).toEqual([]);
        if (options.lang) expect(reply.lang).toBe(options.lang);
      }),
      { numRuns: 1500 },
    );
  });

  it('never echoes the question back, so renderers only ever see faq/ text and the wording from a real question', () => {
    fc.assert(
      fc.property(marked, askOptions, ({ text, marker }, options) => {
        expect(JSON.stringify(bot.ask(text, options))).not.toContain(marker);
      }),
      { numRuns: 500 },
    );
  });

  it('answers the same question the same way twice (no state leaks between questions)', () => {
    fc.assert(
      fc.property(hostile(), hostile(), (first, other) => {
        const before = bot.ask(first);
        bot.ask(other);
        expect(bot.ask(first)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('survives lone surrogates and 100 KB of noise', () => {
    fc.assert(
      fc.property(fc.oneof(anyUtf16(200), huge), (question) => {
        expect(problems(bot.ask(question))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('bot.command on hostile arguments', () => {
  it('stays in the union and never echoes the argument', () => {
    const names = COMMANDS.map((c) => c.name);
    fc.assert(
      fc.property(fc.constantFrom(...names), marked, askOptions, (name, { text, marker }, options) => {
        const reply = bot.command(name, text, options);
        expect(problems(reply)).toEqual([]);
        expect(JSON.stringify(reply)).not.toContain(marker);
      }),
      { numRuns: 400 },
    );
  });
});

// limit 0 is left out: core's matcher.suggest pushes before checking the limit and returns one
// suggestion (reported to the matcher's owner; adapters always ask for 1 or more).
describe('bot.suggest on hostile input', () => {
  it('returns at most `limit` distinct topics of faq/, titled in the asked language, with a phrasing from faq/', () => {
    fc.assert(
      fc.property(fc.oneof(hostile({ big: true }), anyUtf16(100)), lang, fc.integer({ min: 1, max: 30 }), (query, l, limit) => {
        const suggestions = bot.suggest(query, l, limit);
        expect(suggestions.length).toBeLessThanOrEqual(limit);
        expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
        for (const s of suggestions) {
          const entry = kb.byId.get(s.id);
          expect(entry?.text[l].title).toBe(s.title);
          const phrasings = entry ? [entry.text.fr, entry.text.en].flatMap((t) => [t.title, ...t.questions]) : [];
          expect(phrasings).toContain(s.question);
        }
      }),
      { numRuns: 800 },
    );
  });
});
