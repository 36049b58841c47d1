import type { QueryTerm } from './accumulate.ts';
import type { IndexData } from './matcher-index.ts';

/**
 * How typical the words of a question are of each entry, learnt from the entries' phrasings (multinomial naive Bayes):
 * a second opinion that tells close entries apart by the words their phrasings use most. The scorer only knows
 * whether an entry has a word; this also knows how often its phrasings use it.
 */
export interface WordModel {
  /**
   * Writes into `out[i]` the mean log-likelihood per matched question word of entry `ids[i]`; returns how many
   * question words (and word pairs) it found in the vocabulary.
   */
  logLikelihood(q: readonly QueryTerm[], ids: ArrayLike<number>, count: number, out: Float64Array): number;
}

/** Counts the words (and word pairs) of every phrasing per entry; `smoothing` is added to every count. */
export function createWordModel(index: IndexData, smoothing: number): WordModel {
  const counts = new Map<string, Map<number, number>>();
  const total = new Float64Array(index.size);
  for (const [term, list] of index.postings) {
    const perEntry = new Map<number, number>();
    for (const d of list) {
      const e = index.docs[d]?.entry ?? 0;
      perEntry.set(e, (perEntry.get(e) ?? 0) + 1);
      total[e] = (total[e] ?? 0) + 1;
    }
    counts.set(term, perEntry);
  }
  const vocabulary = counts.size;
  const logP = (term: string, e: number): number => Math.log(((counts.get(term)?.get(e) ?? 0) + smoothing) / ((total[e] ?? 0) + smoothing * vocabulary));

  return {
    logLikelihood(q, ids, count, out) {
      out.fill(0, 0, count);
      let words = 0;
      for (const t of q) {
        if (t.matches.length === 0) continue;
        // A misspelt word stands for its closest vocabulary terms, counted as much as it resembles them.
        let top = 0;
        for (const m of t.matches) top = Math.max(top, m.similarity);
        const closest = t.matches.filter((m) => m.similarity === top);
        words++;
        for (let i = 0; i < count; i++) {
          let sum = 0;
          for (const m of closest) sum += logP(m.term, ids[i] ?? 0);
          out[i] = (out[i] ?? 0) + (top * sum) / closest.length;
        }
      }
      if (words > 0) for (let i = 0; i < count; i++) out[i] = (out[i] ?? 0) / words;
      return words;
    },
  };
}
