// Prints matcher latency (p50/p99) on the real knowledge base and on 10,000 synthetic entries,
// index build time, start-up to first answer, and process RSS. A script, not a timed test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot, type Bot } from '../src/core/bot.ts';
import type { KnowledgeBase } from '../src/core/entry.ts';
import { loadKnowledgeBase } from '../src/core/load-knowledge-base.ts';
import { loadEvalSet } from '../tests/eval/evaluate.ts';
import { random, syntheticKnowledgeBase } from './synthetic-kb.ts';

const ms = (ns: bigint): number => Number(ns) / 1e6;
const mb = (): string => `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`;
const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

function build(kb: KnowledgeBase): { bot: Bot; ms: number } {
  const t = process.hrtime.bigint();
  const bot = createBot(kb, { defaultLang: 'fr' });
  return { bot, ms: ms(process.hrtime.bigint() - t) };
}

/** Adds one typo to some words, so the fuzzy path is exercised as in real use. */
function withTypos(questions: readonly string[], seed: number): string[] {
  const rnd = random(seed);
  return questions.map((q) =>
    q.replace(/\p{L}{5,}/gu, (w) => {
      if (rnd() > 0.3) return w;
      const i = 1 + Math.floor(rnd() * (w.length - 2));
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    }),
  );
}

function measure(label: string, bot: Bot, questions: readonly string[]): void {
  const times: number[] = [];
  for (const pass of [0, 1, 2]) {
    for (const q of questions) {
      const t = process.hrtime.bigint();
      bot.ask(q);
      if (pass > 0) times.push(ms(process.hrtime.bigint() - t));
    }
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} p50 ${quantile(times, 0.5).toFixed(3)} ms  p99 ${quantile(times, 0.99).toFixed(3)} ms  max ${quantile(times, 1).toFixed(3)} ms  (${times.length} asks)`);
}

// Start-up first, on a quiet machine: a new process answering one question (median of 3), without the compiled
// knowledge base cache (a first start, or a changed faq/) and with it (every later start).
const startup = (env: Record<string, string>): number => {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'ask', 'où est le formulaire whatsapp ?'], { stdio: 'ignore', env: { ...process.env, ...env } });
  return ms(process.hrtime.bigint() - t);
};
const median = (xs: readonly number[]): number => quantile([...xs].sort((a, b) => a - b), 0.5);
const cacheDir = mkdtempSync(join(tmpdir(), 'optout-bench-'));
const cold = [0, 1, 2].map(() => startup({ CACHE_DIR: 'off' }));
startup({ CACHE_DIR: cacheDir });
const warm = [0, 1, 2].map(() => startup({ CACHE_DIR: cacheDir }));
rmSync(cacheDir, { recursive: true, force: true });
const bare = [0, 1, 2].map(() => {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, ['--import', 'tsx', '-e', ''], { stdio: 'ignore' });
  return ms(process.hrtime.bigint() - t);
});
console.log(`start-up to first answer (new process, tsx, median of 3): ${median(warm).toFixed(0)} ms with the cache, ${median(cold).toFixed(0)} ms without (first start); node + tsx doing nothing: ${median(bare).toFixed(0)} ms`);

const loadStart = process.hrtime.bigint();
const kb = await loadKnowledgeBase('faq');
console.log(`load + validate faq/ (${kb.entries.length} entries): ${ms(process.hrtime.bigint() - loadStart).toFixed(1)} ms`);
const evalPath = 'tests/eval/questions.yaml';
const base = existsSync(evalPath) ? (await loadEvalSet(evalPath)).map((i) => i.q) : kb.entries.flatMap((e) => e.text.en.questions);
const questions = [...base, ...withTypos(base, 7)];

const real = build(kb);
console.log(`index build, real knowledge base: ${real.ms.toFixed(1)} ms, RSS ${mb()}`);
measure('real knowledge base', real.bot, questions);

const synthetic = syntheticKnowledgeBase(kb, 10_000);
const big = build(synthetic);
console.log(`index build, 10,000 synthetic entries: ${big.ms.toFixed(0)} ms, RSS ${mb()}`);
measure('10,000 entries', big.bot, questions);

console.log(`process RSS at the end: ${mb()}`);
