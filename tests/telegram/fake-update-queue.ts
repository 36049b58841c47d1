/**
 * The fake's update queue and long polling, as getUpdates behaves: confirm by offset, answer at
 * once when updates wait, otherwise hold the request until one is pushed (capped at 1 s here),
 * and forget a held request whose client went away.
 */
import type { ServerResponse } from 'node:http';
import type { Json } from './fake-checks.ts';
import { ok, type Reply } from './fake-bot-methods.ts';

const HOLD_CAP_MS = 1000;

export class FakeUpdateQueue {
  private readonly queue: Json[] = [];
  private readonly held = new Set<() => void>();
  private heldWaiters: (() => void)[] = [];
  private nextUpdateId = 1;

  /** Queues an update (update_id is assigned) and wakes a held getUpdates. */
  push(update: Json): Json {
    const full = { ...update, update_id: this.nextUpdateId++ };
    this.queue.push(full);
    this.releaseAll();
    return full;
  }

  /** Answers every held getUpdates now (with what is queued). */
  releaseAll(): void {
    for (const wake of this.held) wake();
  }

  /** Resolves once a getUpdates call is being held (the bot is polling and idle). */
  waitForHeldPoll(timeout: number): Promise<void> {
    if (this.held.size > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No getUpdates was held within ${timeout} ms`)), timeout);
      this.heldWaiters.push(() => (clearTimeout(timer), resolve()));
    });
  }

  /** getUpdates; resolves undefined when the client closed the request while it was held. */
  async getUpdates(p: Json, res: ServerResponse): Promise<Reply | undefined> {
    const offset = typeof p.offset === 'number' ? p.offset : 0;
    const limit = typeof p.limit === 'number' ? p.limit : 100;
    const pending = (): Json[] => {
      while (this.queue.length && Number(this.queue[0]?.update_id) < offset) this.queue.shift();
      return this.queue.slice(0, limit);
    };
    const timeout = typeof p.timeout === 'number' ? p.timeout : 0;
    if (pending().length === 0 && timeout > 0 && (await this.hold(timeout, res)) === 'gone') return undefined;
    return ok(pending());
  }

  private hold(timeout: number, res: ServerResponse): Promise<'woken' | 'gone'> {
    return new Promise((resolve) => {
      const finish = (how: 'woken' | 'gone'): void => {
        clearTimeout(timer);
        this.held.delete(wake);
        res.off('close', onClose);
        resolve(how);
      };
      const wake = (): void => finish('woken');
      const onClose = (): void => finish('gone');
      const timer = setTimeout(wake, Math.min(timeout * 1000, HOLD_CAP_MS));
      this.held.add(wake);
      res.on('close', onClose);
      for (const notify of this.heldWaiters.splice(0)) notify();
    });
  }
}
