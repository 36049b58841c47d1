import { isLang, type Lang } from '../../core/lang.ts';

/** What a button or select menu asks for; encoded in its custom_id (at most 100 characters). */
export type ComponentAction =
  | { readonly type: 'topic'; readonly lang: Lang; readonly id: string }
  | { readonly type: 'vote'; readonly vote: 'up' | 'down'; readonly lang: Lang; readonly id: string }
  | { readonly type: 'share'; readonly lang: Lang; readonly id: string }
  | { readonly type: 'menu'; readonly lang: Lang; readonly page: number }
  | { readonly type: 'unknown' };

/** The autocomplete value that opens a topic directly. */
export const TOPIC_MARKER = 'topic:';

/** Encodes an action as a custom_id. */
export function encodeAction(action: Exclude<ComponentAction, { type: 'unknown' }>): string {
  switch (action.type) {
    case 'topic':
    case 'share':
      return `${action.type}:${action.lang}:${action.id}`;
    case 'vote':
      return `vote:${action.vote}:${action.lang}:${action.id}`;
    case 'menu':
      return `menu:${action.lang}:${action.page}`;
  }
}

/** Decodes a custom_id; anything we did not make is `unknown`. */
export function decodeAction(customId: string): ComponentAction {
  const [type, a = '', b = '', ...rest] = customId.split(':');
  if ((type === 'topic' || type === 'share') && isLang(a) && b) return { type, lang: a, id: [b, ...rest].join(':') };
  if (type === 'vote' && (a === 'up' || a === 'down') && isLang(b) && rest.length) return { type, vote: a, lang: b, id: rest.join(':') };
  if (type === 'menu' && isLang(a) && /^\d+$/.test(b)) return { type, lang: a, page: Number(b) };
  return { type: 'unknown' };
}
