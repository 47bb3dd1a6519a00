import { readYear } from "../core/calendar/dates";
import { finding, type Finding } from "../core/findings/finding";
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

/**
 * What each command takes: its options and how many input files. Anything else is refused with
 * a message, never silently ignored (`validate -o`, `init --json`, a second file).
 */
export const commandSyntax: Readonly<Record<string, { readonly options: readonly string[]; readonly files: 0 | 1 }>> = {
  import: { options: ["--sheet", "--year", "--json", "-o"], files: 1 },
  validate: { options: ["--sheet", "--year", "--json"], files: 1 },
  dossiers: { options: ["--as-of", "--json", "-o"], files: 1 },
  init: { options: ["--year", "-o"], files: 0 },
  report: { options: ["--year", "-o", "--docx"], files: 1 },
  "next-year": { options: ["--year", "-o", "--docx"], files: 1 },
  demo: { options: ["-o"], files: 0 },
};

/** A problem with the options or files given to a known command, or null. */
export type SyntaxProblem =
  { readonly kind: "option_not_for_command"; readonly option: string } | { readonly kind: "extra_argument"; readonly argument: string };

/** @example checkCommandArgs(parseArgs(["validate", "a.tsv", "-o", "b.xlsx"])) → { kind: "option_not_for_command", option: "-o" } */
export function checkCommandArgs(args: ParsedArgs): SyntaxProblem | null {
  const syntax = args.command ? commandSyntax[args.command] : undefined;
  if (!syntax) return null;
  for (const option of args.options.keys()) {
    if (option === "--help" || option === "-h") continue;
    if (!syntax.options.includes(option)) return { kind: "option_not_for_command", option };
  }
  const extra = args.positional[syntax.files];
  return extra === undefined ? null : { kind: "extra_argument", argument: extra };
}

/**
 * The year given with --year, read by the one year rule (readYear: four digits, 1900–2199); a
 * finding when it is not one; neither when the option is absent.
 */
export function yearOption(args: ParsedArgs): { year?: number; problem?: Finding } {
  const raw = args.options.get("--year");
  if (raw === undefined) return {};
  const year = typeof raw === "string" ? readYear(raw) : null;
  return year === null ? { problem: finding("error", "year_invalid", {}, { value: String(raw) }) } : { year };
}
