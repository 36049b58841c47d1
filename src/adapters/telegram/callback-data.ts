import { COMMANDS, type CommandName } from '../../core/commands.ts';
import { isLang, type Lang } from '../../core/lang.ts';

/** What a button press asks for. Encoded compactly in callback_data (Telegram allows 1-64 bytes). */
export type ButtonAction =
  | { readonly kind: 'topic'; readonly id: string; readonly lang: Lang }
  | { readonly kind: 'more'; readonly id: string; readonly lang: Lang }
  | { readonly kind: 'feedback'; readonly vote: 'up' | 'down'; readonly id: string; readonly lang: Lang }
  | { readonly kind: 'choice'; readonly command: CommandName; readonly value: string; readonly lang: Lang };

export const MAX_CALLBACK_BYTES = 64;
const SEGMENT = /^[A-Za-z0-9_.-]+$/;

/** `t:<id>:<lang>`, `m:<id>:<lang>`, `f:u|d:<id>:<lang>`, `c:<command>:<value>:<lang>`; undefined if it would not fit. */
export function encodeAction(action: ButtonAction): string | undefined {
  const parts = ((): string[] => {
    switch (action.kind) {
      case 'topic':
        return ['t', action.id, action.lang];
      case 'more':
        return ['m', action.id, action.lang];
      case 'feedback':
        return ['f', action.vote === 'up' ? 'u' : 'd', action.id, action.lang];
      case 'choice':
        return ['c', action.command, action.value, action.lang];
    }
  })();
  if (!parts.every((p) => SEGMENT.test(p))) return undefined;
  const data = parts.join(':');
  return Buffer.byteLength(data, 'utf8') <= MAX_CALLBACK_BYTES ? data : undefined;
}

const isCommandName = (name: string | undefined): name is CommandName => COMMANDS.some((c) => c.name === name);

/** Reads callback_data back; undefined for anything this bot did not write. */
export function decodeAction(data: string): ButtonAction | undefined {
  const parts = data.split(':');
  const lang = parts[parts.length - 1];
  if (!isLang(lang) || !parts.every((p) => SEGMENT.test(p))) return undefined;
  const [kind, a, b] = parts;
  if (kind === 'f' && parts.length === 4 && a && (a === 'u' || a === 'd') && b) return { kind: 'feedback', vote: a === 'u' ? 'up' : 'down', id: b, lang };
  if (kind === 'c' && parts.length === 4 && isCommandName(a) && b) return { kind: 'choice', command: a, value: b, lang };
  if (parts.length !== 3 || !a) return undefined;
  if (kind === 't') return { kind: 'topic', id: a, lang };
  if (kind === 'm') return { kind: 'more', id: a, lang };
  return undefined;
}
