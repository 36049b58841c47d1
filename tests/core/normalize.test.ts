import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/core/detect-lang.ts';
import { fold, stem, terms, words } from '../../src/core/normalize.ts';
import { editDistance, TermIndex } from '../../src/core/term-index.ts';

describe('normalising', () => {
  it('folds case and accents', () => {
    expect(fold('Données PRIVÉES, œuvre')).toBe('donnees privees, oeuvre');
  });

  it('splits French elisions with any apostrophe', () => {
    expect(words("l'IA d’Instagram qu'est-ce j`aime")).toEqual(['ia', 'instagram', 'est', 'ce', 'aime']);
  });

  it('drops stop words of both languages and keeps topic words', () => {
    expect(terms('Est-ce que je dois justifier mon refus ?')).toEqual(['justify', 'object']);
    expect(terms('Do I have to give a reason for my objection?')).toEqual(['give', 'justify', 'object']);
  });

  it('reads French, English and SMS words for the same thing as one term', () => {
    expect(terms('formulaire insta')).toEqual(terms('form instagram'));
    expect(terms('mes mp')).toEqual(terms('my DMs'));
    expect(terms('RGPD')).toEqual(terms('gdpr'));
    expect(terms('whatsapp me dmd 1 justif')).toEqual(terms('whatsapp me demande 1 justification'));
    expect(terms('je me demande si whatsapp me demande une justif')).toEqual(terms('whatsapp demande justification'));
    expect(terms('pb avc mon acc mnt')).toEqual(terms('problème avec mon compte maintenant'));
    expect(terms('cmnt bloquer qqn')).toEqual(terms('comment bloquer'));
    expect(terms("l'appli, sa politique de confidentialité")).toEqual(terms('the app, its policy of privacy'));
    expect(terms('reconnaissance du visage')).toEqual(terms('recognition of the face'));
    expect(terms('désinstaller, vérifier, améliorer')).toEqual(terms('uninstall, check, improve'));
    expect(terms('preuve, garantie, juin')).toEqual(terms('proof, guarantee, june'));
    expect(terms('wat shud i do b4 the deadline tbh')).toEqual(terms('do the deadline'));
  });

  it('reads common conjugated verbs of both languages as one term', () => {
    expect(terms('elles lisent mes msg')).toEqual(terms('reading my messages'));
    expect(terms("j'ai reçu un mail")).toEqual(terms('received an email'));
    expect(terms('pk meta fait ça')).toEqual(terms('why meta'));
    expect(terms('meta respectera mon refus')).toEqual(terms('meta will honour my objection'));
    expect(terms('ma fille, une rumeur')).toEqual(terms('my daughter, a hoax'));
    expect(terms('déjà fait opposition')).toEqual(terms('already objected'));
  });

  it('unglues the "j" of SMS French from its verb ("jtrouve", "jpeux") and keeps SMS stop words out', () => {
    expect(terms('jtrouve pa le lien')).toEqual(terms('je trouve pas le lien'));
    expect(terms('jdesinstalle whatsapp')).toEqual(terms('je désinstalle whatsapp'));
    expect(terms('jsuis perdu')).toEqual(terms('perdu'));
  });

  it('reads a question put to the bot about what it keeps as a question about the bot', () => {
    const bot = terms('bot')[0];
    for (const q of ['vous gardez mes questions ?', 'do u keep my questions or data', 'tu enregistres ce que je dis ?', 'do you log my chats']) expect(terms(q)).toContain(bot);
    for (const q of ['does Meta keep my questions', 'can you tell me where the form is', 'est-ce que vous avez le lien ?']) expect(terms(q)).not.toContain(bot);
  });

  it('reads a question about what the bot is as a question about the bot', () => {
    const bot = terms('bot')[0];
    for (const q of ['are you a lawyer', "t'es qui toi", 'tu es une IA ?', 'where do your answers come from', 'tes sources ?', 'who made you', 'qui te gère ?'])
      expect(terms(q)).toContain(bot);
    for (const q of ['are you sure it is too late?', 'where do I find your data in the Meta form', 'you made my day', 'si vous êtes mineur']) expect(terms(q)).not.toContain(bot);
  });

  it('reads an age under 18 said in passing as a minor, and not an adult age or a year', () => {
    const minor = terms('mineur')[0];
    for (const q of ['mon fils de 15 ans a un compte insta', 'g 16 ans', 'my daughter is 15', '14yo on instagram']) expect(terms(q)).toContain(minor);
    for (const q of ["j'ai 62 ans", 'my posts from 2012', 'I am 18']) expect(terms(q)).not.toContain(minor);
  });

  it('reads having no account, said with a negation, as one term', () => {
    const none = terms("je n'ai pas de compte")[1];
    expect(none).toBeDefined();
    expect(terms("I don't have a Facebook account")).toContain(none);
    expect(terms('pas de compte insta')).toContain(none);
    expect(terms('not on facebook')).toContain(none);
    expect(terms('my facebook account')).not.toContain(none);
    expect(terms('mon compte facebook')).not.toContain(none);
  });

  it('reads a refusal said without the word ("jveu pa", "I don\'t want") as an objection', () => {
    const object = terms('objection')[0];
    expect(terms('jveu pa ke facebook utilise mes foto')).toContain(object);
    expect(terms('je ne veux pas que facebook prenne mes photos')).toContain(object);
    expect(terms("I don't want Facebook to use my photos")).toContain(object);
    expect(terms('I want Facebook to use my photos')).not.toContain(object);
    expect(terms('je veux savoir ce que facebook utilise')).not.toContain(object);
    expect(terms('je refuse, je ne veux pas').filter((t) => t === object)).toHaveLength(1);
    expect(terms('does saying no wipe my photos')).toContain(object);
    expect(terms('comment dire non à meta')).toContain(object);
    expect(terms('no one says anything')).not.toContain(object);
  });

  it('stems plurals and verb endings to the same term', () => {
    expect(stem('publications')).toBe(stem('publication'));
    expect(stem('supprimer')).toBe(stem('supprimé'.normalize('NFKD').replace(/\p{M}/gu, '')));
    expect(stem('posts')).toBe('post');
    // Feminine and plural past participles, and the third person plural, fold with the infinitive.
    const folded = (w: string): string => stem(w.normalize('NFKD').replace(/\p{M}/gu, ''));
    expect(['acceptée', 'acceptées', 'accepté', 'acceptés', 'accepter', 'acceptent'].map(folded)).toEqual(Array(6).fill(folded('accepter')));
  });

  it('undoes the consonant English doubles before -ing/-ed, but not a double l, s or z', () => {
    expect(['tagging', 'tagged', 'submitted', 'stopped'].map(stem)).toEqual(['tag', 'tag', 'submit', 'stop']);
    expect(['calling', 'missed'].map(stem)).toEqual(['call', 'miss']);
  });

  it('drops the frame of a question ("je voudrais savoir", "I\'d like to know", "je me demande") but not "savoir" as its subject', () => {
    expect(terms('je voudrais savoir comment refuser')).toEqual(terms('comment refuser'));
    expect(terms("I'd like to know how to opt out")).toEqual(terms('how to opt out'));
    expect(terms('anyone know if I can object on facebook?')).toEqual(terms('can I object on facebook?'));
    expect(terms("Meta lit nos messages WhatsApp. Quelqu'un peut confirmer ?")).toEqual(terms('Meta lit nos messages WhatsApp.'));
    expect(terms('comment confirmer mon opposition')).toContain(terms('confirmation')[0]);
    expect(terms('Meta rejette les demandes sans motif, vrai ou faux ?')).toEqual(terms('Meta rejette les demandes sans motif'));
    expect(terms('they read our DMs, is that true?')).toEqual(terms('they read our DMs'));
    expect(terms('je me demandais si mes messages sont lus')).toEqual(terms('mes messages sont lus'));
    expect(terms('comment savoir si ça a marché')).toContain(terms('savoir')[0]);
  });

  it('keeps short words and numbers as they are', () => {
    expect(stem('ai')).toBe('ai');
    expect(terms('27 mai 2025')).toEqual(['27', 'mai', '2025']);
  });
});

