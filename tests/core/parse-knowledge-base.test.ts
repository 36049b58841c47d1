import { describe, expect, it } from 'vitest';
import { formatProblem, parseKnowledgeBase, type SourceFile } from '../../src/core/parse-knowledge-base.ts';

const TODAY = '2026-11-24';
const questions = (prefix: string) => Array.from({ length: 6 }, (_, i) => `    - ${prefix} question ${i + 1}`).join('\n');

function entry(id: string, overrides: { related?: string; reviewed?: string; link?: string; extra?: string; frQuestions?: string } = {}): SourceFile {
  const text = `id: ${id}
platforms: [meta]
reviewed: ${overrides.reviewed ?? '2026-11-01'}
related: [${overrides.related ?? ''}]
links:
  - url: ${overrides.link ?? 'https://example.org/form'}
    label: { fr: Formulaire, en: Form }
sources:
  - url: https://example.org/source
    date: 2025-05-21
${overrides.extra ?? ''}fr:
  title: Titre ${id}
  questions:
${overrides.frQuestions ?? questions(`fr ${id}`)}
  answer: Réponse.
en:
  title: Title ${id}
  questions:
${questions(`en ${id}`)}
  answer: Answer.
`;
  return { file: `faq/${id}.yaml`, text };
}

function problems(files: SourceFile[]): string[] {
  const result = parseKnowledgeBase(files, TODAY);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('parseKnowledgeBase', () => {
  it('accepts a valid knowledge base and indexes it by id', () => {
    const result = parseKnowledgeBase([entry('alpha', { related: 'beta' }), entry('beta')], TODAY);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.kb.byId.get('alpha')?.related).toEqual(['beta']);
  });

  it('names file and line of a YAML syntax error', () => {
    const broken = { file: 'faq/broken.yaml', text: 'id: broken\nfr:\n  title: [unclosed\n' };
    expect(problems([broken])[0]).toMatch(/^faq\/broken\.yaml:\d+: file: invalid YAML/);
  });

  it('reports a missing language with the entry id and field', () => {
    const text = entry('alpha').text.replace(/en:\n[\s\S]*$/, '');
    expect(problems([{ file: 'faq/alpha.yaml', text }])).toContain('faq/alpha.yaml:1: entry "alpha", field en: Invalid input: expected object, received undefined');
  });

  it('requires at least 6 phrasings per language', () => {
    const few = entry('alpha', { frQuestions: '    - une seule question' });
    expect(problems([few]).join('\n')).toMatch(/faq\/alpha\.yaml:14: entry "alpha", field fr\.questions: needs at least 6 phrasings/);
  });

  it('rejects duplicate ids', () => {
    const dup = { ...entry('alpha'), file: 'faq/alpha-copy.yaml' };
    expect(problems([entry('alpha'), dup]).join('\n')).toMatch(/duplicate id \(also in faq\/alpha\.yaml\)/);
  });

  it('rejects related ids that do not exist, on the related line', () => {
    expect(problems([entry('alpha', { related: 'ghost' })])).toEqual(['faq/alpha.yaml:4: entry "alpha", field related: unknown id "ghost"']);
  });

  it('rejects http links', () => {
    expect(problems([entry('alpha', { link: 'http://example.org/form' })]).join('\n')).toMatch(/faq\/alpha\.yaml:6: entry "alpha", field links\.0\.url: must be an https:\/\/ URL/);
  });

  it('rejects links with spaces (Discord and Telegram refuse them as buttons)', () => {
    expect(problems([entry('alpha', { link: "'https://example.org/my form'" })]).join('\n')).toMatch(/faq\/alpha\.yaml:6: entry "alpha", field links\.0\.url: must not contain spaces/);
    expect(problems([entry('alpha', { link: 'https://example.org/my%20form' })])).toEqual([]);
  });

  it('rejects a reviewed date in the future', () => {
    expect(problems([entry('alpha', { reviewed: '2027-01-01' })])).toEqual(['faq/alpha.yaml:3: entry "alpha", field reviewed: is in the future (today is 2026-11-24)']);
  });

  it('rejects an impossible date', () => {
    expect(problems([entry('alpha', { reviewed: '2025-02-30' })]).join('\n')).toMatch(/field reviewed: is not a real date/);
  });

  it('rejects unknown fields', () => {
    expect(problems([entry('alpha', { extra: 'colour: blue\n' })]).join('\n')).toMatch(/entry "alpha".*Unrecognized key/);
  });

  it('rejects an id that does not match its file name', () => {
    expect(problems([{ ...entry('alpha'), file: 'faq/other.yaml' }])).toEqual(['faq/other.yaml:1: entry "alpha", field id: must match the file name ("other")']);
  });

  it('rejects a phrasing shared by two entries, even with other accents and case', () => {
    const a = entry('alpha', { frQuestions: questions('commun').replace('commun question 1', 'Où est le formulaire ?') });
    const b = entry('beta', { frQuestions: questions('autre').replace('autre question 1', 'ou est le FORMULAIRE') });
    expect(problems([a, b]).join('\n')).toMatch(/faq\/beta\.yaml:\d+: entry "beta", field fr\.questions: phrasing "ou est le FORMULAIRE" is also in entry "alpha"/);
  });
});
