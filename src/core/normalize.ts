import { ALL_STOP_WORDS } from './stop-words.ts';
import { onlyConfused, phraseTerms, smallTalkTerm } from './phrase-terms.ts';
import { canonical } from './synonyms.ts';

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

// "Je voudrais savoir...", "I'd like to know...", "je me demande si...", "quelqu'un confirme ?": a frame around the
// question, not its subject ("savoir" alone is a subject: "comment savoir si ça a marché ?"). A frame is a lead word,
// then within `window` words a frame word; both are dropped.
const WANT = ['voudrais', 'voudrait', 'voulais', 'voulait', 'aimerais', 'aimerait', 'veux', 'veut', 'souhaite', 'souhaiterais', 'want', 'wanted', 'like', 'love', 'wanna'];
const SOMEONE = ['anyone', 'anybody', 'someone', 'somebody', 'quelqu'];
const FRAMES: readonly { readonly lead: ReadonlySet<string>; readonly word: ReadonlySet<string>; readonly window: number }[] = [
  { lead: new Set([...WANT, ...SOMEONE]), word: new Set(['savoir', 'connaitre', 'sait', 'know', 'knows', 'ask']), window: 2 },
  { lead: new Set([...SOMEONE, 'vous', 'you']), word: new Set(['confirm', 'confirms', 'confirme', 'confirmer', 'confirmez']), window: 3 },
];

// "Vrai ou faux ?", "is that true?", "info ou intox": asking whether a claim holds, whatever the claim.
const CHECKS = ['vrai ou faux', 'true or false', 'info ou intox', 'fact or myth', 'is that true', 'is it true', 'is this true', 'est vrai', 'est pas vrai'].map((p) => p.split(' '));

const CHECK_STARTS = new Set(CHECKS.map((c) => c[0]));

/** Whether one of `lead` is among the `window` words before position `i`; its position, or -1. */
function leadBefore(ws: readonly string[], i: number, lead: ReadonlySet<string>, window: number): number {
  for (let k = i - 1; k >= 0 && k >= i - window; k--) if (lead.has(ws[k] ?? '')) return k;
  return -1;
}

/** The words without their frames, and without "(je) me demande(ais)". */
function withoutFrames(ws: readonly string[]): readonly string[] {
  let drop: Set<number> | undefined;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    if (CHECK_STARTS.has(w)) for (const c of CHECKS) if (c.every((x, k) => ws[i + k] === x)) c.forEach((_, k) => (drop ??= new Set()).add(i + k));
    for (const f of FRAMES) {
      if (!f.word.has(w)) continue;
      const lead = leadBefore(ws, i, f.lead, f.window);
      if (lead >= 0) (drop ??= new Set()).add(i).add(lead);
    }
    // "je me demande si" frames the question; "WhatsApp me demande une raison" (asks me for) does not.
    if (w.startsWith('demand') && ((ws[i - 1] === 'me' && (i < 2 || ws[i - 2] === 'je')) || ws[i - 1] === 'jme')) (drop ??= new Set()).add(i);
  }
  const dropped = drop;
  return dropped ? ws.filter((_, i) => !dropped.has(i)) : ws;
}

/** The words a text is matched on: folded, minus stop words, each with its term (synonyms read, stemmed). */
export function tokens(text: string): Token[] {
  return tokensOf(words(text));
}

function tokensOf(ws: readonly string[]): Token[] {
  const found = withoutFrames(ws)
    .map((w) => (/^\d+[a-z]{1,2}$/.test(w) ? w.replace(/[a-z]+$/, '') : w))
    // SMS French glues "je" to the verb: "jtrouve", "jpeux", "jdesinstalle" (no French word starts with j + consonant).
    .map((w) => (w.length >= 4 && /^j[bcdfghklmnpqrstvwxz]/.test(w) && !ALL_STOP_WORDS.has(w) ? w.slice(1) : w))
    .filter((w) => !ALL_STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w)))
    .map((surface) => ({ surface, term: canonical(surface) }))
    .filter((t) => !ALL_STOP_WORDS.has(t.term));
  const implied = phraseTerms(ws).filter((term) => !found.some((t) => t.term === term));
  return implied.length ? [...found, ...implied.map((term) => ({ surface: term, term }))] : found;
}

/**
 * A question as the matcher reads it: its words (see `words`) and the tokens it is matched on. Like `tokens`, except
 * that a message that is only small talk reads as its one small-talk term ("au revoir" and "bye" as thanks,
 * "j'ai une question" as hello). Phrasings keep their own words.
 */
export function readQuestion(text: string): { words: string[]; tokens: Token[] } {
  const ws = words(text);
  if (onlyConfused(ws)) return { words: ws, tokens: [] };
  const talk = smallTalkTerm(ws);
  return { words: ws, tokens: talk === undefined ? tokensOf(ws) : [{ surface: talk, term: talk }] };
}

/** The terms of a text (see `tokens`). */
export function terms(text: string): string[] {
  return tokens(text).map((t) => t.term);
}
