import type { PlanImport } from "../core/plan/plan";
import { existsSync, readFileSync } from "fs";
import { basename, resolve } from "path";
import { inputProblem, sameFile, wholeTextProblem } from "./fileIdentity";
import { workbookSpecToXlsx } from "../adapters/exceljs/renderWorkbook";
import { OwnedSheetObjectsError, SheetNotOwnedError } from "../adapters/ownership";
import { importFile, previousReportFromFile, readPlanSource } from "../app/importFile";
import { previousReportIntoWorkbook, previousReportWorkbook, type PreviousReportImport } from "../app/previousReportJob";
import { importFromContent, importIntoWorkbook } from "../app/importJob";
import { planIntoWorkbook } from "../app/routineJobs";
import { finding, hasErrors, type Finding } from "../core/findings/finding";
import { uiText } from "../core/messages/catalogue";
import { exitCodes, findingLine, type CliOutput } from "./output";
import { assertWorkbookExtension, CliFailure, readWorkbookFile, writeFileSafely, writeSheetsToFile } from "./workbookFiles";
import { renderFinding } from "../core/messages/render";
import { planJson } from "../core/plan/planJson";
import type { WorkbookSpec } from "../core/sheet/model";
import { ArgsError, checkCommandArgs, commandSyntax, parseArgs, yearOption, type ParsedArgs } from "./args";
import { nextYearCommand } from "./nextYearCommand";
import { demoCommand, dossiersCommand, initCommand, reportCommand } from "./reportCommands";

export { exitCodes, type CliOutput } from "./output";

/**
 * Runs one CLI invocation. Never throws for bad input: every problem becomes a Vietnamese
 * message and an exit code. Also used by the tests, in process.
 */
export async function runCli(argv: readonly string[], cwd?: string): Promise<CliOutput> {
  const out: CliOutput = { stdout: [], stderr: [], code: exitCodes.ok };
  if (cwd === undefined) {
    // The working folder itself can be unreadable: deeper than the system allows (ERANGE), or deleted.
    try {
      cwd = process.cwd();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      return usageError(out, renderFinding(finding("error", code === "ENOENT" ? "working_folder_missing" : "path_too_long", {}, { path: "." })));
    }
  }
  const workingFolder = cwd;
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof ArgsError) {
      return usageError(out, error.kind === "unknown" ? uiText.unknownOption({ option: error.option }) : uiText.missingOption({ option: error.option }));
    }
    throw error;
  }
  if (!args.command || args.options.has("--help") || args.options.has("-h") || args.command === "help") {
    out.stdout.push(uiText.cliUsage());
    return out;
  }
  const commands: Record<string, (a: ParsedArgs, o: CliOutput, cwd: string) => Promise<void>> = {
    import: importCommand,
    validate: validateCommand,
    init: initCommand,
    dossiers: dossiersCommand,
    report: reportCommand,
    demo: demoCommand,
    "next-year": nextYearCommand,
  };
  const command = commands[args.command];
  if (!command) return usageError(out, uiText.unknownCommand({ command: args.command }));
  const problem = checkCommandArgs(args);
  if (problem?.kind === "option_not_for_command") return usageError(out, uiText.optionNotForCommand({ command: args.command, option: problem.option }));
  if (problem?.kind === "extra_argument") {
    const files = commandSyntax[args.command].files;
    return usageError(out, uiText.extraArgument({ command: args.command, argument: problem.argument, files }));
  }
  try {
    await command(args, out, workingFolder);
  } catch (error) {
    // A target workbook holding a user's sheet with a name the command owns: nothing was written.
    if (error instanceof SheetNotOwnedError) return usageError(out, renderFinding(finding("error", "sheet_not_owned", {}, { sheet: error.sheet })));
    // An owned sheet holding a note, chart or picture the user added: replacing it would delete them.
    if (error instanceof OwnedSheetObjectsError)
      return usageError(out, renderFinding(finding("error", "owned_sheet_objects", { sheet: error.sheet, cell: error.cell }, { kind: error.kind })));
    if (error instanceof CliFailure) return usageError(out, renderFinding(error.finding));
    throw error;
  }
  return out;
}

function usageError(out: CliOutput, message: string): CliOutput {
  out.stderr.push(message);
  out.code = exitCodes.unusable;
  return out;
}

