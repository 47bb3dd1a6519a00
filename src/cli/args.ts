/** Parsed command line: the command, positional arguments and options. */
export interface ParsedArgs {
  readonly command: string | null;
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/** Options that take a value, and the flags; anything else is a typing mistake, not ignored. */
const valued = new Set(["--sheet", "--year", "-o", "--out", "--docx", "--as-of"]);
const flags = new Set(["--json", "--help", "-h"]);

/** Thrown for an option that needs a value and has none, or an option no command knows. */
export class ArgsError extends Error {
  constructor(
    readonly option: string,
    readonly kind: "missing_value" | "unknown" = "missing_value",
  ) {
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
      } else if (flags.has(name)) {
        options.set(name, true);
      } else {
        throw new ArgsError(name, "unknown");
      }
    } else {
      positional.push(arg);
    }
  }
  return { command: positional.shift() ?? null, positional, options };
}
