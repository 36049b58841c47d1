import type { KnowledgeBase } from './entry.ts';
import { LANGS, type Lang } from './lang.ts';
import { words } from './normalize.ts';
import { STOP_WORDS } from './stop-words.ts';

// Words that on their own point to one language (beyond the stop words).
const MARKERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set('bonjour bonsoir salut coucou merci formulaire refuser refus opposer opposition donnees publications prives compte supprimer entrainer entrainement confidentialite parametres mineurs enfants vie privee courriel trop tard reponse justifier aide sujets desactiver bloquer plainte'.split(' ')),
  en: new Set('hello hi hey thanks thank form refuse object objection data posts private account delete train training privacy settings children kids email late answer reply justify help topics opt out stop remove complaint joke price today'.split(' ')),
};
const FRENCH_LETTERS = /[éèêëàâîïôûùç]/i;
const FRENCH_ELISION = /\b(?:l|d|j|qu|n|c|s|m|t)['’]\p{L}/iu;

/** Per-word language evidence learnt from the knowledge base's own texts: log-odds French vs English. */
export type LangEvidence = ReadonlyMap<string, number>;

/** Counts each word in the French and English sides of the knowledge base. */
export function learnLangEvidence(kb: KnowledgeBase): LangEvidence {
  const counts = new Map<string, [number, number]>();
  const totals = [0, 0];
  for (const entry of kb.entries) {
    LANGS.forEach((lang, side) => {
      const t = entry.text[lang];
      // Text by text: `words` reads at most the length of a question, and an answer plus its phrasings is longer.
      for (const w of [t.title, t.summary ?? '', t.answer, ...t.questions].flatMap(words)) {
        const c = counts.get(w) ?? [0, 0];
        c[side] = (c[side] ?? 0) + 1;
        counts.set(w, c);
        totals[side] = (totals[side] ?? 0) + 1;
      }
    });
  }
  const evidence = new Map<string, number>();
  for (const [w, [fr, en]] of counts) {
    const odds = Math.log(((fr + 0.5) / (totals[0] || 1)) / ((en + 0.5) / (totals[1] || 1)));
    if (Math.abs(odds) >= 1.5) evidence.set(w, Math.max(-1, Math.min(1, odds / 3)));
  }
  return evidence;
}

/** The language of a text when the evidence is clear, else undefined (the caller falls back). */
export function detectLang(text: string, evidence: LangEvidence = new Map()): Lang | undefined {
  const sample = text.slice(0, 2000);
  let fr = 0;
  let en = 0;
  if (FRENCH_LETTERS.test(sample)) fr += 1.5;
  if (FRENCH_ELISION.test(sample)) fr += 1.5;
  for (const w of words(sample)) {
    if (STOP_WORDS.fr.has(w)) fr += 1;
    if (STOP_WORDS.en.has(w)) en += 1;
    if (MARKERS.fr.has(w)) fr += 0.75;
    if (MARKERS.en.has(w)) en += 0.75;
    const learnt = evidence.get(w) ?? 0;
    if (learnt > 0) fr += learnt * 0.75;
    else en -= learnt * 0.75;
  }
  if (Math.abs(fr - en) < 0.25 || Math.max(fr, en) < 0.5) return undefined;
  return fr > en ? 'fr' : 'en';
}
