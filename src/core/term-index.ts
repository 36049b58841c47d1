import Fuse from 'fuse.js';

/** A vocabulary term that a query word matched, with how close it is (1 = same word). */
export interface TermMatch {
  readonly term: string;
  readonly similarity: number;
}

const FUZZY_MIN_LENGTH = 4;
const CACHE_LIMIT = 5000;

/** Damerau-Levenshtein distance (optimal string alignment), cut off above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Typos allowed for a word of this length. */
export function allowedTypos(length: number): number {
  if (length < FUZZY_MIN_LENGTH) return 0;
  return length >= 8 ? 2 : 1;
}

/**
 * Looks query words up in the vocabulary: the term itself, then fuse.js (bitap) over the words as written
 * for typos, checked by edit distance, then prefixes. fuse.js is imported here only, so it stays swappable.
 */
export class TermIndex {
  private readonly terms: ReadonlySet<string>;
  /** Written forms (folded words, synonyms) and the term each stands for. */
  private readonly forms: ReadonlyMap<string, string>;
  private readonly sorted: readonly string[];
  /** Written forms by length and first or last letter; each gets its fuse.js index on first use. */
  private readonly buckets: ReadonlyMap<string, readonly string[]>;
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, readonly TermMatch[]>();

  /** `forms` maps written words to terms; only those whose term is in `terms` are kept. */
  constructor(terms: Iterable<string>, forms: Iterable<readonly [string, string]> = []) {
    this.terms = new Set(terms);
    const known = new Map<string, string>();
    for (const t of this.terms) known.set(t, t);
    for (const [form, term] of forms) if (this.terms.has(term) && !known.has(form)) known.set(form, term);
    this.forms = known;
    this.sorted = [...known.keys()].sort();
    // Buckets by length and by first or last letter: a typo rarely hits both ends, and small buckets keep fuse.js fast.
    const byKey = new Map<string, string[]>();
    for (const f of this.sorted) {
      if (f.length < FUZZY_MIN_LENGTH - 1) continue;
      for (const key of [`${f.length}<${f[0]}`, `${f.length}>${f[f.length - 1]}`]) {
        const list = byKey.get(key) ?? [];
        list.push(f);
        byKey.set(key, list);
      }
    }
    this.buckets = byKey;
  }

  /** Terms a word may stand for: `term` is what normalising made of the written `word`. Empty when nothing is close. */
  lookup(word: string, term = word, prefix = false): readonly TermMatch[] {
    const key = `${word}\u0000${term}${prefix ? '*' : ''}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = this.compute(word, term, prefix);
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value ?? '');
    this.cache.set(key, found);
    return found;
  }

  private compute(word: string, term: string, prefix: boolean): TermMatch[] {
    const out = new Map<string, number>();
    const add = (t: string | undefined, similarity: number): void => {
      if (t !== undefined && (out.get(t) ?? 0) < similarity) out.set(t, similarity);
    };
    if (this.terms.has(term)) add(term, 1);
    add(this.forms.get(word), 1);
    const typos = allowedTypos(word.length);
    if (typos > 0 && (out.size === 0 || prefix)) {
      for (let len = word.length - typos; len <= word.length + typos; len++) {
        const hits = [...this.search(`${len}<${word[0]}`, word), ...this.search(`${len}>${word[word.length - 1]}`, word)];
        for (const hit of hits) {
          const d = editDistance(word, hit.item, typos);
          if (d <= typos) add(this.forms.get(hit.item), 1 - (0.5 * d) / Math.max(word.length, 4));
        }
      }
    }
    if (word.length >= 4 && (out.size === 0 || prefix)) this.addPrefixes(word, add, prefix);
    return [...out].map(([t, similarity]) => ({ term: t, similarity }));
  }

  /** fuse.js over one bucket of written forms, built the first time a word needs it. */
  private search(key: string, word: string): { item: string }[] {
    let fuse = this.fuses.get(key);
    if (!fuse) {
      const list = this.buckets.get(key);
      if (!list) return [];
      fuse = new Fuse(list, { includeScore: true, ignoreLocation: true, threshold: 0.5, isCaseSensitive: true, shouldSort: false });
      this.fuses.set(key, fuse);
    }
    return fuse.search(word);
  }

  /** Terms whose written form extends the word (opposit -> opposition), or that the word extends. */
  private addPrefixes(word: string, add: (t: string | undefined, s: number) => void, typing: boolean): void {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] ?? '') < word) lo = mid + 1;
      else hi = mid;
    }
    const limit = typing ? 20 : 5;
    for (let i = lo, n = 0; i < this.sorted.length && n < limit; i++, n++) {
      const f = this.sorted[i] ?? '';
      if (!f.startsWith(word)) break;
      add(this.forms.get(f), typing ? 0.95 : 0.8);
    }
    for (let cut = word.length - 1; cut >= 4; cut--) add(this.forms.get(word.slice(0, cut)), 0.8);
  }
}
