/** Discord's message and component limits, checked the way Discord does (400 Invalid Form Body). */

export type Path = readonly (string | number)[];
export interface FieldError {
  readonly path: Path;
  readonly code: string;
  readonly message: string;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const len = (v: unknown): number => [...(str(v) ?? '')].length;

/** Discord's error body for a list of field errors. */
export function formBodyError(errors: readonly FieldError[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const e of errors) {
    let node = root;
    for (const key of e.path) {
      const next = node[String(key)];
      const child: Record<string, unknown> = isRecord(next) ? next : {};
      node[String(key)] = child;
      node = child;
    }
    const list = Array.isArray(node._errors) ? node._errors : [];
    node._errors = [...list, { code: e.code, message: e.message }];
  }
  return { code: 50035, message: 'Invalid Form Body', errors: root };
}

/** Checks a string field: type, length bounds. */
export function checkString(errors: FieldError[], path: Path, value: unknown, min: number, max: number, required = true): void {
  if (value === undefined || value === null) {
    if (required) errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (typeof value !== 'string') errors.push({ path, code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
  else if (len(value) < min || len(value) > max)
    errors.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
}

function checkEmbeds(errors: FieldError[], path: Path, embeds: unknown): void {
  if (embeds === undefined) return;
  if (!Array.isArray(embeds) || embeds.length > 10) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be an array of 10 or fewer embeds.' });
    return;
  }
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    const at = [...path, i];
    if (!isRecord(embed)) return void errors.push({ path: at, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
    checkString(errors, [...at, 'title'], embed.title, 1, 256, false);
    checkString(errors, [...at, 'description'], embed.description, 1, 4096, false);
    const footer = isRecord(embed.footer) ? embed.footer : {};
    if (embed.footer !== undefined) checkString(errors, [...at, 'footer', 'text'], footer.text, 1, 2048);
    const fields: unknown[] = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > 25) errors.push({ path: [...at, 'fields'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    fields.forEach((f: unknown, j) => {
      const field = isRecord(f) ? f : {};
      checkString(errors, [...at, 'fields', j, 'name'], field.name, 1, 256);
      checkString(errors, [...at, 'fields', j, 'value'], field.value, 1, 1024);
      total += len(field.name) + len(field.value);
    });
    if (embed.url !== undefined && !/^https?:\/\//.test(str(embed.url) ?? '')) errors.push({ path: [...at, 'url'], code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' });
    total += len(embed.title) + len(embed.description) + len(footer.text) + len(isRecord(embed.author) ? embed.author.name : '');
  });
  if (total > 6000) errors.push({ path, code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
}

function checkButton(errors: FieldError[], at: Path, b: Record<string, unknown>, ids: Set<string>): void {
  const style = b.style;
  if (typeof style !== 'number' || style < 1 || style > 5) return void errors.push({ path: [...at, 'style'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (1, 2, 3, 4, 5).' });
  if (b.label === undefined && b.emoji === undefined) errors.push({ path: [...at, 'label'], code: 'BASE_TYPE_REQUIRED', message: 'A label or an emoji is required' });
  checkString(errors, [...at, 'label'], b.label, 1, 80, false);
  if (style === 5) {
    if (b.custom_id !== undefined) errors.push({ path: [...at, 'custom_id'], code: 'BUTTON_COMPONENT_CUSTOM_ID_DISALLOWED', message: 'Link buttons cannot have a custom_id' });
    if (!/^https?:\/\//.test(str(b.url) ?? '')) errors.push({ path: [...at, 'url'], code: 'BUTTON_COMPONENT_URL_REQUIRED', message: 'Link buttons need a valid url' });
    checkString(errors, [...at, 'url'], b.url, 1, 512, false);
    return;
  }
  if (b.url !== undefined) errors.push({ path: [...at, 'url'], code: 'BUTTON_COMPONENT_URL_DISALLOWED', message: 'Only link buttons can have a url' });
  checkId(errors, [...at, 'custom_id'], b.custom_id, ids);
}

function checkId(errors: FieldError[], path: Path, id: unknown, ids: Set<string>): void {
  checkString(errors, path, id, 1, 100);
  if (typeof id !== 'string') return;
  if (ids.has(id)) errors.push({ path, code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
  ids.add(id);
}

function checkSelect(errors: FieldError[], at: Path, s: Record<string, unknown>, ids: Set<string>): void {
  checkId(errors, [...at, 'custom_id'], s.custom_id, ids);
  checkString(errors, [...at, 'placeholder'], s.placeholder, 1, 150, false);
  const options: unknown[] = Array.isArray(s.options) ? s.options : [];
  if (options.length < 1 || options.length > 25) errors.push({ path: [...at, 'options'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 25 in length.' });
  const values = new Set<string>();
  options.forEach((o: unknown, k) => {
    const opt = isRecord(o) ? o : {};
    checkString(errors, [...at, 'options', k, 'label'], opt.label, 1, 100);
    checkString(errors, [...at, 'options', k, 'value'], opt.value, 1, 100);
    checkString(errors, [...at, 'options', k, 'description'], opt.description, 1, 100, false);
    const v = str(opt.value) ?? '';
    if (values.has(v)) errors.push({ path: [...at, 'options', k, 'value'], code: 'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED', message: 'Option values must be unique' });
    values.add(v);
  });
}

function checkComponents(errors: FieldError[], path: Path, rows: unknown): void {
  if (rows === undefined) return;
  if (!Array.isArray(rows) || rows.length > 5) return void errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
  const ids = new Set<string>();
  rows.forEach((row: unknown, i) => {
    const at = [...path, i];
    const children: unknown[] = isRecord(row) && Array.isArray(row.components) ? row.components : [];
    if (!isRecord(row) || row.type !== 1) return void errors.push({ path: [...at, 'type'], code: 'UNION_TYPE_CHOICES', message: 'Top-level components must be action rows' });
    if (children.length < 1 || children.length > 5) errors.push({ path: [...at, 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 5 in length.' });
    const types = children.map((c) => (isRecord(c) ? c.type : undefined));
    if (types.includes(3) && children.length > 1) errors.push({ path: [...at, 'components'], code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', message: 'The specified component exceeds the maximum width' });
    children.forEach((c, j) => {
      if (!isRecord(c)) return;
      if (c.type === 2) checkButton(errors, [...at, 'components', j], c, ids);
      else if (c.type === 3) checkSelect(errors, [...at, 'components', j], c, ids);
      else errors.push({ path: [...at, 'components', j, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Unsupported component type in this fake' });
    });
  });
}

/** Our policy, enforced like a Discord limit: every message says `allowed_mentions: { parse: [] }`. */
function checkAllowedMentions(errors: FieldError[], path: Path, am: unknown): void {
  const ok = isRecord(am) && Array.isArray(am.parse) && am.parse.length === 0 && am.users === undefined && am.roles === undefined;
  if (!ok) errors.push({ path, code: 'ALLOWED_MENTIONS_REQUIRED', message: 'allowed_mentions must be { parse: [] } (no pings from typed text)' });
}

/** Validates a message body (create, or edit when `create` is false). */
export function validateMessage(body: unknown, path: Path, create: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (!isRecord(body)) return [{ path, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' }];
  checkString(errors, [...path, 'content'], body.content, 0, 2000, false);
  checkEmbeds(errors, [...path, 'embeds'], body.embeds);
  checkComponents(errors, [...path, 'components'], body.components);
  checkAllowedMentions(errors, [...path, 'allowed_mentions'], body.allowed_mentions);
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  if ((flags & ~(64 | 4 | 4096)) !== 0) errors.push({ path: [...path, 'flags'], code: 'BASE_TYPE_BAD_FLAGS', message: 'Unsupported message flags' });
  const empty = !str(body.content)?.trim() && !(Array.isArray(body.embeds) && body.embeds.length) && !(Array.isArray(body.components) && body.components.length);
  if (create && empty) errors.push({ path, code: 'MESSAGE_EMPTY', message: 'Cannot send an empty message' });
  return errors;
}

/** Validates an autocomplete result (callback type 8). */
export function validateChoices(data: unknown, path: Path): FieldError[] {
  const errors: FieldError[] = [];
  const choices: unknown = isRecord(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) return [{ path: [...path, 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  if (choices.length > 25) errors.push({ path: [...path, 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  choices.forEach((c: unknown, i) => {
    const choice = isRecord(c) ? c : {};
    checkString(errors, [...path, 'choices', i, 'name'], choice.name, 1, 100);
    checkString(errors, [...path, 'choices', i, 'value'], choice.value, 1, 100);
  });
  return errors;
}
