import { existsSync, readFileSync } from "fs";
import { basename, join, resolve } from "path";
import { worksheetToGrid } from "../adapters/exceljs/readGrid";
import { renderWorkbookSpec, workbookSpecToXlsx } from "../adapters/exceljs/renderWorkbook";
import { demoDossiers, demoTrackingData } from "../app/demoData";
import { importFile } from "../app/importFile";
import { reportFromGrids, type ReportJobResult } from "../app/reportJob";
import { importDossiers, dossierReportJson, withContextRate, type DossierImport } from "../core/dossiers/importDossiers";
import type { DossierPeriod } from "../core/dossiers/period";
import type { JobResult } from "../core/job/jobResult";
import { countForPeriod, countForPeriodAsync, type CountAt, type PeriodCount } from "../app/dossiersJob";
import { periodAgencySheet, stepFourPeriod } from "../app/routineJobs";
import { dossierExtraText } from "../core/dossiers/describe";
import { finding, hasErrors, type Finding } from "../core/findings/finding";
import { narrativeText, termText, uiText } from "../core/messages/catalogue";
import { renderFinding } from "../core/messages/render";
import { figureText } from "../core/report/model";
import { keyFigureValues } from "../core/report/keyFigures";
import { shortDocDate } from "../core/text/docDate";
import type { WorkbookSpec } from "../core/sheet/model";
import { buildDossierSheetOver, dossierSheetGaps } from "../core/workbook/dossierSheet";
import { findSheet, sheetNames } from "../core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../core/workbook/trackingWorkbook";
import { checkPackage, readSource, sourceKind, SourceError } from "../io/readSource";
import { streamTsvDossiers, streamXlsxDossiers } from "./streamDossierFile";
import { yearOption, type ParsedArgs } from "./args";
import {
  assertWorkbookExtension,
  readTrackingWorkbookFile,
  readWorkbookFile,
  sheetsIntoWorkbook,
  writeFileSafely,
  writeSheetsToFile,
  type WorkbookFile,
} from "./workbookFiles";
import { chooseOutputPath, outputNotice, writeStampedOutput } from "./outputFiles";
import { findingLine, type CliOutput } from "./output";
import { inputProblem, sameFile } from "./fileIdentity";

const packageRoot = resolve(__dirname, "..", "..");

/** The samples the demo is built from (shipped in the repository). */
export const demoFiles = {
  plan: join(packageRoot, "samples", "seed-000-syt-plan-2024.txt"),
};

/** Reports findings that stop a command (exit 2: unusable input or usage). */
export function fail(out: CliOutput, findings: readonly Finding[]): void {
  findings.forEach((f) => out.stderr.push(renderFinding(f)));
  out.code = 2;
}

function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
}

/**
 * Writes a workbook: the described sheets go into `base` (the user's file, every other part kept
 * as it was) or make a new .xlsx.
 */
async function writeInto(path: string, spec: WorkbookSpec, base?: WorkbookFile): Promise<void> {
  if (base) return writeSheetsToFile(path, base, spec);
  assertWorkbookExtension(path, false);
  writeFileSafely(path, await workbookSpecToXlsx(spec));
}

/**
 * The .docx writer, loaded when a document is written: docx and JSZip take about 0.1 s to load,
 * which `dossiers` and `import` never need (bench/RESULTS.md).
 */
export const docxWriter = () => import("../adapters/docx/reportDocx");

/** Writes a new file the command makes as a whole (stamped), at the asked path or a new name; says which. */
export async function writeNewFile(asked: string, bytes: () => Promise<Uint8Array>, out: CliOutput): Promise<string> {
  const choice = await chooseOutputPath(asked);
  const notice = outputNotice(choice);
  if (notice) out.stdout.push(notice);
  await writeStampedOutput(choice.path, await bytes());
  out.stdout.push(uiText.wrote({ path: choice.path }));
  return choice.path;
}

/** A new workbook, or the user's (`base`) with the spec's sheets written in and every other part kept. */
const xlsxBytes =
  (spec: WorkbookSpec, base?: WorkbookFile, path = "") =>
  async () =>
    base ? sheetsIntoWorkbook(base, spec, path) : workbookSpecToXlsx(spec);

