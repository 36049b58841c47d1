import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, type Entry } from '../../src/core/entry.ts';
import { createBot } from '../../src/core/bot.ts';
import { createMatcher } from '../../src/core/matcher.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import { MATCHER_DEFAULTS } from '../../src/core/matcher-options.ts';
import { entryPlatforms, namedPlatforms } from '../../src/core/platforms.ts';
import { words } from '../../src/core/normalize.ts';

function entry(id: string, platforms: string[], questions: string[]): Entry {
  const text = { title: id, questions, answer: `About ${id}.` };
  return { id, platforms, text: { fr: text, en: text }, links: [], sources: [], reviewed: '2026-01-01', related: [], file: `${id}.yaml` };
}

describe('platforms named in a question', () => {
  it('reads platform names and their short forms', () => {
    expect(namedPlatforms(words('mes photos insta et fb'))).toEqual(new Set(['instagram', 'facebook']));
    expect(namedPlatforms(words('grok uses my tweets'))).toEqual(new Set(['x']));
    expect(namedPlatforms(words('meta ai et mes photos'))).toEqual(new Set());
  });

  it('reads a long platform name typed with a typo, not a short word near one', () => {
    expect(namedPlatforms(words('formulaire instagarm'))).toEqual(new Set(['instagram']));
    expect(namedPlatforms(words('my facebok posts'))).toEqual(new Set(['facebook']));
    expect(namedPlatforms(words('my passenger data'))).toEqual(new Set());
  });

  it('leaves out a platform the question says it is not about', () => {
    expect(namedPlatforms(words('I only have Instagram, no Facebook'))).toEqual(new Set(['instagram']));
    expect(namedPlatforms(words("I've never had a Facebook account, only Insta"))).toEqual(new Set(['instagram']));
    expect(namedPlatforms(words("Je n'ai pas de compte Facebook, juste WhatsApp"))).toEqual(new Set(['whatsapp']));
    expect(namedPlatforms(words("je n'ai jamais eu Instagram"))).toEqual(new Set());
    expect(namedPlatforms(words("I'm not on Facebook"))).toEqual(new Set());
  });

  it('still reads a platform after a negation that is not about having it', () => {
    expect(namedPlatforms(words('je ne veux pas que Facebook utilise mes photos'))).toEqual(new Set(['facebook']));
    expect(namedPlatforms(words("I don't want Instagram to train on my pics"))).toEqual(new Set(['instagram']));
    expect(namedPlatforms(words('I want no AI on Facebook'))).toEqual(new Set(['facebook']));
  });

  it('lets "meta" stand for each of its apps', () => {
    expect(entryPlatforms(entry('a', ['meta'], ['q']))).toEqual(new Set(['facebook', 'instagram', 'whatsapp', 'messenger']));
    expect(entryPlatforms(entry('b', ['general'], ['q']))).toEqual(new Set());
  });
});

describe('the matcher', () => {
  // The Facebook entry shares more words with the question; the question is about Instagram.
  const kb = createKnowledgeBase([
    entry('fb', ['facebook'], ['refuse ai training on my holiday photos']),
    entry('ig', ['instagram'], ['refuse ai training of my photos']),
    entry('general', ['general'], ['what is this all about']),
  ]);
  const question = 'on instagram: refuse ai training on holiday photos';

  it('prefers the entry about the platform the question names', () => {
    expect(createMatcher(kb).rank(question)[0]?.entry.id).toBe('ig');
  });

  it('prefers the entry about the platform the question has, not the one it has not', () => {
    const negative = 'no facebook for me, refuse ai training on holiday photos on instagram';
    expect(createMatcher(kb).rank(negative)[0]?.entry.id).toBe('ig');
    expect(createMatcher(kb).rank('refuse ai training on holiday photos on instagarm')[0]?.entry.id).toBe('ig');
  });

  it('owes that to the platform rule, not to the words (it loses without it)', () => {
    expect(createMatcher(kb, { ...MATCHER_DEFAULTS, platformMismatch: 1 }).rank(question)[0]?.entry.id).toBe('fb');
  });

  it('leaves questions that name no platform alone', () => {
    const ranked = createMatcher(kb).rank('refuse ai training on holiday photos');
    expect(ranked[0]?.entry.id).toBe('fb');
  });
});

