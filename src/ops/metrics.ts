import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Adapter } from '../adapters/adapter.ts';
import type { RateDecision } from '../core/rate-limit.ts';
import type { Reply } from '../core/reply.ts';

export type Platform = Adapter['name'];

/** What the running bot reports; read over HTTP as Prometheus text (GET /metrics). */
export interface Metrics {
  readonly registry: Registry;
  /** One reply given: its outcome, topic and how long the bot took to find it. */
  answered(platform: Platform, reply: Reply, seconds: number): void;
  /** One message over a rate limit. */
  rateLimited(platform: Platform, decision: Exclude<RateDecision, { type: 'allow' }>): void;
  /** One knowledge-base reload, swapped in or refused. */
  reloaded(ok: boolean): void;
  /** Reports these adapters' connection state on every scrape. */
  track(adapters: readonly Adapter[]): void;
}

/** Matching takes microseconds to milliseconds; the buckets are in seconds. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/** Creates the metrics on their own registry (one per process in production, one per test). */
export function createMetrics(options: { readonly processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'optout_' });
  const answers = new Counter({ name: 'optout_answers_total', help: 'Replies given, by platform, outcome (answer, choices, none, text) and topic id', labelNames: ['platform', 'outcome', 'topic'], registers });
  const latency = new Histogram({ name: 'optout_answer_seconds', help: 'Time the bot took to find a reply', labelNames: ['platform'], buckets: LATENCY_BUCKETS, registers });
  const limited = new Counter({ name: 'optout_rate_limited_total', help: 'Messages over a rate limit: notify (got the notice) or drop, by scope (user or chat)', labelNames: ['platform', 'decision', 'scope'], registers });
  const reloads = new Counter({ name: 'optout_kb_reloads_total', help: 'Knowledge-base reloads swapped in', registers });
  const failures = new Counter({ name: 'optout_kb_reload_failures_total', help: 'Knowledge-base reloads refused (invalid files; the last good one kept serving)', registers });
  let tracked: readonly Adapter[] = [];
  new Gauge({
    name: 'optout_adapter_connected',
    help: '1 when the adapter is connected to its platform, else 0',
    labelNames: ['adapter'],
    registers,
    collect() {
      for (const adapter of tracked) this.set({ adapter: adapter.name }, adapter.connected() ? 1 : 0);
    },
  });

  return {
    registry,
    answered(platform, reply, seconds) {
      answers.inc({ platform, outcome: reply.type, topic: reply.type === 'answer' ? reply.id : '' });
      latency.observe({ platform }, seconds);
    },
    rateLimited(platform, decision) {
      limited.inc({ platform, decision: decision.type, scope: decision.scope });
    },
    reloaded(ok) {
      (ok ? reloads : failures).inc();
    },
    track(adapters) {
      tracked = adapters;
    },
  };
}
