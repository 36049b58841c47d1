import { ALL_STOP_WORDS } from './stop-words.ts';
import { canonical } from './synonyms.ts';

const OBJECT = canonical('objection');
const MINOR = canonical('minor');
/** A term no word maps to: it only comes from the phrase. */
const NO_ACCOUNT_TERM = 'no-account';

export { stem } from './stem.ts';

/** Longest input the matcher reads; a forum post longer than this is cut (its question is nearly always early). */
export const MAX_QUESTION_CHARS = 2000;

// "j'ai", "n'ai", "j ai" are the verb "avoir", not AI.
const J_AI = /\b[jn](?:['’‘`´ʼ]\s*|\s+)ai\b/g;
const ELISION = /\b(?:l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’‘`´ʼ]/g;

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
    .replace(J_AI, ' ')
    .replace(ELISION, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** A word as typed (folded) and the term it is matched as. */
export interface Token {
  readonly surface: string;
  readonly term: string;
}

const WANT_FR = new Set(['veux', 'veu', 'jveux', 'jveu', 'veut', 'voulons', 'voulez', 'veulent', 'voudrais', 'voudrait', 'souhaite', 'souhaitons', 'souhaitent']);
const NOT_FR = new Set(['pas', 'pa', 'plus', 'jamais']);
const WANT_EN = new Set(['want', 'wanna', 'wants', 'wish', 'agree', 'consent']);
const NOT_EN = new Set(['not', 'dont', 'don', 'doesn', 'didn', 'never', 'no']);

/** "je (ne) veux pas", "jveu pa", "I don't want": a refusal said without the word, read as "object". */
function refuses(ws: readonly string[]): boolean {
  return ws.some(
    (w, i) =>
      (WANT_FR.has(w) && ws.slice(i + 1, i + 3).some((n) => NOT_FR.has(n))) ||
      (WANT_EN.has(w) && ws.slice(Math.max(0, i - 3), i).some((n) => NOT_EN.has(n))),
  );
}

// An age under 18 said in passing ("mon fils de 15 ans", "g 16 ans", "my daughter is 15", "14yo").
const MINOR_AGE = /\b(?:[5-9]|1[0-7])\s*(?:ans|an|years?\s*old|yrs?\s*old|yo|y\/o)\b|\b(?:is|am|im|turned|turns|aged?)\s+(?:[5-9]|1[0-7])\b/;

// Having no account, said with a negation the stop words would drop ("je n'ai pas de compte", "not on Facebook").
const NO_ACCOUNT = /\b(?:pas|plus|aucun|jamais eu|sans|ni)\s+(?:de\s+|d\s+|un\s+)?(?:compte|comptes)\b|\b(?:no|not|never had|dont have|don t have|do not have|haven t|without)\s+(?:an?\s+|any\s+)?(?:(?:facebook|instagram|insta|fb|meta|whatsapp)\s+)?accounts?\b|\b(?:not|never been)\s+on\s+(?:facebook|instagram|fb|insta)\b/;

/** The words a text is matched on: folded, minus stop words, each with its term (synonyms read, stemmed). */
export function tokens(text: string): Token[] {
  const ws = words(text);
  const found = ws
    .map((w) => (/^\d+[a-z]{1,2}$/.test(w) ? w.replace(/[a-z]+$/, '') : w))
    // SMS French glues "je" to the verb: "jtrouve", "jpeux", "jdesinstalle" (no French word starts with j + consonant).
    .map((w) => (w.length >= 4 && /^j[bcdfghklmnpqrstvwxz]/.test(w) && !ALL_STOP_WORDS.has(w) ? w.slice(1) : w))
    .filter((w) => !ALL_STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w)))
    .map((surface) => ({ surface, term: canonical(surface) }))
    .filter((t) => !ALL_STOP_WORDS.has(t.term));
  const extra: Token[] = [];
  if (refuses(ws) && !found.some((t) => t.term === OBJECT)) extra.push({ surface: 'refuse', term: OBJECT });
  const joined = ws.join(' ');
  if (MINOR_AGE.test(joined) && !found.some((t) => t.term === MINOR)) extra.push({ surface: 'minor', term: MINOR });
  if (NO_ACCOUNT.test(joined)) extra.push({ surface: 'no-account', term: NO_ACCOUNT_TERM });
  return extra.length ? [...found, ...extra] : found;
}

/** The terms of a text (see `tokens`). */
export function terms(text: string): string[] {
  return tokens(text).map((t) => t.term);
}
