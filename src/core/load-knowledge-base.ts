import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { KnowledgeBase } from './entry.ts';
import { formatProblem, parseKnowledgeBase, type Problem } from './parse-knowledge-base.ts';

/** Thrown when the knowledge base on disk is invalid; `problems` name file, line, entry and field. */
export class KnowledgeBaseError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'KnowledgeBaseError';
  }
}

/** Today's date as YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Reads and validates every `*.yaml` file of a folder. */
export async function loadKnowledgeBase(dir: string): Promise<KnowledgeBase> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const files = await Promise.all(
    names.map(async (n) => ({ file: relative(process.cwd(), join(dir, n)) || n, text: await readFile(join(dir, n), 'utf8') })),
  );
  if (files.length === 0) throw new KnowledgeBaseError([{ file: dir, line: 1, id: undefined, field: '', message: 'no .yaml file found' }]);
  const result = parseKnowledgeBase(files, today());
  if (!result.ok) throw new KnowledgeBaseError(result.problems);
  return result.kb;
}
