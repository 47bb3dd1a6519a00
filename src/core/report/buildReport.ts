import { amountInWords } from "../budget/amountInWords";
import type { DossierCounts } from "../dossiers/counts";
import { reportText, workbookText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { placeAndDate, shortDocDate } from "../text/docDate";
import type { AgencyInfo } from "../workbook/agencySheet";
import type { BudgetSheetData } from "../workbook/budgetSheet";
import { dossierColumn, type DossierColumnKey } from "../workbook/dossierSheet";
import { sheetNames } from "../workbook/sheetNames";
import type { Block, Figure, FigureFormat, FigureSource, ReportModel, Run } from "./model";
import { reportItemResults } from "./reportItems";
import { defaultReportColumns, type ReportRefs } from "./reportRefs";

export type { ReportRefs } from "./reportRefs";

export interface ReportInput {
  readonly agency: AgencyInfo;
  readonly tasks: readonly PlanTask[];
  readonly dossiers: DossierCounts;
  readonly budget: BudgetSheetData;
  readonly refs: ReportRefs;
}

const t = reportText;

/** What the drafter must fill in, shown in brackets. */
const bracketed = (text: string) => `[${text}]`;
const placeholder = (text: string): Block => ({ kind: "paragraph", runs: [bracketed(text)], style: "placeholder" });
const para = (runs: Run[], style: "body" | "section" | "subsection" | "item" | "center" | "note" = "body"): Block => ({ kind: "paragraph", runs, style });

function figure(value: number | null, format: FigureFormat, sheet: string, address: string | null): Figure {
  return { value, format, ref: address ? { kind: "cell", sheet, address } : null };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);

/**
 * Builds the year-end report (seed 001 shape, NĐ 30/2020 format) from the tracking workbook's
 * data. Figures carry their data-sheet cells so the sheet version stays live.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { agency, tasks, dossiers, budget, refs } = input;
  const year = agency.year;
  const next = year + 1;
  const who = agency.agencyShortName || t.defaultAgency;
  const dcol = (key: DossierColumnKey) => refs.columns?.dossiers?.[key] ?? dossierColumn(key);
  const d = (key: DossierColumnKey, value: number | null, format: FigureFormat = "integer") =>
    figure(value, format, sheetNames.dossiers, refs.dossierTotalRow ? `${dcol(key)}${refs.dossierTotalRow}` : null);
  const budgetColumn = (key: "granted" | "disbursed" | "amount") => refs.columns?.budget?.[key] ?? defaultReportColumns.budget[key];
  const b = (key: "granted" | "disbursed" | "amount", row: number | null | undefined, value: number) =>
    figure(value, "amount", sheetNames.budget, row ? `${budgetColumn(key)}${row}` : null);

  const blocks: Block[] = [];
  blocks.push(para([t.intro({ agency: who, year, next })]));

  // I. Results table.
  const results = t.results;
  blocks.push(para([results.heading({ year })], "section"));
  blocks.push({
    kind: "table",
    headers: [results.headers.no, results.headers.item, results.headers.result],
    spans: [1, 2, 2],
    rows: reportItemResults(tasks, agency.planReference).map((item, i) => [[String(i + 1)], [item.text], [item.result]]),
    repeatHeader: true,
  });
  const doneStatus = workbookText.taskStatuses.done;
  const done = tasks.filter((task) => task.status.trim() === doneStatus).length;
  const statusColumn = refs.columns?.taskStatus ?? defaultReportColumns.taskStatus;
  const doneFigure: Figure = { value: done, format: "integer", ref: { kind: "countIf", sheet: sheetNames.tasks, range: `${statusColumn}2:${statusColumn}${refs.taskLastRow}`, equals: doneStatus } };
  // Both live: a task the user adds to (or removes from) the tasks sheet changes the count.
  const taskColumnLetter = refs.columns?.taskText ?? defaultReportColumns.taskText;
  const totalFigure: Figure = { value: tasks.length, format: "integer", ref: { kind: "countA", sheet: sheetNames.tasks, range: `${taskColumnLetter}2:${taskColumnLetter}${refs.taskLastRow}` } };
  blocks.push(para(results.tasksDone({ done: doneFigure, total: totalFigure })));

  // Budget granted and disbursed.
  const grantedTotal = sum(budget.granted.map((g) => g.granted));
  const disbursedTotal = sum(budget.granted.map((g) => g.disbursed));
  blocks.push(para([results.budgetUse({ year, decision: agency.budgetDecision })]));
  budget.granted.forEach((g, i) => {
    blocks.push(para(results.granted({ item: g.item, amount: b("granted", refs.budget.grantedRows[i], g.granted) }), "item"));
  });
  blocks.push(para(results.disbursed({ amount: b("disbursed", refs.budget.grantedTotalRow, disbursedTotal), words: wordsOrPlaceholder(disbursedTotal) }), "item"));
  if (grantedTotal !== disbursedTotal) {
    blocks.push(para(results.grantedTotal({ amount: b("granted", refs.budget.grantedTotalRow, grantedTotal) }), "item"));
  }

  // II. Evaluation.
  const evaluation = t.evaluation;
  blocks.push(para([evaluation.heading], "section"));
  blocks.push(para([evaluation.effectiveness({ agency: who })], "subsection"));
  blocks.push(para([evaluation.procedures]));
  if (agency.scope) blocks.push(para([evaluation.scope({ agency: who, scope: agency.scope })], "item"));
  const from = agency.periodStart ? shortDocDate(agency.periodStart) : `01/01/${year}`;
  const to = agency.periodEnd ? shortDocDate(agency.periodEnd) : `31/12/${year}`;
  blocks.push(
    para(
      evaluation.dossiers<Figure>({
        from,
        to,
        agency: who,
        received: d("received", dossiers.received),
        handled: { value: dossiers.handledBeforeDeadline, format: "integer", ref: refs.dossierTotalRow ? sumFormula(["early", "onTime", "supplement"].map((k) => `${dcol(k as DossierColumnKey)}${refs.dossierTotalRow}`)) : null },
        earlyOnTime: { value: dossiers.early + dossiers.onTime, format: "integer", ref: refs.dossierTotalRow ? sumFormula(["early", "onTime"].map((k) => `${dcol(k as DossierColumnKey)}${refs.dossierTotalRow}`)) : null },
        supplement: d("supplement", dossiers.supplement),
        late: d("late", dossiers.late),
        pendingInTime: d("pendingInTime", dossiers.pendingInTime),
        pendingOverdue: d("pendingOverdue", dossiers.pendingOverdue),
      }),
      "item",
    ),
  );
  const rowLabels = evaluation.dossierTable.rows;
  blocks.push({
    kind: "table",
    headers: [evaluation.dossierTable.headers.indicator, evaluation.dossierTable.headers.value],
    spans: [4, 1],
    rows: [
      [[rowLabels.received], [d("received", dossiers.received)]],
      [[rowLabels.early], [d("early", dossiers.early)]],
      [[rowLabels.onTime], [d("onTime", dossiers.onTime)]],
      [[rowLabels.late], [d("late", dossiers.late)]],
      [[rowLabels.supplement], [d("supplement", dossiers.supplement)]],
      [[rowLabels.withdrawn], [d("withdrawn", dossiers.withdrawn)]],
      [[rowLabels.pendingInTime], [d("pendingInTime", dossiers.pendingInTime)]],
      [[rowLabels.pendingOverdue], [d("pendingOverdue", dossiers.pendingOverdue)]],
      [[rowLabels.rateA], [d("rateA", dossiers.onTimeRate, "percent")]],
      [[rowLabels.rateC], [d("rateC", dossiers.goodRateC, "percent")]],
    ],
  });
  blocks.push(placeholder(t.placeholders.dossierComment));
  blocks.push(para([evaluation.management]));
  blocks.push(placeholder(t.placeholders.management));
  blocks.push(para([evaluation.oneStop]));
  blocks.push(placeholder(t.placeholders.oneStop));
  blocks.push(para([evaluation.difficulties], "subsection"));
  blocks.push(para([evaluation.advantages]));
  blocks.push(placeholder(t.placeholders.advantages));
  blocks.push(para([evaluation.obstacles]));
  blocks.push(placeholder(t.placeholders.obstacles));

  // III. Next year.
  const nextYear = t.nextYear;
  blocks.push(para([nextYear.heading({ year: next })], "section"));
  blocks.push(para([nextYear.contentsHeading({ year: next })], "subsection"));
  nextYear.contents({ year: next, following: next + 1 }).forEach((text) => blocks.push(para([text], "item")));
  blocks.push(para([nextYear.estimateHeading({ year: next })], "subsection"));
  const estimateTotal = sum(budget.estimate.map((e) => e.amount));
  blocks.push({
    kind: "table",
    headers: [nextYear.estimateHeaders.item, nextYear.estimateHeaders.amount, nextYear.estimateHeaders.explanation],
    spans: [2, 1, 2],
    rows: [
      ...budget.estimate.map((e, i) => [[e.item], [b("amount", refs.budget.estimateRows[i], e.amount)], [e.explanation]]),
      [[workbookText.total], [b("amount", refs.budget.estimateTotalRow, estimateTotal)], [nextYear.inWords({ words: wordsOrPlaceholder(estimateTotal) })]],
    ],
    totalRow: budget.estimate.length,
  });

  blocks.push(para([t.proposals.heading], "section"));
  blocks.push(placeholder(t.placeholders.proposals));

  return {
    header: {
      governingBody: agency.governingBody.toLocaleUpperCase("vi"),
      agencyName: agency.agencyName.toLocaleUpperCase("vi"),
      number: t.header.number({
        number: agency.documentNumber ? agency.documentNumber.padStart(2, "0") : t.header.numberPending,
        abbreviation: agency.abbreviation,
      }),
      placeDate: placeAndDate(agency.placeName, agency.reportDate, year),
      title: t.header.title,
      summary: t.header.summary({ year, next }),
      recipientTo: agency.recipientTo ? t.header.recipientTo({ recipient: agency.recipientTo }) : "",
    },
    blocks,
    footer: {
      recipients: recipientLines(agency),
      authority: agency.signingAuthority.toLocaleUpperCase("vi"),
      signerTitle: agency.signerTitle.toLocaleUpperCase("vi"),
      signerName: agency.signerName,
    },
  };
}

/** A sum of dossier-sheet cells, e.g. handled before the deadline = early + on time + supplement (seed 001: 343 = 333 + 10). */
function sumFormula(cells: readonly string[]): FigureSource {
  return { kind: "sum", sheet: sheetNames.dossiers, addresses: cells };
}

function wordsOrPlaceholder(amount: number): string {
  return Number.isInteger(amount) && amount >= 0 ? amountInWords(amount) : bracketed(t.placeholders.invalidAmount);
}

/** "Nơi nhận" lines per NĐ 30: "- X;" each, the last "- Lưu: VT, <unit>." */
function recipientLines(agency: AgencyInfo): string[] {
  const lines = agency.recipients.map((r) => r.replace(/[;.]\s*$/, "")).filter(Boolean).map((r) => `- ${r};`);
  lines.push(t.archive({ unit: agency.draftingUnit }));
  return lines;
}
