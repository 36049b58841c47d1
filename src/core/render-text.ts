import { MESSAGES } from './messages.ts';
import { assertNever, type Reply, type TopicRef } from './reply.ts';

/** The topics a plain-text reply numbers, so a terminal user can type "2" to open the second. */
export function numberedTopics(reply: Reply): readonly TopicRef[] {
  switch (reply.type) {
    case 'answer':
      return reply.related;
    case 'choices':
      return reply.choices;
    case 'none':
    case 'text':
      return reply.topics;
    default:
      return assertNever(reply);
  }
}

const list = (topics: readonly TopicRef[]): string[] => topics.map((t, i) => `  ${i + 1}. ${t.title}`);

/** Renders a reply as plain text (terminal, batch `ask`). */
export function renderText(reply: Reply, options: { numbered?: boolean } = {}): string {
  const m = MESSAGES[reply.lang];
  const topics = options.numbered ? list(numberedTopics(reply)) : [];
  switch (reply.type) {
    case 'answer': {
      const lines = [reply.title, '', reply.answer.trim()];
      if (reply.links.length) lines.push('', `${m.links}${m.colon}`, ...reply.links.map((l) => `  - ${l.label}${m.colon} ${l.url}`));
      if (reply.sources.length) lines.push('', `${m.sources}${m.colon}`, ...reply.sources.map((s) => `  - ${s.url} (${s.date})`));
      lines.push('', `${m.reviewed} ${reply.reviewed}`);
      if (topics.length) lines.push('', `${m.related}${m.colon}`, ...topics);
      return lines.join('\n');
    }
    case 'choices':
      return [reply.text, ...(options.numbered ? topics : reply.choices.map((c) => `  - ${c.title}`))].join('\n');
    case 'none':
    case 'text':
      return [reply.text, ...topics].join('\n');
    default:
      return assertNever(reply);
  }
}
