import type { Adapter } from './adapters/adapter.ts';
import { createTerminalAdapter } from './adapters/terminal/adapter.ts';
import { ConfigError, type Config } from './config.ts';
import type { Bot } from './core/bot.ts';
import type { Logger } from './logger.ts';
import { logAdapterStates } from './ops/adapter-states.ts';
import { startHealthServer, type HealthServer } from './ops/health-server.ts';
import { instrumentBot } from './ops/instrumented-bot.ts';
import { createMetrics, type Metrics } from './ops/metrics.ts';
import { onShutdownSignal } from './ops/shutdown-signal.ts';
import { createUserHasher, loadSalt } from './ops/user-hash.ts';
import { watchKnowledgeBase } from './ops/watch-knowledge-base.ts';
import { platformAdapters } from './platform-adapters.ts';

/** Shutdown must be over by then (systemd's and most orchestrators' grace periods are longer). */
const SHUTDOWN_LIMIT_MS = 4500;

async function startMetricsServer(config: Config, adapters: readonly Adapter[], metrics: Metrics, logger: Logger): Promise<HealthServer | undefined> {
  if (config.METRICS_PORT === undefined) return undefined;
  try {
    return await startHealthServer({ port: config.METRICS_PORT, host: config.METRICS_HOST, adapters, metrics, logger });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'an error';
    throw new ConfigError('METRICS_PORT', `cannot be listened on at ${config.METRICS_HOST}:${config.METRICS_PORT} (${code}): choose a free port or METRICS_HOST`);
  }
}

/**
 * Runs the bot: the configured platforms (or the terminal chat when no token is set), the health
 * and metrics server, and hot reload of the knowledge base, until SIGINT/SIGTERM (or Ctrl-D in the
 * terminal). Then stops taking updates, lets answers in flight finish, closes everything: 0.
 */
export async function runBot(config: Config, bot: Bot, logger: Logger): Promise<number> {
  const signal = onShutdownSignal(() => logger.error({}, 'second signal: exiting now'));
  const metrics = createMetrics();
  const hashUser = config.LOG_QUESTIONS ? createUserHasher(await loadSalt(config.LOG_SALT, config.LOG_SALT_FILE)) : undefined;
  const adapters = platformAdapters(config, bot, { logger, metrics, hashUser });
  const terminal =
    adapters.length === 0
      ? createTerminalAdapter({ input: process.stdin, output: process.stdout, prompt: Boolean(process.stdin.isTTY) }, instrumentBot(bot, { platform: 'terminal', logger, metrics, logQuestions: config.LOG_QUESTIONS, quiet: true }))
      : undefined;
  const all: Adapter[] = terminal ? [terminal] : adapters;
  logger.info({ event: 'start', entries: bot.knowledgeBase().entries.length, adapters: all.map((a) => a.name), faqWatch: config.FAQ_WATCH, metricsPort: config.METRICS_PORT, logQuestions: config.LOG_QUESTIONS }, 'optout-bot starting');
  const health = await startMetricsServer(config, all, metrics, logger);
  const watcher = config.FAQ_WATCH ? watchKnowledgeBase(config.FAQ_DIR, bot, { logger, metrics }) : undefined;

  const started = Promise.all(
    all.map(async (adapter) => {
      await adapter.start();
      logger.info({ event: 'adapter', adapter: adapter.name, state: 'started' }, 'adapter started');
    }),
  );
  const stopStateLog = logAdapterStates(all, logger);
  const stopAll = async (): Promise<void> => {
    const timer = setTimeout(() => {
      logger.error({ event: 'shutdown' }, `shutdown took longer than ${SHUTDOWN_LIMIT_MS} ms; exiting`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    timer.unref();
    await started.catch(() => undefined); // a signal during start-up lets the start settle first
    stopStateLog();
    await watcher?.close();
    const stopped = await Promise.allSettled(all.map((a) => a.stop()));
    for (const [i, result] of stopped.entries()) {
      if (result.status === 'rejected') logger.error({ event: 'adapter', adapter: all[i]?.name, error: String(result.reason) }, 'adapter did not stop cleanly');
    }
    await health?.close();
    clearTimeout(timer);
    signal.dispose();
  };

  const running = started.then(() => (terminal ? terminal.closed.then(() => 'end of input') : new Promise<never>(() => {})));
  let reason: string;
  try {
    reason = await Promise.race([signal.received, running]);
  } catch (error) {
    await stopAll();
    throw error;
  }
  logger.info({ event: 'shutdown', reason }, 'shutting down');
  await stopAll();
  logger.info({ event: 'shutdown', state: 'done' }, 'stopped');
  return 0;
}
