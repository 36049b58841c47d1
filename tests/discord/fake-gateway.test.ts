import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.ts';
import { INTENTS } from './fake-gateway.ts';
import { GUILD_ID, TOKEN } from './fake-payloads.ts';
import { isRecord } from './fake-validate.ts';

/** The fake gateway, driven by a raw WebSocket: it must behave like Discord's. */

let fake: FakeDiscord;
const sockets: WebSocket[] = [];
beforeEach(async () => {
  fake = await startFakeDiscord({ messageContentAllowed: false });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  await fake.stop();
});

interface Frame {
  readonly op: unknown;
  readonly t: unknown;
  readonly s: unknown;
  readonly d: Record<string, unknown>;
}

/** Resolves when `find` returns something, re-checked on each `event` of `emitter`; rejects after 2 s. */
function until<T>(emitter: EventEmitter, event: string, find: () => T | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const found = find();
      if (found === undefined) return;
      clearTimeout(timer);
      emitter.off(event, check);
      resolve(found);
    };
    const timer = setTimeout(() => {
      emitter.off(event, check);
      reject(new Error(`timed out waiting for ${what}`));
    }, 2000);
    emitter.on(event, check);
    check();
  });
}

function connect(query = '?v=10&encoding=json') {
  const ws = new WebSocket(`${fake.api.replace(/^http/, 'ws').replace(/\/api$/, '')}/gateway${query}`);
  sockets.push(ws);
  const frames: Frame[] = [];
  let closeCode: number | undefined;
  ws.on('message', (raw) => {
    const f: unknown = JSON.parse(raw.toString());
    if (isRecord(f)) frames.push({ op: f.op, t: f.t, s: f.s, d: isRecord(f.d) ? f.d : {} });
    ws.emit('frame');
  });
  ws.on('close', (code) => {
    closeCode = code;
    ws.emit('frame');
  });
  const next = (pred: (f: Frame) => boolean, what: string) => until(ws, 'frame', () => frames.find(pred), what);
  const waitClose = () => until(ws, 'frame', () => closeCode, 'close');
  const waitFrames = (pred: (f: Frame) => boolean, count: number) =>
    until(ws, 'frame', () => (frames.filter(pred).length >= count ? frames.filter(pred) : undefined), `${count} frames`);
  const send = (op: number, d: unknown): void => {
    const go = () => ws.send(JSON.stringify({ op, d }));
    if (ws.readyState === WebSocket.OPEN) go();
    else ws.once('open', go);
  };
  return { ws, frames, next, waitClose, waitFrames, send };
}

const identify = (intents: number, token = TOKEN) => ({ token, intents, properties: { os: 'linux', browser: 't', device: 't' }, compress: false });

describe('the fake gateway', () => {
  it('says HELLO, answers IDENTIFY with READY then GUILD_CREATE, and ACKs heartbeats', async () => {
    const c = connect();
    await c.next((f) => f.op === 10, 'HELLO');
    c.send(2, identify(INTENTS.Guilds | INTENTS.GuildMessages));
    const ready = await c.next((f) => f.t === 'READY', 'READY');
    expect(ready.s).toBe(1);
    expect(String(ready.d.resume_gateway_url)).toMatch(/^ws:\/\/127\.0\.0\.1/);
    expect((await c.next((f) => f.t === 'GUILD_CREATE', 'GUILD_CREATE')).d.id).toBe(GUILD_ID);
    c.send(1, 2);
    await c.next((f) => f.op === 11, 'HEARTBEAT_ACK');
  });

  it('empties guild message content when the Message Content intent is missing, unless the bot is mentioned', async () => {
    const c = connect();
    c.send(2, identify(INTENTS.Guilds | INTENTS.GuildMessages));
    await c.next((f) => f.t === 'GUILD_CREATE', 'GUILD_CREATE');
    fake.message({ content: 'secret question' });
    fake.message({ content: 'for the bot', mentionsBot: true });
    const messages = await c.waitFrames((f) => f.t === 'MESSAGE_CREATE', 2);
    expect(messages.map((m) => m.d.content)).toEqual(['', expect.stringContaining('for the bot')]);
  });

  it('replays missed events on RESUME, then sends RESUMED', async () => {
    const c = connect();
    c.send(2, identify(INTENTS.Guilds | INTENTS.DirectMessages));
    const ready = await c.next((f) => f.t === 'READY', 'READY');
    c.ws.terminate();
    await fake.waitFor('the fake to see the drop', () => !fake.gateway.connected());
    fake.message({ content: 'while away', dm: true });
    const r = connect();
    r.send(6, { token: TOKEN, session_id: ready.d.session_id, seq: 2 });
    const replayed = await r.next((f) => f.t === 'MESSAGE_CREATE', 'the replayed message');
    expect(replayed.d.content).toBe('while away');
    await r.next((f) => f.t === 'RESUMED', 'RESUMED');
  });

  it.each([
    ['a wrong token', '?v=10&encoding=json', identify(1, 'nope'), 4004],
    ['a disallowed privileged intent', '?v=10&encoding=json', identify(INTENTS.MessageContent), 4014],
    ['compression', '?v=10&encoding=json&compress=zlib-stream', identify(1), 4002],
    ['another API version', '?v=9&encoding=json', identify(1), 4012],
  ])('closes the socket on %s', async (_name, query, payload, code) => {
    const c = connect(query);
    c.send(2, payload);
    expect(await c.waitClose()).toBe(code);
  });
});
