import { cp, mkdtemp, readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.ts';
import { openKnowledgeBase } from '../../src/core/knowledge-cache.ts';
import { KnowledgeBaseError, loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import { MATCHER_DEFAULTS } from '../../src/core/matcher-options.ts';
import { loadEvalSet, type EvalItem } from '../eval/evaluate.ts';

let work: string;
let faq: string;
let cache: string;
let questions: EvalItem[];

beforeAll(async () => {
  questions = await loadEvalSet('tests/eval/questions.yaml');
});

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'optout-cache-'));
  faq = join(work, 'faq');
  cache = join(work, 'cache');
  await cp('faq', faq, { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const cached = async (): Promise<string[]> => (await readdir(cache)).filter((n) => n.endsWith('.v8'));

describe('the compiled knowledge base cache', () => {
  it('stores on the first start, reads back on the next, and the bot answers exactly as one built from the YAML', async () => {
    const first = await openKnowledgeBase(faq, { cacheDir: cache });
    expect(first.cache).toBe('stored');
    expect(await cached()).toHaveLength(1);
    // Only the bot's user may change what it will answer with.
    expect((await stat(cache)).mode & 0o777).toBe(0o700);
    expect((await stat(join(cache, (await cached())[0] ?? ''))).mode & 0o777).toBe(0o600);
    const second = await openKnowledgeBase(faq, { cacheDir: cache });
    expect(second.cache).toBe('hit');

    const fromCache = createBot(second.compiled, { defaultLang: 'fr' });
    const fromYaml = createBot(await loadKnowledgeBase(faq), { defaultLang: 'fr' });
    expect(fromCache.knowledgeBase().entries.map((e) => e.id)).toEqual(fromYaml.knowledgeBase().entries.map((e) => e.id));
    for (const { q } of questions) {
      // Same reply (answer, score, choices, language) and same completions: typo lookup and language evidence came back too.
      expect(fromCache.ask(q)).toEqual(fromYaml.ask(q));
      expect(fromCache.suggest(q.slice(0, 12), 'en', 5)).toEqual(fromYaml.suggest(q.slice(0, 12), 'en', 5));
    }
  });

  it('rebuilds when a file changes, and keeps only recent files', async () => {
    await openKnowledgeBase(faq, { cacheDir: cache });
    const before = await cached();
    const file = join(faq, 'greeting.yaml');
    const original = await readFile(file, 'utf8');
    const retitled = (title: string): string => original.replace(/^(  title: ).*$/m, `$1${title}`);
    await writeFile(file, retitled('Salut !'));
    const after = await openKnowledgeBase(faq, { cacheDir: cache });
    expect(after.cache).toBe('stored');
    expect(after.compiled.kb.byId.get('greeting')?.text.fr.title).toBe('Salut !');
    const files = await cached();
    expect(files).toHaveLength(2);
    expect(files).toEqual(expect.arrayContaining(before));

    for (let i = 0; i < 4; i++) {
      await writeFile(file, retitled(`Salut ${i} !`));
      await openKnowledgeBase(faq, { cacheDir: cache });
    }
    expect(await cached()).toHaveLength(4);
  });

  it('rebuilds when the tuning changes', async () => {
    await openKnowledgeBase(faq, { cacheDir: cache });
    const other = await openKnowledgeBase(faq, { cacheDir: cache, tuning: { ...MATCHER_DEFAULTS, bigramWeight: 0 } });
    expect(other.cache).toBe('stored');
    expect(other.compiled.tuning.bigramWeight).toBe(0);
  });

  it('never hides a broken file behind a cached copy of the good one', async () => {
    await openKnowledgeBase(faq, { cacheDir: cache });
    await writeFile(join(faq, 'greeting.yaml'), 'id: greeting\nfr:\n  title: [oops\n');
    const error = await openKnowledgeBase(faq, { cacheDir: cache }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    expect((error as KnowledgeBaseError).message).toMatch(/greeting\.yaml:\d+: file: invalid YAML/);
  });

  it('rebuilds over a damaged cache file', async () => {
    await openKnowledgeBase(faq, { cacheDir: cache });
    const [name = ''] = await cached();
    await truncate(join(cache, name), 1000);
    const again = await openKnowledgeBase(faq, { cacheDir: cache });
    expect(again.cache).toBe('stored');
    expect(createBot(again.compiled, { defaultLang: 'fr' }).ask('où est le formulaire whatsapp ?')).toMatchObject({ type: 'answer', id: 'whatsapp-objection' });
    expect((await openKnowledgeBase(faq, { cacheDir: cache })).cache).toBe('hit');
  });

  it('still starts when the cache folder cannot be written, or when the cache is off', async () => {
    const notADir = join(work, 'a-file');
    await writeFile(notADir, 'x');
    const unwritable = await openKnowledgeBase(faq, { cacheDir: join(notADir, 'cache') });
    expect(unwritable.cache).toBe('not-stored');
    expect(unwritable.compiled.kb.entries.length).toBeGreaterThan(30);
    const off = await openKnowledgeBase(faq, { cacheDir: undefined });
    expect(off.cache).toBe('off');
  });

  it('gives up at once past a dangling link or under /proc, where a recursive mkdir would spin forever', async () => {
    const dangling = join(work, 'dangling');
    await symlink(join(work, 'no-such-target'), dangling);
    expect((await openKnowledgeBase(faq, { cacheDir: join(dangling, 'cache') })).cache).toBe('not-stored');
    if (process.platform === 'linux') expect((await openKnowledgeBase(faq, { cacheDir: '/proc/optout-bot-test/cache' })).cache).toBe('not-stored');
  });

  it('a bot asked for another tuning than the cached one builds its own index', async () => {
    const { compiled } = await openKnowledgeBase(faq, { cacheDir: cache });
    const plain = createBot(compiled, { defaultLang: 'fr' });
    const noPairs = createBot(compiled, { defaultLang: 'fr', matcher: { bigramWeight: 0 } });
    const reference = createBot(await loadKnowledgeBase(faq), { defaultLang: 'fr', matcher: { bigramWeight: 0 } });
    const differs = questions.filter(({ q }) => JSON.stringify(plain.ask(q)) !== JSON.stringify(noPairs.ask(q)));
    expect(differs.length).toBeGreaterThan(0);
    for (const { q } of differs) expect(noPairs.ask(q)).toEqual(reference.ask(q));
  });
});
