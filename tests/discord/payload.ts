import { isRecord } from './fake-validate.ts';

/** Typed reads of the JSON payloads the fake recorded. */

const records = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);

export const embeds = (data: Record<string, unknown>): Record<string, unknown>[] => records(data.embeds);

/** The first embed, which every answer has. */
export function embed(data: Record<string, unknown>): Record<string, unknown> {
  const first = embeds(data)[0];
  if (!first) throw new Error(`no embed in ${JSON.stringify(data).slice(0, 200)}`);
  return first;
}

export const rows = (data: Record<string, unknown>): Record<string, unknown>[][] => records(data.components).map((r) => records(r.components));

/** Every component of every row. */
export const components = (data: Record<string, unknown>): Record<string, unknown>[] => rows(data).flat();

export const customIds = (data: Record<string, unknown>): string[] =>
  components(data).flatMap((c) => (typeof c.custom_id === 'string' ? [c.custom_id] : []));

export const linkUrls = (data: Record<string, unknown>): string[] => components(data).flatMap((c) => (c.style === 5 && typeof c.url === 'string' ? [c.url] : []));

/** The custom_id of the button whose id starts with `prefix`. */
export function buttonId(data: Record<string, unknown>, prefix: string): string {
  const id = customIds(data).find((c) => c.startsWith(prefix));
  if (!id) throw new Error(`no button "${prefix}…" in ${JSON.stringify(customIds(data))}`);
  return id;
}

export const isEphemeral = (data: Record<string, unknown>): boolean => typeof data.flags === 'number' && (data.flags & 64) === 64;

export const text = (v: unknown): string => (typeof v === 'string' ? v : '');
