/** Telegram's limit on a message, in characters; we measure the raw HTML, which is stricter. */
export const MAX_MESSAGE_LENGTH = 4096;

/** Escapes text for Telegram's HTML parse mode (text and attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Shortens plain text to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, /[\uD800-\uDBFF]/.test(flat.charAt(max - 2)) ? max - 2 : max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Splits plain text into escaped pieces of at most `limit` characters, at spaces when it can. */
export function escapeInPieces(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (escapeHtml(rest).length > limit) {
    let end = Math.min(rest.length, limit);
    while (end > 1 && escapeHtml(rest.slice(0, end)).length > limit) end = Math.floor(end * 0.9);
    const space = rest.lastIndexOf(' ', end);
    // Never cut a surrogate pair in two.
    const cut = space > end / 2 ? space : Math.max(1, /[\uD800-\uDBFF]/.test(rest.charAt(end - 1)) ? end - 1 : end);
    pieces.push(escapeHtml(rest.slice(0, cut)));
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim() !== '') pieces.push(escapeHtml(rest));
  return pieces;
}

/**
 * Packs blocks into messages of at most `limit` characters. A block is a list of lines, each a
 * balanced HTML fragment no longer than `limit`; lines are never cut, so no tag or link is split.
 * Blocks are separated by a blank line, lines by a newline.
 */
export function packHtml(blocks: readonly (readonly string[])[], limit = MAX_MESSAGE_LENGTH): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks) {
    block.forEach((line, i) => {
      const separator = current === '' ? '' : i === 0 ? '\n\n' : '\n';
      if (current !== '' && current.length + separator.length + line.length > limit) {
        messages.push(current);
        current = line;
      } else {
        current += separator + line;
      }
    });
  }
  if (current !== '') messages.push(current);
  return messages;
}
