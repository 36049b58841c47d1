import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { KnowledgeBase } from './entry.ts';
import type { SourceFile } from './parse-knowledge-base.ts';
import { formatProblem, type Problem } from './problem.ts';

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

/** Reads every `*.yaml` file of a folder, in name order. */
export async function readKnowledgeFiles(dir: string): Promise<SourceFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  if (names.length === 0) throw new KnowledgeBaseError([{ file: dir, line: 1, id: undefined, field: '', message: 'no .yaml file found' }]);
  return Promise.all(names.map(async (n) => ({ file: relative(process.cwd(), join(dir, n)) || n, text: await readFile(join(dir, n), 'utf8') })));
}

/** Validates files read by `readKnowledgeFiles`. The YAML parser and the schema are loaded here, on first use. */
export async function parseKnowledgeFiles(files: readonly SourceFile[]): Promise<KnowledgeBase> {
  const { parseKnowledgeBase } = await import('./parse-knowledge-base.ts');
  const result = parseKnowledgeBase(files, today());
  if (!result.ok) throw new KnowledgeBaseError(result.problems);
  return result.kb;
}

/** Reads and validates every `*.yaml` file of a folder. */
export async function loadKnowledgeBase(dir: string): Promise<KnowledgeBase> {
  return parseKnowledgeFiles(await readKnowledgeFiles(dir));
}
