import { z } from 'zod';
import { LANGS } from './lang.ts';

const https = z
  .string()
  .url('must be a URL')
  .refine((u) => u.startsWith('https://'), 'must be an https:// URL')
  .refine((u) => !/\s/.test(u), 'must not contain spaces (write them %20)');

/** YYYY-MM-DD that is a real calendar date. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a real date');

/** A source's stated date: YYYY, YYYY-MM, YYYY-MM-DD, or "n.d." (YAML reads a bare year as a number). */
const sourceDate = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(z.string().regex(/^(n\.d\.|\d{4}(-\d{2}(-\d{2})?)?)$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or n.d.'));

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const entryText = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty.optional(),
  questions: z.array(nonEmpty).min(6, 'needs at least 6 phrasings'),
  answer: nonEmpty,
});

const label = z.strictObject(Object.fromEntries(LANGS.map((l) => [l, nonEmpty])) as Record<(typeof LANGS)[number], typeof nonEmpty>);

/** The schema of one `faq/<id>.yaml` file. */
export const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
  platforms: z.array(nonEmpty).min(1, 'needs at least one tag'),
  reviewed: isoDate,
  related: z.array(z.string()).default([]),
  links: z.array(z.strictObject({ url: https, label })).default([]),
  sources: z.array(z.strictObject({ url: https, date: sourceDate })).default([]),
  ...Object.fromEntries(LANGS.map((l) => [l, entryText])) as Record<(typeof LANGS)[number], typeof entryText>,
});

export type EntryFile = z.infer<typeof entrySchema>;

const phrasings = z.array(nonEmpty).min(3, 'needs at least 3 phrasings');

/** The schema of `faq/_out-of-scope.yaml`: kinds of questions the bot must not answer. */
export const outOfScopeSchema = z.strictObject({
  topics: z.array(
    z.strictObject({
      name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
      ...(Object.fromEntries(LANGS.map((l) => [l, phrasings])) as Record<(typeof LANGS)[number], typeof phrasings>),
    }),
  ),
});
