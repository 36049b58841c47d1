import type { KnowledgeBase } from './entry.ts';
import { LANGS, type Lang } from './lang.ts';
import type { MatcherOptions } from './matcher-options.ts';
import { tokens, type Token } from './normalize.ts';
import { synonymAliases } from './synonyms.ts';
import { TermIndex } from './term-index.ts';

/** One indexed text: a phrasing or title (matched as a whole), or an answer (extra evidence for its entry). */
export interface Doc {
  /** Index of the entry; indices past the real entries are out-of-scope topics. */
  readonly entry: number;
  readonly lang: Lang;
  readonly text: string;
  readonly answer: boolean;
}

/** Everything the scorer reads, built once per knowledge base. */
export interface MatcherIndex {
  readonly docs: readonly Doc[];
  /** Term -> the docs that contain it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Term -> log(1 + entries / entries containing it): rare words weigh more. */
  readonly idf: ReadonlyMap<string, number>;
  readonly maxIdf: number;
  /** Sum of the idf of a doc's terms. */
  readonly docWeight: Float64Array;
  readonly terms: TermIndex;
  /** Number of real entries (out-of-scope topics come after). */
  readonly real: number;
}

/** Indexes the phrasings, titles and answers of every entry, and the out-of-scope topics after them. */
export function buildMatcherIndex(kb: KnowledgeBase, options: MatcherOptions): MatcherIndex {
  const docs: Doc[] = [];
  const postings = new Map<string, number[]>();
  const phrasingEntries = new Map<string, Set<number>>();
  const answerEntries = new Map<string, Set<number>>();
  const forms = new Map<string, string>(synonymAliases());

  const addDoc = (doc: Omit<Doc, 'text'> & { text: string }, words: readonly Token[]): void => {
    if (words.length === 0) return;
    const d = docs.length;
    docs.push(doc);
    for (const w of words) forms.set(w.surface, w.term);
    for (const term of new Set(words.map((w) => w.term))) {
      const list = postings.get(term) ?? [];
      list.push(d);
      postings.set(term, list);
      const sets = doc.answer ? answerEntries : phrasingEntries;
      const set = sets.get(term) ?? new Set<number>();
      set.add(doc.entry);
      sets.set(term, set);
    }
  };

  kb.entries.forEach((entry, e) => {
    for (const lang of LANGS) {
      const t = entry.text[lang];
      for (const text of [t.title, ...t.questions]) addDoc({ entry: e, lang, text, answer: false }, tokens(text));
      if (options.answerWeight > 0) addDoc({ entry: e, lang, text: t.title, answer: true }, tokens(`${t.summary ?? ''} ${t.answer}`));
    }
  });
  const real = kb.entries.length;
  kb.outOfScope.forEach((topic, k) => {
    for (const lang of LANGS) for (const text of topic.questions[lang]) addDoc({ entry: real + k, lang, text, answer: false }, tokens(text));
  });

  const n = Math.max(real + kb.outOfScope.length, 1);
  const idf = new Map<string, number>();
  for (const [term, set] of answerEntries) idf.set(term, Math.log(1 + n / set.size));
  for (const [term, set] of phrasingEntries) idf.set(term, Math.log(1 + n / set.size));
  const docWeight = new Float64Array(docs.length);
  for (const [term, list] of postings) for (const d of list) docWeight[d] = (docWeight[d] ?? 0) + (idf.get(term) ?? 0);
  return { docs, postings, idf, maxIdf: Math.log(1 + n), docWeight, terms: new TermIndex(postings.keys(), forms), real };
}
