import type { CommandName } from './commands.ts';
import { OPTOUT_PLATFORMS } from './commands.ts';
import type { Entry, KnowledgeBase } from './entry.ts';
import { compileKnowledgeBase, sameTuning, type CompiledKnowledgeBase } from './compile.ts';
import { detectLang as detect, learnLangEvidence } from './detect-lang.ts';
import type { Lang } from './lang.ts';
import { isLang } from './lang.ts';
import { createMatcher, type Matcher } from './matcher.ts';
import { MATCHER_DEFAULTS, type MatcherOptions } from './matcher-options.ts';
import { MESSAGES } from './messages.ts';
import type { AnswerReply, Reply, TextReply, TopicRef } from './reply.ts';

export interface AskOptions {
  /** Forces the answer language (/lang, --lang). */
  readonly lang?: Lang | undefined;
  /** Used when the question's own language is unclear (the user's locale). */
  readonly fallbackLang?: Lang | undefined;
}

/** One completion for autocomplete and inline queries. */
export interface Suggestion {
  readonly id: string;
  readonly title: string;
  /** A phrasing from the knowledge base close to what was typed (the title when nothing was typed). */
  readonly question: string;
  readonly summary: string | undefined;
}

export interface BotOptions {
  readonly defaultLang: Lang;
  /** Overrides of the matcher's tuning (experiments, benchmarks). */
  readonly matcher?: Partial<MatcherOptions>;
}

/** The platform-neutral bot every adapter calls. */
export interface Bot {
  /** Answers a free-text question. */
  ask(text: string, options?: AskOptions): Reply;
  /** Opens one topic by id (buttons, deep links, autocomplete picks). */
  topic(id: string, lang: Lang): Reply;
  /** Runs a registry command; `arg` is the rest of the line (a question, a platform, a language). */
  command(name: CommandName, arg: string, options?: AskOptions): Reply;
  /** Completions for what the user is typing; an empty query gives the main topics. */
  suggest(query: string, lang: Lang, limit: number): readonly Suggestion[];
  /** Acknowledges a 👍 / 👎 vote; stores nothing about the user. */
  feedback(vote: 'up' | 'down', lang: Lang): TextReply;
  /** The language of a text, when it is clear. */
  detectLang(text: string): Lang | undefined;
  /** The language to answer in, from the options, the text and the default. */
  resolveLang(text: string, options?: AskOptions): Lang;
  readonly defaultLang: Lang;
  /** The knowledge base now serving. */
  knowledgeBase(): KnowledgeBase;
  /** Swaps in a new, already validated knowledge base at once. */
  replaceKnowledgeBase(kb: KnowledgeBase): void;
}

/**
 * Whether a reply is sure enough to be sent where nobody asked the bot (help channels): never small talk, or the bot
 * would answer every "bonjour", "merci" and "ok" people say to each other there.
 */
export function isConfident(reply: Reply): boolean {
  return reply.type === 'answer' && reply.score >= MATCHER_DEFAULTS.confidentScore && !MATCHER_DEFAULTS.smallTalk.includes(reply.id);
}

/** Topics offered when the bot cannot help, and on an empty inline query. */
export const MAIN_TOPICS: readonly string[] = Object.freeze([
  'facebook-objection',
  'instagram-objection',
  'whatsapp-objection',
  'messenger-threads',
  'justification',
  'deadline',
  'what-data',
  'private-messages',
]);

