import { existsSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { workbookSpecToXlsx } from "../adapters/exceljs/renderWorkbook";
import { nextYearFromGrids } from "../app/nextYearJob";
import { finding } from "../core/findings/finding";
import { uiText } from "../core/messages/catalogue";
import { yearOption, type ParsedArgs } from "./args";
import type { CliOutput } from "./output";
import { findingLine } from "./output";
import { docxWriter, fail as failWith, writeNewFile } from "./reportCommands";
import { inputProblem, sameFile } from "./fileIdentity";
import { readTrackingWorkbookFile } from "./workbookFiles";

/**
 * `next-year FILE [--year NĂM] [-o TỆP.xlsx] [--docx KẾ_HOẠCH.docx]`: next year's tracking
 * workbook from this year's (agency facts, units, the plan's tasks with next year's schedules,
 * this year's estimate as next year's budget note), and the draft plan document (.docx,
 * `ke-hoach-iso-<N+1>.docx`). New files, next to the input by default; never over a file the
 * tool did not make or that changed since (then a new name, said), as `report --docx`.
 */
export async function nextYearCommand(args: ParsedArgs, out: CliOutput, cwd: string): Promise<void> {
  const fail = (findings: Parameters<typeof failWith>[1]) => failWith(out, findings);
  const name = args.positional[0];
  if (!name) return fail([finding("error", "option_invalid", {}, { option: "TỆP", reason: uiText.missingFile() })]);
  const path = resolve(cwd, name);
  if (!existsSync(path)) return fail([finding("error", "file_not_found", {}, { path: name })]);
  const unusable = inputProblem(path, name);
  if (unusable) return fail([unusable]);
  const { year, problem } = yearOption(args);
  if (problem) return fail([problem]);
  // Outputs named by the user that are the input, or a link to it, are refused before anything is read.
  const outputOption = args.options.get("-o");
  const docxAsked = args.options.get("--docx");
  for (const output of [outputOption, docxAsked]) {
    if (typeof output === "string" && sameFile(resolve(cwd, output), path)) return fail([finding("error", "output_is_input", {}, { path: basename(output) })]);
  }
  const wb = await readTrackingWorkbookFile(path);
  const result = nextYearFromGrids(wb.grids, { year });
  if (!result.ok) return fail(result.fatal);
  const target = args.options.get("-o");
  const asked = typeof target === "string" ? resolve(cwd, target) : join(dirname(path), `so-theo-doi-iso-${result.year}.xlsx`);
  if (!/\.xlsx$/i.test(asked)) return fail([finding("error", "output_extension", {}, { path: basename(asked), option: "-o", expected: ".xlsx" })]);
  const docxOption = args.options.get("--docx");
  const docx = typeof docxOption === "string" ? resolve(cwd, docxOption) : join(dirname(path), `ke-hoach-iso-${result.year}.docx`);
  if (!/\.docx$/i.test(docx)) return fail([finding("error", "output_extension", {}, { path: basename(docx), option: "--docx", expected: ".docx" })]);
  if (sameFile(asked, path)) return fail([finding("error", "output_is_input", {}, { path: basename(asked) })]);
  if (sameFile(docx, path)) return fail([finding("error", "output_is_input", {}, { path: basename(docx) })]);
  await writeNewFile(asked, () => workbookSpecToXlsx(result.workbook), out);
  await writeNewFile(docx, async () => (await docxWriter()).reportDocxBytes(result.plan), out);
  out.stdout.push(uiText.nextYearSummary({ year: result.year, tasks: result.data.tasks.length }));
  out.stdout.push(uiText.planDocumentSummary({ year: result.year }));
  if (result.plan.draft) out.stdout.push(uiText.planDocumentDraft({ missing: result.plan.missing.join("; ") }));
  result.findings.forEach((f) => out.stdout.push(findingLine(f)));
}
