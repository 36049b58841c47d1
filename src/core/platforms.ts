import type { Entry } from './entry.ts';
import { canonical } from './synonyms.ts';

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

/** The platforms named by a question's terms. */
export function namedPlatforms(terms: readonly string[]): Set<string> {
  return new Set(terms.flatMap((t) => PLATFORM_OF_TERM.get(t) ?? []));
}

/** The platforms an entry is about, from its `platforms` tags ("meta" stands for each of Meta's apps). */
export function entryPlatforms(entry: Entry): Set<string> {
  return new Set(Object.entries(PLATFORMS).flatMap(([platform, { tags }]) => (tags.some((t) => entry.platforms.includes(t)) ? [platform] : [])));
}
