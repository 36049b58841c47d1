import { learnLangEvidence, type LangEvidence } from './detect-lang.ts';
import type { KnowledgeBase } from './entry.ts';
import { indexKnowledgeBase, type IndexData } from './matcher-index.ts';
import { MATCHER_DEFAULTS, type MatcherOptions } from './matcher-options.ts';

/** A knowledge base with everything derived from it that the bot needs: built once, or read back from a cache. */
export interface CompiledKnowledgeBase {
  readonly kb: KnowledgeBase;
  /** The matcher options the index was built with (word pairs and answer words depend on them). */
  readonly tuning: MatcherOptions;
  readonly index: IndexData;
  readonly evidence: LangEvidence;
}

/** Builds the matcher index and the language evidence of a knowledge base. */
export function compileKnowledgeBase(kb: KnowledgeBase, tuning: MatcherOptions = MATCHER_DEFAULTS): CompiledKnowledgeBase {
  return { kb, tuning, index: indexKnowledgeBase(kb, tuning), evidence: learnLangEvidence(kb) };
}

/** Whether two tunings build the same index (they are plain numbers and lists). */
export function sameTuning(a: MatcherOptions, b: MatcherOptions): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
