import { ALL_STOP_WORDS } from './stop-words.ts';
import { canonical } from './synonyms.ts';

// Meanings said across several words, which the stop words would otherwise drop: each rule reads
// the folded words of a question (stop words included) and adds one term.

const WANT_FR = new Set(['veux', 'veu', 'jveux', 'jveu', 'veut', 'voulons', 'voulez', 'veulent', 'voudrais', 'voudrait', 'souhaite', 'souhaitons', 'souhaitent']);
const NOT_FR = new Set(['pas', 'pa', 'plus', 'jamais']);
const WANT_EN = new Set(['want', 'wanna', 'wants', 'wish', 'agree', 'consent']);
const NOT_EN = new Set(['not', 'dont', 'don', 'doesn', 'didn', 'never', 'no']);

const SAY = new Set(['say', 'says', 'saying', 'said', 'dire', 'dis', 'dit', 'disent']);
const NO = new Set(['no', 'non']);

/** "je (ne) veux pas", "jveu pa", "I don't want", "say no", "dire non": a refusal said without the word. */
function refuses(ws: readonly string[]): boolean {
  return ws.some(
    (w, i) =>
      (SAY.has(w) && NO.has(ws[i + 1] ?? '')) ||
      (WANT_FR.has(w) && ws.slice(i + 1, i + 3).some((n) => NOT_FR.has(n))) ||
      (WANT_EN.has(w) && ws.slice(Math.max(0, i - 3), i).some((n) => NOT_EN.has(n))),
  );
}

// An age under 18 said in passing ("mon fils de 15 ans", "g 16 ans", "my daughter is 15", "14yo").
const MINOR_AGE = /\b(?:[5-9]|1[0-7])\s*(?:ans|an|years?\s*old|yrs?\s*old|yo|y\/o)\b|\b(?:is|am|im|turned|turns|aged?)\s+(?:[5-9]|1[0-7])\b/;

// Having no account, said with a negation the stop words would drop ("je n'ai pas de compte", "not on Facebook").
const NO_ACCOUNT = /\b(?:pas|plus|aucun|jamais eu|sans|ni)\s+(?:de\s+|d\s+|un\s+)?(?:compte|comptes)\b|\b(?:no|not|never had|dont have|don t have|do not have|haven t|without)\s+(?:an?\s+|any\s+)?(?:(?:facebook|instagram|insta|fb|meta|whatsapp)\s+)?accounts?\b|\b(?:not|never been)\s+on\s+(?:facebook|instagram|fb|insta)\b/;

// Asking the bot itself what it keeps ("vous gardez mes questions ?", "do u log my chats"): the second person, which
// the stop words drop, right before a verb of keeping. Implies the term of "bot".
const YOU = new Set(['you', 'u', 'ya', 'vous', 'tu']);
const KEEPING = new Set(['keep', 'collect', 'sell', 'read', 'stock', 'enregistr', 'record', 'log', 'logs', 'rememb', 'retien', 'reten', 'note', 'notez', 'revend', 'track', 'spy']);

// ...or what it is: "are you a lawyer", "r u a bot", "tu es qui", "t'es quoi", "your sources", "tes réponses",
// "who made you", "qui te gère".
const BEING = new Set(['are you', 'are u', 'r u', 'tu es', 'es tu']);
// "Are you sure it is too late?" is not about the bot.
const SURE = new Set(['sure', 'certain', 'sur', 'certaine']);
const YOUR = new Set(['your', 'ur', 'yr', 'tes', 'ton', 'ta', 'vos', 'votre']);
const OF_BOT = new Set(['reply', 'sourc']);
const MAKING = new Set(['made', 'built', 'creat', 'program', 'runs', 'run', 'trust', 'behind', 'own', 'owns']);
const MAKING_FR = new Set(['gere', 'cree', 'creer', 'programme', 'fait', 'faire']);

function asksTheBot(ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    const next = ws[i + 1] ?? '';
    return (
      (YOU.has(w) && ws.slice(i + 1, i + 3).some((n) => KEEPING.has(canonical(n)))) ||
      (BEING.has(`${w} ${next}`) && !SURE.has(ws[i + 2] ?? '')) ||
      (w === 'es' && ws[i - 1] !== 'tu' && !SURE.has(next)) ||
      (YOUR.has(w) && OF_BOT.has(canonical(next))) ||
      ((w === 'you' || w === 'u') && i > 0 && MAKING.has(canonical(ws[i - 1] ?? ''))) ||
      (w === 'te' && MAKING_FR.has(next))
    );
  });
}

