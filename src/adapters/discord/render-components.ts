import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
} from 'discord.js';
import type { Lang } from '../../core/lang.ts';
import { MESSAGES } from '../../core/messages.ts';
import type { TopicRef } from '../../core/reply.ts';
import { encodeAction } from './custom-id.ts';
import { clip, hostOf, LIMITS, orElse, size } from './render-limits.ts';

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

const row = (components: APIComponentInMessageActionRow[]): Row => ({ type: ComponentType.ActionRow, components });

/** Splits buttons into rows of five, at most `maxRows` rows. */
export function buttonRows(buttons: readonly APIButtonComponent[], maxRows: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < buttons.length && rows.length < maxRows; i += LIMITS.buttonsPerRow) rows.push(row(buttons.slice(i, i + LIMITS.buttonsPerRow)));
  return rows;
}

/** One button per topic (deduplicated; ids too long for a custom_id are left out). */
export function topicButtons(topics: readonly TopicRef[], lang: Lang, style: APIButtonComponentWithCustomId['style'] = ButtonStyle.Secondary): APIButtonComponent[] {
  const seen = new Set<string>();
  return topics.flatMap((t) => {
    const customId = encodeAction({ type: 'topic', lang, id: t.id });
    if (seen.has(customId) || size(customId) > LIMITS.customId) return [];
    seen.add(customId);
    return [{ type: ComponentType.Button, style, label: clip(orElse(t.title, t.id), LIMITS.buttonLabel), custom_id: customId }];
  });
}

/** URL buttons for official links (http(s) only, at most one row). */
export function linkButtons(links: readonly { readonly label: string; readonly url: string }[]): APIButtonComponent[] {
  return links
    .filter((l) => /^https?:\/\//.test(l.url) && size(l.url) <= LIMITS.url)
    .slice(0, LIMITS.buttonsPerRow)
    .map((l) => ({ type: ComponentType.Button, style: ButtonStyle.Link, label: clip(orElse(l.label, hostOf(l.url)), LIMITS.buttonLabel), url: l.url }));
}

/** 👍 / 👎, and "share in channel" on a private answer. */
export function voteRow(id: string, lang: Lang, share: boolean): Row[] {
  const m = MESSAGES[lang];
  const buttons: APIButtonComponentWithCustomId[] = [
    { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, label: clip(m.helpful, LIMITS.buttonLabel), custom_id: encodeAction({ type: 'vote', vote: 'up', lang, id }) },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, label: clip(m.notHelpful, LIMITS.buttonLabel), custom_id: encodeAction({ type: 'vote', vote: 'down', lang, id }) },
  ];
  if (share) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: clip(m.share, LIMITS.buttonLabel), custom_id: encodeAction({ type: 'share', lang, id }) });
  return buttons.every((b) => size(b.custom_id) <= LIMITS.customId) ? [row(buttons)] : [];
}

/** Select menus of at most 25 topics each, one per row, at most `maxRows` menus. */
export function topicMenus(topics: readonly TopicRef[], lang: Lang, maxRows: number): Row[] {
  const seen = new Set<string>();
  const options = topics.flatMap((t) => {
    if (seen.has(t.id) || size(t.id) > LIMITS.customId) return [];
    seen.add(t.id);
    return [{ label: clip(orElse(t.title, t.id), LIMITS.selectLabel), value: t.id }];
  });
  const pages = Math.min(maxRows, Math.ceil(options.length / LIMITS.selectOptions));
  return Array.from({ length: pages }, (_, page) => {
    const placeholder = pages > 1 ? `${MESSAGES[lang].chooseTopic} (${page + 1}/${pages})` : MESSAGES[lang].chooseTopic;
    return row([
      {
        type: ComponentType.StringSelect,
        custom_id: encodeAction({ type: 'menu', lang, page }),
        placeholder: clip(placeholder, LIMITS.selectPlaceholder),
        options: options.slice(page * LIMITS.selectOptions, (page + 1) * LIMITS.selectOptions),
      },
    ]);
  });
}
