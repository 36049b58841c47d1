import type { Lang } from './lang.ts';

/** Every user-facing string the core and the renderers use, per language. */
export interface Messages {
  readonly welcome: string;
  readonly help: string;
  readonly didYouMean: string;
  readonly none: string;
  readonly emptyQuestion: string;
  readonly unknownTopic: string;
  readonly topicsIntro: string;
  readonly optoutIntro: string;
  readonly langSet: string;
  readonly langUsage: string;
  readonly feedbackThanks: string;
  readonly feedbackSorry: string;
  readonly rateLimited: string;
  readonly error: string;
  readonly reviewed: string;
  readonly sources: string;
  readonly related: string;
  readonly links: string;
  readonly more: string;
  readonly share: string;
  readonly sharedBy: string;
  readonly helpful: string;
  readonly notHelpful: string;
  readonly truncated: string;
  readonly connectHint: string;
  readonly chooseTopic: string;
  /** Ends a label before a list (French puts a space before the colon). */
  readonly colon: string;
  /** Discord: the name of the `private` option of every slash command (lower case, no spaces). */
  readonly privateOption: string;
  readonly privateOptionDescription: string;
}

const fr: Messages = {
  welcome:
    'Bonjour ! Je vous aide à refuser que Meta (Facebook, Instagram, WhatsApp, Messenger, Threads) et d’autres entreprises entraînent leur IA avec vos données. Posez votre question avec vos mots, par exemple « où est le formulaire WhatsApp ? ».',
  help:
    'Posez votre question avec vos mots, par exemple « comment m’opposer sur Instagram ? » ou « dois-je justifier mon refus ? ». Je réponds en français ou en anglais, avec les liens officiels, mes sources et la date de vérification. Ce n’est pas un conseil juridique.',
  didYouMean: 'Je ne suis pas sûr d’avoir compris. Vouliez-vous parler de :',
  none:
    'Désolé, je ne sais pas répondre à cela. Je connais le refus de l’entraînement de l’IA (Meta et quelques autres services). Voici les sujets principaux :',
  emptyQuestion: 'Écrivez votre question, par exemple « comment refuser sur Facebook ? ».',
  unknownTopic: 'Je ne connais pas ce sujet. Voici ceux que je connais :',
  topicsIntro: 'Voici les sujets que je connais :',
  optoutIntro: 'Sur quelle application voulez-vous refuser ?',
  langSet: 'Entendu : je répondrai en français.',
  langUsage: 'Choisissez une langue : /lang fr ou /lang en.',
  feedbackThanks: 'Merci pour votre retour !',
  feedbackSorry: 'Merci, c’est noté. Reformulez votre question ou choisissez un sujet, je ferai de mon mieux.',
  rateLimited: 'Vous envoyez beaucoup de messages : je réponds de nouveau dans quelques secondes.',
  error: 'Oups, une erreur s’est produite de mon côté. Réessayez dans un instant.',
  reviewed: 'Vérifié le',
  sources: 'Sources',
  related: 'Voir aussi',
  links: 'Liens officiels',
  more: 'Lire la suite',
  share: 'Partager dans le salon',
  sharedBy: 'Partagé par',
  helpful: 'Utile',
  notHelpful: 'Pas utile',
  truncated: '(réponse raccourcie)',
  connectHint:
    'Pour brancher Discord ou Telegram, mettez DISCORD_TOKEN ou TELEGRAM_BOT_TOKEN dans .env (voir README.md).',
  chooseTopic: 'Choisir un sujet',
  colon: ' :',
  privateOption: 'privé',
  privateOptionDescription: 'Réponse visible par vous seul (oui par défaut)',
};

const en: Messages = {
  welcome:
    'Hello! I help you refuse that Meta (Facebook, Instagram, WhatsApp, Messenger, Threads) and other companies train their AI on your data. Ask your question in your own words, for example “where is the WhatsApp form?”.',
  help:
    'Ask your question in your own words, for example “how do I object on Instagram?” or “must I justify my refusal?”. I answer in English or French, with the official links, my sources and the date each answer was checked. This is not legal advice.',
  didYouMean: 'I am not sure I understood. Did you mean:',
  none:
    'Sorry, I can’t help with that. I know about refusing AI training (Meta and a few other services). Here are the main topics:',
  emptyQuestion: 'Type your question, for example “how do I object on Facebook?”.',
  unknownTopic: 'I don’t know that topic. Here are the ones I know:',
  topicsIntro: 'Here are the topics I know:',
  optoutIntro: 'Which app do you want to object on?',
  langSet: 'Got it: I will answer in English.',
  langUsage: 'Choose a language: /lang fr or /lang en.',
  feedbackThanks: 'Thanks for your feedback!',
  feedbackSorry: 'Thanks, noted. Try rephrasing your question or pick a topic, I will do my best.',
  rateLimited: 'You are sending a lot of messages: I will answer again in a few seconds.',
  error: 'Oops, something went wrong on my side. Please try again in a moment.',
  reviewed: 'Checked on',
  sources: 'Sources',
  related: 'See also',
  links: 'Official links',
  more: 'Read more',
  share: 'Share in channel',
  sharedBy: 'Shared by',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  truncated: '(answer shortened)',
  connectHint: 'To connect Discord or Telegram, put DISCORD_TOKEN or TELEGRAM_BOT_TOKEN in .env (see README.md).',
  chooseTopic: 'Choose a topic',
  colon: ':',
  privateOption: 'private',
  privateOptionDescription: 'Only you see the answer (yes by default)',
};

/** The wording catalogue, frozen. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = Object.freeze({ fr: Object.freeze(fr), en: Object.freeze(en) });