/** Creates the bot over a knowledge base, or over one already compiled (read from a cache) with the same tuning. */
export function createBot(initial: KnowledgeBase | CompiledKnowledgeBase, options: BotOptions): Bot {
  const tuning: MatcherOptions = { ...MATCHER_DEFAULTS, ...options.matcher };
  const compiled = 'index' in initial && sameTuning(initial.tuning, tuning) ? initial : compileKnowledgeBase('index' in initial ? initial.kb : initial, tuning);
  let kb = compiled.kb;
  let matcher: Matcher = createMatcher(kb, tuning, compiled.index);
  let evidence = compiled.evidence;
  const detectLang = (text: string): Lang | undefined => detect(text, evidence);

  const ref = (entry: Entry, lang: Lang): TopicRef => ({ id: entry.id, title: entry.text[lang].title });
  const mainTopics = (lang: Lang): TopicRef[] =>
    MAIN_TOPICS.flatMap((id) => {
      const entry = kb.byId.get(id);
      return entry ? [ref(entry, lang)] : [];
    });
  const text = (lang: Lang, body: string, topics: readonly TopicRef[] = []): TextReply => ({ type: 'text', lang, text: body, topics });

  const resolveLang = (input: string, opts?: AskOptions): Lang =>
    opts?.lang ?? detectLang(input) ?? opts?.fallbackLang ?? options.defaultLang;

  /** An entry's answer; `close` runners-up come first among its related topics. */
  const answer = (entry: Entry, lang: Lang, score: number, close: readonly Entry[] = []): AnswerReply => {
    const t = entry.text[lang];
    return {
      type: 'answer',
      lang,
      id: entry.id,
      title: t.title,
      summary: t.summary,
      answer: t.answer,
      links: entry.links.map((l) => ({ label: l.label[lang], url: l.url })),
      sources: entry.sources,
      reviewed: entry.reviewed,
      related: [...new Set([...close.map((c) => c.id), ...entry.related])].flatMap((id) => {
        const r = id === entry.id ? undefined : kb.byId.get(id);
        return r ? [ref(r, lang)] : [];
      }),
      score,
    };
  };

  const ask = (input: string, opts?: AskOptions): Reply => {
    const lang = resolveLang(input, opts);
    const m = MESSAGES[lang];
    if (input.trim() === '') return text(lang, m.emptyQuestion, mainTopics(lang));
    const match = matcher.match(input);
    switch (match.type) {
      case 'answer':
        return answer(match.entry, lang, match.score, match.close);
      case 'choices':
        return { type: 'choices', lang, text: m.didYouMean, choices: match.candidates.map((c) => ref(c.entry, lang)) };
      case 'none':
        return { type: 'none', lang, text: m.none, topics: mainTopics(lang) };
    }
  };

  const topic = (id: string, lang: Lang): Reply => {
    const entry = kb.byId.get(id);
    if (!entry) return { type: 'none', lang, text: MESSAGES[lang].unknownTopic, topics: mainTopics(lang) };
    return answer(entry, lang, 1);
  };

  const allTopics = (lang: Lang): TopicRef[] => kb.entries.map((e) => ref(e, lang));

  const command = (name: CommandName, arg: string, opts?: AskOptions): Reply => {
    const lang = opts?.lang ?? (arg.trim() ? detectLang(arg) : undefined) ?? opts?.fallbackLang ?? options.defaultLang;
    const m = MESSAGES[lang];
    const rest = arg.trim();
    switch (name) {
      case 'start':
        if (rest && kb.byId.has(rest)) return topic(rest, lang);
        return text(lang, m.welcome, mainTopics(lang));
      case 'help':
        return text(lang, m.help, mainTopics(lang));
      case 'ask':
        return ask(rest, opts);
      case 'topics':
        return text(lang, m.topicsIntro, allTopics(lang));
      case 'optout': {
        const platform = OPTOUT_PLATFORMS.find((p) => p.value === rest.toLowerCase());
        if (platform) return topic(platform.topic, lang);
        return text(lang, m.optoutIntro, OPTOUT_PLATFORMS.flatMap((p) => {
          const entry = kb.byId.get(p.topic);
          return entry ? [ref(entry, lang)] : [];
        }));
      }
      case 'lang': {
        const chosen = rest.toLowerCase();
        return isLang(chosen) ? text(chosen, MESSAGES[chosen].langSet) : text(lang, m.langUsage);
      }
    }
  };

  const suggest = (query: string, lang: Lang, limit: number): readonly Suggestion[] => {
    const toSuggestion = (entry: Entry, question: string): Suggestion => ({
      id: entry.id,
      title: entry.text[lang].title,
      question,
      summary: entry.text[lang].summary,
    });
    if (query.trim() === '') {
      const main = MAIN_TOPICS.flatMap((id) => kb.byId.get(id) ?? []);
      const rest = kb.entries.filter((e) => !MAIN_TOPICS.includes(e.id));
      return [...main, ...rest].slice(0, limit).map((e) => toSuggestion(e, e.text[lang].title));
    }
    return matcher.suggest(query, lang, limit).map((s) => toSuggestion(s.entry, s.question));
  };

  return {
    ask,
    topic,
    command,
    suggest,
    feedback: (vote, lang) => text(lang, vote === 'up' ? MESSAGES[lang].feedbackThanks : MESSAGES[lang].feedbackSorry),
    detectLang,
    resolveLang,
    defaultLang: options.defaultLang,
    knowledgeBase: () => kb,
    replaceKnowledgeBase: (next) => {
      const nextMatcher = createMatcher(next, tuning);
      const nextEvidence = learnLangEvidence(next);
      kb = next;
      matcher = nextMatcher;
      evidence = nextEvidence;
    },
  };
}
