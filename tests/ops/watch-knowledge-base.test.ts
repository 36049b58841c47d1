import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/core/bot.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetrics, type Metrics } from '../../src/ops/metrics.ts';
import { watchKnowledgeBase, type KnowledgeBaseWatcher } from '../../src/ops/watch-knowledge-base.ts';

const FILE = 'whatsapp-objection.yaml';
const enTitle = (bot: Bot): string | undefined => bot.knowledgeBase().byId.get('whatsapp-objection')?.text.en.title;

/** Polls until `test` holds; fails after `timeoutMs`. */
async function eventually(test: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let dir: string;
let bot: Bot;
let logs: string[];
let metrics: Metrics;
let watcher: KnowledgeBaseWatcher;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'optout-watch-'));
  await cp('faq', dir, { recursive: true });
  bot = createBot(await loadKnowledgeBase(dir), { defaultLang: 'en' });
  logs = [];
  const destination = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
  metrics = createMetrics({ processMetrics: false });
  watcher = watchKnowledgeBase(dir, bot, { logger: createLogger({ level: 'info', pretty: false, destination }), metrics, debounceMs: 50 });
});
afterEach(async () => {
  await watcher.close();
  await rm(dir, { recursive: true, force: true });
});

const edit = async (change: (yaml: string) => string): Promise<void> => {
  const path = join(dir, FILE);
  await writeFile(path, change(await readFile(path, 'utf8')));
};
const metric = async (name: string): Promise<string | undefined> => (await metrics.registry.metrics()).split('\n').find((l) => l.startsWith(`${name} `));

describe('hot reload of the knowledge base', () => {
  it('swaps in an edited file within seconds, without a restart', async () => {
    await edit((yaml) => yaml.replace(/^(en:\n {2}title:).*$/m, '$1 Object for WhatsApp (hot reloaded)'));
    await eventually(() => enTitle(bot) === 'Object for WhatsApp (hot reloaded)', 'the new title');
    const reply = bot.ask('how do I object for whatsapp');
    expect(reply.type === 'answer' && reply.title).toBe('Object for WhatsApp (hot reloaded)');
    expect(await metric('optout_kb_reloads_total')).toMatch(/^optout_kb_reloads_total [1-9]/);
  });

  it('keeps the last good knowledge base serving when an edit is invalid (a duplicate key), and logs file and line', async () => {
    const before = bot.knowledgeBase();
    await edit((yaml) => yaml.replace(/^(en:\n {2}title:.*)$/m, '$1\n  title: A second title'));
    await eventually(() => logs.some((l) => l.includes('kb-reload-failed')), 'the error log');
    expect(bot.knowledgeBase()).toBe(before);
    const brokenLine = (await readFile(join(dir, FILE), 'utf8')).split('\n').findIndex((l) => l.includes('A second title')) + 1;
    const logged: unknown = JSON.parse(logs.find((l) => l.includes('kb-reload-failed')) ?? '{}');
    expect(logged).toMatchObject({ level: 50, problems: expect.arrayContaining([expect.objectContaining({ file: expect.stringContaining(FILE), line: brokenLine })]) });
    expect(await metric('optout_kb_reload_failures_total')).toMatch(/^optout_kb_reload_failures_total [1-9]/);
    await edit((yaml) => yaml.replace(/^(en:\n {2}title:).*\n {2}title: A second title$/m, '$1 Fixed again'));
    await eventually(() => enTitle(bot) === 'Fixed again', 'the fixed title');
  });

  it('refuses an edit that breaks a rule across files (a duplicate id), naming the file', async () => {
    const before = bot.knowledgeBase();
    await writeFile(join(dir, 'copy.yaml'), await readFile(join(dir, FILE), 'utf8'));
    await eventually(() => logs.some((l) => l.includes('kb-reload-failed')), 'the error log');
    expect(bot.knowledgeBase()).toBe(before);
    expect(logs.find((l) => l.includes('kb-reload-failed'))).toContain('copy.yaml');
  });
});