describe('the term index', () => {
  const index = new TermIndex(['formulaire', 'whatsapp', 'instagram', 'opposition', 'refu', 'ia']);

  it('finds a word with one typo', () => {
    expect(index.lookup('formulaie').map((m) => m.term)).toContain('formulaire');
    expect(index.lookup('whatsap').map((m) => m.term)).toContain('whatsapp');
  });

  it('finds a long word with two typos, transpositions included', () => {
    expect(index.lookup('insatgarm').map((m) => m.term)).toContain('instagram');
  });

  it('does not stretch short words into others', () => {
    expect(index.lookup('ai')).toEqual([]);
    expect(index.lookup('rien')).toEqual([]);
  });

  it('completes a prefix while typing', () => {
    expect(index.lookup('oppos', 'oppos', true).map((m) => m.term)).toContain('opposition');
  });

  it('maps a misspelt written form to the term it stands for', () => {
    const withForms = new TermIndex(['late'], [['deadline', 'late']]);
    expect(withForms.lookup('dealine', 'dealin').map((m) => m.term)).toEqual(['late']);
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('instagram', 'insatgram', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('language detection', () => {
  it.each([
    ['Où est le formulaire pour WhatsApp ?', 'fr'],
    ["j'ai rempli le formulaire mais rien recu", 'fr'],
    ['est ce que je dois me justifier', 'fr'],
    ['Where is the WhatsApp form?', 'en'],
    ['do i need to give a reason', 'en'],
  ] as const)('reads %j as %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it('says nothing when the text gives no clue', () => {
    expect(detectLang('WhatsApp')).toBeUndefined();
    expect(detectLang('🙂🙂')).toBeUndefined();
  });
});

describe('French pitfalls', () => {
  it('reads "j\'ai" and "n\'ai" as the verb, not as AI', () => {
    expect(terms("j'ai rempli le formulaire")).not.toContain('ai');
    expect(terms("je n'ai rien reçu")).not.toContain('ai');
    expect(terms('j ai vu ca')).not.toContain('ai');
    expect(terms("l'IA de Meta")).toContain('ai');
  });

  it('keeps "comment" (how) apart from "commentaires" (comments)', () => {
    expect(terms('comment refuser')).not.toEqual(expect.arrayContaining(terms('mes commentaires')));
    expect(terms('ils lisent ce que je commente')).toEqual(expect.arrayContaining(terms('mes commentaires')));
    expect(terms('ils lisent ce que je commente')).not.toEqual(expect.arrayContaining(terms('comment')));
  });

  it('keeps "they"/"ils" (Meta, nearly always), "no" and "again" as topic words', () => {
    expect(terms('ils lisent mes messages')).toContain('ils');
    expect(terms('they read my messages')).toContain('they');
    expect(terms('do I have to object again')).toContain('again');
    expect(terms('no account')).toContain('no');
  });

  it('drops what is left of English contractions ("don\'t", "I\'ve", "you\'re")', () => {
    expect(terms("I don't know, I've objected, you're sure?")).toEqual(terms('I know, I objected, you sure?'));
  });

  it('drops a stop word that only shows after stemming ("whats")', () => {
    expect(terms('whats the deadline')).toEqual(terms('the deadline'));
  });
});
