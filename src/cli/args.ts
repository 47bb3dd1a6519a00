/** Parsed command line: the command, positional arguments and options. */
export interface ParsedArgs {
  readonly command: string | null;
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/** Options that take a value; every other option is a flag. */
const valued = new Set(["--sheet", "--year", "-o", "--out", "--docx", "--as-of"]);

/** Thrown for an option that needs a value and has none. */
export class ArgsError extends Error {
  constructor(readonly option: string) {
    super(option);
  }
}

/** @example parseArgs(["import", "a.tsv", "--year", "2024", "--json"]) */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith("-") && arg.length > 1) {
      const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
      if (valued.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new ArgsError(name);
        options.set(name === "--out" ? "-o" : name, value);
      } else {
        options.set(name, true);
      }
    } else {
      positional.push(arg);
    }
  }
  return { command: positional.shift() ?? null, positional, options };
}
