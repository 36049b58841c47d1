import type { Entry, KnowledgeBase } from './entry.ts';
import type { Lang } from './lang.ts';
import { buildMatcherIndex } from './matcher-index.ts';
import { MATCHER_DEFAULTS, type MatcherOptions } from './matcher-options.ts';
import { terms, tokens } from './normalize.ts';
import type { TermMatch } from './term-index.ts';

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

interface QueryTerm {
  readonly weight: number;
  /** Words of the sentences that ask something weigh more in a long post. */
  readonly boost: number;
  readonly matches: readonly TermMatch[];
}

/** The terms of the sentences of a post that contain "?" (empty for a single sentence). */
function questionTerms(text: string): ReadonlySet<string> {
  const sentences = text.split(/(?<=[.!?…\n])\s+/u).filter((s) => s.trim() !== '');
  if (sentences.length < 2) return new Set();
  return new Set(sentences.filter((s) => s.includes('?')).flatMap((s) => terms(s)));
}

/**
 * Creates the matcher of a knowledge base. An entry's score is the geometric blend of
 * (a) how much of its best phrasing the question covers and (b) how much of the question the entry explains,
 * each word weighted by its rarity across entries. Out-of-scope topics are scored the same way and win "none".
 */
export function createMatcher(kb: KnowledgeBase, options: MatcherOptions = MATCHER_DEFAULTS): Matcher {
  const { docs, postings, idf, maxIdf, docWeight, terms: index, real } = buildMatcherIndex(kb, options);

  const query = (text: string, prefixLast: boolean): QueryTerm[] => {
    const seen = new Set<string>();
    const words = tokens(text).filter((t) => !seen.has(t.term) && seen.add(t.term)).slice(0, options.maxQueryTerms);
    const asked = words.length > options.longPostTerms ? questionTerms(text) : new Set<string>();
    return words.map((w, i) => {
      const matches = index.lookup(w.surface, w.term, prefixLast && i === words.length - 1);
      const boost = asked.has(w.term) ? options.questionBoost : 1;
      const weight = boost * (matches.length ? Math.max(...matches.map((m) => idf.get(m.term) ?? 0)) : options.unknownWeight * maxIdf);
      return { weight, boost, matches };
    });
  };

  /** Sum over query words of the best weighted match in each doc (or, with `byEntry`, in each entry). */
  const matchedWeights = (q: readonly QueryTerm[], lang: Lang | undefined, byEntry: boolean): Map<number, number> => {
    const total = new Map<number, number>();
    for (const qt of q) {
      const best = new Map<number, number>();
      for (const m of qt.matches) {
        const w = qt.boost * m.similarity * (idf.get(m.term) ?? 0);
        for (const d of postings.get(m.term) ?? []) {
          const doc = docs[d];
          if (!doc || (lang && doc.lang !== lang) || (doc.answer && !byEntry)) continue;
          const key = byEntry ? doc.entry : d;
          const v = doc.answer ? w * options.answerWeight : w;
          if ((best.get(key) ?? 0) < v) best.set(key, v);
        }
      }
      for (const [k, w] of best) total.set(k, (total.get(k) ?? 0) + w);
    }
    return total;
  };

  /** [entry index, score] for every entry and out-of-scope topic the question touches. */
  const scoreAll = (text: string): [number, number][] => {
    const q = query(text, false);
    const queryWeight = q.reduce((s, t) => s + t.weight, 0);
    if (queryWeight === 0) return [];
    const phrasing = new Map<number, number>();
    for (const [d, matched] of matchedWeights(q, undefined, false)) {
      const doc = docs[d];
      const cover = Math.min(1, matched / Math.max(docWeight[d] ?? 0, options.minDocWeight));
      if (doc && (phrasing.get(doc.entry) ?? 0) < cover) phrasing.set(doc.entry, cover);
    }
    const a = options.phrasingExponent;
    return [...matchedWeights(q, undefined, true)].map(([e, matched]) => {
      const explained = Math.min(1, matched / Math.min(queryWeight, options.queryWeightCap));
      return [e, Math.pow(phrasing.get(e) ?? 0, a) * Math.pow(explained, 1 - a)];
    });
  };

  const toScored = (all: readonly [number, number][]): Scored[] =>
    all.flatMap(([e, score]) => (kb.entries[e] ? [{ entry: kb.entries[e], score }] : [])).sort((x, y) => y.score - x.score);

  const match = (text: string): Match => {
    const all = scoreAll(text);
    const scored = toScored(all);
    // "Hello, how do I object?" is a question, not a greeting: small talk yields to any real answer.
    const substantive = scored.find((r) => !options.smallTalk.includes(r.entry.id) && r.score >= options.answerScore);
    const ranked = substantive ? [substantive, ...scored.filter((r) => r !== substantive && !options.smallTalk.includes(r.entry.id))] : scored;
    const [best, second] = ranked;
    if (!best || best.score < options.choicesScore) return { type: 'none', best };
    const outOfScope = Math.max(0, ...all.filter(([e]) => e >= real).map(([, score]) => score));
    if (outOfScope >= best.score - options.outOfScopeMargin) return { type: 'none', best };
    const margin = best.score - (second?.score ?? 0);
    if (best.score >= options.sureScore || (best.score >= options.answerScore && margin >= options.answerMargin)) {
      return { type: 'answer', entry: best.entry, score: best.score };
    }
    const candidates = ranked.filter((r) => r.score >= best.score * options.choicesRatio).slice(0, options.maxChoices);
    return candidates.length < 2 ? { type: 'answer', entry: best.entry, score: best.score } : { type: 'choices', candidates };
  };

  const suggest = (text: string, lang: Lang, limit: number): { entry: Entry; question: string }[] => {
    const scored = [...matchedWeights(query(text, true), lang, false)]
      .map(([d, matched]) => ({ d, score: matched / ((docWeight[d] ?? 0) + 1) }))
      .sort((x, y) => y.score - x.score);
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

  return { match, rank: (text) => toScored(scoreAll(text)), suggest };
}
