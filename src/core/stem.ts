// French future, conditional and imperfect endings first ("respectera", "utiliseraient"), then plurals, feminine participles
// ("acceptée", "acceptées"), the third person plural ("utilisent") and common endings.
const SUFFIXES = ['eraient', 'eriez', 'erions', 'erait', 'erais', 'eront', 'erons', 'erez', 'erai', 'era', 'aient', 'ait', 'ais', 'ements', 'ement', 'ments', 'ment', 'ings', 'ing', 'ies', 'ed', 'er', 'ez', 'ees', 'ee', 'ent', 'es', 'e', 's'];

const ENGLISH_DOUBLING = new Set(['ing', 'ings', 'ed']);

/** A light, language-agnostic stem: enough to fold plurals and common verb endings together. */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      // English doubles a final consonant before -ing/-ed: "tagging", "stopped", "submitted" (but "calling", "missed").
      return ENGLISH_DOUBLING.has(suffix) && /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
    }
  }
  return word;
}

