import type { Entry } from './entry.ts';
import { canonical } from './synonyms.ts';
import { allowedTypos, editDistance } from './term-index.ts';

// The platforms a question can name, and the tags of `platforms:` in faq/ that stand for each.
const PLATFORMS: Readonly<Record<string, { words: readonly string[]; tags: readonly string[] }>> = {
  facebook: { words: ['facebook'], tags: ['facebook', 'meta'] },
  instagram: { words: ['instagram'], tags: ['instagram', 'meta'] },
  whatsapp: { words: ['whatsapp'], tags: ['whatsapp', 'meta'] },
  messenger: { words: ['messenger'], tags: ['messenger', 'meta'] },
  x: { words: ['twitter', 'grok', 'tweets'], tags: ['x', 'grok'] },
  linkedin: { words: ['linkedin'], tags: ['linkedin'] },
  openai: { words: ['chatgpt', 'openai'], tags: ['openai', 'chatgpt'] },
  google: { words: ['gemini', 'google', 'bard'], tags: ['google', 'gemini'] },
  anthropic: { words: ['claude', 'anthropic'], tags: ['anthropic', 'claude'] },
  microsoft: { words: ['copilot', 'microsoft', 'bing'], tags: ['microsoft', 'copilot'] },
};

const PLATFORM_OF_TERM: ReadonlyMap<string, string> = new Map(
  Object.entries(PLATFORMS).flatMap(([platform, { words }]) => words.map((w) => [canonical(w), platform] as const)),
);

const PLATFORM_WORDS = [...PLATFORM_OF_TERM.keys()].filter((w) => w.length >= 6);

// Words recur from question to question: what each names is remembered (bounded, like the term index's cache).
const seen = new Map<string, string | null>();
const SEEN_LIMIT = 5000;

/** The platform a folded word names: its short form ("insta", "fb") or a typo of a long name ("instagarm", "facebok"). */
function platformOf(word: string): string | undefined {
  let found = seen.get(word);
  if (found === undefined) {
    found = readPlatform(word) ?? null;
    if (seen.size >= SEEN_LIMIT) seen.delete(seen.keys().next().value ?? '');
    seen.set(word, found);
  }
  return found ?? undefined;
}

function readPlatform(word: string): string | undefined {
  const direct = PLATFORM_OF_TERM.get(canonical(word));
  if (direct || word.length < 6) return direct;
  const typos = allowedTypos(word.length);
  const near = PLATFORM_WORDS.find((p) => p[0] === word[0] && editDistance(word, p, typos) <= typos);
  return near === undefined ? undefined : PLATFORM_OF_TERM.get(near);
}

// "no Facebook", "not on Facebook", "sans Instagram", "pas de compte Facebook", "never had a Facebook account",
// "je n'ai jamais eu Instagram": the question says it is NOT about that platform. A negation counts only right before
// the name (articles and "account" aside), or before "have/had/used" right before it: "je ne veux pas que Facebook..."
// still names Facebook.
const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'nor', 't', 'pas', 'sans', 'jamais', 'aucun', 'aucune', 'ni']);
const HAVE = new Set(['have', 'has', 'had', 'use', 'used', 'using', 'eu', 'utilise', 'possede']);
const BETWEEN = new Set(['a', 'an', 'any', 'the', 'on', 'of', 'de', 'du', 'un', 'une', 'sur', 'account', 'compte', 'profile', 'profil', 'app', 'appli']);

function negated(ws: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && BETWEEN.has(ws[k] ?? '')) k--;
  if (HAVE.has(ws[k] ?? '')) {
    k--;
    if (ws[k] === 'even') k--;
  }
  return NEGATIONS.has(ws[k] ?? '');
}

/** The platforms a question names, from its folded words as typed (see `words`): not those it says it is not about. */
export function namedPlatforms(ws: readonly string[]): Set<string> {
  const named = new Set<string>();
  ws.forEach((w, i) => {
    const p = platformOf(w);
    if (p !== undefined && !negated(ws, i)) named.add(p);
  });
  return named;
}

/** The platforms an entry is about, from its `platforms` tags ("meta" stands for each of Meta's apps). */
export function entryPlatforms(entry: Entry): Set<string> {
  return new Set(Object.entries(PLATFORMS).flatMap(([platform, { tags }]) => (tags.some((t) => entry.platforms.includes(t)) ? [platform] : [])));
}
