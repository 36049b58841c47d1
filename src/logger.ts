import pino from 'pino';

/** The logging surface the app uses (a subset of pino's). Log ids, scores and states: never tokens or message text. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: object): Logger;
}

export interface LoggerOptions {
  readonly level: string;
  /** Human-readable lines (a terminal) instead of JSON. */
  readonly pretty: boolean;
  /** Where JSON lines go; defaults to stderr so stdout stays for answers. */
  readonly destination?: NodeJS.WritableStream;
  /** LOG_QUESTIONS=true: lets the `question` field through (it is redacted otherwise). */
  readonly logQuestions?: boolean;
}

/** Creates the app's logger; secrets are redacted by path as a second line of defence. */
export function createLogger(options: LoggerOptions): Logger {
  const paths = ['token', '*.token', 'config.*.token', 'text', '*.text', ...(options.logQuestions ? [] : ['question'])];
  const redact = { paths, censor: '[redacted]' };
  if (options.pretty && !options.destination) {
    return pino({ level: options.level, redact, transport: { target: 'pino-pretty', options: { destination: 2 } } });
  }
  return pino({ level: options.level, redact }, options.destination ?? pino.destination(2));
}

/** A logger that drops everything (tests, batch mode). */
export const silentLogger: Logger = pino({ level: 'silent' });
