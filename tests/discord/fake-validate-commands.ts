import { checkString, isRecord, type FieldError, type Path } from './fake-validate.ts';

/** Application command registration rules (PUT /applications/{app}[/guilds/{g}]/commands). */

const LOCALES = new Set(
  'id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk hi th zh-CN ja zh-TW ko'.split(' '),
);
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function checkName(errors: FieldError[], path: Path, name: unknown): void {
  if (typeof name !== 'string' || !NAME.test(name) || name !== name.toLowerCase())
    errors.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid: ${String(name)}` });
}

function checkLocalizations(errors: FieldError[], path: Path, value: unknown, check: (p: Path, v: unknown) => void): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) return void errors.push({ path, code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
  for (const [locale, text] of Object.entries(value)) {
    if (!LOCALES.has(locale)) errors.push({ path: [...path, locale], code: 'LOCALE_INVALID', message: `Invalid locale ${locale}` });
    check([...path, locale], text);
  }
}

function checkNamed(errors: FieldError[], at: Path, o: Record<string, unknown>, withDescription: boolean): void {
  checkName(errors, [...at, 'name'], o.name);
  checkLocalizations(errors, [...at, 'name_localizations'], o.name_localizations, (p, v) => checkName(errors, p, v));
  if (!withDescription) return;
  checkString(errors, [...at, 'description'], o.description, 1, 100);
  checkLocalizations(errors, [...at, 'description_localizations'], o.description_localizations, (p, v) => checkString(errors, p, v, 1, 100));
}

function checkOption(errors: FieldError[], at: Path, o: Record<string, unknown>): void {
  checkNamed(errors, at, o, true);
  if (typeof o.type !== 'number' || o.type < 3 || o.type > 11) errors.push({ path: [...at, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Unsupported option type in this fake' });
  const choices: unknown[] = Array.isArray(o.choices) ? o.choices : [];
  if (choices.length > 25) errors.push({ path: [...at, 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  if (choices.length && o.autocomplete === true) errors.push({ path: [...at, 'autocomplete'], code: 'AUTOCOMPLETE_AND_CHOICES', message: 'Autocomplete cannot be set with choices' });
  if (o.autocomplete === true && o.type !== 3 && o.type !== 4 && o.type !== 10) errors.push({ path: [...at, 'autocomplete'], code: 'AUTOCOMPLETE_TYPE', message: 'Autocomplete needs a string or number option' });
  choices.forEach((c: unknown, k) => {
    const choice = isRecord(c) ? c : {};
    checkString(errors, [...at, 'choices', k, 'name'], choice.name, 1, 100);
    checkLocalizations(errors, [...at, 'choices', k, 'name_localizations'], choice.name_localizations, (p, v) => checkString(errors, p, v, 1, 100));
    if (o.type === 3) checkString(errors, [...at, 'choices', k, 'value'], choice.value, 1, 100);
  });
}

/** Validates the whole command list of a bulk overwrite. */
export function validateCommands(body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  if (!Array.isArray(body) || body.length > 100) return [{ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be an array of 100 or fewer commands.' }];
  const names = new Set<string>();
  body.forEach((c: unknown, i) => {
    if (!isRecord(c)) return void errors.push({ path: [i], code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
    if (c.type !== undefined && c.type !== 1) errors.push({ path: [i, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Only chat input commands in this fake' });
    checkNamed(errors, [i], c, true);
    if (names.has(String(c.name))) errors.push({ path: [i, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' });
    names.add(String(c.name));
    const options: unknown[] = Array.isArray(c.options) ? c.options : [];
    if (options.length > 25) errors.push({ path: [i, 'options'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    const optionNames = new Set<string>();
    let optionalSeen = false;
    options.forEach((o: unknown, j) => {
      if (!isRecord(o)) return;
      checkOption(errors, [i, 'options', j], o);
      if (optionNames.has(String(o.name))) errors.push({ path: [i, 'options', j, 'name'], code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', message: 'Option names must be unique' });
      optionNames.add(String(o.name));
      if (o.required === true && optionalSeen) errors.push({ path: [i, 'options', j, 'required'], code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
      if (o.required !== true) optionalSeen = true;
    });
    const contexts: unknown[] = Array.isArray(c.contexts) ? c.contexts : [];
    if (contexts.some((x) => x !== 0 && x !== 1 && x !== 2)) errors.push({ path: [i, 'contexts'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (0, 1, 2).' });
  });
  return errors;
}