/** Loads the input file named by the first positional argument, or reports why it cannot. */
function inputFile(args: ParsedArgs, out: CliOutput, cwd: string): { path: string; bytes: Uint8Array } | null {
  const name = args.positional[0];
  if (!name) {
    usageError(out, uiText.missingFile());
    return null;
  }
  const path = resolve(cwd, name);
  if (!existsSync(path)) {
    usageError(out, renderFinding(finding("error", "file_not_found", {}, { path: name })));
    return null;
  }
  const problem = inputProblem(path, name) ?? wholeTextProblem(path, name);
  if (problem) {
    usageError(out, renderFinding(problem));
    return null;
  }
  return { path, bytes: new Uint8Array(readFileSync(path)) };
}

/** The plan file, its sheet and the year asked for; null when the year or the file is refused (said on stderr). */
function planInput(args: ParsedArgs, out: CliOutput, cwd: string) {
  const { year, problem } = yearOption(args);
  if (problem) {
    usageError(out, renderFinding(problem));
    return null;
  }
  const file = inputFile(args, out, cwd);
  if (!file) return null;
  const sheet = args.options.get("--sheet");
  return { year, file, sheet: typeof sheet === "string" ? sheet : undefined };
}

async function loadPlan(args: ParsedArgs, out: CliOutput, cwd: string) {
  const input = planInput(args, out, cwd);
  if (!input) return null;
  const { year, file, sheet } = input;
  const result = await importFile(file.path, file.bytes, { sheet, year });
  if (!result.ok) {
    result.fatal.forEach((f) => out.stderr.push(renderFinding(f)));
    out.code = exitCodes.unusable;
    return null;
  }
  return { plan: result.plan, workbook: result.workbook, result };
}

async function importCommand(args: ParsedArgs, out: CliOutput, cwd: string): Promise<void> {
  // Last year's report (a "BÁO CÁO" with sections II–IV, seed 001) starts this year's workbook.
  const name = args.positional[0];
  const candidate = name ? resolve(cwd, name) : null;
  // The workbook written into is never the file read, nor a link to it: refused before anything is read.
  const asked = args.options.get("-o");
  if (typeof asked === "string" && candidate && sameFile(resolve(cwd, asked), candidate)) {
    return void usageError(out, renderFinding(finding("error", "output_is_input", {}, { path: basename(asked) })));
  }
  if (
    candidate &&
    existsSync(candidate) &&
    !inputProblem(candidate, name ?? "") &&
    !wholeTextProblem(candidate, name ?? "") &&
    args.options.get("--sheet") === undefined
  ) {
    const previous = await previousReportFromFile(candidate, new Uint8Array(readFileSync(candidate)));
    if (previous) return importPreviousReport(previous, args, out, cwd);
  }
  const target = args.options.get("-o");
  const written = typeof target === "string" ? await importIntoFile(args, out, cwd, resolve(cwd, target)) : await loadPlan(args, out, cwd);
  if (!written) return;
  const { plan } = written;
  const extra = "carried" in written ? written.carried : [];
  const all = [...extra, ...plan.findings];
  // The tasks are written either way (the user fixes them in the sheet); an error is exit 1, as in validate.
  out.code = hasErrors(all) ? exitCodes.findings : exitCodes.ok;
  if (args.options.has("--json")) {
    out.stdout.push(JSON.stringify(planJson(plan, extra), null, 2));
    return;
  }
  out.stdout.push(summaryLine(plan.tasks.length, plan.groups.length, yearLabel(plan), all));
  all.forEach((f) => out.stdout.push(findingLine(f)));
}

/**
 * `import PLAN -o FILE`: the pane's step 1, the same job (planIntoWorkbook). A new file is the
 * whole tracking workbook of the plan's year, "Thông tin" filled from the plan's header as
 * proposals; an existing workbook gets the tasks (typed progress kept), its blank facts proposed
 * from the header and the sheets it lacks. A source that is itself a tracking workbook (or a
 * dossier export with a task-like table) is imported as tasks only, as before.
 */
async function importIntoFile(args: ParsedArgs, out: CliOutput, cwd: string, path: string): Promise<{ plan: PlanImport; carried: readonly Finding[] } | null> {
  const input = planInput(args, out, cwd);
  if (!input) return null;
  const { year, file, sheet } = input;
  const content = await readPlanSource(file.path, file.bytes, { sheet });
  if (!content.ok) return unusable(out, content.fatal);
  const base = existsSync(path) ? await readWorkbookFile(path, { sheets: "owned" }) : null;
  if (!base) assertWorkbookExtension(path, false);
  const step = planIntoWorkbook(content.content, base?.grids ?? [], undefined, { year });
  if (!step.ok) return unusable(out, step.fatal);
  let result: { plan: PlanImport; carried: readonly Finding[] };
  if (step.kind === "plan") {
    if (base) await writeSheetsToFile(path, base, step.spec);
    else await writeWorkbook(step.spec, path);
    result = { plan: step.plan, carried: [...(base?.findings ?? []), ...(step.carried ?? [])] };
  } else {
    const imported = importFromContent(content.content, { year });
    if (!imported.ok) return unusable(out, imported.fatal);
    const sheets = base ? importIntoWorkbook(imported, base.grids) : null;
    if (sheets?.refusal) return unusable(out, [sheets.refusal]);
    if (base && sheets) await writeSheetsToFile(path, base, sheets);
    else await writeWorkbook(imported.workbook, path);
    result = { plan: imported.plan, carried: [...(base?.findings ?? []), ...(sheets?.findings ?? [])] };
  }
  out.stderr.push(uiText.wrote({ path }));
  return result;
}

