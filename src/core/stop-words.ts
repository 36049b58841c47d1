import type { Lang } from './lang.ts';

// Function words that carry no topic. Written folded (lower case, no accents), as the normaliser outputs them.
// Not among them: "they" and "ils" (in these questions, nearly always Meta), "no" and "again" (objecting again).
const fr = `a aie aient aies ait alors as au aucun aussi aux avec avez avais avait avoir avons bon ca car ce ceci cela celle celles celui ces cet cette ceux chez ci comme dans de des dois doit donc du elle elles en est et etaient etait ete etre eu eux fait faire faut fois font ici il je jusqu la le les leur leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ont ou par pas peu peut peux plus pour que quel quelle quelles quels qui quoi sa sans se ses si sinon soit son sont sous suis sur ta te tes ton tous tout toute toutes tres un une vos votre vous vu y est-ce svp stp oui non bien alors voila vraiment juste quelqu quelque chose ya cest jai jsuis chui`;
const en = `a about above after against all am an and any are as at be been before being below between both but by can could did do does doing done down during each few for from further had has have having he her here hers herself him himself his i if in into is it its itself just me more most my myself nor not of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these this those through to too under until up very was we were what which while whom will with would your yours yourself yourselves im ive dont cant doesnt didnt isnt thats youre theyre please pls plz u ur really also get got even something anyone someone anybody`;

// SMS and familiar spellings of function words ("jveu pa ke", "u gonna").
const frSms = `vs fai fais vais pourrai pourrais pourrait pourra pourront pourrions pourriez jme jve croi crois pu plu tro trop soi cb qqch chu pe voudrais voudrait voudrions voudriez voudraient voulais voulait aimerais aimerait souhaiterais souhaiterait pa ke ki koi kel kelle kil kils kon ske cke vrmt vrm vrmnt jsp dc tkt jveu jveux jsui jsuis jsais jpense jlai jai g pr ds tt tjr tjrs bcp mm ya oue ouai ouais bah ben bref genre truc trucs machin ptet perso qqn ns ac avc nn dsl jv cad pcq pck paske psk`;
// What is left of English contractions once the apostrophe splits them ("don't" -> "don", "I've" -> "ve").
const enContractions = `won shan don doesn didn isn aren wasn weren wouldn shouldn couldn haven hasn hadn ll ve re`;
const enSms = `gonna wanna gotta u ur r hw rly cos abt bc cuz coz tho rn idk dunno lol wtf ok okay yeah yep nah anyway right thing stuff wat wut wht b4 smth sth hv hav cn shud wud cud wer tht dat da nd thru tbh imo btw nvm asap`;

// Fillers that stress rather than say anything ("what exactly", "franchement", "literally").
const frFillers = `exactement franchement concretement precisement pareil pareille pareils pareilles`;
const enFillers = `exactly actually honestly basically literally precisely`;
// Times of day, said in greetings ("good evening, how do I..."): a greeting alone is read before stop words are dropped.
const enGreetings = `morning mornings afternoon afternoons evening evenings`;

/** Stop words per language, folded. */
export const STOP_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = Object.freeze({
  fr: new Set(`${fr} ${frSms} ${frFillers}`.split(/\s+/)),
  en: new Set(`${en} ${enContractions} ${enSms} ${enFillers} ${enGreetings}`.split(/\s+/)),
});

/** Words dropped in every language (the union), since questions mix languages. */
export const ALL_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS.fr, ...STOP_WORDS.en]);
