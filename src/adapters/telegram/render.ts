import type { Lang } from '../../core/lang.ts';
import { MESSAGES } from '../../core/messages.ts';
import { assertNever, type AnswerReply, type Reply, type TopicRef } from '../../core/reply.ts';
import { escapeHtml, escapeInPieces, MAX_MESSAGE_LENGTH, packHtml, truncate } from './html.ts';
import { capKeyboard, choiceRows, feedbackRow, isWebUrl, linkRows, moreRow, topicRows, type CommandChoices, type Keyboard } from './keyboard.ts';

/** One Telegram message: HTML text (parse_mode HTML) and its inline keyboard (may be empty). */
export interface TelegramMessage {
  readonly html: string;
  readonly keyboard: Keyboard;
}

export interface RenderOptions {
  /** 'short' in groups: title and summary with a "more" button, never more than one message. */
  readonly mode: 'full' | 'short';
  /** Fixed choices to offer instead of the reply's topics (a command's usage). */
  readonly choices?: CommandChoices | undefined;
}

const SHORT_TEXT = 600;
const MAX_LINK_URL = 512;

/** A plain paragraph as a block of escaped lines, each short enough to never be cut. */
const paragraph = (text: string): string[] => text.split('\n').flatMap((line) => (line.trim() === '' ? [] : escapeInPieces(line, MAX_MESSAGE_LENGTH)));
const paragraphs = (text: string): string[][] => text.trim().split(/\n\s*\n/).map(paragraph).filter((b) => b.length > 0);
const bold = (text: string): string[] => escapeInPieces(text, MAX_MESSAGE_LENGTH - 7).map((t) => `<b>${t}</b>`);
const italic = (text: string): string[] => escapeInPieces(text, MAX_MESSAGE_LENGTH - 7).map((t) => `<i>${t}</i>`);

function sourceLine(source: { url: string; date: string }): string[] {
  if (!isWebUrl(source.url) || source.url.length > MAX_LINK_URL) return escapeInPieces(`• ${source.url} (${source.date})`, MAX_MESSAGE_LENGTH);
  const host = new URL(source.url).hostname.replace(/^www\./, '');
  return [`• <a href="${escapeHtml(source.url)}">${escapeHtml(host)}</a> (${escapeHtml(truncate(source.date, 20))})`];
}

/** The opening text of an answer for groups and inline previews: the summary, else the first paragraph. */
export function shortText(reply: AnswerReply): string {
  const first = reply.answer.trim().split(/\n\s*\n/)[0] ?? '';
  return truncate(reply.summary?.trim() || first, SHORT_TEXT);
}

function answerBlocks(reply: AnswerReply, mode: RenderOptions['mode']): string[][] {
  const m = MESSAGES[reply.lang];
  if (mode === 'short') return [bold(reply.title), paragraph(shortText(reply))];
  const sources = reply.sources.length ? [[...bold(m.sources), ...reply.sources.flatMap(sourceLine)]] : [];
  return [bold(reply.title), ...paragraphs(reply.answer), ...sources, italic(`${m.reviewed} ${reply.reviewed}`)];
}

function answerKeyboard(reply: AnswerReply, mode: RenderOptions['mode']): Keyboard {
  const feedback = feedbackRow(reply.id, reply.lang);
  if (mode === 'short') return [moreRow(reply.id, reply.lang), ...linkRows(reply.links), feedback];
  return [...linkRows(reply.links), ...topicRows(reply.related, reply.lang), feedback];
}

/** Text with topic (or choice) buttons: choices, none and text replies. */
function listMessages(lang: Lang, text: string, topics: readonly TopicRef[], options: RenderOptions): TelegramMessage[] {
  const keyboard = options.choices ? choiceRows(options.choices, lang) : topicRows(topics, lang);
  return attach(packHtml(paragraphs(text)), keyboard);
}

/** Puts the keyboard under the last message; `short` keeps only the first message. */
function attach(htmls: readonly string[], keyboard: Keyboard): TelegramMessage[] {
  const capped = capKeyboard(keyboard);
  const list = htmls.length ? htmls : ['…'];
  return list.map((html, i) => ({ html, keyboard: i === list.length - 1 ? capped : [] }));
}

/** Turns a neutral reply into Telegram messages, each valid HTML under 4,096 characters. */
export function render(reply: Reply, options: RenderOptions): TelegramMessage[] {
  switch (reply.type) {
    case 'answer': {
      const htmls = packHtml(answerBlocks(reply, options.mode));
      return attach(options.mode === 'short' ? htmls.slice(0, 1) : htmls, answerKeyboard(reply, options.mode));
    }
    case 'choices':
      return listMessages(reply.lang, reply.text, reply.choices, options);
    case 'none':
    case 'text':
      return listMessages(reply.lang, reply.text, reply.topics, options);
    default:
      return assertNever(reply);
  }
}
