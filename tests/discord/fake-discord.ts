import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGateway, type GatewayEvent } from './fake-gateway.ts';
import { APP_ID, TOKEN } from './fake-payloads.ts';
import { handleRest, type Accepted, type FakeState, type RestResponse } from './fake-rest.ts';
import { createDispatchers } from './fake-events.ts';

export interface FakeDiscordOptions {
  readonly messageContentAllowed?: boolean;
  /** How long an interaction accepts its first callback (Discord: 3 s). */
  readonly callbackDeadlineMs?: number;
  readonly heartbeatInterval?: number;
  /** Called synchronously as each REST call is recorded, just before its response is written (load benchmarks time replies with it). */
  readonly onCall?: (call: RecordedCall) => void;
}

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly body: unknown;
  readonly status: number;
  /** performance.now() when the request arrived. */
  readonly at: number;
}

export interface Fault {
  readonly method?: string;
  readonly path: RegExp;
  readonly status: 429 | 500;
  /** How many of the next matching calls fail. */
  times: number;
  readonly retryAfter?: number;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return { unsupported: req.headers['content-type'] };
  return JSON.parse(text);
}

function faultResponse(fault: Fault): { status: number; body: unknown; headers: Record<string, string> } {
  if (fault.status === 500) return { status: 500, body: { message: '500: Internal Server Error', code: 0 }, headers: {} };
  const after = fault.retryAfter ?? 0.1;
  const headers = { 'retry-after': String(after), 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': String(after), 'x-ratelimit-bucket': 'fakebucket', 'x-ratelimit-scope': 'user' };
  return { status: 429, body: { message: 'You are being rate limited.', retry_after: after, global: false }, headers };
}

/** Starts a strict fake Discord (REST under /api/v10 and a gateway under /gateway) on 127.0.0.1, port 0. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const changes = new EventEmitter();
  changes.setMaxListeners(100);
  const notify = (): void => void changes.emit('change');
  const calls: RecordedCall[] = [];
  const gatewayEvents: GatewayEvent[] = [];
  const faults: Fault[] = [];
  const state: FakeState = { token: TOKEN, appId: APP_ID, deadlineMs: options.callbackDeadlineMs ?? 3000, interactions: new Map(), messages: new Map(), channelPosts: [], commands: {} };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const at = performance.now();
    const url = new URL(req.url ?? '/', 'http://fake');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, body === undefined ? headers : { ...headers, 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    readBody(req).then(
      (body) => {
        const segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
        const authorization = req.headers.authorization;
        const method = req.method ?? 'GET';
        const record = (status: number): void => {
          const call: RecordedCall = { method, path: segments.join('/'), query: url.searchParams, authorization, body, status, at };
          calls.push(call);
          options.onCall?.(call);
          notify();
        };
        if (segments[0] !== 'api' || segments[1] !== 'v10') {
          record(404);
          return send(404, { message: '404: Not Found', code: 0 });
        }
        const path = segments.slice(2).join('/');
        const fault = faults.find((f) => f.times > 0 && f.path.test(path) && (f.method ?? method) === method);
        if (fault) {
          fault.times -= 1;
          const r = faultResponse(fault);
          record(r.status);
          return send(r.status, r.body, r.headers);
        }
        const r: RestResponse = handleRest(state, { method, segments: segments.slice(2), query: url.searchParams, authorization, body }, gatewayUrl());
        record(r.status);
        return send(r.status, r.body);
      },
      () => send(400, { code: 50109, message: 'The request body contains invalid JSON.' }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}/gateway`;
  const gateway = createGateway(server, gatewayUrl, {
    token: TOKEN,
    heartbeatInterval: options.heartbeatInterval ?? 41250,
    messageContentAllowed: options.messageContentAllowed ?? true,
    onEvent: (e) => {
      gatewayEvents.push(e);
      notify();
    },
  });
  const dispatchers = createDispatchers(state, gateway, notify);

  /** Resolves with the first truthy value of `find`, re-checked on every change; rejects after the timeout. */
  const waitFor = <T>(what: string, find: () => T | undefined | false, timeoutMs = 2000): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const found = find();
        if (found === undefined || found === false) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        changes.off('change', check);
      };
      if (!check()) changes.on('change', check);
    });

  const accepted = (id: string): readonly Accepted[] => state.interactions.get(id)?.accepted ?? [];

  return {
    api: `http://127.0.0.1:${port}/api`,
    calls,
    gatewayEvents,
    gateway,
    state,
    ...dispatchers,
    waitFor,
    accepted,
    /** Waits until the interaction has `count` accepted responses and returns the last one. */
    waitForResponse: (id: string, count = 1, timeoutMs = 2000): Promise<Accepted> =>
      waitFor(`${count} response(s) to interaction ${id}`, () => accepted(id)[count - 1], timeoutMs),
    /** Waits for a bot message posted in a channel (message.reply, channel.send). */
    waitForChannelPost: (count = 1, timeoutMs = 2000): Promise<Record<string, unknown>> =>
      waitFor(`${count} channel post(s)`, () => state.channelPosts[count - 1], timeoutMs),
    /** Makes the next `times` calls whose path (after /api/v10) matches fail with 429 or 500. */
    fail: (fault: Fault): void => void faults.push(fault),
    async stop(): Promise<void> {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      changes.removeAllListeners();
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;
