/**
 * A strict parser for Telegram's HTML parse mode, used by the fake Bot API.
 * It follows https://core.telegram.org/bots/api#html-style and is stricter where Telegram is lenient:
 * every `&` must start an entity (&lt; &gt; &amp; &quot; or a numeric one).
 */

export type HtmlResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

const SIMPLE_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'tg-spoiler', 'code', 'pre', 'blockquote']);
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const LINK_SCHEMES = /^(?:https?:\/\/|tg:\/\/|mailto:)/i;

/** Decodes one entity at `i` (pointing at '&'); returns the character and the length consumed. */
function readEntity(html: string, i: number): { readonly char: string; readonly length: number } | undefined {
  const m = /^&(?:([a-z]+)|#(\d{1,7})|#x([0-9a-f]{1,6}));/i.exec(html.slice(i, i + 12));
  if (!m) return undefined;
  if (m[1] !== undefined) {
    const char = NAMED_ENTITIES[m[1]];
    return char === undefined ? undefined : { char, length: m[0].length };
  }
  const code = m[2] !== undefined ? Number(m[2]) : parseInt(m[3] ?? '', 16);
  if (code === 0 || code > 0x10ffff) return undefined;
  return { char: String.fromCodePoint(code), length: m[0].length };
}

/** Decodes the entities of an attribute value; undefined if one is invalid. */
function decodeAttribute(value: string): string | undefined {
  let out = '';
  for (let i = 0; i < value.length; ) {
    if (value[i] === '&') {
      const entity = readEntity(value, i);
      if (!entity) return undefined;
      out += entity.char;
      i += entity.length;
    } else {
      out += value[i];
      i += 1;
    }
  }
  return out;
}

function parseAttributes(source: string): Map<string, string> | string {
  const attrs = new Map<string, string>();
  const re = /\s*([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/giy;
  let rest = source;
  while (rest.trim() !== '') {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m || !m[1]) return `Can't parse attributes "${source.trim()}"`;
    const value = decodeAttribute(m[2] ?? m[3] ?? m[4] ?? '');
    if (value === undefined) return `Can't decode an entity in attribute "${m[1]}"`;
    attrs.set(m[1].toLowerCase(), value);
    rest = rest.slice(re.lastIndex);
  }
  return attrs;
}

/** Checks a start tag's name and attributes; returns an error or undefined. */
function checkStartTag(name: string, attrs: Map<string, string>, open: readonly string[], at: number): string | undefined {
  const known = SIMPLE_TAGS.has(name) || name === 'a' || name === 'span' || name === 'tg-emoji';
  if (!known) return `Unsupported start tag "${name}" at byte offset ${at}`;
  if (name === 'span' && attrs.get('class') !== 'tg-spoiler') return `Tag "span" must have class "tg-spoiler" at byte offset ${at}`;
  if (name === 'a') {
    const href = attrs.get('href');
    if (!href || !LINK_SCHEMES.test(href)) return `Wrong URL host or scheme in tag "a" at byte offset ${at}`;
  }
  if (name === 'tg-emoji' && !/^\d+$/.test(attrs.get('emoji-id') ?? '')) return `Tag "tg-emoji" needs a numeric "emoji-id" at byte offset ${at}`;
  const parent = open[open.length - 1];
  if (parent === 'code') return `Entities can't be nested in "code" at byte offset ${at}`;
  if (parent === 'pre' && name !== 'code') return `Only "code" can be nested in "pre" at byte offset ${at}`;
  if (name === 'a' && open.includes('a')) return `Nested links are not allowed at byte offset ${at}`;
  if (name === 'blockquote' && open.includes('blockquote')) return `Nested blockquotes are not allowed at byte offset ${at}`;
  if ((name === 'pre' || name === 'code') && open.some((t) => t === 'a')) return `Tag "${name}" can't be inside a link at byte offset ${at}`;
  return undefined;
}

/** Parses Telegram HTML; on success returns the visible text (what the 4096 limit is measured on). */
export function parseTelegramHtml(html: string): HtmlResult {
  const fail = (error: string): HtmlResult => ({ ok: false, error: `Bad Request: can't parse entities: ${error}` });
  const open: string[] = [];
  let text = '';
  for (let i = 0; i < html.length; ) {
    const c = html[i];
    if (c === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return fail(`Unclosed start tag at byte offset ${i}`);
      const body = html.slice(i + 1, end);
      const closing = /^\/([a-z-]+)\s*$/i.exec(body);
      if (closing?.[1]) {
        const name = closing[1].toLowerCase();
        const expected = open.pop();
        if (expected === undefined) return fail(`Unexpected end tag "${name}" at byte offset ${i}`);
        if (expected !== name) return fail(`Unmatched end tag at byte offset ${i}, expected "</${expected}>", found "</${name}>"`);
      } else {
        const start = /^([a-z][a-z-]*)(\s[^]*)?$/i.exec(body);
        if (!start?.[1]) return fail(`Unsupported start tag "${body.slice(0, 20)}" at byte offset ${i}`);
        const name = start[1].toLowerCase();
        const attrs = parseAttributes(start[2] ?? '');
        if (typeof attrs === 'string') return fail(`${attrs} at byte offset ${i}`);
        const problem = checkStartTag(name, attrs, open, i);
        if (problem) return fail(problem);
        open.push(name);
      }
      i = end + 1;
    } else if (c === '&') {
      const entity = readEntity(html, i);
      if (!entity) return fail(`Character "&" must be escaped as "&amp;" at byte offset ${i}`);
      text += entity.char;
      i += entity.length;
    } else if (c === '>') {
      return fail(`Character ">" must be escaped as "&gt;" at byte offset ${i}`);
    } else {
      text += c;
      i += 1;
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) return fail(`Can't find end tag corresponding to start tag "${unclosed}"`);
  return { ok: true, text };
}
