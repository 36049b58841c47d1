import type { Entry, KnowledgeBase } from './entry.ts';
import type { Lang } from './lang.ts';
import { bigrams, indexKnowledgeBase, openIndex, type IndexData } from './matcher-index.ts';
import { MATCHER_DEFAULTS, type MatcherOptions } from './matcher-options.ts';
import { readQuestion, terms, tokens, type Token } from './normalize.ts';
import { createAccumulator, type QueryTerm } from './accumulate.ts';
import { entryPlatforms, namedPlatforms } from './platforms.ts';
import { createWordModel } from './word-model.ts';

export interface Scored {
  readonly entry: Entry;
  readonly score: number;
  /** Share of the question's weight the entry accounts for. */
  readonly explained: number;
}

/** The entries (and out-of-scope topics) a question touched, with their scores: views over scratch arrays, valid until the next question. */
interface Scores {
  count: number;
  /** The question's words, as the scorer looked them up. */
  query: readonly QueryTerm[];
  readonly ids: Int32Array;
  readonly score: Float64Array;
  readonly explained: Float64Array;
}

/** What the matcher makes of a question. */
export type Match =
  /** `close`: runners-up nearly as good (the answer was a close call), best first; offered next to it. */
  | { readonly type: 'answer'; readonly entry: Entry; readonly score: number; readonly close: readonly Entry[] }
  | { readonly type: 'choices'; readonly candidates: readonly Scored[] }
  | { readonly type: 'none'; readonly best: Scored | undefined };