describe('a close call', () => {
  const kb = createKnowledgeBase([
    { ...entry('photos', ['meta'], ['stop ai training on my holiday photos']), related: ['other'] },
    entry('videos', ['meta'], ['stop ai training on my holiday videos']),
    entry('other', ['meta'], ['something else entirely']),
  ]);
  const question = 'stop ai training on my holiday photos and videos';

  it('is answered with the best topic, and the runner-up offered first among related topics', () => {
    // Answer even though the two are close (no margin asked), so the runner-up rides along.
    const bot = createBot(kb, { defaultLang: 'en', matcher: { answerMargin: 0, sureScore: 1.01 } });
    const reply = bot.ask(question);
    expect(reply.type).toBe('answer');
    if (reply.type !== 'answer') return;
    const runnerUp = reply.id === 'photos' ? 'videos' : 'photos';
    expect(reply.related.map((r) => r.id)[0]).toBe(runnerUp);
  });

  it('offers both as "did you mean" when the margin rule asks for more', () => {
    const bot = createBot(kb, { defaultLang: 'en', matcher: { answerMargin: 0.5, sureScore: 1.01 } });
    const reply = bot.ask(question);
    expect(reply.type === 'choices' ? reply.choices.map((c) => c.id).sort() : []).toEqual(['photos', 'videos']);
  });

  it('lists no runner-up when the answer is sure', () => {
    const bot = createBot(kb, { defaultLang: 'en' });
    const reply = bot.ask('stop ai training on my holiday photos');
    expect(reply.type === 'answer' ? reply.related.map((r) => r.id) : []).toEqual(['other']);
  });
});

describe('small talk inside a question (bundled knowledge base)', () => {
  const answer = async (q: string): Promise<string | undefined> => {
    const m = createMatcher(await loadKnowledgeBase(join(process.cwd(), 'faq'))).match(q);
    return m.type === 'answer' ? m.entry.id : undefined;
  };

  it('answers the question, not the greeting, though the greeting menu lists example questions', async () => {
    expect(await answer('Hello, how do I object on Facebook?')).toBe('facebook-objection');
    expect(await answer('bonjour, je voudrais savoir comment refuser sur instagram')).toBe('instagram-objection');
  });

  it('takes thanks as thanks when small talk clearly leads what a stray word matches', async () => {
    expect(await answer("Thanks, that's exactly what I needed")).toBe('thanks');
    expect(await answer('bonjour')).toBe('greeting');
  });

  it('greets an opener that asks nothing yet, instead of matching "question" or "help" alone', async () => {
    for (const q of ['I have a question', "j'ai une question", 'I need some help', "besoin d'aide", 'il y a quelqu\'un ?', 'anyone here?', 'help'])
      expect(await answer(q)).toBe('greeting');
    expect(await answer('do you keep my questions?')).toBe('bot-privacy');
    expect(await answer('I have a question about my old posts')).toBe('old-posts');
  });

  it('says it cannot help with "I don\'t understand" alone, rather than explain what objecting does', async () => {
    const matcher = createMatcher(await loadKnowledgeBase(join(process.cwd(), 'faq')));
    for (const q of ['je comprends pas', "I don't understand", "j'ai rien compris"]) expect(matcher.match(q).type).toBe('none');
    expect(await answer("je ne comprends pas ce que fait l'opposition")).toBe('what-objection-does');
  });

  it('takes a farewell for thanks, and still knows the "Goodbye Meta AI" hoax', async () => {
    for (const q of ['au revoir', 'merci, bonne journée', 'bye', 'goodbye', 'see you later', 'good night', 'ok', "d'accord", 'got it'])
      expect(await answer(q)).toBe('thanks');
    for (const q of ['not ok', "pas d'accord"]) expect(await answer(q)).not.toBe('thanks');
    expect(await answer('à plus tard')).toBe('thanks');
    for (const q of ['je comprends', 'I understand', 'compris']) expect(await answer(q)).toBe('thanks');
    expect(await answer('trop tard')).toBe('deadline');
    for (const q of ['good evening', 'good morning']) expect(await answer(q)).toBe('greeting');
    expect(await answer('goodbye meta ai')).toBe('goodbye-meta-ai-hoax');
    expect(await answer('Good evening, how do I object on Facebook?')).toBe('facebook-objection');
  });
});

