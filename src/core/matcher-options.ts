/** Tuning of the matcher, in one frozen object. Scores are in [0, 1]. */
export const MATCHER_DEFAULTS = Object.freeze({
  /** Answer outright at or above this score... */
  answerScore: 0.5,
  /** ...when the runner-up is at least this far behind (else offer choices). */
  answerMargin: 0.08,
  /** A score this high answers whatever the runner-up. */
  sureScore: 0.8,
  /** Offer "did you mean" at or above this score; below, say it cannot help. */
  choicesScore: 0.3,
  /** Runners-up offered as choices must score at least this share of the best. */
  choicesRatio: 0.7,
  maxChoices: 3,
  /** Weight of an unknown word, as a share of the rarest word's weight. */
  unknownWeight: 0.6,
  /** Query words beyond this many are ignored (long posts). */
  maxQueryTerms: 80,
});

export type MatcherOptions = typeof MATCHER_DEFAULTS;
