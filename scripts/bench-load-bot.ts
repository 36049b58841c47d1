// The bot side of `npm run bench:load`: one real adapter (Telegram or Discord) in its own process,
// so its RSS and CPU are measured apart from the fake server and the load driver (scripts/bench-load.ts).
// Started by bench-load.ts with `node --expose-gc --import tsx`; driven over the IPC channel.
import path from 'node:path';
import { Writable } from 'node:stream';
import { createDiscordAdapter } from '../src/adapters/discord/adapter.ts';
import type { Adapter } from '../src/adapters/adapter.ts';
import { createTelegramAdapter } from '../src/adapters/telegram/adapter.ts';
import { createBot } from '../src/core/bot.ts';
import { loadKnowledgeBase } from '../src/core/load-knowledge-base.ts';
import { createLogger } from '../src/logger.ts';

export type BotCommand =
  | { readonly type: 'start'; readonly platform: 'telegram'; readonly token: string; readonly apiRoot: string }
  | { readonly type: 'start'; readonly platform: 'discord'; readonly token: string; readonly applicationId: string; readonly apiRoot: string }
  | { readonly type: 'sample' }
  | { readonly type: 'stop' };

export interface Sample {
  readonly type: 'sample';
  /** After a full GC when --expose-gc is on. */
  readonly rss: number;
  readonly heapUsed: number;
  /** Highest RSS seen by a 50 ms sampler since start. */
  readonly peakRss: number;
  /** CPU microseconds (user + system) since the process started. */
  readonly cpuMicros: number;
  readonly gc: boolean;
}

export type BotEvent = { readonly type: 'started'; readonly ms: number } | Sample | { readonly type: 'stopped' } | { readonly type: 'failed'; readonly message: string };

const isCommand = (m: unknown): m is BotCommand => typeof m === 'object' && m !== null && 'type' in m && typeof m.type === 'string';
const send = (event: BotEvent): void => void process.send?.(event);

// Production logs at info (one line per reply); here the lines are serialized by pino and then discarded.
const logger = createLogger({ level: 'info', pretty: false, destination: new Writable({ write: (_chunk, _enc, done) => done() }) });
const kb = await loadKnowledgeBase(path.join(process.cwd(), 'faq'));
const bot = createBot(kb, { defaultLang: 'fr' });
let adapter: Adapter | undefined;
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

function sample(): Sample {
  // Read before the forced GCs below, which are the benchmark's doing, not the bot's.
  const cpu = process.cpuUsage();
  const gc = typeof globalThis.gc === 'function';
  if (gc) {
    globalThis.gc?.();
    globalThis.gc?.();
  }
  const mem = process.memoryUsage();
  peakRss = Math.max(peakRss, mem.rss);
  return { type: 'sample', rss: mem.rss, heapUsed: mem.heapUsed, peakRss, cpuMicros: cpu.user + cpu.system, gc };
}

async function handle(command: BotCommand): Promise<void> {
  switch (command.type) {
    case 'start': {
      const started = performance.now();
      // No rate limiter: the benchmark sends 50 questions per chat back to back, which a limiter would (rightly) cut.
      adapter =
        command.platform === 'telegram'
          ? createTelegramAdapter({ token: command.token, apiRoot: command.apiRoot }, bot, { logger, limiter: undefined })
          : createDiscordAdapter({ token: command.token, applicationId: command.applicationId, apiRoot: command.apiRoot, helpChannelIds: [] }, bot, { logger, limiter: undefined });
      await adapter.start();
      return send({ type: 'started', ms: performance.now() - started });
    }
    case 'sample':
      return send(sample());
    case 'stop':
      await adapter?.stop();
      clearInterval(sampler);
      send({ type: 'stopped' });
      process.disconnect();
      return;
  }
}

process.on('message', (m: unknown) => {
  if (!isCommand(m)) return;
  handle(m).catch((error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
// The driver went away: do not linger.
process.on('disconnect', () => {
  clearInterval(sampler);
  setTimeout(() => process.exit(0), 2000).unref();
});
send(sample());