// An opener with nothing asked yet ("j'ai une question", "I need some help", "il y a quelqu'un ?", "quick question"):
// greeted as a hello, not matched on "question" or "help" alone.
const OPENER = new Set(
  `question questions help aide aider aidez renseignement renseignements conseil conseils advice quick petite petit small rapide
  ask poser something anyone anybody someone somebody quelqu there here ici minute moment sec besoin need needed you u tu me moi
  aurais aurai hello hi hey bonjour bonsoir salut svp stp please plz good morning afternoon evening`.split(/\s+/),
);

function opensOnly(ws: readonly string[]): boolean {
  return ws.length > 0 && ws.length <= 10 && ws.every((w) => OPENER.has(w) || ALL_STOP_WORDS.has(w)) && ws.some((w) => OPENER.has(w));
}

// A farewell or an acknowledgement ("au revoir", "bonne journée", "bye", "ok", "d'accord", "got it"): answered like
// thanks, not matched on "goodbye" (the "Goodbye Meta AI" hoax) or on "journée" alone.
const FAREWELL = new Set(
  `bye byebye goodbye ciao tchao adieu revoir plus bientot bonne journee soiree nuit weekend have nice day
  good night see you ya later cya take care cheers thanks thank merci ok okay accord daccord dac entendu noted got cool parfait
  super nickel great perfect awesome compris understood understand comprends`.split(/\s+/),
);

function saysGoodbye(ws: readonly string[]): boolean {
  if (ws.some((w) => NOT_EN.has(w) || (NOT_FR.has(w) && w !== 'plus') || w === 'non')) return false;
  // "à plus tard" is a farewell; "trop tard" is a question about the deadline.
  const said = ws.filter((w, i) => !(w === 'tard' && ws[i - 1] === 'plus'));
  return said.length > 0 && said.length <= 8 && said.every((w) => FAREWELL.has(w) || ALL_STOP_WORDS.has(w)) && said.some((w) => FAREWELL.has(w));
}

const RULES: readonly { readonly term: string; readonly said: (ws: readonly string[], joined: string) => boolean }[] = [
  { term: canonical('objection'), said: (ws) => refuses(ws) },
  { term: canonical('minor'), said: (_, joined) => MINOR_AGE.test(joined) },
  // No word maps to this term: it only comes from the phrase.
  { term: 'no-account', said: (_, joined) => NO_ACCOUNT.test(joined) },
  { term: canonical('bot'), said: (ws) => asksTheBot(ws) },
];

// "Je comprends pas", "I don't understand", "j'ai rien compris": confusion with nothing asked, not a question about
// what objecting does (whose phrasings say "je ne comprends pas ce que..."). Read as nothing, so the bot offers topics.
const UNDERSTAND = new Set(['understand', 'comprends', 'comprend', 'compris', 'comprendre']);
const ASIDE = new Set(['get', 'rien', 'nothing', 'anything', 'sorry', 'desole', 'desolee']);

/** Whether a message only says it does not understand. */
export function onlyConfused(ws: readonly string[]): boolean {
  return (
    ws.length <= 8 &&
    ws.some((w) => UNDERSTAND.has(w)) &&
    ws.some((w) => NOT_EN.has(w) || NOT_FR.has(w) || w === 'rien' || w === 't' || w === 'nothing') &&
    ws.every((w) => UNDERSTAND.has(w) || ASIDE.has(w) || ALL_STOP_WORDS.has(w) || w.length === 1)
  );
}

/**
 * The one term a message that is only small talk stands for: a farewell reads as thanks ("au revoir", "bonne journée",
 * "bye"), an opener that asks nothing yet as hello ("j'ai une question", "anyone here?"); undefined for anything else.
 */
export function smallTalkTerm(ws: readonly string[]): string | undefined {
  if (opensOnly(ws)) return canonical('hello');
  if (saysGoodbye(ws)) return canonical('thanks');
  return undefined;
}

/** The terms a question's phrases imply ("jveu pa" -> objection, "mon fils de 15 ans" -> minor). */
export function phraseTerms(ws: readonly string[]): string[] {
  const joined = ws.join(' ');
  return RULES.filter((r) => r.said(ws, joined)).map((r) => r.term);
}
