import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/core/bot.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import type { Reply } from '../../src/core/reply.ts';

let bot: Bot;
beforeAll(async () => {
  bot = createBot(await loadKnowledgeBase(join(process.cwd(), 'faq')), { defaultLang: 'fr' });
});

const answered = (reply: Reply): string => (reply.type === 'answer' ? reply.id : reply.type);
const offered = (reply: Reply): string[] => (reply.type === 'answer' ? [reply.id] : reply.type === 'choices' ? reply.choices.map((c) => c.id) : []);

describe('answering questions as people type them', () => {
  it.each([
    ['où se trouve le formulaire pour refuser sur WhatsApp', 'whatsapp-objection'],
    ['ou se trouve le formulaire pour refuser sur whatsapp', 'whatsapp-objection'],
    ['ou se trouve le formulaire pour refusé sur watsapp', 'whatsapp-objection'],
    ["l'IA de Meta peut-elle lire mes messages privés", 'private-messages'],
    ['is it too late to object now that the 27 May deadline is gone', 'deadline'],
  ])('%j -> %s', (question, id) => {
    expect(answered(bot.ask(question))).toBe(id);
  });

  it('offers the right topic for a keyword-only question', () => {
    expect(offered(bot.ask('formulaire instagram'))).toContain('instagram-objection');
  });

  it('reads the question inside a long forum post', () => {
    const post =
      "Bonjour à tous, j'ai lu plein d'articles ce week-end et je suis un peu perdue avec toutes ces histoires. " +
      "Ma sœur dit qu'il faut remplir un truc, mon mari dit que c'est inutile. " +
      'Est-ce que je suis obligée de donner une raison quand je refuse ?';
    expect(offered(bot.ask(post))).toContain('justification');
  });

  it('answers in the language of the question', () => {
    expect(bot.ask('must I give a reason for my objection?').lang).toBe('en');
    expect(bot.ask('dois-je donner une raison pour mon opposition ?').lang).toBe('fr');
  });

  it('falls back to the user locale, then the default, when the language is unclear', () => {
    expect(bot.ask('WhatsApp', { fallbackLang: 'en' }).lang).toBe('en');
    expect(bot.ask('WhatsApp').lang).toBe('fr');
    expect(bot.ask('how do I object on whatsapp', { lang: 'fr' }).lang).toBe('fr');
  });
});

describe('saying honestly that it cannot help', () => {
  it.each([
    'what is the weather like in Paris tomorrow',
    'donne-moi une recette de crêpes',
    'I forgot my Instagram password',
    'mon compte facebook a été piraté',
    'how do I restore my WhatsApp backup',
  ])('%j gets none', (question) => {
    expect(bot.ask(question).type).toBe('none');
  });

  it('never answers empty, binary or markup-only input with a topic', () => {
    for (const input of ['', '   ', '\u0000\u0001\u0002', '🙂🙂🙂', '<script></script>', 'a'.repeat(100_000)]) {
      expect(['none', 'text', 'choices']).toContain(bot.ask(input).type);
    }
  });
});

describe('topics, commands and suggestions', () => {
  it('opens a topic by id with its links, sources and review date', () => {
    const reply = bot.topic('facebook-objection', 'en');
    expect(reply.type).toBe('answer');
    if (reply.type !== 'answer') return;
    expect(reply.links.every((l) => l.url.startsWith('https://'))).toBe(true);
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says it does not know an unknown id', () => {
    expect(bot.topic('no-such-topic', 'en').type).toBe('none');
  });

  it('opens the deep-linked topic on /start <id>', () => {
    expect(answered(bot.command('start', 'whatsapp-objection'))).toBe('whatsapp-objection');
  });

  it('maps each /optout platform to its guide', () => {
    expect(answered(bot.command('optout', 'instagram', { lang: 'en' }))).toBe('instagram-objection');
    const menu = bot.command('optout', '', { lang: 'en' });
    expect(menu.type === 'text' && menu.topics.map((t) => t.id)).toEqual(['facebook-objection', 'instagram-objection', 'whatsapp-objection', 'messenger-threads']);
  });

  it('suggests phrasings as the user types, unfinished last word included', () => {
    const ids = bot.suggest('whatsapp formul', 'fr', 5).map((s) => s.id);
    expect(ids).toContain('whatsapp-objection');
    expect(bot.suggest('', 'en', 3)).toHaveLength(3);
  });
});