/** `init --year YYYY -o FILE.xlsx`: a new tracking workbook; never overwrites an existing file. */
export async function initCommand(args: ParsedArgs, out: CliOutput, cwd: string): Promise<void> {
  const { year = new Date().getFullYear(), problem } = yearOption(args);
  if (problem) return fail(out, [problem]);
  const target = stringOption(args, "-o");
  if (!target) return fail(out, [finding("error", "option_invalid", {}, { option: "-o", reason: termText.reasonOutputName })]);
  const path = resolve(cwd, target);
  if (existsSync(path)) return fail(out, [finding("error", "output_exists", {}, { path: target })]);
  await writeStampedOutput(path, await xlsxBytes(buildTrackingWorkbook(emptyTrackingData(year)))());
  out.stdout.push(uiText.wrote({ path }));
}

/** Large exports are read as a stream (.xlsx sheets and UTF-8 text); null sends the file to the whole-file reader. */
async function streamDossierFile(path: string, at: CountAt) {
  const kind = sourceKind(path);
  if (kind === "xlsx") return streamXlsxDossiers(path, at);
  if (kind === "tsv" && /\.(tsv|txt|tab)$/i.test(path)) return streamTsvDossiers(path, at);
  return null;
}

/** The sheet that holds dossier data (the first with an input), else the first's findings; null when there is none. */
const firstInput = (results: readonly DossierImport[]): DossierImport | null => results.find((r) => r.input !== null) ?? results[0] ?? null;

/**
 * `dossiers FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--as-of YYYY-MM-DD] [--json] [-o WORKBOOK.xlsx]`.
 * The period and as-of date follow the pane's rule (src/app/dossiersJob.ts, countForPeriod): what
 * is given wins; the rest is proposed from the export (its title line, else the standard period its
 * reception dates fit) with an as-of date no later than today; rows received outside the period
 * are left out and said; an as-of date after today is refused.
 */
export async function dossiersCommand(args: ParsedArgs, out: CliOutput, cwd: string): Promise<void> {
  const name = args.positional[0];
  if (!name) return fail(out, [finding("error", "option_invalid", {}, { option: "TỆP", reason: uiText.missingFile() })]);
  const path = resolve(cwd, name);
  if (!existsSync(path)) return fail(out, [finding("error", "file_not_found", {}, { path: name })]);
  const unusable = inputProblem(path, name);
  if (unusable) return fail(out, [unusable]);
  const dossierTarget = stringOption(args, "-o");
  if (dossierTarget && sameFile(resolve(cwd, dossierTarget), path))
    return fail(out, [finding("error", "output_is_input", {}, { path: basename(dossierTarget) })]);
  const given = Object.fromEntries(
    (
      [
        ["from", "--from"],
        ["to", "--to"],
        ["asOf", "--as-of"],
      ] as const
    ).flatMap(([key, option]) => {
      const value = stringOption(args, option);
      return value === undefined ? [] : [[key, value]];
    }),
  ) as Partial<DossierPeriod>;
  // Into a tracking workbook (-o), as the pane's step 4 (one rule, stepFourPeriod): the period settled
  // in its "Thông tin" counts where the command line gives none, the workbook's year is the data's
  // year, and the period counted is written back there (confirmed when typed on the command line,
  // else proposed). Without a workbook the data's year is the one of --as-of (or --to) when given.
  const dossierTargetPath = dossierTarget ? resolve(cwd, dossierTarget) : null;
  const base = dossierTargetPath && existsSync(dossierTargetPath) ? await readWorkbookFile(dossierTargetPath, { sheets: "owned" }) : undefined;
  const typedOnCommandLine = Object.keys(given).length > 0;
  const periodOptions = stepFourPeriod(base?.grids ?? [], { today: todayIso(), given });
  let counted: JobResult<PeriodCount> | null;
  try {
    counted = await countForPeriodAsync(async (at) => {
      const results = await streamDossierFile(path, at);
      return results ? firstInput(results) : null;
    }, periodOptions);
  } catch (error) {
    if (error instanceof SourceError) return fail(out, [error.toFinding()]);
    throw error;
  }
  if (!counted) {
    let source;
    try {
      source = await readSource(path, new Uint8Array(readFileSync(path)));
    } catch (error) {
      if (error instanceof SourceError) return fail(out, [error.toFinding()]);
      throw error;
    }
    if (source.grids.length === 0) return fail(out, [finding("error", "table_not_found", {})]);
    // A rate stated in the prose around the table (an .html or .docx news item) is compared too.
    counted = countForPeriod((at) => firstInput(source.grids.map((g) => withContextRate(importDossiers(g, at), source.contextTexts, g.sheet)))!, periodOptions);
  }
  if (!counted.ok) return fail(out, counted.fatal);
  const { imported: found, period, source: periodSource } = counted;
  if (found.input === null) return fail(out, found.findings);
  // Written over the workbook's sheet: a column the user inserted there keeps its values by field.
  const dossierSheet = dossierTargetPath ? buildDossierSheetOver(found.byField, found.total, findSheet(base?.grids ?? [], sheetNames.dossiers)) : null;
  // Counts the dossier sheet cannot hold (totals without their split) are said, not silently dropped.
  const result = dossierSheet ? { ...found, findings: [...found.findings, ...dossierSheetGaps(found.total), ...dossierSheet.findings] } : found;
  if (dossierTargetPath && dossierSheet) {
    const agency = base ? periodAgencySheet(base.grids, period, { today: todayIso(), confirm: typedOnCommandLine || periodSource === "given" }) : null;
    await writeInto(dossierTargetPath, { sheets: [dossierSheet.sheet, ...(agency ? [agency] : [])] }, base);
    out.stderr.push(uiText.wrote({ path: dossierTargetPath }));
  }
  if (args.options.has("--json")) out.stdout.push(JSON.stringify({ ...dossierReportJson(result), period: { ...period, source: periodSource } }, null, 2));
  else {
    const t = result.total;
    out.stdout.push(
      uiText.dossierSummary({
        ...t,
        asOf: shortDocDate(period.asOf),
        rate: figureText({ value: t.onTimeRate, format: "percent", ref: null }),
        rateB: figureText({ value: t.rates.B, format: "percent", ref: null }),
        rateC: figureText({ value: t.goodRateC, format: "percent", ref: null }),
        rateD: figureText({ value: t.rates.D, format: "percent", ref: null }),
        source: t.sourceRate
          ? uiText.dossierSourceRate({ printed: t.sourceRate.text, variant: t.sourceRate.variant, checkable: Object.values(t.rates).some((x) => x !== null) })
          : "",
        extra: dossierExtraText(t, (x) => figureText({ value: x, format: "percent", ref: null })),
      }),
    );
    out.stdout.push(
      uiText.dossierPeriod({ from: shortDocDate(period.from), to: shortDocDate(period.to), asOf: shortDocDate(period.asOf), source: periodSource }),
    );
    result.findings.forEach((f) => out.stdout.push(findingLine(f)));
  }
  out.code = hasErrors(result.findings) ? 1 : 0;
}

