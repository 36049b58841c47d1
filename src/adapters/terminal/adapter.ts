import { createInterface, type Interface } from 'node:readline';
import type { Bot } from '../../core/bot.ts';
import { isLang, type Lang } from '../../core/lang.ts';
import { MESSAGES } from '../../core/messages.ts';
import { numberedTopics, renderText } from '../../core/render-text.ts';
import type { Reply, TopicRef } from '../../core/reply.ts';
import type { Adapter } from '../adapter.ts';
import { parseLine } from './parse-line.ts';

export interface TerminalConfig {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Show the "> " prompt (an interactive terminal). */
  readonly prompt: boolean;
}

/** The terminal chat: /help, /topics, /lang fr|en, numbered "did you mean" choices, Ctrl-D to quit. */
export function createTerminalAdapter(config: TerminalConfig, bot: Bot): Adapter & { readonly closed: Promise<void> } {
  let rl: Interface | undefined;
  let lang: Lang | undefined;
  let listed: readonly TopicRef[] = [];
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const write = (text: string): void => {
    config.output.write(`${text}\n\n`);
  };
  const show = (reply: Reply): void => {
    listed = numberedTopics(reply);
    write(renderText(reply, { numbered: true }));
  };
  const current = (): Lang => lang ?? bot.defaultLang;

  const handle = (line: string): void => {
    const input = parseLine(line);
    switch (input.type) {
      case 'empty':
        return;
      case 'pick': {
        const topic = listed[input.index];
        if (topic) show(bot.topic(topic.id, current()));
        else show(bot.ask(line, { lang }));
        return;
      }
      case 'unknown-command':
        write(MESSAGES[current()].help);
        return;
      case 'command':
        if (input.name === 'lang') {
          const chosen = input.arg.trim().toLowerCase();
          if (isLang(chosen)) lang = chosen;
        }
        show(bot.command(input.name, input.arg, { lang, fallbackLang: current() }));
        return;
      case 'question':
        show(bot.ask(input.text, { lang }));
        return;
    }
  };

  return {
    name: 'terminal',
    closed,
    connected: () => rl !== undefined,
    async start() {
      rl = createInterface({ input: config.input, output: config.output, terminal: config.prompt });
      const m = MESSAGES[bot.defaultLang];
      write(`${m.welcome}\n${m.help}\n/help · /topics · /lang fr|en · Ctrl-D\n${m.connectHint}`);
      rl.setPrompt('> ');
      if (config.prompt) rl.prompt();
      rl.on('line', (line) => {
        handle(line);
        if (config.prompt) rl?.prompt();
      });
      rl.on('close', () => {
        rl = undefined;
        resolveClosed();
      });
    },
    async stop() {
      rl?.close();
      await closed;
    },
  };
}