/** Findings that stop a command: printed, exit code "unusable". */
function unusable(out: CliOutput, fatal: readonly Finding[]): null {
  fatal.forEach((f) => out.stderr.push(renderFinding(f)));
  out.code = exitCodes.unusable;
  return null;
}

/**
 * `import LAST-YEAR-REPORT [-o WORKBOOK.xlsx]`: a new tracking workbook for the next year from
 * last year's report, or its text blocks, agency facts and budget into an existing one (only
 * where empty). Prints what was read.
 */
async function importPreviousReport(imported: PreviousReportImport, args: ParsedArgs, out: CliOutput, cwd: string): Promise<void> {
  const target = args.options.get("-o");
  if (typeof target === "string") {
    const path = resolve(cwd, target);
    if (existsSync(path)) {
      const base = await readWorkbookFile(path, { sheets: "owned" });
      await writeSheetsToFile(path, base, previousReportIntoWorkbook(imported, base.grids));
    } else {
      assertWorkbookExtension(path, false);
      await writeWorkbook(previousReportWorkbook(imported), path);
    }
    out.stderr.push(uiText.wrote({ path }));
  }
  // As for a plan: written either way, exit 1 when the report read has an error.
  out.code = hasErrors(imported.findings) ? exitCodes.findings : exitCodes.ok;
  if (args.options.has("--json")) {
    const findings = imported.findings.map((f) => ({ ...f, message: renderFinding(f) }));
    out.stdout.push(
      JSON.stringify({ year: imported.year, agency: imported.agency, narrative: imported.narrative, budget: imported.budget, findings }, null, 2),
    );
    return;
  }
  imported.findings.forEach((f) => out.stdout.push(findingLine(f)));
}

async function validateCommand(args: ParsedArgs, out: CliOutput, cwd: string): Promise<void> {
  const loaded = await loadPlan(args, out, cwd);
  if (!loaded) return;
  const { plan } = loaded;
  if (args.options.has("--json")) {
    out.stdout.push(JSON.stringify({ year: plan.year, years: plan.years, findings: planJson(plan).findings }, null, 2));
  } else {
    out.stdout.push(summaryLine(plan.tasks.length, plan.groups.length, yearLabel(plan), plan.findings));
    if (plan.findings.length === 0) out.stdout.push(uiText.noFindings());
    plan.findings.forEach((f) => out.stdout.push(findingLine(f)));
  }
  out.code = hasErrors(plan.findings) ? exitCodes.findings : exitCodes.ok;
}

/** "2024", or "2026 (giai đoạn 2026–2030)" for a multi-year plan. */
function yearLabel(plan: PlanImport): string {
  const year = plan.year === null ? "?" : String(plan.year);
  return plan.years ? uiText.planYears({ year, from: plan.years[0], to: plan.years[1] }) : year;
}

function summaryLine(tasks: number, groups: number, year: string, findings: readonly Finding[]): string {
  return uiText.importSummary({
    tasks,
    groups,
    year,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
  });
}

/** Writes a workbook description as .xlsx, creating the folder. */
export async function writeWorkbook(spec: WorkbookSpec, path: string): Promise<string> {
  writeFileSafely(path, await workbookSpecToXlsx(spec));
  return path;
}

/** Entry point for bin/iso-assistant.js. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const result = await runCli(argv);
    if (result.stdout.length) process.stdout.write(`${result.stdout.join("\n")}\n`);
    if (result.stderr.length) process.stderr.write(`${result.stderr.join("\n")}\n`);
    return result.code;
  } catch (error) {
    process.stderr.write(`${uiText.unexpected({ detail: error instanceof Error ? error.message : String(error) })}\n`);
    if (process.env.ISO_ASSISTANT_DEBUG) console.error(error);
    return exitCodes.unusable;
  }
}
