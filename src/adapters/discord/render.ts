import type { APIApplicationCommandOptionChoice, APIEmbed } from 'discord.js';
import type { Suggestion } from '../../core/bot.ts';
import { MESSAGES } from '../../core/messages.ts';
import { assertNever, type Reply, type TopicRef } from '../../core/reply.ts';
import { TOPIC_MARKER } from './custom-id.ts';
import { answerEmbed } from './render-answer.ts';
import { buttonRows, linkButtons, topicButtons, topicMenus, voteRow, type Row } from './render-components.ts';
import { clip, escapeMarkdown, LIMITS, orElse, size } from './render-limits.ts';

/** A message as discord.js sends it; `allowedMentions` is always empty so typed text never pings anyone. */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: Row[];
  readonly allowedMentions: { readonly parse: [] };
}

export interface RenderOptions {
  /** Adds the "share in channel" button to an answer (for private replies in a server). */
  readonly share: boolean;
  /** Show a topic list as select menus rather than buttons (/topics). */
  readonly menu?: boolean;
}

/** Topic lists longer than this become select menus. */
const MAX_TOPIC_BUTTONS = 10;

const message = (content: string | undefined, embeds: APIEmbed[], components: Row[]): DiscordMessage => ({
  ...(content === undefined ? {} : { content }),
  embeds,
  components,
  allowedMentions: { parse: [] },
});

function textWithTopics(text: string, topics: readonly TopicRef[], reply: Reply, options: RenderOptions): DiscordMessage {
  const content = clip(escapeMarkdown(orElse(text, '…')), LIMITS.content, `…\n${MESSAGES[reply.lang].truncated}`);
  const asMenu = options.menu === true || topics.length > MAX_TOPIC_BUTTONS;
  const rows = asMenu ? topicMenus(topics, reply.lang, LIMITS.rows) : buttonRows(topicButtons(topics, reply.lang), LIMITS.rows);
  return message(content, [], rows);
}

/** Turns a neutral reply into a Discord message within every Discord limit. */
export function render(reply: Reply, options: RenderOptions): DiscordMessage {
  switch (reply.type) {
    case 'answer': {
      const links = linkButtons(reply.links);
      const rows = [
        ...buttonRows(links, 1),
        ...buttonRows(topicButtons(reply.related, reply.lang).slice(0, LIMITS.buttonsPerRow), 1),
        ...voteRow(reply.id, reply.lang, options.share),
      ];
      return message(undefined, [answerEmbed(reply)], rows);
    }
    case 'choices':
      return textWithTopics(reply.text, reply.choices, reply, options);
    case 'none':
    case 'text':
      return textWithTopics(reply.text, reply.topics, reply, options);
    default:
      return assertNever(reply);
  }
}

/** A short plain notice (vote thanks, errors). */
export function renderNotice(text: string): DiscordMessage {
  return message(clip(escapeMarkdown(orElse(text, '…')), LIMITS.content), [], []);
}

/** Autocomplete choices: at most 25, names 1-100 characters, values the topic marker (at most 100). */
export function renderChoices(suggestions: readonly Suggestion[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  return suggestions.flatMap((s) => {
    const value = `${TOPIC_MARKER}${s.id}`;
    const name = clip((s.question || s.title).replace(/\s+/g, ' ').trim(), LIMITS.choiceName);
    if (seen.has(value) || size(value) > LIMITS.choiceValue || size(name) < 1) return [];
    seen.add(value);
    return [{ name, value }];
  }).slice(0, LIMITS.choices);
}
