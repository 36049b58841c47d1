/** One problem found in the knowledge base, located for the person who edits it. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly id: string | undefined;
  readonly field: string;
  readonly message: string;
}

/** Formats a problem as `file:line: entry "id", field: message`. */
export function formatProblem(p: Problem): string {
  const where = p.id ? `entry "${p.id}"` : 'file';
  return `${p.file}:${p.line}: ${where}${p.field ? `, field ${p.field}` : ''}: ${p.message}`;
}
