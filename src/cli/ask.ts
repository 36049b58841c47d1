import { createInterface } from 'node:readline';
import type { Bot } from '../core/bot.ts';
import type { Lang } from '../core/lang.ts';
import { renderText } from '../core/render-text.ts';
import type { Reply } from '../core/reply.ts';

/** The batch line format an outside evaluation reads. */
export interface AskRecord {
  readonly question: string;
  readonly lang: Lang;
  readonly id: string | null;
  readonly score: number;
  readonly suggestions: readonly string[];
  readonly answer: string;
}

/** Turns a reply into the batch record: `id` only when the bot would answer outright. */
export function toRecord(question: string, reply: Reply): AskRecord {
  const base = { question, lang: reply.lang, answer: renderText(reply) };
  switch (reply.type) {
    case 'answer':
      return { ...base, id: reply.id, score: round(reply.score), suggestions: [] };
    case 'choices':
      return { ...base, id: null, score: 0, suggestions: reply.choices.map((c) => c.id) };
    case 'none':
    case 'text':
      return { ...base, id: null, score: 0, suggestions: [] };
  }
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** `ask --json`: one question per stdin line, one JSON object per line on stdout, in order. */
export async function askJsonLines(bot: Bot, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, lang: Lang | undefined): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const line of rl) {
    output.write(`${JSON.stringify(toRecord(line, bot.ask(line, { lang })))}\n`);
  }
}
