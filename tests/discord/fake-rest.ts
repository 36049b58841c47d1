import { botUser, GUILD_ID, knownChannel, snowflake } from './fake-payloads.ts';
import { formBodyError, isRecord, validateChoices, validateMessage, type FieldError } from './fake-validate.ts';
import { validateCommands } from './fake-validate-commands.ts';

export interface Accepted {
  readonly via: 'callback' | 'followup' | 'edit';
  /** The callback type (4 message, 5 defer, 6 defer update, 7 update, 8 autocomplete). */
  readonly type: number | undefined;
  readonly data: Record<string, unknown>;
  /** The message Discord created for it (to press its buttons in a later interaction). */
  readonly message: Record<string, unknown> | undefined;
  readonly at: number;
}

export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  /** 2 command, 3 component, 4 autocomplete. */
  readonly type: number;
  readonly channelId: string;
  readonly createdAt: number;
  acked: boolean;
  readonly accepted: Accepted[];
}

export interface FakeState {
  readonly token: string;
  readonly appId: string;
  readonly deadlineMs: number;
  readonly interactions: Map<string, InteractionRecord>;
  readonly messages: Map<string, Record<string, unknown>>;
  readonly channelPosts: Record<string, unknown>[];
  readonly commands: { global?: unknown[]; guild?: unknown[] };
}

export interface RestRequest {
  readonly method: string;
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface RestResponse {
  readonly status: number;
  readonly body?: unknown;
}

const error = (status: number, code: number, message: string): RestResponse => ({ status, body: { code, message } });
const invalid = (errors: readonly FieldError[]): RestResponse => ({ status: 400, body: formBodyError(errors) });
const unauthorized = error(401, 0, '401: Unauthorized');
const notFound = error(404, 0, '404: Not Found');
const CALLBACK_TYPES: Readonly<Record<number, readonly number[]>> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };

function createMessage(state: FakeState, channelId: string, data: Record<string, unknown>): Record<string, unknown> {
  const message = {
    id: snowflake(),
    channel_id: channelId,
    ...(knownChannel(channelId)?.dm ? {} : { guild_id: GUILD_ID }),
    author: botUser,
    content: data.content ?? '',
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    flags: data.flags ?? 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 0,
  };
  state.messages.set(message.id, message);
  return message;
}

function callback(state: FakeState, req: RestRequest, id: string, token: string): RestResponse {
  const record = state.interactions.get(id);
  if (!record || record.token !== token || Date.now() - record.createdAt > state.deadlineMs) return error(404, 10062, 'Unknown interaction');
  if (record.acked) return error(400, 40060, 'Interaction has already been acknowledged.');
  const body = isRecord(req.body) ? req.body : {};
  const type = typeof body.type === 'number' ? body.type : -1;
  if (!(CALLBACK_TYPES[record.type] ?? []).includes(type)) return invalid([{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${type} is not valid for interaction type ${record.type}` }]);
  const data = isRecord(body.data) ? body.data : {};
  const errors = type === 4 || type === 7 ? validateMessage(data, ['data'], type === 4) : type === 8 ? validateChoices(data, ['data']) : [];
  if (errors.length) return invalid(errors);
  record.acked = true;
  const message = type === 4 ? createMessage(state, record.channelId, data) : undefined;
  record.accepted.push({ via: 'callback', type, data, message, at: Date.now() });
  if (req.query.get('with_response') !== 'true') return { status: 204 };
  return { status: 200, body: { interaction: { id, type: record.type }, resource: { type, message } } };
}

function webhook(state: FakeState, req: RestRequest, token: string, rest: readonly string[]): RestResponse {
  const record = [...state.interactions.values()].find((r) => r.token === token);
  if (!record) return error(404, 10015, 'Unknown Webhook');
  if (!record.acked) return error(400, 40060, 'The interaction must be acknowledged before using its webhook.');
  const data = isRecord(req.body) ? req.body : {};
  if (req.method === 'POST' && rest.length === 0) {
    const errors = validateMessage(data, [], true);
    if (errors.length) return invalid(errors);
    const message = createMessage(state, record.channelId, data);
    record.accepted.push({ via: 'followup', type: undefined, data, message, at: Date.now() });
    return req.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
  }
  if (req.method === 'PATCH' && rest[0] === 'messages' && rest[1] !== undefined) {
    const errors = validateMessage(data, [], false);
    if (errors.length) return invalid(errors);
    const message = createMessage(state, record.channelId, data);
    record.accepted.push({ via: 'edit', type: undefined, data, message, at: Date.now() });
    return { status: 200, body: message };
  }
  return notFound;
}

function channelMessage(state: FakeState, req: RestRequest, channelId: string): RestResponse {
  if (!knownChannel(channelId)) return error(404, 10003, 'Unknown Channel');
  const data = isRecord(req.body) ? req.body : {};
  const errors = validateMessage(data, [], true);
  const ref = isRecord(data.message_reference) ? data.message_reference : undefined;
  const target = ref && typeof ref.message_id === 'string' ? state.messages.get(ref.message_id) : undefined;
  if (ref && (!target || target.channel_id !== channelId))
    errors.push({ path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' });
  if (errors.length) return invalid(errors);
  const message = createMessage(state, channelId, data);
  state.channelPosts.push({ ...data, channel_id: channelId, id: message.id });
  return { status: 200, body: message };
}

function registerCommands(state: FakeState, req: RestRequest, scope: 'global' | 'guild'): RestResponse {
  const errors = validateCommands(req.body);
  if (errors.length || !Array.isArray(req.body)) return invalid(errors);
  const stored = req.body.map((c: unknown) => ({ ...(isRecord(c) ? c : {}), id: snowflake(), application_id: state.appId, version: snowflake(), ...(scope === 'guild' ? { guild_id: GUILD_ID } : {}) }));
  state.commands[scope] = stored;
  return { status: 200, body: stored };
}

/** Routes one REST call (path after /api/v10) the way Discord would answer it. */
export function handleRest(state: FakeState, req: RestRequest, gatewayUrl: string): RestResponse {
  const [head, a, b, c, d, ...more] = req.segments;
  const authed = req.authorization === `Bot ${state.token}`;
  if (head === 'interactions' && req.method === 'POST' && a && b && c === 'callback' && d === undefined) return callback(state, req, a, b);
  if (head === 'webhooks' && a === state.appId && b) return webhook(state, req, b, req.segments.slice(3));
  if (!authed) return unauthorized;
  if (head === 'gateway' && a === 'bot' && req.method === 'GET')
    return { status: 200, body: { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } };
  if (head === 'channels' && a && b === 'typing' && req.method === 'POST') return knownChannel(a) ? { status: 204 } : error(404, 10003, 'Unknown Channel');
  if (head === 'channels' && a && b === 'messages' && c === undefined && req.method === 'POST') return channelMessage(state, req, a);
  if (head === 'applications' && a === state.appId && req.method === 'PUT' && more.length === 0) {
    if (b === 'commands' && c === undefined) return registerCommands(state, req, 'global');
    if (b === 'guilds' && c === GUILD_ID && d === 'commands') return registerCommands(state, req, 'guild');
    if (b === 'guilds') return error(404, 10004, 'Unknown Guild');
  }
  return notFound;
}
