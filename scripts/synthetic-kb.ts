// Builds a large synthetic knowledge base from the real one's words, for benchmarks.
import { createKnowledgeBase, type Entry, type KnowledgeBase } from '../src/core/entry.ts';
import { LANGS, mapLangs } from '../src/core/lang.ts';

/** A small seeded PRNG (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` entries whose phrasings mix words of the real entries' phrasings, plus a few invented words. */
export function syntheticKnowledgeBase(real: KnowledgeBase, count: number, seed = 42): KnowledgeBase {
  const rnd = random(seed);
  const vocab = mapLangs((l) => [...new Set(real.entries.flatMap((e) => e.text[l].questions.join(' ').split(/\s+/)))]);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sentence = (words: readonly string[], n: number): string => Array.from({ length: n }, () => pick(words)).join(' ');
  const invented = (): string => Array.from({ length: 6 + Math.floor(rnd() * 5) }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join('');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const own = [invented(), invented()];
    const text = mapLangs((l) => ({
      title: `${sentence(vocab[l], 4)} ${own[0]}`,
      questions: Array.from({ length: 8 }, () => `${sentence(vocab[l], 3 + Math.floor(rnd() * 6))} ${pick(own)}`),
      answer: sentence(vocab[l], 60),
      summary: undefined,
    }));
    entries.push({ id: `synthetic-${i}`, text, links: [], sources: [], reviewed: '2026-01-01', related: [], platforms: ['synthetic'], file: 'synthetic' });
  }
  void LANGS;
  return createKnowledgeBase(entries);
}
