import type { APIEmbed, APIEmbedField } from 'discord.js';
import { MESSAGES } from '../../core/messages.ts';
import type { AnswerReply } from '../../core/reply.ts';
import { clip, escapeMarkdown, hostOf, LIMITS, orElse, size } from './render-limits.ts';

const EMBED_COLOR = 0x2b6cb0;

/** Source lines `[host](url) (date)`, as many whole lines as fit in one field value. */
function sourcesValue(reply: AnswerReply): string {
  let value = '';
  for (const s of reply.sources) {
    const line = /^https?:\/\//.test(s.url) ? `[${escapeMarkdown(hostOf(s.url))}](${s.url.replace(/\(/g, '%28').replace(/\)/g, '%29')}) (${escapeMarkdown(s.date)})` : escapeMarkdown(`${s.url} (${s.date})`);
    const next = value ? `${value}\n${line}` : line;
    if (size(next) > LIMITS.fieldValue - 2) return value ? `${value}\n…` : clip(line, LIMITS.fieldValue);
    value = next;
  }
  return value;
}

/** The answer as one embed: title, answer, sources field, "reviewed <date>" footer; within every embed limit. */
export function answerEmbed(reply: AnswerReply): APIEmbed {
  const m = MESSAGES[reply.lang];
  const title = clip(escapeMarkdown(orElse(reply.title, reply.id)), LIMITS.embedTitle);
  const footer = clip(`${m.reviewed} ${reply.reviewed}`, LIMITS.footer);
  const sources = sourcesValue(reply);
  const fields: APIEmbedField[] = sources ? [{ name: clip(m.sources, LIMITS.fieldName), value: sources }] : [];
  const used = size(title) + size(footer) + fields.reduce((n, f) => n + size(f.name) + size(f.value), 0);
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - used);
  const description = clip(escapeMarkdown(orElse(reply.answer.trim(), '…')), room, `…\n\n${m.truncated}`);
  return { title, description, color: EMBED_COLOR, fields, footer: { text: footer } };
}
