/**
 * A strict fake of the Telegram Bot API on 127.0.0.1: real HTTP, long polling that holds,
 * every call recorded, Telegram's 400s for payloads it would refuse, and injectable faults.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { entitiesFor, isObject, type Json } from './fake-checks.ts';
import { BOT_USER, error, FakeState, type Reply, type StoredMessage } from './fake-bot-methods.ts';
import { FakeUpdateQueue } from './fake-update-queue.ts';

export { BOT_USER, type StoredMessage };
export const TOKEN = '123456789:TEST-fake-token_abcdefghijklmnop';

export interface Call {
  readonly method: string;
  readonly payload: Json;
  readonly status: number;
  /** The result returned on success (e.g. the sent message). */
  readonly result?: unknown;
  /** performance.now() when the request arrived. */
  readonly at: number;
}

export type Fault = { readonly status: 429; readonly retryAfter: number } | { readonly status: 400 | 500 } | { readonly drop: true };
/** A request that is never answered, until `resetHung()` resets its connection (recorded with status 0, like `drop`). */
export type Hang = { readonly hang: true };
export type Chat = Json & { id: number; type: 'private' | 'group' | 'supergroup' };
export type User = Json & { id: number; is_bot: false; first_name: string; language_code?: string };

const DEFAULT_WAIT_MS = 3000;

interface Waiter {
  readonly test: (call: Call) => boolean;
  readonly resolve: (call: Call) => void;
}

export class FakeBotApi {
  readonly state = new FakeState();
  readonly calls: Call[] = [];
  private readonly updates = new FakeUpdateQueue();
  private readonly waiters = new Set<Waiter>();
  private readonly faults = new Map<string, (Fault | Hang)[]>();
  private readonly hung = new Set<IncomingMessage>();
  private nextQueryId = 1;
  /** Called synchronously as each call is recorded, just before its reply is written (load benchmarks time deliveries with it). */
  onCall: ((call: Call) => void) | undefined;
  private constructor(private readonly server: Server, readonly apiRoot: string) {}

