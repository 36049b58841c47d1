import type { Lang } from './lang.ts';

/** One language's side of an entry. */
export interface EntryText {
  readonly title: string;
  /** Ways people actually ask it; the matcher indexes these. */
  readonly questions: readonly string[];
  /** Plain text: paragraphs split by blank lines, "1. " steps, "- " bullets, URLs written out. */
  readonly answer: string;
  readonly summary?: string | undefined;
}

export interface EntryLink {
  readonly url: string;
  readonly label: Readonly<Record<Lang, string>>;
}

export interface EntrySource {
  readonly url: string;
  /** The date the source states (YYYY, YYYY-MM or YYYY-MM-DD), or "n.d.". */
  readonly date: string;
}

/** One topic of the knowledge base, in every supported language. */
export interface Entry {
  readonly id: string;
  readonly text: Readonly<Record<Lang, EntryText>>;
  readonly links: readonly EntryLink[];
  readonly sources: readonly EntrySource[];
  /** ISO date (YYYY-MM-DD) the answer was last checked against its sources. */
  readonly reviewed: string;
  readonly related: readonly string[];
  readonly platforms: readonly string[];
  /** Where it was loaded from, for error messages. */
  readonly file: string;
}

/** A kind of question that shares words with our topics but is not our subject (password, backup...). */
export interface OutOfScopeTopic {
  readonly name: string;
  readonly questions: Readonly<Record<Lang, readonly string[]>>;
}

/** The whole knowledge base, validated. */
export interface KnowledgeBase {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  /** What the bot knows it should not answer (faq/_out-of-scope.yaml). */
  readonly outOfScope: readonly OutOfScopeTopic[];
}

/** Builds the id index of a list of entries. */
export function createKnowledgeBase(entries: readonly Entry[], outOfScope: readonly OutOfScopeTopic[] = []): KnowledgeBase {
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), outOfScope };
}