/** `report FILE [--year YYYY] [-o REPORT.xlsx] [--docx REPORT.docx]`: FILE is a tracking workbook. */
export async function reportCommand(args: ParsedArgs, out: CliOutput, cwd: string): Promise<void> {
  const name = args.positional[0];
  if (!name) return fail(out, [finding("error", "option_invalid", {}, { option: "TỆP", reason: uiText.missingFile() })]);
  const path = resolve(cwd, name);
  if (!existsSync(path)) return fail(out, [finding("error", "file_not_found", {}, { path: name })]);
  const unusable = inputProblem(path, name);
  if (unusable) return fail(out, [unusable]);
  const { year, problem } = yearOption(args);
  if (problem) return fail(out, [problem]);
  // The input must be a tracking workbook: a plan or dossier list in another format is named as
  // such, a renamed text file is called text and a huge one "too large", not "corrupt".
  const inputKind = sourceKind(path);
  if (inputKind !== "xlsx") return fail(out, [finding("error", "report_needs_workbook", {}, { path: basename(path), kind: inputKind ?? "other" })]);
  // Outputs are files, not strings: one that is the input, or a link to it, is refused before anything is read.
  const outputOption = stringOption(args, "-o");
  const docxOption = stringOption(args, "--docx");
  const docx = docxOption ? resolve(cwd, docxOption) : undefined;
  for (const output of [outputOption ? resolve(cwd, outputOption) : undefined, docx]) {
    if (output && sameFile(output, path)) return fail(out, [finding("error", "output_is_input", {}, { path: basename(output) })]);
  }
  try {
    checkPackage(path, new Uint8Array(readFileSync(path)), { oleChecked: true });
  } catch (error) {
    if (error instanceof SourceError) return fail(out, [finding("error", error.code, {}, error.params)]);
    throw error;
  }
  const wb = await readTrackingWorkbookFile(path);
  // An as-of date after today is refused (a report judges pending dossiers on a day that has come).
  const result = reportFromGrids(wb.grids, { year, today: todayIso() });
  if (!result.ok) return fail(out, result.fatal);
  // Without -o the name says what the report is: "-du-thao" while it is a DỰ THẢO, as in the pane.
  const xlsx = resolve(cwd, outputOption ?? defaultReportPath(path, wb.macroEnabled, result.model.draft));
  if (docx && sameFile(xlsx, docx)) return fail(out, [finding("error", "output_paths_same", {}, { path: basename(docx) })]);
  // The report is the user's workbook plus the report sheets: a workbook with macros stays .xlsm.
  if (wb.macroEnabled) assertWorkbookExtension(xlsx, true, path);
  else if (!/\.xlsx$/i.test(xlsx)) return fail(out, [finding("error", "output_extension", {}, { path: basename(xlsx), option: "-o", expected: ".xlsx" })]);
  if (docx && !/\.docx$/i.test(docx))
    return fail(out, [finding("error", "output_extension", {}, { path: basename(docx), option: "--docx", expected: ".docx" })]);
  // Never over the input; over an existing file only when it is our own unchanged output (else a new name).
  if (sameFile(xlsx, path)) return fail(out, [finding("error", "output_is_input", {}, { path: basename(xlsx) })]);
  await writeReport(wb, result, { xlsx, docx }, out);
}

