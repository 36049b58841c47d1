import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTerminalAdapter } from '../../src/adapters/terminal/adapter.ts';
import { createBot, type Bot } from '../../src/core/bot.ts';
import { loadKnowledgeBase } from '../../src/core/load-knowledge-base.ts';
import { MESSAGES } from '../../src/core/messages.ts';

let bot: Bot;
beforeAll(async () => {
  bot = createBot(await loadKnowledgeBase(join(process.cwd(), 'faq')), { defaultLang: 'fr' });
});

/** Types lines into the chat, closes it (Ctrl-D) and returns all it printed. */
async function chat(lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const terminal = createTerminalAdapter({ input, output, prompt: false }, bot);
  await terminal.start();
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await terminal.closed;
  return printed;
}

const title = (id: string, lang: 'fr' | 'en'): string => bot.knowledgeBase().byId.get(id)?.text[lang].title ?? `missing ${id}`;

describe('the terminal chat', () => {
  it('greets, says how to connect a platform, and quits on end of input', async () => {
    const out = await chat([]);
    expect(out).toContain(MESSAGES.fr.welcome);
    expect(out).toContain('TELEGRAM_BOT_TOKEN');
  });

  it('answers a question in its language with the reviewed date', async () => {
    const out = await chat(['where is the whatsapp objection form?']);
    expect(out).toContain(title('whatsapp-objection', 'en'));
    expect(out).toContain(MESSAGES.en.reviewed);
  });

  it('switches language with /lang and keeps it', async () => {
    const out = await chat(['/lang en', 'formulaire whatsapp']);
    expect(out).toContain(MESSAGES.en.langSet);
    expect(out).toContain(title('whatsapp-objection', 'en'));
  });

  it('lists topics with /topics and opens one by its number', async () => {
    const out = await chat(['/topics', '1']);
    const first = bot.knowledgeBase().entries[0];
    expect(out).toContain(MESSAGES.fr.topicsIntro);
    expect(out).toContain(`1. ${first?.text.fr.title}`);
    expect(out).toContain(first?.text.fr.answer.trim().split('\n')[0]);
  });

  it('shows help for /help and for an unknown command', async () => {
    const out = await chat(['/help', '/nope']);
    expect(out.split(MESSAGES.fr.help).length - 1).toBeGreaterThanOrEqual(3);
  });

  it('says honestly when it cannot help', async () => {
    const out = await chat(['what is the weather like in Paris tomorrow']);
    expect(out).toContain(MESSAGES.en.none);
  });

  it('survives hostile lines', async () => {
    const out = await chat(['', '   ', '\u0000\u0007\u001b[31m', '🙂🙂🙂', '<b>x</b>', 'a'.repeat(100_000), 'merci']);
    expect(out).toContain(title('thanks', 'fr'));
  });
});
