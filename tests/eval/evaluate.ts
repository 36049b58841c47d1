import { readFile } from 'node:fs/promises';
import Fuse from 'fuse.js';
import { parse } from 'yaml';
import { z } from 'zod';
import { createBot } from '../../src/core/bot.ts';
import type { KnowledgeBase } from '../../src/core/entry.ts';
import { LANGS, type Lang } from '../../src/core/lang.ts';
import type { MatcherOptions } from '../../src/core/matcher-options.ts';

const itemSchema = z.strictObject({
  q: z.string().min(1),
  lang: z.enum(LANGS),
  id: z.string().nullable(),
  kind: z.string(),
  accept: z.array(z.string()).optional(),
});
export type EvalItem = z.infer<typeof itemSchema>;

/** The held-out question sets: the first, written with the knowledge base; twelve more, written after it by other authors. */
export const EVAL_SETS = [
  { name: 'held-out set', path: 'tests/eval/questions.yaml' },
  { name: 'second held-out set', path: 'tests/eval/second.yaml' },
  { name: 'third held-out set', path: 'tests/eval/third.yaml' },
  { name: 'fourth held-out set', path: 'tests/eval/fourth.yaml' },
  { name: 'fifth held-out set (not used for tuning)', path: 'tests/eval/fifth.yaml' },
  { name: 'sixth held-out set', path: 'tests/eval/sixth.yaml' },
  { name: 'seventh held-out set', path: 'tests/eval/seventh.yaml' },
  { name: 'eighth held-out set', path: 'tests/eval/eighth.yaml' },
  { name: 'ninth held-out set', path: 'tests/eval/ninth.yaml' },
  { name: 'tenth held-out set', path: 'tests/eval/tenth.yaml' },
  { name: 'eleventh held-out set', path: 'tests/eval/eleventh.yaml' },
  { name: 'twelfth held-out set', path: 'tests/eval/twelfth.yaml' },
  { name: 'thirteenth held-out set', path: 'tests/eval/thirteenth.yaml' },
] as const;

/** Reads the labelled question set. */
export async function loadEvalSet(path: string): Promise<EvalItem[]> {
  return z.array(itemSchema).parse(parse(await readFile(path, 'utf8')));
}

/** What one system did with one question. */
export type Outcome =
  | { readonly kind: 'answer'; readonly id: string }
  | { readonly kind: 'choices'; readonly ids: readonly string[] }
  | { readonly kind: 'none' };

export interface Figures {
  inScope: number;
  outOfScope: number;
  top1: number;
  rescued: number;
  rejected: number;
  wrongLang: number;
}

export interface Report {
  readonly byLang: Readonly<Record<Lang | 'all', Figures>>;
  readonly failures: readonly { item: EvalItem; outcome: Outcome }[];
}

const empty = (): Figures => ({ inScope: 0, outOfScope: 0, top1: 0, rescued: 0, rejected: 0, wrongLang: 0 });

/** Scores a system over the set: top-1 on in-scope, rescued by "did you mean", out-of-scope rejection. */
export function score(items: readonly EvalItem[], run: (item: EvalItem) => { outcome: Outcome; lang?: Lang }): Report {
  const byLang = { fr: empty(), en: empty(), all: empty() };
  const failures: { item: EvalItem; outcome: Outcome }[] = [];
  for (const item of items) {
    const { outcome, lang } = run(item);
    const good = item.id ? [item.id, ...(item.accept ?? [])] : [];
    for (const f of [byLang[item.lang], byLang.all]) {
      if (lang && lang !== item.lang) f.wrongLang++;
      if (item.id === null) {
        f.outOfScope++;
        if (outcome.kind === 'none') f.rejected++;
      } else {
        f.inScope++;
        if (outcome.kind === 'answer' && good.includes(outcome.id)) f.top1++;
        if (outcome.kind === 'choices' && outcome.ids.some((id) => good.includes(id))) f.rescued++;
      }
    }
    const ok = item.id === null ? outcome.kind === 'none' : outcome.kind === 'answer' && good.includes(outcome.id);
    if (!ok) failures.push({ item, outcome });
  }
  return { byLang, failures };
}

/** Our bot, as the adapters call it. */
export function runBot(kb: KnowledgeBase, matcher: Partial<MatcherOptions> = {}): (item: EvalItem) => { outcome: Outcome; lang: Lang } {
  const bot = createBot(kb, { defaultLang: 'fr', matcher });
  return (item) => {
    const reply = bot.ask(item.q);
    const outcome: Outcome =
      reply.type === 'answer'
        ? { kind: 'answer', id: reply.id }
        : reply.type === 'choices'
          ? { kind: 'choices', ids: reply.choices.map((c) => c.id) }
          : { kind: 'none' };
    return { outcome, lang: reply.lang };
  };
}

/** The baseline: plain fuse.js, default options, over the same entries' phrasings and titles. */
export function runBaseline(kb: KnowledgeBase): (item: EvalItem) => { outcome: Outcome } {
  const docs = kb.entries.flatMap((e) => LANGS.flatMap((l) => [e.text[l].title, ...e.text[l].questions].map((q) => ({ id: e.id, q }))));
  const fuse = new Fuse(docs, { keys: ['q'] });
  return (item) => {
    const top = fuse.search(item.q)[0];
    return { outcome: top ? { kind: 'answer', id: top.item.id } : { kind: 'none' } };
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/** One line of figures per language. */
export function formatReport(name: string, report: Report): string[] {
  return (['fr', 'en', 'all'] as const).map((l) => {
    const f = report.byLang[l];
    return `${name.padEnd(9)} ${l.padEnd(3)} top-1 ${pct(f.top1, f.inScope)} (${f.top1}/${f.inScope})  +did-you-mean ${pct(f.rescued, f.inScope)}  out-of-scope rejected ${pct(f.rejected, f.outOfScope)} (${f.rejected}/${f.outOfScope})  wrong language ${f.wrongLang}`;
  });
}

/** Share right per kind of question ("sms 22/26 85%"): for in-scope kinds top-1, for out-of-scope kinds rejection. */
export function formatKinds(items: readonly EvalItem[], report: Report): string {
  const failed = new Set(report.failures.map((f) => f.item));
  const kinds = new Map<string, [number, number]>();
  for (const item of items) {
    const [right, all] = kinds.get(item.kind) ?? [0, 0];
    kinds.set(item.kind, [right + (failed.has(item) ? 0 : 1), all + 1]);
  }
  return [...kinds].map(([kind, [right, all]]) => `${kind} ${right}/${all} ${((100 * right) / all).toFixed(0)}%`).join('  ');
}
