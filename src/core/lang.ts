/** Languages the knowledge base and the wording support. Add one here, in messages.ts and in stop-words.ts. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** True when the value names a supported language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Maps a platform locale ("fr", "fr-FR", "en-GB", "pt_BR") to a supported language, if any. */
export function langFromLocale(locale: string | undefined | null): Lang | undefined {
  if (!locale) return undefined;
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : undefined;
}

/** Builds a record with one value per supported language. */
export function mapLangs<T>(make: (lang: Lang) => T): Record<Lang, T> {
  const out: Partial<Record<Lang, T>> = {};
  for (const lang of LANGS) out[lang] = make(lang);
  return out as Record<Lang, T>;
}
