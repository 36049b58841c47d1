import type { Adapter } from '../adapters/adapter.ts';
import type { Logger } from '../logger.ts';

/** Logs each change of an adapter's connection state (checked every `intervalMs`); returns a stop function. */
export function logAdapterStates(adapters: readonly Adapter[], logger: Logger, intervalMs = 2000): () => void {
  const last = new Map(adapters.map((a) => [a, a.connected()]));
  const timer = setInterval(() => {
    for (const adapter of adapters) {
      const now = adapter.connected();
      if (now === last.get(adapter)) continue;
      last.set(adapter, now);
      const fields = { event: 'adapter', adapter: adapter.name, state: now ? 'connected' : 'disconnected' };
      if (now) logger.info(fields, 'adapter connected');
      else logger.warn(fields, 'adapter disconnected');
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
