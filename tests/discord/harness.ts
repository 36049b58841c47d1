import { join } from 'node:path';
import { createDiscordAdapter } from '../../src/adapters/discord/adapter.ts';
import type { Adapter } from '../../src/adapters/adapter.ts';
import { createBot, type Bot } from '../../src/core/bot.ts';
import type { Entry, KnowledgeBase } from '../../src/core/entry.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import type { RateLimiter } from '../../src/core/rate-limit.ts';
import { silentLogger } from '../../src/logger.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fake-discord.ts';
import { APP_ID, TOKEN } from './fake-payloads.ts';

let kbPromise: Promise<KnowledgeBase> | undefined;

/** The real knowledge base from faq/, loaded once per test file. */
export function knowledgeBase(): Promise<KnowledgeBase> {
  kbPromise ??= loadKnowledgeBase(join(process.cwd(), 'faq'));
  return kbPromise;
}

/** An entry that must exist in faq/. */
export function entry(kb: KnowledgeBase, id: string): Entry {
  const found = kb.byId.get(id);
  if (!found) throw new Error(`faq/ has no entry "${id}"`);
  return found;
}

export interface Harness {
  readonly fake: FakeDiscord;
  readonly bot: Bot;
  readonly kb: KnowledgeBase;
  readonly adapter: Adapter;
  close(): Promise<void>;
}

/** A fake Discord, the real bot over faq/, and the Discord adapter connected to the fake. */
export async function startHarness(options: { helpChannelIds?: readonly string[]; fake?: FakeDiscordOptions; limiter?: RateLimiter } = {}): Promise<Harness> {
  const fake = await startFakeDiscord(options.fake);
  const kb = await knowledgeBase();
  const bot = createBot(kb, { defaultLang: 'en' });
  const adapter = createDiscordAdapter({ token: TOKEN, applicationId: APP_ID, apiRoot: fake.api, helpChannelIds: options.helpChannelIds ?? [] }, bot, { logger: silentLogger, limiter: options.limiter });
  try {
    await adapter.start();
  } catch (error) {
    await fake.stop();
    throw error;
  }
  return {
    fake,
    bot,
    kb,
    adapter,
    async close() {
      await adapter.stop();
      await fake.stop();
    },
  };
}

/** A question the core itself answers with "did you mean" choices, so tests stay true to the matcher's tuning. */
export function ambiguousQuestion(kb: KnowledgeBase): string {
  const bot = createBot(kb, { defaultLang: 'en' });
  const candidates = ['meta ai', 'facebook instagram', 'facebook', 'my data', 'meta', 'instagram ai'];
  const found = candidates.find((q) => bot.ask(q).type === 'choices');
  if (!found) throw new Error('no candidate question gives "did you mean" choices any more: add one');
  return found;
}
