import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_ID, botUser, GUILD_ID, guildCreate, snowflake } from './fake-payloads.ts';
import { isRecord } from './fake-validate.ts';

export const INTENTS = { Guilds: 1, GuildMessages: 512, DirectMessages: 4096, MessageContent: 32768 } as const;

export interface GatewayOptions {
  readonly token: string;
  readonly heartbeatInterval: number;
  /** Whether the Message Content intent is enabled in the (fake) Developer Portal. */
  readonly messageContentAllowed: boolean;
  /** Called on every gateway event worth waiting for. */
  readonly onEvent: (event: GatewayEvent) => void;
}

export type GatewayEvent = { readonly kind: 'identify' | 'resume' | 'heartbeat' | 'connect' | 'close'; readonly intents?: number };

interface Session {
  readonly id: string;
  /** Set by a non-resumable INVALID_SESSION: RESUME is refused and nothing more is delivered. */
  invalid?: boolean;
  readonly intents: number;
  seq: number;
  readonly history: { s: number; t: string; d: unknown }[];
  socket: WebSocket | undefined;
}

/** The fake gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeat ACK, RESUME with replay -> RESUMED. */
export function createGateway(server: Server, url: () => string, options: GatewayOptions) {
  const wss = new WebSocketServer({ server, path: '/gateway' });
  let session: Session | undefined;
  /** Connections that have sent IDENTIFY or RESUME (INVALID_SESSION takes that back). */
  const authenticated = new WeakSet<WebSocket>();
  const send = (ws: WebSocket, op: number, d: unknown, t: string | null = null, s: number | null = null): void => {
    ws.send(JSON.stringify({ op, d, s, t }));
  };
  const record = (t: string, d: unknown): { s: number; t: string; d: unknown } => {
    if (!session) throw new Error('fake gateway: no session yet (the client never identified)');
    const event = { s: ++session.seq, t, d };
    session.history.push(event);
    return event;
  };
  const deliver = (t: string, d: unknown): void => {
    const event = record(t, d);
    if (session?.socket) send(session.socket, 0, event.d, event.t, event.s);
  };

  const identify = (ws: WebSocket, d: Record<string, unknown>): void => {
    if (d.token !== options.token) return ws.close(4004, 'Authentication failed.');
    const intents = d.intents;
    if (typeof intents !== 'number' || !Number.isInteger(intents)) return ws.close(4013, 'Invalid intent(s).');
    if (intents & INTENTS.MessageContent && !options.messageContentAllowed) return ws.close(4014, 'Disallowed intent(s).');
    if (d.compress === true) return ws.close(4002, 'Error while decoding payload.');
    session = { id: snowflake(), intents, seq: 0, history: [], socket: ws };
    options.onEvent({ kind: 'identify', intents });
    deliver('READY', {
      v: 10,
      user: botUser,
      guilds: [{ id: GUILD_ID, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: url(),
      shard: [0, 1],
      application: { id: APP_ID, flags: 0 },
    });
    if (intents & INTENTS.Guilds) deliver('GUILD_CREATE', guildCreate());
  };

  const resume = (ws: WebSocket, d: Record<string, unknown>): void => {
    if (d.token !== options.token) return ws.close(4004, 'Authentication failed.');
    if (!session || session.invalid || d.session_id !== session.id || typeof d.seq !== 'number') return send(ws, 9, false);
    session.socket = ws;
    const from = d.seq;
    for (const e of session.history.filter((h) => h.s > from)) send(ws, 0, e.d, e.t, e.s);
    options.onEvent({ kind: 'resume' });
    deliver('RESUMED', null);
  };

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const query = new URL(req.url ?? '/', 'http://fake').searchParams;
    if (query.get('v') !== '10') return ws.close(4012, 'Invalid API version.');
    if (query.get('encoding') !== 'json' || query.has('compress')) return ws.close(4002, 'Error while decoding payload.');
    options.onEvent({ kind: 'connect' });
    send(ws, 10, { heartbeat_interval: options.heartbeatInterval });
    ws.on('close', () => {
      if (session?.socket === ws) session.socket = undefined;
      options.onEvent({ kind: 'close' });
    });
    ws.on('message', (raw, isBinary) => {
      let frame: unknown;
      try {
        frame = isBinary ? undefined : JSON.parse(raw.toString());
      } catch {
        frame = undefined;
      }
      if (!isRecord(frame)) return ws.close(4002, 'Error while decoding payload.');
      const d = isRecord(frame.d) ? frame.d : {};
      if (frame.op === 1) {
        options.onEvent({ kind: 'heartbeat' });
        return send(ws, 11, null);
      }
      if (frame.op === 2 || frame.op === 6) {
        if (authenticated.has(ws)) return ws.close(4005, 'Already authenticated.');
        authenticated.add(ws);
        return frame.op === 2 ? identify(ws, d) : resume(ws, d);
      }
      if (!authenticated.has(ws)) return ws.close(4003, 'Not authenticated.');
      if (frame.op === 3 || frame.op === 8) return undefined;
      return ws.close(4001, 'Unknown opcode.');
    });
  });

  const live = (): WebSocket => {
    const socket = session?.socket;
    if (!socket) throw new Error('fake gateway: no live connection');
    return socket;
  };

  return {
    /** Sends (or queues for replay on RESUME) a dispatch event. */
    dispatch: deliver,
    intents: (): number | undefined => session?.intents,
    connected: (): boolean => session?.socket !== undefined,
    /** Asks the client to reconnect (op 7 RECONNECT). */
    reconnect: (): void => send(live(), 7, null),
    /** Drops the TCP connection without a close frame (1006 on the client). */
    drop: (): void => live().terminate(),
    /**
     * Sends op 9 INVALID_SESSION on the live connection. Dispatches wait in the session's history
     * until the client resumes (`resumable`), or are lost with the session (not `resumable`), as on Discord.
     */
    invalidSession: (resumable: boolean): void => {
      const ws = live();
      if (!session) return;
      authenticated.delete(ws);
      session.socket = undefined;
      if (!resumable) session.invalid = true;
      send(ws, 9, resumable);
    },
    /** Closes with a resumable error code. */
    closeWith: (code: number): void => live().close(code, 'fake close'),
    close: async (): Promise<void> => {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

export type FakeGateway = ReturnType<typeof createGateway>;
