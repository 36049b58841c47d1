import type { KnowledgeBase } from './entry.ts';
import { LANGS, type Lang } from './lang.ts';
import type { MatcherOptions } from './matcher-options.ts';
import { tokens, type Token } from './normalize.ts';
import { synonymAliases } from './synonyms.ts';
import { TermIndex } from './term-index.ts';

/** A phrasing or title, matched as a whole. */
export interface Doc {
  /** Index of the entry; indices past the real entries are out-of-scope topics. */
  readonly entry: number;
  readonly lang: Lang;
  readonly text: string;
}

/** Everything the scorer reads, built once per knowledge base, as plain data (maps and arrays) a cache can store. */
export interface IndexData {
  readonly docs: readonly Doc[];
  /** Term -> the phrasings that contain it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Term -> the entries whose answer (not phrasings) contains it: weaker evidence. */
  readonly answerPostings: ReadonlyMap<string, readonly number[]>;
  /** Term -> log(1 + entries / entries containing it): rare words weigh more. */
  readonly idf: ReadonlyMap<string, number>;
  readonly maxIdf: number;
  /** Sum of the idf of a phrasing's terms. */
  readonly docWeight: Float64Array;
  /** The words a query word is looked up among (no word pairs). */
  readonly vocabulary: readonly string[];
  /** Written forms (folded words, synonyms) and the vocabulary term each stands for. */
  readonly forms: ReadonlyMap<string, string>;
  /** Number of real entries; out-of-scope topics come after. */
  readonly real: number;
  /** Real entries plus out-of-scope topics. */
  readonly size: number;
}

/** The index with its typo-tolerant lookup of query words, and what the hot loops read flat. */
export interface MatcherIndex extends IndexData {
  readonly terms: TermIndex;
  /** The entry of each phrasing (`docs[d].entry`), as a typed array. */
  readonly docEntry: Int32Array;
}

type Lists = Map<string, number[]>;

/** Consecutive terms of a text, as "a b" (word order the bag of words loses: "delete account", "trop tard"). */
export function bigrams(typed: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < typed.length; i++) {
    const a = typed[i]?.term;
    const b = typed[i + 1]?.term;
    if (a && b && a !== b) out.push(`${a} ${b}`);
  }
  return [...new Set(out)];
}

function push(lists: Lists, term: string, value: number): void {
  const list = lists.get(term);
  if (!list) lists.set(term, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Indexes the phrasings, titles and answers of every entry, and the out-of-scope topics after them. */
export function indexKnowledgeBase(kb: KnowledgeBase, options: MatcherOptions): IndexData {
  const docs: Doc[] = [];
  const postings: Lists = new Map();
  const answers: Lists = new Map();
  const phrasingEntries: Lists = new Map();
  const bigramTerms = new Set<string>();
  const forms = new Map<string, string>(synonymAliases());
  const remember = (words: readonly Token[]): string[] => {
    for (const w of words) forms.set(w.surface, w.term);
    return [...new Set(words.map((w) => w.term))];
  };
  // Word pairs are indexed on knowledge bases of a realistic size only: on a huge one they would be millions of keys.
  const phrasings = kb.entries.reduce((n, e) => n + LANGS.reduce((m, l) => m + 1 + e.text[l].questions.length, 0), 0);
  const withPairs = options.bigramWeight > 0 && phrasings <= options.bigramMaxPhrasings;
  const addPhrasing = (entry: number, lang: Lang, text: string): void => {
    const typed = tokens(text);
    const words = remember(typed);
    if (words.length === 0) return;
    const d = docs.length;
    docs.push({ entry, lang, text });
    const pairs = withPairs ? bigrams(typed) : [];
    for (const b of pairs) bigramTerms.add(b);
    for (const term of [...words, ...pairs]) {
      push(postings, term, d);
      push(phrasingEntries, term, entry);
    }
  };

  kb.entries.forEach((entry, e) => {
    for (const lang of LANGS) {
      const t = entry.text[lang];
      for (const text of [t.title, ...t.questions]) addPhrasing(e, lang, text);
      // Small talk answers with a menu of example questions: matching them would make "hello, how do I object?" a greeting.
      if (options.answerWeight > 0 && !options.smallTalk.includes(entry.id)) for (const term of remember(tokens(`${t.summary ?? ''} ${t.answer}`))) push(answers, term, e);
    }
  });
  const real = kb.entries.length;
  kb.outOfScope.forEach((topic, k) => {
    for (const lang of LANGS) for (const text of topic.questions[lang]) addPhrasing(real + k, lang, text);
  });

  const size = real + kb.outOfScope.length;
  const n = Math.max(size, 1);
  const idf = new Map<string, number>();
  for (const [term, list] of answers) idf.set(term, Math.log(1 + n / list.length));
  for (const [term, list] of phrasingEntries) idf.set(term, Math.log(1 + n / list.length));
  // A pair of words in the order a phrasing has them is extra evidence, weighed less than the words themselves;
  // it counts neither in a phrasing's weight nor in a question's, so it can only add to a match.
  for (const b of bigramTerms) idf.set(b, options.bigramWeight * (idf.get(b) ?? 0));
  const docWeight = new Float64Array(docs.length);
  for (const [term, list] of postings) if (!bigramTerms.has(term)) for (const d of list) docWeight[d] = (docWeight[d] ?? 0) + (idf.get(term) ?? 0);
  const vocabulary = [...new Set([...postings.keys(), ...answers.keys()].filter((t) => !bigramTerms.has(t)))];
  const known = new Set(vocabulary);
  const usedForms = new Map([...forms].filter(([, term]) => known.has(term)));
  return { docs, postings, answerPostings: answers, idf, maxIdf: Math.log(1 + n), docWeight, vocabulary, forms: usedForms, real, size };
}

/** Opens index data (built now or read from a cache) for matching. */
export function openIndex(data: IndexData): MatcherIndex {
  return { ...data, terms: new TermIndex(data.vocabulary, data.forms), docEntry: Int32Array.from(data.docs, (d) => d.entry) };
}
