import { parseArgs } from 'node:util';
import { ConfigError, loadDotEnv, readConfig, type Config } from './config.ts';
import { createBot, type Bot } from './core/bot.ts';
import { isLang, type Lang } from './core/lang.ts';
import { DEFAULT_CACHE_DIR, openKnowledgeBase, type CacheOutcome } from './core/knowledge-cache.ts';
import { KnowledgeBaseError, loadKnowledgeBase } from './core/load-knowledge-base.ts';
import { renderText } from './core/render-text.ts';
import { askJsonLines, toRecord } from './cli/ask.ts';

const USAGE = `Usage:
  npm start                          run the bot (terminal chat when no token is configured)
  npm start -- ask "question"        print one answer
  npm start --silent -- ask --json   answer stdin, one question a line, one JSON object a line
  npm start -- validate [folder]     check the knowledge base (default: faq)
  npm start -- cache                 prepare the start-up cache (npm install does it)
  npm run register                   register Discord slash commands`;

const cacheDirOf = (config: Config): string | undefined => (config.CACHE_DIR === 'off' ? undefined : (config.CACHE_DIR ?? DEFAULT_CACHE_DIR));

async function openBot(config: Config): Promise<Bot> {
  const { compiled } = await openKnowledgeBase(config.FAQ_DIR, { cacheDir: cacheDirOf(config) });
  return createBot(compiled, { defaultLang: config.DEFAULT_LANG });
}

const CACHE_OUTCOMES: Readonly<Record<CacheOutcome, string>> = {
  hit: 'already up to date',
  stored: 'ready',
  off: 'off (CACHE_DIR=off): every start builds the index',
  'not-stored': 'could not be written (set CACHE_DIR to a folder this user can write): every start builds the index',
};

async function main(argv: readonly string[]): Promise<number> {
  loadDotEnv();
  const config = readConfig(process.env);
  // Unset LOG_LEVEL: info when serving a platform, warn in the terminal chat (logs would interleave with it).
  const level = config.LOG_LEVEL ?? (config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN ? 'info' : 'warn');
  // Loaded on demand, like the chat libraries: answering one question needs no logger.
  const logger = async () => (await import('./logger.ts')).createLogger({ level, pretty: Boolean(process.stderr.isTTY), logQuestions: config.LOG_QUESTIONS });
  const [command = 'start', ...rest] = argv;
  switch (command) {
    case 'start':
    case 'chat': {
      // Loaded on demand: the chat libraries are not needed to answer one question.
      const { runBot } = await import('./run-bot.ts');
      return runBot(config, await openBot(config), await logger());
    }
    case 'validate': {
      const kb = await loadKnowledgeBase(rest[0] ?? config.FAQ_DIR);
      process.stdout.write(`OK: ${kb.entries.length} entries, no problem found.\n`);
      return 0;
    }
    case 'cache': {
      const dir = cacheDirOf(config);
      const { compiled, cache } = await openKnowledgeBase(config.FAQ_DIR, { cacheDir: dir });
      process.stdout.write(`optout-bot start-up cache ${CACHE_OUTCOMES[cache]} (${compiled.kb.entries.length} entries${dir ? `, ${dir}` : ''}).\n`);
      return 0;
    }
    case 'ask': {
      const { values, positionals } = parseArgs({ args: [...rest], allowPositionals: true, options: { json: { type: 'boolean' }, lang: { type: 'string' } } });
      if (values.lang !== undefined && !isLang(values.lang)) throw new ConfigError('--lang', 'must be fr or en');
      const lang: Lang | undefined = isLang(values.lang) ? values.lang : undefined;
      const bot = await openBot(config);
      if (values.json && positionals.length === 0) {
        await askJsonLines(bot, process.stdin, process.stdout, lang);
        return 0;
      }
      const question = positionals.join(' ');
      const reply = bot.ask(question, { lang });
      process.stdout.write(values.json ? `${JSON.stringify(toRecord(question, reply))}\n` : `${renderText(reply)}\n`);
      return 0;
    }
    case 'register': {
      const { registerDiscordCommands } = await import('./register.ts');
      return registerDiscordCommands(config, await logger());
    }
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof KnowledgeBaseError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
