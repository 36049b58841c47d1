import type { Entry, KnowledgeBase } from './entry.ts';
import { LANGS, type Lang } from './lang.ts';
import { MATCHER_DEFAULTS, type MatcherOptions } from './matcher-options.ts';
import { terms } from './normalize.ts';
import { TermIndex, type TermMatch } from './term-index.ts';

export interface Scored {
  readonly entry: Entry;
  readonly score: number;
}

/** What the matcher makes of a question. */
export type Match =
  | { readonly type: 'answer'; readonly entry: Entry; readonly score: number }
  | { readonly type: 'choices'; readonly candidates: readonly Scored[] }
  | { readonly type: 'none'; readonly best: Scored | undefined };

export interface Matcher {
  match(text: string): Match;
  /** Every entry that matched anything, best first. */
  rank(text: string): Scored[];
  /** Phrasings in `lang` close to what is being typed (the last word may be unfinished). */
  suggest(text: string, lang: Lang, limit: number): { entry: Entry; question: string }[];
}

interface Doc {
  readonly entry: number;
  readonly lang: Lang;
  readonly text: string;
  readonly weight: number;
}

interface QueryTerm {
  readonly weight: number;
  readonly matches: readonly TermMatch[];
}

/** Builds the index of a knowledge base: every phrasing and title is a document; words weigh by rarity across entries. */
export function createMatcher(kb: KnowledgeBase, options: MatcherOptions = MATCHER_DEFAULTS): Matcher {
  const docs: Doc[] = [];
  const postings = new Map<string, number[]>();
  const entryTerms = new Map<string, Set<number>>();
  kb.entries.forEach((entry, e) => {
    for (const lang of LANGS) {
      const t = entry.text[lang];
      for (const text of [t.title, ...t.questions]) {
        const unique = [...new Set(terms(text))];
        if (unique.length === 0) continue;
        const d = docs.length;
        docs.push({ entry: e, lang, text, weight: 0 });
        for (const term of unique) {
          const list = postings.get(term) ?? [];
          list.push(d);
          postings.set(term, list);
          const set = entryTerms.get(term) ?? new Set<number>();
          set.add(e);
          entryTerms.set(term, set);
        }
      }
    }
  });
  const n = Math.max(kb.entries.length, 1);
  const idf = new Map<string, number>();
  for (const [term, set] of entryTerms) idf.set(term, Math.log(1 + n / set.size));
  const maxIdf = Math.log(1 + n);
  const docWeight = new Float64Array(docs.length);
  for (const [term, list] of postings) for (const d of list) docWeight[d] = (docWeight[d] ?? 0) + (idf.get(term) ?? 0);
  const index = new TermIndex(postings.keys());

  const query = (text: string, prefixLast: boolean): QueryTerm[] => {
    const words = [...new Set(terms(text))].slice(0, options.maxQueryTerms);
    return words.map((w, i) => {
      const matches = index.lookup(w, prefixLast && i === words.length - 1);
      const weight = matches.length ? Math.max(...matches.map((m) => idf.get(m.term) ?? 0)) : options.unknownWeight * maxIdf;
      return { weight, matches };
    });
  };

  /** Sum over query words of the best weighted match in each document. */
  const matchedWeights = (q: readonly QueryTerm[], lang?: Lang): Map<number, number> => {
    const total = new Map<number, number>();
    for (const qt of q) {
      const best = new Map<number, number>();
      for (const m of qt.matches) {
        const w = m.similarity * (idf.get(m.term) ?? 0);
        for (const d of postings.get(m.term) ?? []) {
          if (lang && docs[d]?.lang !== lang) continue;
          if ((best.get(d) ?? 0) < w) best.set(d, w);
        }
      }
      for (const [d, w] of best) total.set(d, (total.get(d) ?? 0) + w);
    }
    return total;
  };

  const rank = (text: string): Scored[] => {
    const q = query(text, false);
    const queryWeight = q.reduce((s, t) => s + t.weight, 0);
    if (queryWeight === 0) return [];
    const bestByEntry = new Map<number, number>();
    for (const [d, matched] of matchedWeights(q)) {
      const doc = docs[d];
      if (!doc) continue;
      const docCov = Math.min(1, matched / (docWeight[d] || 1));
      const queryCov = Math.min(1, matched / Math.min(queryWeight, Math.max(docWeight[d] ?? 0, 1) * 2));
      const score = Math.sqrt(docCov * queryCov);
      if ((bestByEntry.get(doc.entry) ?? 0) < score) bestByEntry.set(doc.entry, score);
    }
    return [...bestByEntry]
      .flatMap(([e, score]) => {
        const entry = kb.entries[e];
        return entry ? [{ entry, score }] : [];
      })
      .sort((a, b) => b.score - a.score);
  };

  const match = (text: string): Match => {
    const ranked = rank(text);
    const [best, second] = ranked;
    if (!best || best.score < options.choicesScore) return { type: 'none', best };
    const margin = best.score - (second?.score ?? 0);
    if (best.score >= options.sureScore || (best.score >= options.answerScore && margin >= options.answerMargin)) {
      return { type: 'answer', entry: best.entry, score: best.score };
    }
    const candidates = ranked.filter((r) => r.score >= best.score * options.choicesRatio).slice(0, options.maxChoices);
    if (candidates.length < 2) return { type: 'answer', entry: best.entry, score: best.score };
    return { type: 'choices', candidates };
  };

  const suggest = (text: string, lang: Lang, limit: number): { entry: Entry; question: string }[] => {
    const q = query(text, true);
    const scored = [...matchedWeights(q, lang)]
      .map(([d, matched]) => ({ d, score: matched / ((docWeight[d] ?? 0) + 1) }))
      .sort((a, b) => b.score - a.score);
    const seen = new Set<number>();
    const out: { entry: Entry; question: string }[] = [];
    for (const { d } of scored) {
      const doc = docs[d];
      const entry = doc ? kb.entries[doc.entry] : undefined;
      if (!doc || !entry || seen.has(doc.entry)) continue;
      seen.add(doc.entry);
      out.push({ entry, question: doc.text });
      if (out.length >= limit) break;
    }
    return out;
  };

  return { match, rank, suggest };
}
