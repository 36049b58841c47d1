import type { Lang } from './lang.ts';
import { words } from './normalize.ts';
import { STOP_WORDS } from './stop-words.ts';

// Words that on their own point to one language (beyond the stop words).
const MARKERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set('bonjour salut coucou merci formulaire refuser refus opposer opposition donnees publications messages prives compte supprimer entrainer entrainement confidentialite parametres mineurs enfants vie privee courriel trop tard reponse justifier aide sujets'.split(' ')),
  en: new Set('hello hi hey thanks thank form refuse object objection data posts private account delete train training privacy settings children kids email late answer reply justify help topics opt out stop'.split(' ')),
};
const FRENCH_LETTERS = /[éèêëàâîïôûùç]/i;
const FRENCH_ELISION = /\b(?:l|d|j|qu|n|c|s|m|t)['’]\p{L}/iu;

/** The language of a text when the evidence is clear, else undefined (the caller falls back). */
export function detectLang(text: string): Lang | undefined {
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
  }
  if (fr === en || Math.max(fr, en) < 1) return undefined;
  return fr > en ? 'fr' : 'en';
}
