import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/adapters/adapter.ts';
import { createBot, type Bot } from '../../src/core/bot.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import { createRateLimiter } from '../../src/core/rate-limit.ts';
import { silentLogger } from '../../src/logger.ts';
import { startHealthServer, type HealthServer } from '../../src/ops/health-server.ts';
import { instrumentBot } from '../../src/ops/instrumented-bot.ts';
import { createMetrics, type Metrics } from '../../src/ops/metrics.ts';
import { observeLimiter } from '../../src/ops/observe-limiter.ts';

/** An adapter whose connection state the test sets. */
function adapter(name: Adapter['name'], connected: boolean): Adapter & { connectedNow: boolean } {
  const a = { name, connectedNow: connected, start: async () => {}, stop: async () => {}, connected: () => a.connectedNow };
  return a;
}

let core: Bot;
beforeAll(async () => {
  core = createBot(await loadKnowledgeBase(join(process.cwd(), 'faq')), { defaultLang: 'en' });
});

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(adapters: Adapter[], metrics: Metrics = createMetrics({ processMetrics: false })) {
  server = await startHealthServer({ port: 0, host: '127.0.0.1', adapters, metrics, logger: silentLogger });
  const base = `http://127.0.0.1:${server.port}`;
  return { metrics, get: (path: string) => fetch(`${base}${path}`) };
}

describe('GET /healthz', () => {
  it('is 200 when every enabled adapter is connected, 503 as soon as one is not', async () => {
    const telegram = adapter('telegram', true);
    const discord = adapter('discord', true);
    const { get } = await start([telegram, discord]);
    const ok = await get('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', adapters: { telegram: true, discord: true } });
    discord.connectedNow = false;
    const down = await get('/healthz');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', adapters: { telegram: true, discord: false } });
  });

  it('answers 404 elsewhere and 405 to other methods', async () => {
    const { get } = await start([adapter('telegram', true)]);
    expect((await get('/')).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server?.port}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});

describe('GET /metrics', () => {
  it('reports answers by topic and outcome, latency, adapter state, rate-limited messages and reloads in Prometheus format', async () => {
    const metrics = createMetrics();
    const bot = instrumentBot(core, { platform: 'telegram', logger: silentLogger, metrics });
    bot.ask('how do I object for whatsapp');
    bot.ask('blorptangle zzxq');
    bot.topic('whatsapp-objection', 'fr');
    const limiter = observeLimiter(createRateLimiter({ user: { burst: 1, perMinute: 1 }, chat: { burst: 9, perMinute: 1 } }), { platform: 'discord', logger: silentLogger, metrics });
    for (let i = 0; i < 3; i += 1) limiter.check('u', 'c');
    metrics.reloaded(true);
    metrics.reloaded(false);
    const { get } = await start([adapter('telegram', true), adapter('discord', false)], metrics);
    const res = await get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('optout_answers_total{platform="telegram",outcome="answer",topic="whatsapp-objection"} 2');
    expect(text).toContain('optout_answers_total{platform="telegram",outcome="none",topic=""} 1');
    expect(text).toContain('optout_answer_seconds_count{platform="telegram"} 3');
    expect(text).toContain('optout_adapter_connected{adapter="telegram"} 1');
    expect(text).toContain('optout_adapter_connected{adapter="discord"} 0');
    expect(text).toContain('optout_rate_limited_total{platform="discord",decision="notify",scope="user"} 1');
    expect(text).toContain('optout_rate_limited_total{platform="discord",decision="drop",scope="user"} 1');
    expect(text).toContain('optout_kb_reloads_total 1');
    expect(text).toContain('optout_kb_reload_failures_total 1');
    expect(text).toContain('optout_process_cpu_seconds_total');
  });
});
