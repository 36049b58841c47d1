import type { Lang } from './lang.ts';

/** The names of the commands every adapter offers. */
export type CommandName = 'start' | 'help' | 'ask' | 'optout' | 'topics' | 'lang';

export interface CommandOptionChoice {
  readonly value: string;
  readonly label: Readonly<Record<Lang, string>>;
}

export interface CommandOption {
  readonly name: string;
  readonly localizedName: Readonly<Record<Lang, string>>;
  readonly description: Readonly<Record<Lang, string>>;
  readonly required: boolean;
  /** Fixed choices (Discord shows them as a list; Telegram as a keyboard). */
  readonly choices?: readonly CommandOptionChoice[];
  /** Whether the platform should offer completions as the user types. */
  readonly autocomplete?: boolean;
}

export interface CommandSpec {
  readonly name: CommandName;
  readonly localizedName: Readonly<Record<Lang, string>>;
  readonly description: Readonly<Record<Lang, string>>;
  readonly options: readonly CommandOption[];
  /** Platforms where the command makes sense (start is Telegram's convention). */
  readonly platforms: readonly ('discord' | 'telegram' | 'terminal')[];
}

/** The platform choices of /optout, each pointing at the guide entry it opens. */
export const OPTOUT_PLATFORMS: readonly (CommandOptionChoice & { readonly topic: string })[] = Object.freeze([
  { value: 'facebook', topic: 'facebook-objection', label: { fr: 'Facebook', en: 'Facebook' } },
  { value: 'instagram', topic: 'instagram-objection', label: { fr: 'Instagram', en: 'Instagram' } },
  { value: 'whatsapp', topic: 'whatsapp-objection', label: { fr: 'WhatsApp', en: 'WhatsApp' } },
  { value: 'messenger-threads', topic: 'messenger-threads', label: { fr: 'Messenger / Threads', en: 'Messenger / Threads' } },
]);

/** The one registry of commands: Discord registration, Telegram's setMyCommands and the terminal's /help read it. */
export const COMMANDS: readonly CommandSpec[] = Object.freeze([
  {
    name: 'start',
    localizedName: { fr: 'start', en: 'start' },
    description: { fr: 'Bienvenue et premiers pas', en: 'Welcome and first steps' },
    options: [],
    platforms: ['telegram'],
  },
  {
    name: 'ask',
    localizedName: { fr: 'question', en: 'ask' },
    description: { fr: 'Poser une question sur le refus de l’entraînement de l’IA', en: 'Ask a question about refusing AI training' },
    options: [
      {
        name: 'question',
        localizedName: { fr: 'question', en: 'question' },
        description: { fr: 'Votre question, avec vos mots', en: 'Your question, in your own words' },
        required: true,
        autocomplete: true,
      },
    ],
    platforms: ['discord', 'telegram', 'terminal'],
  },
  {
    name: 'optout',
    localizedName: { fr: 'refuser', en: 'optout' },
    description: { fr: 'Le guide pas à pas pour refuser, par plateforme', en: 'The step-by-step guide to object, by platform' },
    options: [
      {
        name: 'platform',
        localizedName: { fr: 'plateforme', en: 'platform' },
        description: { fr: 'Quelle application ?', en: 'Which app?' },
        required: false,
        choices: OPTOUT_PLATFORMS,
      },
    ],
    platforms: ['discord', 'telegram', 'terminal'],
  },
  {
    name: 'topics',
    localizedName: { fr: 'sujets', en: 'topics' },
    description: { fr: 'Tous les sujets que je connais', en: 'Every topic I know about' },
    options: [],
    platforms: ['discord', 'telegram', 'terminal'],
  },
  {
    name: 'help',
    localizedName: { fr: 'aide', en: 'help' },
    description: { fr: 'Comment me poser une question', en: 'How to ask me a question' },
    options: [],
    platforms: ['discord', 'telegram', 'terminal'],
  },
  {
    name: 'lang',
    localizedName: { fr: 'langue', en: 'lang' },
    description: { fr: 'Choisir la langue des réponses (fr ou en)', en: 'Choose the answer language (fr or en)' },
    options: [
      {
        name: 'language',
        localizedName: { fr: 'langue', en: 'language' },
        description: { fr: 'fr ou en', en: 'fr or en' },
        required: true,
        choices: [
          { value: 'fr', label: { fr: 'Français', en: 'French' } },
          { value: 'en', label: { fr: 'Anglais', en: 'English' } },
        ],
      },
    ],
    platforms: ['telegram', 'terminal'],
  },
]);
