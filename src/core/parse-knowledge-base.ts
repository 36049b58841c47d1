import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { createKnowledgeBase, type Entry, type KnowledgeBase, type OutOfScopeTopic } from './entry.ts';
import { entrySchema, outOfScopeSchema } from './knowledge-schema.ts';
import { LANGS, mapLangs } from './lang.ts';
import { fold } from './normalize.ts';
import type { Problem } from './problem.ts';

export { formatProblem, type Problem } from './problem.ts';

export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

export type ParseResult =
  | { readonly ok: true; readonly kb: KnowledgeBase }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const start = node && typeof node === 'object' && node.range ? node.range[0] : undefined;
    if (start !== undefined) return counter.linePos(start).line;
  }
  return 1;
}

/** Files whose name starts with "_out-of-scope" list questions the bot must not answer. */
export function isOutOfScopeFile(file: string): boolean {
  return /(^|[\\/])_out-of-scope[^\\/]*\.ya?ml$/.test(file);
}

function parseOutOfScope(source: SourceFile): { topics: OutOfScopeTopic[]; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { topics: [], problems: doc.errors.map((e) => ({ file: source.file, line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line, id: undefined, field: '', message: `invalid YAML: ${e.message.split('\n')[0]}` })) };
  }
  const parsed = outOfScopeSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return { topics: [], problems: parsed.error.issues.map((issue) => ({ file: source.file, line: lineOf(doc, counter, issue.path), id: undefined, field: issue.path.join('.'), message: issue.message })) };
  }
  return { topics: parsed.data.topics.map((t) => ({ name: t.name, questions: mapLangs((l) => t[l]) })), problems: [] };
}

function parseFile(source: SourceFile, today: string): { entry?: Entry; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file: source.file,
        line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line,
        id: undefined,
        field: '',
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const raw: unknown = doc.toJS();
  const id = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
  if (!isMap(doc.contents) || isSeq(doc.contents)) {
    return { problems: [{ file: source.file, line: 1, id, field: '', message: 'must be a mapping (one entry per file)' }] };
  }
  const parsed = entrySchema.safeParse(raw);
  const problems: Problem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file: source.file, line: lineOf(doc, counter, issue.path), id, field: issue.path.join('.'), message: issue.message });
    }
    return { problems };
  }
  const e = parsed.data;
  const expected = source.file.split(/[\\/]/).pop()?.replace(/\.ya?ml$/, '');
  if (expected !== e.id) problems.push({ file: source.file, line: lineOf(doc, counter, ['id']), id, field: 'id', message: `must match the file name ("${expected}")` });
  if (e.reviewed > today) problems.push({ file: source.file, line: lineOf(doc, counter, ['reviewed']), id, field: 'reviewed', message: `is in the future (today is ${today})` });
  e.sources.forEach((s, i) => {
    if (s.date !== 'n.d.' && s.date > today) problems.push({ file: source.file, line: lineOf(doc, counter, ['sources', i, 'date']), id, field: `sources.${i}.date`, message: `is in the future (today is ${today})` });
  });
  const text = mapLangs((l) => e[l]);
  return { entry: { id: e.id, text, links: e.links, sources: e.sources, reviewed: e.reviewed, related: e.related, platforms: e.platforms, file: source.file }, problems };
}

/** Validates every file and the rules across entries; returns the knowledge base or every problem found. */
export function parseKnowledgeBase(files: readonly SourceFile[], today: string): ParseResult {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const outOfScope: OutOfScopeTopic[] = [];
  for (const f of files) {
    if (isOutOfScopeFile(f.file)) {
      const r = parseOutOfScope(f);
      problems.push(...r.problems);
      outOfScope.push(...r.topics);
      continue;
    }
    const r = parseFile(f, today);
    problems.push(...r.problems);
    if (r.entry) entries.push(r.entry);
  }
  const locate = (entry: Entry, field: string, needle: string): number => {
    const text = files.find((f) => f.file === entry.file)?.text ?? '';
    const at = text.indexOf(needle);
    return at < 0 ? 1 : text.slice(0, at).split('\n').length;
  };
  const seen = new Map<string, Entry>();
  const phrasings = new Map<string, Entry>();
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) problems.push({ file: entry.file, line: locate(entry, 'id', 'id:'), id: entry.id, field: 'id', message: `duplicate id (also in ${first.file})` });
    seen.set(entry.id, entry);
  }
  for (const entry of entries) {
    for (const rel of entry.related) {
      if (!seen.has(rel)) problems.push({ file: entry.file, line: locate(entry, 'related', rel), id: entry.id, field: 'related', message: `unknown id "${rel}"` });
    }
    for (const lang of LANGS) {
      for (const q of entry.text[lang].questions) {
        const key = fold(q).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
        const other = phrasings.get(key);
        if (other && other.id !== entry.id) problems.push({ file: entry.file, line: locate(entry, `${lang}.questions`, q), id: entry.id, field: `${lang}.questions`, message: `phrasing "${q}" is also in entry "${other.id}"` });
        else phrasings.set(key, entry);
      }
    }
  }
  for (const topic of outOfScope) {
    for (const lang of LANGS) {
      for (const q of topic.questions[lang]) {
        const other = phrasings.get(fold(q).replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
        const file = files.find((f) => isOutOfScopeFile(f.file));
        if (other && file) {
          const at = file.text.indexOf(q);
          problems.push({ file: file.file, line: at < 0 ? 1 : file.text.slice(0, at).split('\n').length, id: undefined, field: `topics.${topic.name}.${lang}`, message: `out-of-scope phrasing "${q}" is also in entry "${other.id}"` });
        }
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, kb: createKnowledgeBase(entries, outOfScope) };
}
