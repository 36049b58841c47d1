import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { compileKnowledgeBase, type CompiledKnowledgeBase } from './compile.ts';
import { createKnowledgeBase } from './entry.ts';
import { parseKnowledgeFiles, readKnowledgeFiles } from './load-knowledge-base.ts';
import { MATCHER_DEFAULTS, type MatcherOptions } from './matcher-options.ts';

// Parsing 360 KB of YAML, validating it and indexing it takes most of a start-up; a new process reads the result of
// the last start back instead. The cache holds only what is derived from the knowledge base: nothing about users.

/** Where the cache goes unless configured: next to the installed packages, like other tools' caches. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/optout-bot', import.meta.url));

/** Bumped when the stored shape changes (the code fingerprint below catches most changes anyway). */
const FORMAT = 1;
/** Files kept in the cache folder (one per knowledge base folder in use); older ones are removed. */
const KEEP = 4;
const PREFIX = 'kb-';
const SUFFIX = '.v8';

/**
 * `hit`: read back from the cache. `stored`: built and saved. `off`: no cache configured.
 * `not-stored`: built, but the cache folder could not be written (read-only install): harmless.
 */
export type CacheOutcome = 'hit' | 'stored' | 'off' | 'not-stored';

export interface OpenedKnowledgeBase {
  readonly compiled: CompiledKnowledgeBase;
  readonly cache: CacheOutcome;
}

export interface CacheOptions {
  /** Folder of the cache; undefined turns it off. */
  readonly cacheDir: string | undefined;
  readonly tuning?: MatcherOptions;
}

interface Stored {
  readonly format: number;
  readonly key: string;
  readonly compiled: Omit<CompiledKnowledgeBase, 'kb'> & { readonly entries: CompiledKnowledgeBase['kb']['entries']; readonly outOfScope: CompiledKnowledgeBase['kb']['outOfScope'] };
}

let fingerprint: Promise<string> | undefined;

/** A hash of the code that parses and indexes (this folder): a new version of the bot never reads an old cache. */
function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const hash = createHash('sha256');
    const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
    for (const name of names.sort()) hash.update(name).update('\0').update(await readFile(join(dir, name))).update('\0');
    return hash.digest('hex');
  })();
  return fingerprint;
}

async function read(file: string, key: string): Promise<CompiledKnowledgeBase | undefined> {
  try {
    const stored = deserialize(await readFile(file)) as Partial<Stored> | null;
    if (!stored || stored.format !== FORMAT || stored.key !== key || !stored.compiled) return undefined;
    const { entries, outOfScope, ...rest } = stored.compiled;
    return { ...rest, kb: createKnowledgeBase(entries, outOfScope) };
  } catch {
    // Missing, truncated or from another Node version: rebuilt below.
    return undefined;
  }
}

/**
 * Creates a folder and its missing parents (mode 700: only the bot's user may write what the bot will answer with).
 * Not `mkdir -p` (`recursive: true`): under /proc, or past a dangling link, the parent exists yet the child is still
 * "not found", and Node's recursive mkdir retries that forever at 100% CPU. Here, a child not found once its
 * parent exists is final.
 */
async function makeDir(dir: string): Promise<void> {
  const code = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;
  try {
    await mkdir(dir, { mode: 0o700 });
  } catch (error) {
    if (code(error) === 'EEXIST') return;
    const parent = dirname(dir);
    if (code(error) !== 'ENOENT' || parent === dir) throw error;
    await makeDir(parent);
    await mkdir(dir, { mode: 0o700 }).catch((again: unknown) => {
      if (code(again) !== 'EEXIST') throw again;
    });
  }
}

async function write(dir: string, file: string, stored: Stored): Promise<boolean> {
  try {
    await makeDir(dir);
    // Written aside, then renamed: a process starting meanwhile never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, serialize(stored), { mode: 0o600 });
    await rename(partial, file);
    const others = (await readdir(dir)).filter((n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX) && join(dir, n) !== file);
    const dated = await Promise.all(others.map(async (n) => ({ path: join(dir, n), time: (await stat(join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => b.time - a.time);
    await Promise.all(dated.slice(KEEP - 1).map((d) => rm(d.path, { force: true })));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads, validates and compiles the knowledge base of a folder, or reads the compiled result back from the cache
 * when neither the files, the tuning nor the code changed since it was stored. An invalid knowledge base throws
 * `KnowledgeBaseError` as `loadKnowledgeBase` does (a cache never hides a broken file: its key is the files' content).
 */
export async function openKnowledgeBase(dir: string, options: CacheOptions): Promise<OpenedKnowledgeBase> {
  const tuning = options.tuning ?? MATCHER_DEFAULTS;
  const files = await readKnowledgeFiles(dir);
  const build = async (): Promise<CompiledKnowledgeBase> => compileKnowledgeBase(await parseKnowledgeFiles(files), tuning);
  const cacheDir = options.cacheDir;
  if (cacheDir === undefined) return { compiled: await build(), cache: 'off' };

  const code = await codeFingerprint().catch(() => undefined);
  if (code === undefined) return { compiled: await build(), cache: 'not-stored' };
  const hash = createHash('sha256').update(`${FORMAT}\0${process.version}\0${code}\0${JSON.stringify(tuning)}\0`);
  for (const f of files) hash.update(f.file).update('\0').update(f.text).update('\0');
  const key = hash.digest('hex');
  const file = join(cacheDir, `${PREFIX}${key.slice(0, 40)}${SUFFIX}`);

  const cached = await read(file, key);
  if (cached) return { compiled: cached, cache: 'hit' };
  const compiled = await build();
  const { kb, ...rest } = compiled;
  const stored = await write(cacheDir, file, { format: FORMAT, key, compiled: { ...rest, entries: kb.entries, outOfScope: kb.outOfScope } });
  return { compiled, cache: stored ? 'stored' : 'not-stored' };
}
