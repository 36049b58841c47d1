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
 * Looks query words up in the vocabulary: exact, then fuse.js (bitap) for typos, checked by edit distance,
 * then prefixes. fuse.js is imported here only, so the fuzzy engine stays swappable.
 */
export class TermIndex {
  private readonly vocabulary: ReadonlySet<string>;
  private readonly sorted: readonly string[];
  private readonly buckets = new Map<number, Fuse<string>>();
  private readonly cache = new Map<string, readonly TermMatch[]>();

  constructor(terms: Iterable<string>) {
    this.vocabulary = new Set(terms);
    this.sorted = [...this.vocabulary].sort();
    const byLength = new Map<number, string[]>();
    for (const t of this.sorted) {
      if (t.length < FUZZY_MIN_LENGTH - 1) continue;
      const list = byLength.get(t.length) ?? [];
      list.push(t);
      byLength.set(t.length, list);
    }
    for (const [length, list] of byLength) {
      this.buckets.set(length, new Fuse(list, { includeScore: true, ignoreLocation: true, threshold: 0.5, isCaseSensitive: true, shouldSort: false }));
    }
  }

  /** Vocabulary terms a word may stand for. Empty when nothing is close. */
  lookup(word: string, prefix = false): readonly TermMatch[] {
    const key = prefix ? `${word}*` : word;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = this.compute(word, prefix);
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value ?? '');
    this.cache.set(key, found);
    return found;
  }

  private compute(word: string, prefix: boolean): TermMatch[] {
    const out = new Map<string, number>();
    if (this.vocabulary.has(word)) out.set(word, 1);
    const typos = allowedTypos(word.length);
    if (typos > 0 && (out.size === 0 || prefix)) {
      for (let len = word.length - typos; len <= word.length + typos; len++) {
        for (const hit of this.buckets.get(len)?.search(word) ?? []) {
          const d = editDistance(word, hit.item, typos);
          if (d <= typos && !out.has(hit.item)) out.set(hit.item, 1 - 0.5 * d / Math.max(word.length, 4));
        }
      }
    }
    if (word.length >= 4 && (out.size === 0 || prefix)) this.addPrefixes(word, out, prefix);
    return [...out].map(([term, similarity]) => ({ term, similarity }));
  }

  /** Vocabulary terms that extend the word (opposit -> opposition) or that it extends. */
  private addPrefixes(word: string, out: Map<string, number>, typing: boolean): void {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] ?? '') < word) lo = mid + 1;
      else hi = mid;
    }
    const limit = typing ? 20 : 5;
    for (let i = lo, n = 0; i < this.sorted.length && n < limit; i++, n++) {
      const t = this.sorted[i] ?? '';
      if (!t.startsWith(word)) break;
      if (!out.has(t)) out.set(t, typing ? 0.95 : 0.8);
    }
    for (let cut = word.length - 1; cut >= 4; cut--) {
      const head = word.slice(0, cut);
      if (this.vocabulary.has(head) && !out.has(head)) out.set(head, 0.8);
    }
  }
}