  /** Starts a fake on a random port. */
  static async start(): Promise<FakeBotApi> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('The fake Bot API did not get a TCP port');
    const fake = new FakeBotApi(server, `http://127.0.0.1:${address.port}/`);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    return fake;
  }

  async stop(): Promise<void> {
    this.updates.releaseAll();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answers the next `times` calls of `method` with the fault instead of running them. */
  fail(method: string, fault: Fault | Hang, times = 1): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...Array<Fault | Hang>(times).fill(fault)]);
  }

  /** Resets the connections of every request held by a `hang` fault; returns how many there were. */
  resetHung(): number {
    const count = this.hung.size;
    for (const req of this.hung) req.socket.destroy();
    this.hung.clear();
    return count;
  }

  /** Calls Telegram accepted (status 200). */
  accepted(method: string): Call[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  /** Resolves with the first recorded call (from index `since`) that matches; rejects after a timeout. */
  waitForCall(method: string, test: (p: Json) => boolean = () => true, options: { since?: number; timeout?: number; status?: number } = {}): Promise<Call> {
    const { since = 0, timeout = DEFAULT_WAIT_MS, status = 200 } = options;
    const matches = (c: Call): boolean => c.method === method && c.status === status && test(c.payload);
    const found = this.calls.slice(since).find(matches);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { test: matches, resolve: (c) => (clearTimeout(timer), resolve(c)) };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Timed out after ${timeout} ms waiting for ${method} (${status}). Calls: ${this.calls.map((c) => `${c.method}:${c.status}`).join(', ')}`));
      }, timeout);
      this.waiters.add(waiter);
    });
  }

  /** Resolves once a getUpdates call is being held (the bot is polling and idle). */
  waitForHeldPoll(timeout = DEFAULT_WAIT_MS): Promise<void> {
    return this.updates.waitForHeldPoll(timeout);
  }

  /** Queues an update (update_id is assigned) and wakes a held getUpdates. */
  push(update: Json): Json {
    return this.updates.push(update);
  }

  /** Builds a text-message update the way Telegram delivers it (entities for commands and mentions). */
  textUpdate(args: { chat: Chat; from: User; text: string; replyTo?: StoredMessage }): Json & { message: StoredMessage } {
    const entities = entitiesFor(args.text);
    const message = this.state.store(args.chat, {
      from: args.from,
      text: args.text,
      ...(entities.length ? { entities } : {}),
      ...(args.replyTo ? { reply_to_message: args.replyTo } : {}),
    });
    return { message };
  }

  /** Pushes a text message and returns the update. */
  sendText(args: { chat: Chat; from: User; text: string; replyTo?: StoredMessage }): Json & { message: StoredMessage } {
    const update = this.textUpdate(args);
    this.push(update);
    return update;
  }

  /** Presses the button labelled `label` (exact or contained text) on a stored bot message; returns the query id. */
  press(args: { from: User; message: StoredMessage; label: string | ((text: string) => boolean) }): string {
    const current = this.state.findMessage(args.message.chat.id, args.message.message_id) ?? args.message;
    const test = typeof args.label === 'string' ? (t: string) => t === args.label : args.label;
    const keyboard = isObject(current.reply_markup) && Array.isArray(current.reply_markup.inline_keyboard) ? current.reply_markup.inline_keyboard : [];
    const button = keyboard.flat().find((b: unknown) => isObject(b) && typeof b.text === 'string' && test(b.text));
    if (!isObject(button) || typeof button.callback_data !== 'string') throw new Error(`No callback button ${String(args.label)} on message ${current.message_id}`);
    const id = `cbq-${this.nextQueryId++}`;
    this.state.callbackQueries.set(id, false);
    this.push({ callback_query: { id, from: args.from, chat_instance: `ci-${current.chat.id}`, data: button.callback_data, message: current } });
    return id;
  }

  /** Pushes an inline query; returns its id. */
  inlineQuery(args: { from: User; query: string }): string {
    const id = `iq-${this.nextQueryId++}`;
    this.state.inlineQueries.set(id, false);
    this.push({ inline_query: { id, from: args.from, query: args.query, offset: '', chat_type: 'private' } });
    return id;
  }

  /** Bot messages now in a chat (after edits), oldest first. */
  botMessages(chatId: number): StoredMessage[] {
    return [...(this.state.messages.get(chatId)?.values() ?? [])].filter((m) => m.from === BOT_USER);
  }

  private record(method: string, payload: Json, status: number, at: number, result?: unknown): void {
    const call: Call = { method, payload, status, at, result };
    this.calls.push(call);
    this.onCall?.(call);
    for (const w of this.waiters) {
      if (w.test(call)) {
        this.waiters.delete(w);
        w.resolve(call);
      }
    }
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const send = (reply: Reply): void => void res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? '');
    if (!m || req.method !== 'POST') return send(error(404, 'Not Found'));
    if (m[1] !== TOKEN) return send(error(401, 'Unauthorized'));
    const method = m[2] ?? '';
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const payload = parseJson(body);
    if (!isObject(payload) || (body !== '' && !String(req.headers['content-type']).startsWith('application/json'))) {
      return send(error(400, 'Bad Request: this fake accepts JSON bodies only'));
    }
    const fault = this.faults.get(method)?.shift();
    if (fault) {
      this.record(method, payload, 'drop' in fault || 'hang' in fault ? 0 : fault.status, at);
      if ('drop' in fault) return void req.socket.destroy();
      if ('hang' in fault) return void this.hung.add(req);
      if (fault.status === 429) return send(error(429, `Too Many Requests: retry after ${fault.retryAfter}`, { retry_after: fault.retryAfter }));
      return send(fault.status === 400 ? error(400, 'Bad Request: injected failure') : error(500, 'Internal Server Error'));
    }
    const reply = method === 'getUpdates' ? await this.getUpdates(payload, res) : this.state.handle(method, payload);
    if (reply === undefined) return; // the client went away while the poll was held
    this.record(method, payload, reply.status, at, reply.body.result);
    send(reply);
  }

  private getUpdates(p: Json, res: ServerResponse): Promise<Reply | undefined> {
    if (this.state.webhook) return Promise.resolve(error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
    return this.updates.getUpdates(p, res);
  }
}

function parseJson(body: string): unknown {
  if (body === '') return {};
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Test users and chats. */
export const user = (id: number, languageCode?: string): User => ({ id, is_bot: false, first_name: `User${id}`, ...(languageCode ? { language_code: languageCode } : {}) });
export const privateChat = (u: User): Chat => ({ id: u.id, type: 'private', first_name: u.first_name });
export const groupChat = (id: number): Chat => ({ id, type: 'supergroup', title: `Group ${id}` });
