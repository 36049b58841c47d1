/** Discord's payload limits, and the clipping and escaping that keep our messages inside them. */
export const LIMITS = Object.freeze({
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  url: 512,
  selectOptions: 25,
  selectLabel: 100,
  selectPlaceholder: 150,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
});

/**
 * Length as we measure it: UTF-16 code units, never fewer than the code points Discord counts,
 * so a text within our limit is within Discord's.
 */
export const size = (text: string): number => text.length;

/** Cuts `text` to at most `max` (by `size`), ending with `marker` when cut; never splits a character or leaves a dangling escape. */
export function clip(text: string, max: number, marker = '…'): string {
  if (size(text) <= max) return text;
  const room = Math.max(0, max - size(marker));
  let kept = '';
  for (const ch of text) {
    if (size(kept) + size(ch) > room) break;
    kept += ch;
  }
  kept = kept.trimEnd();
  if (/(^|[^\\])(\\\\)*\\$/.test(kept)) kept = kept.slice(0, -1);
  return size(marker) > max ? kept : `${kept}${marker}`;
}

/** `text`, or `fallback` when it is blank (Discord refuses empty labels and messages). */
export const orElse = (text: string, fallback: string): string => (text.trim() === '' ? fallback : text);

/** The host name of a URL without "www.", or the text itself when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const URL_RE = /(https?:\/\/[^\s<>()]+)/g;

/** Escapes Discord markdown in knowledge-base text, leaving URLs intact so they stay clickable. */
export function escapeMarkdown(text: string): string {
  return text
    .split(URL_RE)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([\\*_~`|<>[\]])/g, '\\$1').replace(/^(#{1,3} |-# )/gm, '\\$1')))
    .join('');
}
