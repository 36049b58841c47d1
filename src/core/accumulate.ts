import type { Lang } from './lang.ts';
import type { MatcherIndex } from './matcher-index.ts';
import type { TermMatch } from './term-index.ts';

/** A query word: its weight, its boost (asked in a "?" sentence), and the vocabulary terms it matched. */
export interface QueryTerm {
  readonly weight: number;
  readonly boost: number;
  readonly matches: readonly TermMatch[];
}

/**
 * For the phrasings and entries a question touched: the summed weight of the query words each contains.
 * Views over scratch arrays: valid until the next call.
 */
export interface Matched {
  readonly docCount: number;
  readonly docIds: Int32Array;
  readonly docSums: Float64Array;
  readonly entryCount: number;
  readonly entryIds: Int32Array;
  readonly entrySums: Float64Array;
}

const COMMON_MIN = 2000;
const COMMON_SHARE = 0.02;

/**
 * Creates the hot loop of the matcher over typed arrays reused between questions: for every query word,
 * the best match in each phrasing (and each entry, answers counting `answerWeight`), summed over words.
 */
export function createAccumulator(index: MatcherIndex, answerWeight: number): (q: readonly QueryTerm[], lang?: Lang) => Matched {
  const { docs, postings, answerPostings, idf, docEntry } = index;
  const docLang = docs.map((d) => d.lang);
  const docBest = new Float64Array(docs.length);
  const entryBest = new Float64Array(index.size);
  const docIds = new Int32Array(docs.length);
  const docSums = new Float64Array(docs.length);
  const entryIds = new Int32Array(index.size);
  const entrySums = new Float64Array(index.size);
  const termDocs = new Int32Array(docs.length);
  const termEntries = new Int32Array(index.size);
  const docSlot = new Int32Array(docs.length).fill(-1);
  const entrySlot = new Int32Array(index.size).fill(-1);

  // On a large knowledge base, a word found in very many phrasings only adds weight to candidates that rarer
  // words already found, instead of making every phrasing a candidate (a speed-up; no effect below this size).
  const commonPostings = Math.max(COMMON_MIN, docs.length * COMMON_SHARE);

  return (q, lang) => {
    let docCount = 0;
    let entryCount = 0;
    for (const qt of [...q].sort((x, y) => y.weight - x.weight)) {
      let nd = 0;
      let ne = 0;
      for (const m of qt.matches) {
        const w = qt.boost * m.similarity * (idf.get(m.term) ?? 0);
        const list = postings.get(m.term);
        const onlyKnown = docCount > 0 && (list?.length ?? 0) > commonPostings;
        if (list) {
          for (let i = 0; i < list.length; i++) {
            const d = list[i] as number;
            if (lang && docLang[d] !== lang) continue;
            if (onlyKnown && docSlot[d] === -1) {
              const e = docEntry[d] as number;
              if (entrySlot[e] === -1) continue;
              if (entryBest[e] === 0) termEntries[ne++] = e;
              if (w > (entryBest[e] as number)) entryBest[e] = w;
              continue;
            }
            if (docBest[d] === 0) termDocs[nd++] = d;
            if (w > (docBest[d] as number)) docBest[d] = w;
          }
        }
        const answers = lang ? undefined : answerPostings.get(m.term);
        if (!answers) continue;
        const aw = w * answerWeight;
        for (let i = 0; i < answers.length; i++) {
          const e = answers[i] as number;
          if (entryBest[e] === 0) termEntries[ne++] = e;
          if (aw > (entryBest[e] as number)) entryBest[e] = aw;
        }
      }
      for (let i = 0; i < nd; i++) {
        const d = termDocs[i] as number;
        const v = docBest[d] as number;
        docBest[d] = 0;
        let slot = docSlot[d] as number;
        if (slot < 0) {
          slot = docCount++;
          docSlot[d] = slot;
          docIds[slot] = d;
          docSums[slot] = 0;
        }
        docSums[slot] = (docSums[slot] as number) + v;
        const e = docEntry[d] as number;
        if (entryBest[e] === 0) termEntries[ne++] = e;
        if (v > (entryBest[e] as number)) entryBest[e] = v;
      }
      for (let i = 0; i < ne; i++) {
        const e = termEntries[i] as number;
        const v = entryBest[e] as number;
        entryBest[e] = 0;
        let slot = entrySlot[e] as number;
        if (slot < 0) {
          slot = entryCount++;
          entrySlot[e] = slot;
          entryIds[slot] = e;
          entrySums[slot] = 0;
        }
        entrySums[slot] = (entrySums[slot] as number) + v;
      }
    }
    for (let i = 0; i < docCount; i++) docSlot[docIds[i] as number] = -1;
    for (let i = 0; i < entryCount; i++) entrySlot[entryIds[i] as number] = -1;
    return { docCount, docIds, docSums, entryCount, entryIds, entrySums };
  };
}
