/**
 * The commands' shared argument reader (not a command itself): `node:util`
 * `parseArgs`, plus what each command needs from it and parseArgs does not
 * give: `--help`/`-h`, and usage errors in the command's own language
 * (parseArgs' strict mode only speaks English and cannot say which option
 * lacks its value in our words).
 *
 * parseArgs runs non-strict so that, as the hand-written loops did, a string
 * option takes the next word as its value even when it starts with a dash;
 * the checks strict mode would make are made here, on its tokens.
 */
import { parseArgs } from 'node:util';

export type Lang = 'vi' | 'en';
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type OptionValues<S extends OptionSpec> = { [K in keyof S]?: S[K]['type'] extends 'string' ? string : boolean };
export type CommandLine<S extends OptionSpec> = { help: true } | { help: false; values: OptionValues<S>; positionals: string[] };

/** A command line the command cannot run: print its message and the usage, exit 2. */
export class UsageError extends Error {}

const WORDS = {
  vi: {
    unknown: (o: string) => `Tùy chọn không hỗ trợ (unknown option): ${o}`,
    needsValue: (o: string) => `${o} cần một giá trị (needs a value)`,
    noValue: (o: string) => `${o} không nhận giá trị (takes no value)`,
    positional: (a: string) => `Lệnh này không nhận đối số “${a}” (unexpected argument)`,
  },
  en: {
    unknown: (o: string) => `unknown option ${o}`,
    needsValue: (o: string) => `${o} needs a value`,
    noValue: (o: string) => `${o} takes no value`,
    positional: (a: string) => `unexpected argument “${a}”`,
  },
} satisfies Record<Lang, Record<string, (s: string) => string>>;

/**
 * Read `argv` against `options` (`help` is added). `--help` or `-h` anywhere wins over every other word;
 * otherwise an unknown option, a string option without its value, a value given to a switch, or a
 * positional argument where `positionals` is false throws a UsageError in `lang`.
 */
export function readCommandLine<S extends OptionSpec>(
  argv: readonly string[],
  options: S,
  { positionals = false, lang }: { positionals?: boolean; lang: Lang },
): CommandLine<S> {
  const words = WORDS[lang];
  const parsed = parseArgs({
    args: [...argv],
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const tokens = parsed.tokens;
  if (tokens.some((t) => t.kind === 'option' && (t.name === 'help' || t.name === 'h'))) return { help: true };
  for (const token of tokens) {
    if (token.kind === 'positional' && !positionals) throw new UsageError(words.positional(token.value));
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) throw new UsageError(words.unknown(token.rawName));
    if (spec.type === 'string' && token.value === undefined) throw new UsageError(words.needsValue(token.rawName));
    if (spec.type === 'boolean' && token.value !== undefined) throw new UsageError(words.noValue(token.rawName));
  }
  return { help: false, values: parsed.values as OptionValues<S>, positionals: parsed.positionals };
}

/**
 * For a command's top level: what `parse` reads from the command line. On 'help' it prints `help`
 * and exits 0; on a UsageError it prints the message (after `prefix`) and `usage` to stderr and exits 2.
 */
export function commandLineOrExit<T>(parse: () => T | 'help', { usage, help, prefix = '' }: { usage: string; help: string; prefix?: string }): T {
  let read: T | 'help';
  try {
    read = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${prefix}${error.message}\n${usage}`);
    process.exit(2);
  }
  if (read === 'help') {
    console.log(help);
    process.exit(0);
  }
  return read;
}