/**
 * The report's name beside its tracking workbook.
 * @example defaultReportPath("so.xlsx", false, true) === "so-bao-cao-du-thao.xlsx"
 */
export function defaultReportPath(input: string, macroEnabled: boolean, draft: boolean): string {
  return input.replace(/\.xls[xm]$/i, "") + `-bao-cao${draft ? "-du-thao" : ""}` + (macroEnabled ? ".xlsm" : ".xlsx");
}

/** Writes the report built from a loaded tracking workbook: the .xlsx (and .docx). */
async function writeReport(wb: WorkbookFile, result: Extract<ReportJobResult, { ok: true }>, target: { xlsx: string; docx?: string }, out: CliOutput) {
  const model = result.model;
  await writeNewFile(target.xlsx, xlsxBytes(result.sheets, wb, target.xlsx), out);
  if (target.docx) await writeNewFile(target.docx, async () => (await docxWriter()).reportDocxBytes(model), out);
  out.stdout.push(uiText.reportFigures(keyFigureValues(result.read)));
  const findings = result.read.findings;
  if (result.model.draft) out.stdout.push(narrativeText.draftSummary({ missing: result.model.missing.join("; ") }));
  out.stdout.push(
    uiText.findingsCount({ errors: findings.filter((f) => f.severity === "error").length, warnings: findings.filter((f) => f.severity === "warning").length }),
  );
  findings.forEach((f) => out.stdout.push(findingLine(f)));
  // The report is written either way (the user fixes the workbook and re-runs); an error is exit 1.
  out.code = hasErrors(findings) ? 1 : 0;
}

/**
 * `demo [-o DIR]`: the tracking workbook built from the seeds (Sở Y tế plan 2024 with seed 001's
 * progress, dossier totals and budget), then the report (.xlsx and .docx).
 */
export async function demoCommand(args: ParsedArgs, out: CliOutput, cwd: string): Promise<void> {
  const dir = resolve(cwd, stringOption(args, "-o") ?? "out/demo");
  const plan = await importFile(demoFiles.plan, new Uint8Array(readFileSync(demoFiles.plan)), { year: 2024 });
  if (!plan.ok) return fail(out, plan.fatal);
  const data = demoTrackingData(plan.plan.tasks, demoDossiers());
  // The tracking workbook's "Kiểm tra" holds the findings this run reports: the report's checks,
  // run on the same sheets (in memory) before the file is written.
  const checked = reportFromGrids(renderWorkbookSpec(buildTrackingWorkbook(data)).worksheets.map(worksheetToGrid), {});
  const tracking = buildTrackingWorkbook({ ...data, findings: checked.ok ? checked.read.findings : [...plan.plan.findings, ...checked.fatal] });
  const trackingPath = await writeNewFile(join(dir, "so-theo-doi-iso-2024.xlsx"), xlsxBytes(tracking), out);
  const wb = await readWorkbookFile(trackingPath);
  const result = reportFromGrids(wb.grids, { today: todayIso() });
  if (!result.ok) return fail(out, result.fatal);
  // The demo year is complete: its report is final, named as the pane names a final report.
  const name = result.model.draft ? "bao-cao-iso-2024-du-thao" : "bao-cao-iso-2024";
  await writeReport(wb, result, { xlsx: join(dir, `${name}.xlsx`), docx: join(dir, `${name}.docx`) }, out);
}

/** Today's date as ISO in Vietnam (UTC+7), for the default as-of date. */
function todayIso(): string {
  const t = new Date(Date.now() + 7 * 3600 * 1000);
  return t.toISOString().slice(0, 10);
}
