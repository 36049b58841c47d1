import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx src/main.ts ...args` with stdin, as `npm start --silent -- ...` does. */
function run(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', ...options.env }, maxBuffer: 10 * 2 ** 20 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.input ?? '');
  });
}

let broken: string;
beforeAll(async () => {
  broken = await mkdtemp(join(tmpdir(), 'optout-faq-'));
  await cp('faq', broken, { recursive: true });
});
afterAll(async () => {
  await rm(broken, { recursive: true, force: true });
});

describe('the start-up cache', () => {
  it('is written by the first run and read by the next, which answers the same; CACHE_DIR=off writes nothing', async () => {
    const work = await mkdtemp(join(tmpdir(), 'optout-cache-'));
    const cacheDir = join(work, 'cache');
    try {
      const question = 'faut-il justifier son refus ?';
      // `npm install` prepares it (the "prepare" script); asked again, it is already there.
      expect((await run(['cache'], { env: { CACHE_DIR: cacheDir } })).stdout).toMatch(/^optout-bot start-up cache ready \(\d+ entries/);
      expect((await run(['cache'], { env: { CACHE_DIR: cacheDir } })).stdout).toMatch(/already up to date/);
      await rm(cacheDir, { recursive: true, force: true });
      const first = await run(['ask', '--json', question], { env: { CACHE_DIR: cacheDir } });
      const files = await readdir(cacheDir);
      expect(files.filter((f) => f.endsWith('.v8'))).toHaveLength(1);
      const second = await run(['ask', '--json', question], { env: { CACHE_DIR: cacheDir } });
      expect(first.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
      expect(JSON.parse(second.stdout)).toMatchObject({ id: 'justification' });
      await rm(cacheDir, { recursive: true, force: true });
      const off = await run(['ask', '--json', question], { env: { CACHE_DIR: 'off' } });
      expect(off.stdout).toBe(first.stdout);
      await expect(readdir(cacheDir)).rejects.toThrow();
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('ask --json', () => {
  it('prints exactly one JSON object per input line, in order', async () => {
    const questions = ['où est le formulaire whatsapp ?', 'what is the weather in Paris tomorrow', '', 'meta ai'];
    const { code, stdout } = await run(['ask', '--json'], { input: `${questions.join('\n')}\n` });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(questions.length);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.question)).toEqual(questions);
    for (const r of records) {
      expect(Object.keys(r).sort()).toEqual(['answer', 'id', 'lang', 'question', 'score', 'suggestions']);
      expect(['fr', 'en']).toContain(r.lang);
      expect(typeof r.score).toBe('number');
      expect(Array.isArray(r.suggestions)).toBe(true);
    }
    expect(records[0]).toMatchObject({ id: 'whatsapp-objection', lang: 'fr' });
    expect(records[1]).toMatchObject({ id: null, suggestions: [] });
  });

  it('forces the language with --lang', async () => {
    const { stdout } = await run(['ask', '--json', '--lang', 'en'], { input: 'où est le formulaire whatsapp ?\n' });
    expect(JSON.parse(stdout)).toMatchObject({ lang: 'en', id: 'whatsapp-objection' });
  });

  it('rejects an unknown --lang with a clear message and exit code 2', async () => {
    const { code, stderr } = await run(['ask', '--lang', 'de', 'hello']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--lang must be fr or en/);
  });
});

describe('ask and validate', () => {
  it('prints one answer as text with its sources and review date', async () => {
    const { code, stdout } = await run(['ask', 'how', 'do', 'I', 'object', 'on', 'instagram?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Sources:/);
    expect(stdout).toMatch(/Checked on \d{4}-\d{2}-\d{2}/);
  });

  it('validates the bundled knowledge base', async () => {
    const { code, stdout } = await run(['validate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OK: \d+ entries/);
  });

  it('stops start-up on broken YAML, naming file and line', async () => {
    await writeFile(join(broken, 'greeting.yaml'), 'id: greeting\nfr:\n  title: [oops\n');
    const { code, stderr } = await run(['validate', broken]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/greeting\.yaml:\d+: file: invalid YAML/);
    const start = await run(['ask', 'hello'], { env: { FAQ_DIR: broken } });
    expect(start.code).toBe(1);
    expect(start.stderr).toMatch(/greeting\.yaml:\d+/);
  });

  it('stops on a malformed setting with exit code 2, naming the variable', async () => {
    const { code, stderr } = await run(['ask', 'hello'], { env: { DEFAULT_LANG: 'klingon' } });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/DEFAULT_LANG/);
  });
});
