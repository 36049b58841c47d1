import { createServer, type Server } from 'node:http';
import type { Adapter } from '../adapters/adapter.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from './metrics.ts';

export interface HealthServer {
  /** The port the server got (useful with port 0). */
  readonly port: number;
  close(): Promise<void>;
}

export interface HealthOptions {
  readonly port: number;
  readonly host: string;
  readonly adapters: readonly Adapter[];
  readonly metrics: Metrics;
  readonly logger: Logger;
}

/**
 * GET /healthz: 200 when every enabled adapter is connected, 503 otherwise (JSON names each one).
 * GET /metrics: Prometheus text. Anything else: 404.
 */
export async function startHealthServer(options: HealthOptions): Promise<HealthServer> {
  const { adapters, metrics, logger } = options;
  metrics.track(adapters);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/healthz') {
      const states = Object.fromEntries(adapters.map((a) => [a.name, a.connected()]));
      const ok = adapters.length > 0 && Object.values(states).every(Boolean);
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', adapters: states }));
      return;
    }
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (error: unknown) => {
          logger.error({ event: 'metrics', error: error instanceof Error ? error.message : String(error) }, 'metrics collection failed');
          res.writeHead(500).end();
        },
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: try /healthz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => (server.off('error', reject), resolve()));
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  logger.info({ event: 'metrics-server', host: options.host, port }, 'health and metrics server listening');
  return {
    port,
    close: () => new Promise<void>((resolve) => (server.close(() => resolve()), server.closeAllConnections())),
  };
}