describe('how much of a question an entry explains', () => {
  // Its words are split across two phrasings of one entry.
  const kb = createKnowledgeBase([entry('spread', ['meta'], ['refuse training', 'holiday albums']), entry('other', ['meta'], ['something else entirely'])]);
  const explained = (singlePhrasingShare: number): number =>
    createMatcher(kb, { ...MATCHER_DEFAULTS, singlePhrasingShare, bigramWeight: 0 }).rank('refuse training holiday albums')[0]?.explained ?? 0;

  it('counts all the entry\'s phrasings together, and partly its best single one (so sheer number explains less)', () => {
    expect(explained(0)).toBeCloseTo(1);
    expect(explained(1)).toBeCloseTo(0.5, 1);
    expect(explained(MATCHER_DEFAULTS.singlePhrasingShare)).toBeLessThan(explained(0));
    expect(explained(MATCHER_DEFAULTS.singlePhrasingShare)).toBeGreaterThan(explained(1));
  });
});

describe('word order', () => {
  // Same words, different order: only the pairs of neighbouring words tell them apart.
  const kb = createKnowledgeBase([entry('in-order', ['meta'], ['stop ai training photos']), entry('shuffled', ['meta'], ['photos training stop ai'])]);
  const ranked = (bigramWeight: number) => createMatcher(kb, { ...MATCHER_DEFAULTS, bigramWeight }).rank('stop ai training');

  it('prefers the phrasing with the question\'s words side by side, in its order', () => {
    const [best, second] = ranked(MATCHER_DEFAULTS.bigramWeight);
    expect(best?.entry.id).toBe('in-order');
    expect(best?.score).toBeGreaterThan(second?.score ?? 1);
  });

  it('owes that to the pairs of words alone (a tie without them)', () => {
    const [best, second] = ranked(0);
    expect(best?.score).toBeCloseTo(second?.score ?? 0, 10);
  });

  it('leaves word pairs out on a knowledge base with more phrasings than the limit', () => {
    const [best, second] = createMatcher(kb, { ...MATCHER_DEFAULTS, bigramMaxPhrasings: 3 }).rank('stop ai training');
    expect(best?.score).toBeCloseTo(second?.score ?? 0, 10);
  });
});

