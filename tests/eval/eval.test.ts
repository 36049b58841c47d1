import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import { LANGS } from '../../src/core/lang.ts';
import { loadEvalSet, runBot, score, type Report } from './evaluate.ts';

// Floors a little under what the matcher reaches on the held-out set (see `npm run eval`):
// a change that makes the bot understand people less well fails here.
const FLOOR = { top1: 0.8, rejected: 0.78 } as const;

let ours: Report;
beforeAll(async () => {
  const kb = await loadKnowledgeBase(join(process.cwd(), 'faq'));
  const items = await loadEvalSet(join(process.cwd(), 'tests/eval/questions.yaml'));
  ours = score(items, runBot(kb));
});

describe('the held-out question set', () => {
  it.each(LANGS)('top-1 accuracy in %s stays above the floor', (lang) => {
    const f = ours.byLang[lang];
    expect(f.top1 / f.inScope).toBeGreaterThanOrEqual(FLOOR.top1);
  });

  it.each(LANGS)('out-of-scope questions in %s are turned down above the floor', (lang) => {
    const f = ours.byLang[lang];
    expect(f.rejected / f.outOfScope).toBeGreaterThanOrEqual(FLOOR.rejected);
  });

  it('answers in the language of the question almost always', () => {
    expect(ours.byLang.all.wrongLang / (ours.byLang.all.inScope + ours.byLang.all.outOfScope)).toBeLessThan(0.02);
  });

  it('has enough questions to mean something', () => {
    expect(ours.byLang.all.inScope + ours.byLang.all.outOfScope).toBeGreaterThanOrEqual(300);
    expect(ours.byLang.all.outOfScope).toBeGreaterThanOrEqual(50);
  });
});
