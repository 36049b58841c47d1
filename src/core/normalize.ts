import { ALL_STOP_WORDS } from './stop-words.ts';

/** Longest input the matcher reads; a forum post longer than this is cut (its question is nearly always early). */
export const MAX_QUESTION_CHARS = 2000;

const ELISION = /\b(?:l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’‘`´ʼ]/g;
const SUFFIXES = ['ements', 'ement', 'ments', 'ment', 'ings', 'ing', 'ies', 'ed', 'er', 'ez', 'es', 'e', 's'];

/** Lower case, no accents, no control characters, apostrophes unified. */
export function fold(text: string): string {
  return text
    .slice(0, MAX_QUESTION_CHARS)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** Words of a text, folded, French elisions split off ("l'IA" -> "ia"). Stop words kept. */
export function words(text: string): string[] {
  return fold(text)
    .replace(ELISION, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** A light, language-agnostic stem: enough to fold plurals and common verb endings together. */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The terms a text is matched on: folded words, minus stop words, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !ALL_STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w)))
    .map(stem);
}
