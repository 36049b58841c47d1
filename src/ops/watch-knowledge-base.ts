import { watch, type FSWatcher } from 'node:fs';
import type { Bot } from '../core/bot.ts';
import { KnowledgeBaseError, loadKnowledgeBase } from '../core/load-knowledge-base.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from './metrics.ts';

export interface WatchOptions {
  readonly logger: Logger;
  readonly metrics?: Metrics | undefined;
  /** Quiet time after the last change before reloading: editors write a file in several steps. */
  readonly debounceMs?: number;
}

export interface KnowledgeBaseWatcher {
  /** Stops watching; resolves once a reload in progress has finished. */
  close(): Promise<void>;
}

/**
 * Hot reload: when a YAML file of `dir` changes, loads and validates the whole folder, then swaps it
 * into the bot at once. An invalid edit is logged with file and line; the last good one keeps serving.
 */
export function watchKnowledgeBase(dir: string, bot: Bot, options: WatchOptions): KnowledgeBaseWatcher {
  const { logger, metrics, debounceMs = 300 } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let again = false;
  let closed = false;

  const reload = async (): Promise<void> => {
    const started = performance.now();
    try {
      const kb = await loadKnowledgeBase(dir);
      if (closed) return;
      bot.replaceKnowledgeBase(kb);
      metrics?.reloaded(true);
      logger.info({ event: 'kb-reload', entries: kb.entries.length, ms: Math.round(performance.now() - started) }, 'knowledge base reloaded');
    } catch (error) {
      metrics?.reloaded(false);
      const problems = error instanceof KnowledgeBaseError ? error.problems : [{ file: dir, line: 0, message: error instanceof Error ? error.message : String(error) }];
      logger.error({ event: 'kb-reload-failed', problems }, 'knowledge base edit refused; the last good version keeps serving');
    }
  };

  // One reload at a time; a change during a reload triggers exactly one more.
  const schedule = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (again) return;
      again = true;
      running = running.then(() => {
        again = false;
        return reload();
      });
    }, debounceMs);
  };

  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (name === null || /\.ya?ml$/.test(name)) schedule();
  });
  watcher.on('error', (error) => logger.error({ event: 'kb-watch', error: error.message }, 'knowledge base watcher failed; restart to reload'));
  logger.info({ event: 'kb-watch', dir }, 'watching the knowledge base for changes');

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
      await running;
    },
  };
}