describe("the word model's second opinion", () => {
  // Both entries have a phrasing with exactly the question's words: the scorer cannot tell them apart.
  // Only the first keeps asking about holiday photos in its other phrasings.
  const kb = createKnowledgeBase([
    entry('account', ['meta'], ['the holiday photos training', 'delete my account', 'close the account for good']),
    entry('photos', ['meta'], ['holiday photos training', 'are my holiday photos used', 'photos from my holiday']),
  ]);
  const question = 'holiday photos training';
  // Never answer on the score alone, so "did you mean" shows what the scorer makes of a tie.
  const tuning = { ...MATCHER_DEFAULTS, sureScore: 1.01 };
  const scorerOnly = { ...tuning, secondOpinionWeight: 0 };

  it('is needed here: the scorer alone ties the two and offers both', () => {
    const scorer = createMatcher(kb, scorerOnly);
    const [first, second] = scorer.rank(question);
    expect(first?.score).toBeGreaterThan(0.5);
    expect(first?.score).toBe(second?.score);
    expect(scorer.match(question).type).toBe('choices');
  });

  it('prefers the entry whose phrasings use the question words most, and answers with it', () => {
    const matcher = createMatcher(kb, tuning);
    expect(matcher.rank(question).map((r) => r.entry.id)).toEqual(['photos', 'account']);
    const m = matcher.match(question);
    expect(m.type === 'answer' ? m.entry.id : m.type).toBe('photos');
  });

  it('only lowers scores: the best entry keeps the score the scorer gave it', () => {
    const scorer = createMatcher(kb, scorerOnly).rank(question);
    const ranked = createMatcher(kb, tuning).rank(question);
    expect(ranked[0]?.score).toBe(scorer[0]?.score);
    expect(ranked[1]?.score).toBeLessThan(scorer[1]?.score ?? 0);
  });

  it('also weighs the out-of-scope topic that rivals the best entry, by how typical the words are of each', () => {
    // "instagram photos" is one of the password topic's examples, and a theme of every phrasing of the entry.
    const rivals = createKnowledgeBase(
      [entry('objection', ['meta', 'instagram'], ['stop instagram using my photos', 'my instagram photos and ai', 'refuse ai on my instagram photos', 'instagram photos in ai models', 'keep my instagram photos away from ai'])],
      [{ name: 'password', questions: { en: ['instagram photos password', 'reset my password now', 'forgot my password again', 'password reset email never came'], fr: ['mot de passe oublié'] } }],
    );
    // A strong opinion, so its effect shows on a base this small.
    const strong = { ...MATCHER_DEFAULTS, secondOpinionWeight: 1 };
    expect(createMatcher(rivals, { ...strong, secondOpinionWeight: 0 }).match('instagram photos').type).toBe('none');
    expect(createMatcher(rivals, strong).match('instagram photos')).toMatchObject({ type: 'answer', entry: { id: 'objection' } });
    expect(createMatcher(rivals, strong).match('instagram photos password').type).toBe('none');
  });

  it('on the real knowledge base, takes a lone app name for its objection topic, not for a question about the app', async () => {
    // "whatsapp" is also an example of out-of-scope topics (backups, bans): the word is more typical of the objection.
    const matcher = createMatcher(await loadKnowledgeBase(join(process.cwd(), 'faq')));
    expect(matcher.match('whatsapp')).toMatchObject({ type: 'answer', entry: { id: 'whatsapp-objection' } });
    expect(matcher.match('meta').type).toBe('choices');
    expect(matcher.match('whatsapp backup').type).toBe('none');
  });

  it('has no opinion on a lone word: "did you mean" stands', () => {
    // One-word phrasings count in full (no minimum weight), so a lone word can score high.
    const oneWord = { ...tuning, minDocWeight: 0 };
    const lone = createKnowledgeBase([entry('account', ['meta'], ['the holiday', 'delete my account']), entry('photos', ['meta'], ['holiday', 'my holiday photos', 'holiday pictures'])]);
    const withModel = createMatcher(lone, oneWord);
    expect(withModel.match('holiday').type).toBe('choices');
    expect(withModel.match('holiday photos')).toMatchObject({ type: 'answer', entry: { id: 'photos' } });
    expect(createMatcher(lone, { ...oneWord, secondOpinionWeight: 0 }).match('holiday').type).toBe('choices');
  });

  it('offers the tied choices of a lone word in the order of the entries that use it most', () => {
    const oneWord = { ...tuning, minDocWeight: 0 };
    // "form" scores the same in both (each has the one-word phrasing); the second uses it in all its phrasings.
    const tied = createKnowledgeBase([
      entry('account', ['meta'], ['form', 'delete my account', 'close my account', 'account gone']),
      entry('objection', ['meta'], ['form', 'objection form', 'where is the form', 'form link']),
    ]);
    const m = createMatcher(tied, oneWord).match('form');
    expect(m.type === 'choices' ? m.candidates.map((c) => c.entry.id) : m.type).toEqual(['objection', 'account']);
  });
});