export interface Matcher {
  match(text: string): Match;
  /** Every entry that matched anything, best first. */
  rank(text: string): Scored[];
  /** Phrasings in `lang` close to what is being typed (the last word may be unfinished). */
  suggest(text: string, lang: Lang, limit: number): { entry: Entry; question: string }[];
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
 * A word model then gives its second opinion on the best few entries and their out-of-scope rival.
 * `data` is the index already built with these options (from a cache); built here when absent.
 */
export function createMatcher(kb: KnowledgeBase, options: MatcherOptions = MATCHER_DEFAULTS, data?: IndexData): Matcher {
  const built = openIndex(data ?? indexKnowledgeBase(kb, options));
  const { docs, idf, maxIdf, docWeight, docEntry, terms: index, real } = built;
  const accumulate = createAccumulator(built, options.answerWeight);
  const phrasing = new Float64Array(built.size);
  const single = new Float64Array(built.size);
  const scores: Scores = { count: 0, query: [], ids: new Int32Array(built.size), score: new Float64Array(built.size), explained: new Float64Array(built.size) };
  const platformsOf = kb.entries.map(entryPlatforms);
  // Per phrasing, flat: what its summed weight is divided by (a short phrasing counts as `minDocWeight`).
  const docDenominator = Float64Array.from(docWeight, (w) => Math.max(w, options.minDocWeight));
  const model = options.secondOpinionWeight > 0 ? createWordModel(built, options.wordSmoothing) : undefined;
  const entryIndex = new Map(kb.entries.map((e, i) => [e, i]));
  // The best few entries, and the out-of-scope topic that rivals them.
  const likelihood = new Float64Array(options.maxChoices + options.smallTalk.length + 2);

  const query = (text: string, typed: readonly Token[], prefixLast: boolean): QueryTerm[] => {
    const seen = new Set<string>();
    const words = typed.filter((t) => !seen.has(t.term) && seen.add(t.term)).slice(0, options.maxQueryTerms);
    const asked = words.length > options.longPostTerms ? questionTerms(text) : new Set<string>();
    const wordTerms = words.map((w, i) => {
      const matches = index.lookup(w.surface, w.term, prefixLast && i === words.length - 1);
      const boost = asked.has(w.term) ? options.questionBoost : 1;
      const weight = boost * (matches.length ? Math.max(...matches.map((m) => idf.get(m.term) ?? 0)) : options.unknownWeight * maxIdf);
      return { weight, boost, matches };
    });
    // Pairs of words in a phrasing's order ("delete account", "trop tard"): evidence that adds, weight 0 in the question.
    const pairs = bigrams(typed).flatMap((b) => (idf.has(b) ? [{ weight: 0, boost: 1, matches: [{ term: b, similarity: 1 }] }] : []));
    return [...wordTerms, ...pairs];
  };

  /** The score of every entry and out-of-scope topic the question touches. */
  const scoreAll = (text: string): Scores => {
    scores.count = 0;
    const { words, tokens: typed } = readQuestion(text);
    const q = query(text, typed, false);
    scores.query = q;
    const queryWeight = q.reduce((s, t) => s + t.weight, 0);
    if (queryWeight === 0) return scores;
    const m = accumulate(q);
    for (let i = 0; i < m.docCount; i++) {
      const d = m.docIds[i] as number;
      const e = docEntry[d] as number;
      const sum = m.docSums[i] as number;
      const cover = Math.min(1, sum / (docDenominator[d] as number));
      if ((phrasing[e] as number) < cover) phrasing[e] = cover;
      if ((single[e] as number) < sum) single[e] = sum;
    }
    const share = options.singlePhrasingShare;
    const a = options.phrasingExponent;
    const cap = Math.min(queryWeight, options.queryWeightCap);
    const named = [...namedPlatforms(words)];
    // An entry about other platforms than the one the question names answers it less well.
    const fits = (e: number): number => (e >= real || named.some((p) => platformsOf[e]?.has(p)) ? 1 : options.platformMismatch);
    const anyNamed = named.length > 0;
    let count = 0;
    for (let i = 0; i < m.entryCount; i++) {
      const e = m.entryIds[i] as number;
      // How much of the question the entry explains: with all its phrasings together, and with its best single one.
      const explained = (1 - share) * Math.min(1, (m.entrySums[i] as number) / cap) + share * Math.min(1, (single[e] as number) / cap);
      single[e] = 0;
      const cover = phrasing[e] as number;
      phrasing[e] = 0;
      if (cover > 0) {
        scores.ids[count] = e;
        scores.score[count] = (anyNamed ? fits(e) : 1) * Math.pow(cover, a) * Math.pow(explained, 1 - a);
        scores.explained[count] = explained;
        count++;
      }
    }
    scores.count = count;
    return scores;
  };

  /** The real entries among scores, best first; only the `limit` best when a limit is given. */
  const toScored = (all: Scores, limit = Infinity): Scored[] => {
    const top: number[] = [];
    const byScore = (x: number, y: number): number => (all.score[y] ?? 0) - (all.score[x] ?? 0);
    for (let i = 0; i < all.count; i++) {
      if ((all.ids[i] ?? 0) >= real) continue;
      const score = all.score[i] ?? 0;
      if (top.length < limit) {
        top.push(i);
        if (limit === Infinity) continue;
      } else if (score > (all.score[top[top.length - 1] ?? 0] ?? 0)) top[top.length - 1] = i;
      else continue;
      top.sort(byScore);
    }
    if (limit === Infinity) top.sort(byScore);
    return top.flatMap((i) => {
      const entry = kb.entries[all.ids[i] ?? -1];
      return entry ? [{ entry, score: all.score[i] ?? 0, explained: all.explained[i] ?? 0 }] : [];
    });
  };

  /** The best out-of-scope topic the question touched (index past the real entries), if any. */
  const bestOutOfScope = (all: Scores): { id: number; score: number } | undefined => {
    let best: { id: number; score: number } | undefined;
    for (let i = 0; i < all.count; i++) {
      const id = all.ids[i] ?? 0;
      const score = all.score[i] ?? 0;
      if (id >= real && score > (best?.score ?? 0)) best = { id, score };
    }
    return best;
  };

  /**
   * The word model's second opinion on the best few entries, and on the out-of-scope topic that rivals them: each
   * loses score by how much less typical of it the question's words are than of the one they suit best (scores only go
   * down, so the rest of the order holds).
   */
  const reconsider = (scored: Scored[], q: readonly QueryTerm[], rival?: { id: number; score: number }): { scored: Scored[]; outOfScope: number } => {
    const outOfScope = rival?.score ?? 0;
    const n = Math.min(scored.length, likelihood.length - 1);
    if (!model || n + (rival ? 1 : 0) < 2) return { scored, outOfScope };
    const ids = scored.slice(0, n).map((r) => entryIndex.get(r.entry) ?? 0);
    if (rival) ids.push(rival.id);
    const words = model.logLikelihood(q, ids, ids.length, likelihood);
    if (words === 0) return { scored, outOfScope };
    let top = -Infinity;
    for (let i = 0; i < ids.length; i++) top = Math.max(top, likelihood[i] ?? 0);
    const factor = (i: number): number => Math.exp(options.secondOpinionWeight * ((likelihood[i] ?? 0) - top));
    const typical = (r: Scored): number => {
      const i = scored.indexOf(r);
      return i >= 0 && i < n ? (likelihood[i] ?? 0) : -Infinity;
    };
    return {
      // A lone word ("meta", "form") says too little to prefer one entry: the scorer's "did you mean" stands, its ties
      // offered in the order of the entries that use the word most. It still says whether the word is more typical of
      // the entries or of the rival ("whatsapp" vs "whatsapp backup").
      scored:
        words < 2
          ? [...scored].sort((x, y) => y.score - x.score || typical(y) - typical(x) || 0)
          : scored.map((r, i) => (i < n ? { ...r, score: r.score * factor(i) } : r)).sort((x, y) => y.score - x.score),
      outOfScope: rival ? outOfScope * factor(n) : outOfScope,
    };
  };

  const match = (text: string): Match => {
    const all = scoreAll(text);
    const { scored, outOfScope } = reconsider(toScored(all, likelihood.length - 1), all.query, bestOutOfScope(all));
    // "Hello, how do I object?" is a question, not a greeting: small talk yields to a real answer,
    // unless it leads it clearly ("Thanks, that's exactly what I needed" is thanks, whatever "need" matches).
    const talk = scored.find((r) => options.smallTalk.includes(r.entry.id));
    const substantive = scored.find(
      (r) => !options.smallTalk.includes(r.entry.id) && r.score >= options.answerScore && r.score >= (talk?.score ?? 0) - options.smallTalkLead,
    );
    const ranked = substantive ? [substantive, ...scored.filter((r) => r !== substantive && !options.smallTalk.includes(r.entry.id))] : scored;
    const [best, second] = ranked;
    if (!best || best.score < options.choicesScore) return { type: 'none', best };
    if (outOfScope >= best.score - options.outOfScopeMargin || best.explained < options.minExplained) return { type: 'none', best };
    const margin = best.score - (second?.score ?? 0);
    const candidates = ranked.filter((r) => r.score >= best.score * options.choicesRatio).slice(0, options.maxChoices);
    const close = best.score >= options.sureScore ? [] : candidates.slice(1).map((c) => c.entry);
    if (best.score >= options.sureScore || (best.score >= options.answerScore && margin >= options.answerMargin) || candidates.length < 2) {
      return { type: 'answer', entry: best.entry, score: best.score, close };
    }
    return { type: 'choices', candidates };
  };

  const suggest = (text: string, lang: Lang, limit: number): { entry: Entry; question: string }[] => {
    const m = accumulate(query(text, tokens(text), true), lang);
    const scored = Array.from({ length: m.docCount }, (_, i) => ({ d: m.docIds[i] ?? 0, score: (m.docSums[i] ?? 0) / ((docWeight[m.docIds[i] ?? 0] ?? 0) + 1) })).sort(
      (x, y) => y.score - x.score,
    );
    const seen = new Set<number>();
    const out: { entry: Entry; question: string }[] = [];
    for (const { d } of scored) {
      if (out.length >= limit) break;
      const doc = docs[d];
      const entry = doc ? kb.entries[doc.entry] : undefined;
      if (!doc || !entry || seen.has(doc.entry)) continue;
      seen.add(doc.entry);
      out.push({ entry, question: doc.text });
    }
    return out;
  };

  const rank = (text: string): Scored[] => {
    const all = scoreAll(text);
    return reconsider(toScored(all), all.query).scored;
  };

  return { match, rank, suggest };
}
