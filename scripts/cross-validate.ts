// Cross-validation over the knowledge base's own phrasings: no eval set is read. Each phrasing (and out-of-scope
// example) is held out in turn, one fold of five at a time, and asked of a matcher built without it. Tuning chosen here
// cannot have been fitted to the held-out sets. Usage: npm run eval:cv [-- '[{"secondOpinionWeight": 0}, {}]'] (by default: the scorer alone, as tuned before, vs the defaults)
import { createKnowledgeBase, type Entry, type EntryText, type KnowledgeBase, type OutOfScopeTopic } from '../src/core/entry.ts';
import { LANGS, type Lang } from '../src/core/lang.ts';
import { loadKnowledgeBase } from '../src/core/load-knowledge-base.ts';
import { createMatcher } from '../src/core/matcher.ts';
import { MATCHER_DEFAULTS, type MatcherOptions } from '../src/core/matcher-options.ts';

const FOLDS = 5;
/**
 * A phrasing's fold: a hash of its topic and its place in the list, so every run and every tuning holds out the same
 * ones, and the French and English phrasings at the same place (often translations of each other) are held out
 * together: a question must be understood without its twin in the other language.
 */
const foldOf = (owner: string, place: number): number => {
  let h = 0;
  for (const c of `${owner}#${place}`) h = (h * 31 + (c.codePointAt(0) ?? 0)) >>> 0;
  return h % FOLDS;
};
const perLang = <T>(make: (lang: Lang) => T): Record<Lang, T> => Object.fromEntries(LANGS.map((l) => [l, make(l)])) as Record<Lang, T>;

/** The knowledge base without the phrasings of one fold. */
function without(kb: KnowledgeBase, fold: number): KnowledgeBase {
  const keep = (owner: string, texts: readonly string[]): string[] => texts.filter((_, i) => foldOf(owner, i) !== fold);
  const entries: Entry[] = kb.entries.map((e) => ({ ...e, text: perLang((l): EntryText => ({ ...e.text[l], questions: keep(e.id, e.text[l].questions) })) }));
  const outOfScope: OutOfScopeTopic[] = kb.outOfScope.map((t) => ({ ...t, questions: perLang((l) => keep(t.name, t.questions[l])) }));
  return createKnowledgeBase(entries, outOfScope);
}

const kb = await loadKnowledgeBase('faq');
const arg = process.argv[2];
const tunings: Partial<MatcherOptions>[] = arg ? (JSON.parse(arg) as Partial<MatcherOptions>[]) : [{ secondOpinionWeight: 0, outOfScopeMargin: 0.1 }, {}];
const smallTalk = new Set(MATCHER_DEFAULTS.smallTalk);
const totals = tunings.map(() => ({ right: 0, asked: 0, turnedDown: 0, outOfScope: 0 }));
for (let fold = 0; fold < FOLDS; fold++) {
  const rest = without(kb, fold);
  const held = kb.entries.flatMap((e) => (smallTalk.has(e.id) ? [] : LANGS.flatMap((l) => e.text[l].questions.filter((_, i) => foldOf(e.id, i) === fold).map((q) => ({ q, id: e.id })))));
  const heldOut = kb.outOfScope.flatMap((t) => LANGS.flatMap((l) => t.questions[l].filter((_, i) => foldOf(t.name, i) === fold)));
  tunings.forEach((tuning, i) => {
    const matcher = createMatcher(rest, { ...MATCHER_DEFAULTS, ...tuning });
    const total = totals[i];
    if (!total) return;
    for (const { q, id } of held) {
      const m = matcher.match(q);
      total.asked++;
      if (m.type === 'answer' && m.entry.id === id) total.right++;
    }
    for (const q of heldOut) {
      total.outOfScope++;
      if (matcher.match(q).type === 'none') total.turnedDown++;
    }
  });
}
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
console.log(`${FOLDS}-fold cross-validation over the knowledge base's phrasings (${kb.entries.length} entries, no eval set read)`);
tunings.forEach((tuning, i) => {
  const t = totals[i];
  if (!t) return;
  const name = Object.keys(tuning).length ? JSON.stringify(tuning) : 'defaults';
  console.log(`${name.padEnd(48)} top-1 ${t.right}/${t.asked} ${pct(t.right, t.asked)}   out of scope turned down ${t.turnedDown}/${t.outOfScope} ${pct(t.turnedDown, t.outOfScope)}`);
});
