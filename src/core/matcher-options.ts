/** Tuning of the matcher, in one frozen object. Scores are in [0, 1]. */
export const MATCHER_DEFAULTS = Object.freeze({
  /** Answer outright at or above this score... */
  answerScore: 0.5,
  /** ...when the runner-up is at least this far behind (else offer choices). */
  answerMargin: 0.02,
  /** Where the bot speaks unasked (a Discord help channel), it answers only at or above this score. */
  confidentScore: 0.65,
  /** A score this high answers whatever the runner-up. */
  sureScore: 0.7,
  /** Offer "did you mean" at or above this score; below, say it cannot help. */
  choicesScore: 0.5,
  /** Runners-up offered as choices must score at least this share of the best. */
  choicesRatio: 0.7,
  maxChoices: 3,
  /** Topics that answer only when nothing substantive does ("hello, how do I object?" is a question). */
  smallTalk: Object.freeze(['greeting', 'thanks']) as readonly string[],
  /** ...unless small talk scores more than this above the best of them. */
  smallTalkLead: 0.05,
  /** Say "cannot help" when the best entry accounts for less than this share of the question. */
  minExplained: 0,
  /** Say "cannot help" when an out-of-scope question scores within this of the best entry. */
  outOfScopeMargin: 0.16,
  /** Weight of a word the knowledge base does not know, as a share of the rarest known word's weight. */
  unknownWeight: 0.7,
  /** Query words beyond this many are ignored (long posts). */
  maxQueryTerms: 80,
  /** A question with more terms than this is a post: the words of its sentences with "?" weigh `questionBoost` times more. */
  longPostTerms: 8,
  questionBoost: 1.5,
  /** Words found only in an entry's answer count this much (0 leaves answers out of matching). */
  answerWeight: 0.3,
  /** A phrasing weighs at least this much, so one made of common words is not fully matched by any question. */
  minDocWeight: 4,
  /** Share of the score from the best phrasing's coverage (the rest: how much of the question the entry explains). */
  phrasingExponent: 0.4,
  /**
   * Share of "how much of the question an entry explains" measured on its single best phrasing (the rest: on all its
   * phrasings together), so an entry with many phrasings does not explain stray words by their sheer number.
   */
  singlePhrasingShare: 0.15,
  /** Weight of two words found side by side in a phrasing, as a share of the pair's rarity (0: word order ignored). */
  bigramWeight: 0.2,
  /** Word pairs are indexed only when the entries have at most this many phrasings (memory: a pair index grows fast). */
  bigramMaxPhrasings: 50_000,
  /** Score factor of an entry about other platforms than the ones the question names (1: no effect). */
  platformMismatch: 0.7,
  /** A long post's weight is capped here, so its extra words do not drown what it asks. */
  queryWeightCap: 20,
  /**
   * Weight of the word model's second opinion on the best few entries and their out-of-scope rival (0: the scorer
   * alone). Chosen, with `wordSmoothing` and `outOfScopeMargin`, by cross-validation over the knowledge base's own phrasings (`npm run eval:cv`), not on an eval set.
   */
  secondOpinionWeight: 0.15,
  /** Added to every word count of the word model, so a word an entry's phrasings never use is unlikely, not impossible. */
  wordSmoothing: 0.1,
});

type Defaults = typeof MATCHER_DEFAULTS;
/** The tuning's shape: any number where a default is a number. */
export type MatcherOptions = { readonly [K in keyof Defaults]: Defaults[K] extends number ? number : Defaults[K] };
