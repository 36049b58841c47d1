import { COMMANDS, type CommandName } from '../../core/commands.ts';

/** What a line typed in the terminal asks for. */
export type TerminalInput =
  | { readonly type: 'empty' }
  | { readonly type: 'pick'; readonly index: number }
  | { readonly type: 'command'; readonly name: CommandName; readonly arg: string }
  | { readonly type: 'unknown-command'; readonly name: string }
  | { readonly type: 'question'; readonly text: string };

const names = new Map<string, CommandName>(
  COMMANDS.filter((c) => c.platforms.includes('terminal')).flatMap((c) => [
    [c.name, c.name],
    [c.localizedName.fr, c.name],
  ]),
);

/** Reads one line of the terminal chat: a number picks a listed topic, "/x" is a command, the rest is a question. */
export function parseLine(line: string): TerminalInput {
  const text = line.trim();
  if (text === '') return { type: 'empty' };
  if (/^\d{1,2}$/.test(text)) return { type: 'pick', index: Number(text) - 1 };
  const command = /^\/(\S+)\s*(.*)$/s.exec(text);
  if (command) {
    const word = (command[1] ?? '').toLowerCase();
    const name = names.get(word);
    return name ? { type: 'command', name, arg: command[2] ?? '' } : { type: 'unknown-command', name: word };
  }
  return { type: 'question', text };
}
