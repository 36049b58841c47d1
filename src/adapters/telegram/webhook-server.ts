import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Update } from 'telegraf/types';
import type { Logger } from '../../logger.ts';
import type { TelegramWebhookConfig } from './config.ts';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const MAX_BODY_BYTES = 1_000_000;

/** The public URL given to setWebhook and the local path it maps to: the base URL plus a segment derived from the token. */
export function webhookRoute(config: TelegramWebhookConfig, token: string): { readonly url: string; readonly path: string } {
  const base = new URL(config.url);
  const segment = createHash('sha256').update('optout-bot-webhook:').update(token).digest('hex').slice(0, 32);
  const path = `${base.pathname.replace(/\/+$/, '')}/${segment}`;
  return { url: `${base.origin}${path}`, path };
}

const sameSecret = (given: unknown, expected: string): boolean => {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Telegram's payload is trusted for its shape, as telegraf does with getUpdates results;
 * we check only what routing needs: an object with a numeric update_id.
 */
function isUpdate(value: unknown): value is Update {
  return typeof value === 'object' && value !== null && 'update_id' in value && Number.isSafeInteger(value.update_id);
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const parse = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

/**
 * Starts the webhook HTTP server. Anything but a POST to the secret path with the right secret
 * header gets 403 and is not read. A valid update is acknowledged at once (200) and then handled,
 * so a slow answer (a flood wait) never makes Telegram deliver the update again.
 */
export async function startWebhookServer(config: TelegramWebhookConfig, path: string, onUpdate: (update: Update) => void, logger: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== path || !sameSecret(req.headers[SECRET_HEADER], config.secretToken)) {
      logger.warn({ method: req.method }, 'telegram webhook: request refused (403)');
      res.writeHead(403).end();
      return;
    }
    readBody(req).then(
      (body) => {
        const update = body === undefined ? undefined : parse(body);
        if (!isUpdate(update)) {
          res.writeHead(body === undefined ? 413 : 400).end();
          return;
        }
        res.writeHead(200).end();
        onUpdate(update);
      },
      () => res.destroy(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => (server.off('error', reject), resolve()));
  });
  return server;
}
