import type { Lang } from './lang.ts';
import type { EntryLink, EntrySource } from './entry.ts';

/** A topic named in a reply: a button, a choice, a related link. */
export interface TopicRef {
  readonly id: string;
  readonly title: string;
}

/** A full answer to one topic. */
export interface AnswerReply {
  readonly type: 'answer';
  readonly lang: Lang;
  readonly id: string;
  readonly title: string;
  readonly summary: string | undefined;
  readonly answer: string;
  readonly links: readonly { readonly label: string; readonly url: string }[];
  readonly sources: readonly EntrySource[];
  readonly reviewed: string;
  readonly related: readonly TopicRef[];
  /** Match confidence in [0, 1]; 1 when the topic was chosen by id. */
  readonly score: number;
}

/** "Did you mean": two or three close topics. */
export interface ChoicesReply {
  readonly type: 'choices';
  readonly lang: Lang;
  readonly text: string;
  readonly choices: readonly TopicRef[];
}

/** The bot cannot help with this; says so and offers the main topics. */
export interface NoneReply {
  readonly type: 'none';
  readonly lang: Lang;
  readonly text: string;
  readonly topics: readonly TopicRef[];
}

/** Any other message: welcome, help, topic list, notices. `topics` become buttons where the platform has them. */
export interface TextReply {
  readonly type: 'text';
  readonly lang: Lang;
  readonly text: string;
  readonly topics: readonly TopicRef[];
}

/** The platform-neutral reply every adapter renders. */
export type Reply = AnswerReply | ChoicesReply | NoneReply | TextReply;

/** Compile-time exhaustiveness check for switches over tagged unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

export type { EntryLink };
