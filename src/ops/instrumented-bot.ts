import type { Bot } from '../core/bot.ts';
import type { Reply } from '../core/reply.ts';
import type { Logger } from '../logger.ts';
import type { Metrics, Platform } from './metrics.ts';

export interface InstrumentOptions {
  readonly platform: Platform;
  readonly logger: Logger;
  readonly metrics?: Metrics | undefined;
  /** Adds the question's text to each answer's log line (LOG_QUESTIONS=true). Off by default. */
  readonly logQuestions?: boolean;
  /** The terminal chat logs answers at debug, so its own screen is not cluttered. */
  readonly quiet?: boolean;
}

/**
 * The same Bot, with one log line and metrics per reply: `{ platform, via, type, id, score, lang, ms }`.
 * Never the question text unless the operator asked for it; the bot never sees user ids.
 */
export function instrumentBot(bot: Bot, options: InstrumentOptions): Bot {
  const { platform, logger, metrics } = options;
  const observe = (via: 'ask' | 'topic' | 'command', question: string | undefined, produce: () => Reply): Reply => {
    const started = performance.now();
    const reply = produce();
    const seconds = (performance.now() - started) / 1000;
    metrics?.answered(platform, reply, seconds);
    const fields = {
      platform,
      via,
      type: reply.type,
      id: reply.type === 'answer' ? reply.id : undefined,
      score: reply.type === 'answer' ? Math.round(reply.score * 1000) / 1000 : undefined,
      lang: reply.lang,
      ms: Math.round(seconds * 10_000) / 10,
      ...(options.logQuestions && question !== undefined ? { question } : {}),
    };
    if (options.quiet) logger.debug(fields, 'answer');
    else logger.info(fields, 'answer');
    return reply;
  };

  return {
    ask: (text, opts) => observe('ask', text, () => bot.ask(text, opts)),
    topic: (id, lang) => observe('topic', undefined, () => bot.topic(id, lang)),
    command: (name, arg, opts) => observe('command', name === 'ask' ? arg : undefined, () => bot.command(name, arg, opts)),
    suggest: (query, lang, limit) => bot.suggest(query, lang, limit),
    feedback: (vote, lang) => bot.feedback(vote, lang),
    detectLang: (text) => bot.detectLang(text),
    resolveLang: (text, opts) => bot.resolveLang(text, opts),
    get defaultLang() {
      return bot.defaultLang;
    },
    knowledgeBase: () => bot.knowledgeBase(),
    replaceKnowledgeBase: (kb) => bot.replaceKnowledgeBase(kb),
  };
}
