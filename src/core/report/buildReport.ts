import { isValidAmount } from "../budget/budgetChecks";
import { asOfDate } from "../workbook/agencyFacts";
import type { DossierCounts } from "../dossiers/counts";
import { sheetRef } from "../grid/address";
import { narrativeText, reportText, termText, workbookText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { placeAndDate, shortDocDate } from "../text/docDate";
import { foldKey, singleLine } from "../text/normalize";
import { balanceLines } from "../text/balanceLines";
import { headerNames } from "./headerLines";
import type { AgencyInfo } from "../workbook/agencySheet";
import { budgetTotals, type BudgetSheetData, type BudgetTotals } from "../workbook/budgetSheet";
import { dossierColumn, type DossierColumnKey } from "../workbook/dossierSheet";
import { sheetNames } from "../workbook/sheetNames";
import type { Block, Figure, FigureFormat, FigureSource, ParagraphStyle, ReportModel, Run } from "./model";
import { draftNarrative, taskLists, type Narrative, type NarrativeKey, type TaskLists } from "./narrative";
import { groupedRows } from "./groupedRows";
import { taskLabels, taskText } from "./taskLabels";
import { staleList, uncheckedList, type NarrativeBlockStatus } from "./resolveNarrative";
import { agencyNotSignable, errorsLeft, placeholdersLeft, type MissingPlace } from "./signable";
import type { Finding } from "../findings/finding";
import { narrativeCell } from "../workbook/narrativeSheet";
import { reportItemResults, type ItemResult, type ReportItemKey } from "./reportItems";
import { recipientName, signatureFooter } from "./signature";
import { defaultReportColumns, type ReportRefs } from "./reportRefs";

export type { ReportRefs } from "./reportRefs";

export interface ReportInput {
  readonly agency: AgencyInfo;
  readonly tasks: readonly PlanTask[];
  readonly dossiers: DossierCounts;
  readonly budget: BudgetSheetData;
  readonly refs: ReportRefs;
  /**
   * The text blocks as the "Nhận xét" sheet holds them; an empty block makes the report a
   * draft. Absent (no sheet yet): the drafts written from the figures are used.
   */
  readonly narrative?: Narrative;
  /** Where each block was read (for the "empty block" line of a draft); defaults to the sheet's layout. */
  readonly narrativeCells?: Partial<Record<NarrativeKey, string>>;
  /** The blocks' states: an edited block stating figures the data no longer gives keeps the report a draft. */
  readonly narrativeBlocks?: readonly NarrativeBlockStatus[];
  /** The results table's items as resolved (readTracking); absent: from the tasks (reportItemResults). */
  readonly items?: readonly ItemResult[];
  /** The checks' findings: an error keeps the report a draft. */
  readonly findings?: readonly Finding[];
  /** Where the facts and the results table's rows were read, so what is missing can be shown at its cell. */
  readonly places?: {
    readonly agency?: Partial<Record<keyof AgencyInfo, string>>;
    readonly items?: Partial<Record<ReportItemKey, string>>;
  };
}

const t = reportText;

const para = (runs: Run[], style: Exclude<ParagraphStyle, "placeholder"> = "body"): Block => ({ kind: "paragraph", runs, style });

function figure(value: number | null, format: FigureFormat, sheet: string, address: string | null): Figure {
  return { value, format, ref: address ? { kind: "cell", sheet, address } : null };
}

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

  const narrative: Narrative = input.narrative ?? draftNarrative({ agency: who, year, asOf: asOfDate(agency), dossiers, tasks, budget });
  const items = input.items ?? reportItemResults(tasks, agency.planReference, year);
  const missing: MissingPlace[] = [];
  const at = (label: string, sheet: string | null = null, cell: string | null = null): MissingPlace => ({ label, sheet, cell });
  const narrativeAt = (cell: string | undefined) => (cell ? { sheet: sheetNames.narrative, cell } : { sheet: sheetNames.narrative, cell: null });
  // Final means signable: every standard item accounted for (a document, or why it does not apply).
  items.forEach((item, i) => {
    if (!item.found) {
      const place = narrativeAt(input.places?.items?.[item.key]);
      missing.push({ ...at(narrativeText.missing.item({ no: i + 1, item: item.text }), place.sheet, place.cell), item: item.key });
    }
  });
  for (const block of input.narrativeBlocks ?? []) {
    if (block.stale.length) {
      const place = narrativeAt(input.narrativeCells?.[block.key]);
      missing.push({ ...at(narrativeText.missing.stale({ label: block.label, list: staleList(block.stale) }), place.sheet, place.cell), block: block.key });
    }
    if (block.unchecked.length) {
      const place = narrativeAt(input.narrativeCells?.[block.key]);
      missing.push(at(narrativeText.missing.unchecked({ label: block.label, list: uncheckedList(block.unchecked) }), place.sheet, place.cell));
    }
  }
  const blocks: Block[] = [];
  blocks.push(para([t.intro({ agency: who, year, next })]));

  // I. Results table.
  const results = t.results;
  blocks.push(para([results.heading({ year })], "section"));
  blocks.push({
    kind: "table",
    headers: [results.headers.no, results.headers.item, results.headers.result],
    spans: [1, 2, 2],
    rows: items.map((item, i) => [[String(i + 1)], [item.text], [item.result]]),
    repeatHeader: true,
  });
  const doneStatus = workbookText.taskStatuses.done;
  const done = tasks.filter((task) => task.status.trim() === doneStatus).length;
  const statusColumn = refs.columns?.taskStatus ?? defaultReportColumns.taskStatus;
  const doneFigure: Figure = {
    value: done,
    format: "integer",
    ref: { kind: "countIf", sheet: sheetNames.tasks, range: `${statusColumn}2:${statusColumn}${refs.taskLastRow}`, equals: doneStatus },
  };
  // Both live: a task the user adds to (or removes from) the tasks sheet changes the count.
  const taskColumnLetter = refs.columns?.taskText ?? defaultReportColumns.taskText;
  const totalFigure: Figure = {
    value: tasks.length,
    format: "integer",
    ref: { kind: "countA", sheet: sheetNames.tasks, range: `${taskColumnLetter}2:${taskColumnLetter}${refs.taskLastRow}` },
  };
  const lists = taskLists(tasks, year, asOfDate(agency));
  blocks.push(para(results.tasksDone({ done: doneFigure, total: totalFigure, appendix: lists.appendix })));

  // Budget granted and disbursed: the totals by the one rule (budgetTotals). A total that a line
  // stops is said not computed, with the cell, and the report is a draft; never a sum of the rest.
  const totals = budgetTotals(budget);
  const budgetCell = (cell: string | null | undefined) => (cell ? `${sheetNames.budget}!${cell}` : null);
  const unknownTotal = (field: keyof BudgetTotals) => {
    missing.push(
      at(narrativeText.missing.budgetTotal({ field, cell: budgetCell(totals[field].stoppedAt) }), sheetNames.budget, totals[field].stoppedAt ?? null),
    );
    return t.placeholders.totalUnknown({ cell: budgetCell(totals[field].stoppedAt) });
  };
  blocks.push(para([results.budgetUse({ year, decision: agency.budgetDecision })]));
  // A line nothing was granted or spent for ("cấp mở rộng: 0 đồng") is left out, unless nothing was granted at all.
  const anyGranted = budget.granted.some((g) => g.granted !== 0);
  budget.granted.forEach((g, i) => {
    if (anyGranted && g.granted === 0 && g.disbursed === 0) return;
    blocks.push(
      isValidAmount(g.granted)
        ? para(results.granted({ item: g.item, amount: b("granted", refs.budget.grantedRows[i], g.granted) }), "item")
        : para([results.grantedUnknown({ item: g.item, unknown: t.placeholders.lineUnknown({ cell: budgetCell(g.cells?.granted) }) })], "item"),
    );
  });
  const { granted, disbursed } = totals;
  blocks.push(
    disbursed.amount === null
      ? para([results.disbursedUnknown({ unknown: unknownTotal("disbursed") })], "item")
      : para(results.disbursed({ amount: b("disbursed", refs.budget.grantedTotalRow, disbursed.amount), words: disbursed.words ?? "" }), "item"),
  );
  if (granted.amount === null) blocks.push(para([results.grantedTotalUnknown({ unknown: unknownTotal("granted") })], "item"));
  else if (granted.amount !== disbursed.amount) {
    blocks.push(para(results.grantedTotal({ amount: b("granted", refs.budget.grantedTotalRow, granted.amount) }), "item"));
  }

  // II. Evaluation.
  const evaluation = t.evaluation;
  blocks.push(para([evaluation.heading], "section"));
  blocks.push(para([evaluation.effectiveness({ agency: who })], "subsection"));
  blocks.push(para([evaluation.procedures]));
  if (agency.scope) blocks.push(para([evaluation.scope({ agency: who, scope: agency.scope })], "item"));
  const from = agency.periodStart ? shortDocDate(agency.periodStart) : `01/01/${year}`;
  const to = agency.periodEnd ? shortDocDate(agency.periodEnd) : `31/12/${year}`;
  const sumRef = (keys: DossierColumnKey[]) => (refs.dossierTotalRow ? sumFormula(keys.map((k) => `${dcol(k)}${refs.dossierTotalRow}`)) : null);
  // A partial source (issue 19) leaves groups of the dossier sheet blank: those figures are not
  // stated (never 0), and one sentence names what is missing.
  const noResolved = dossiers.missing.includes("resolved") || dossiers.missing.includes("resolvedSplit");
  const noPending = dossiers.missing.includes("pending") || dossiers.missing.includes("pendingSplit");
  const blank: Figure = { value: null, format: "integer", ref: null };
  const handled: Figure = noResolved ? blank : { value: dossiers.handledBeforeDeadline, format: "integer", ref: sumRef(["early", "onTime", "supplement"]) };
  const earlyOnTime: Figure = noResolved ? blank : { value: dossiers.early + dossiers.onTime, format: "integer", ref: sumRef(["early", "onTime"]) };
  const unlessZero = (key: DossierColumnKey, value: number) => (value ? d(key, value) : undefined);
  const given = (key: DossierColumnKey, value: number, missing: boolean) => (missing ? blank : d(key, value));
  const rateOf = (key: DossierColumnKey, value: number | null) => (value === null ? { ...blank, format: "percent" as const } : d(key, value, "percent"));
  if (dossiers.received > 0) {
    blocks.push(
      para(
        evaluation.dossiers<Figure>({
          from,
          to,
          agency: who,
          received: d("received", dossiers.received),
          ...(noResolved
            ? { supplement: unlessZero("supplement", dossiers.supplement) }
            : { handled, earlyOnTime, supplement: d("supplement", dossiers.supplement), late: unlessZero("late", dossiers.late) }),
          withdrawn: unlessZero("withdrawn", dossiers.withdrawn),
          stopped: unlessZero("stopped", dossiers.stopped),
          ...(noPending
            ? {}
            : { pendingInTime: d("pendingInTime", dossiers.pendingInTime), pendingOverdue: unlessZero("pendingOverdue", dossiers.pendingOverdue) }),
        }),
        "item",
      ),
    );
    if (dossiers.missing.length > 0) {
      blocks.push(para([evaluation.dossiersMissing({ missing: dossiers.missing.map((m) => termText.dossierQuantity[m]).join("; ") })], "item"));
    }
    if (dossiers.onTimeRate !== null) blocks.push(para(evaluation.rate<Figure>({ rate: d("rateA", dossiers.onTimeRate, "percent") }), "item"));
    const rowLabels = evaluation.dossierTable.rows;
    blocks.push({
      kind: "table",
      headers: [evaluation.dossierTable.headers.indicator, evaluation.dossierTable.headers.value],
      spans: [4, 1],
      rows: [
        [[rowLabels.received], [d("received", dossiers.received)]],
        [[rowLabels.handled], [handled]],
        [[rowLabels.earlyOnTime], [earlyOnTime]],
        [[rowLabels.early], [given("early", dossiers.early, noResolved)]],
        [[rowLabels.onTime], [given("onTime", dossiers.onTime, noResolved)]],
        [[rowLabels.supplement], [d("supplement", dossiers.supplement)]],
        [[rowLabels.late], [given("late", dossiers.late, noResolved)]],
        [[rowLabels.withdrawn], [d("withdrawn", dossiers.withdrawn)]],
        // A stopped dossier (dừng giải quyết, TT 03/2025 Mẫu 05) is its own end state: a row only when there is one.
        ...(dossiers.stopped > 0 ? [[[rowLabels.stopped], [d("stopped", dossiers.stopped)]]] : []),
        [[rowLabels.pendingInTime], [given("pendingInTime", dossiers.pendingInTime, noPending)]],
        [[rowLabels.pendingOverdue], [given("pendingOverdue", dossiers.pendingOverdue, noPending)]],
        [[rowLabels.rateA], [rateOf("rateA", dossiers.onTimeRate)]],
        [[rowLabels.rateC], [rateOf("rateC", dossiers.goodRateC)]],
      ],
    });
    blocks.push(para([narrativeText.results.footnoteA], "note"));
    blocks.push(para([narrativeText.results.footnoteC], "note"));
  }
  narrativeBlock("dossierComment");
  blocks.push(para([evaluation.management]));
  narrativeBlock("management");
  blocks.push(para([evaluation.oneStop]));
  narrativeBlock("oneStop");
  blocks.push(para([evaluation.difficulties], "subsection"));
  blocks.push(para([evaluation.advantages], "subsection"));
  narrativeBlock("advantages");
  blocks.push(para([evaluation.obstacles], "subsection"));
  narrativeBlock("obstacles");

  // III. Next year.
  const nextYear = t.nextYear;
  blocks.push(para([nextYear.heading({ year: next })], "section"));
  blocks.push(para([nextYear.contentsHeading({ year: next })], "subsection"));
  narrativeBlock("nextYear");
  blocks.push(para([nextYear.estimateHeading({ year: next })], "subsection"));
  const estimate = totals.estimate;
  blocks.push({
    kind: "table",
    headers: [nextYear.estimateHeaders.item, nextYear.estimateHeaders.amount, nextYear.estimateHeaders.explanation],
    spans: [2, 1, 2],
    rows: [
      ...budget.estimate.map((e, i) => [
        [e.item],
        isValidAmount(e.amount) ? [b("amount", refs.budget.estimateRows[i], e.amount)] : [t.placeholders.lineUnknown({ cell: budgetCell(e.cells?.amount) })],
        [e.explanation],
      ]),
      estimate.amount === null
        ? [[workbookText.total], [unknownTotal("estimate")], [""]]
        : [[workbookText.total], [b("amount", refs.budget.estimateTotalRow, estimate.amount)], [nextYear.inWords({ words: estimate.words ?? "" })]],
    ],
    totalRow: budget.estimate.length,
  });

  blocks.push(para([t.proposals.heading], "section"));
  narrativeBlock("proposals");
  closeWithEnd(blocks);

  const agencyCell = (key: keyof AgencyInfo) => input.places?.agency?.[key] ?? null;
  if (!agency.signerName.trim()) missing.push({ ...at(narrativeText.missing.signer, sheetNames.agency, agencyCell("signerName")), blankFact: true });
  if (!agency.agencyName.trim()) missing.push({ ...at(narrativeText.missing.agency, sheetNames.agency, agencyCell("agencyName")), blankFact: true });
  missing.push(...agencyNotSignable(agency, input.places?.agency ?? {}), ...errorsLeft(input.findings ?? []));

  const number = t.header.number({
    number: agency.documentNumber ? agency.documentNumber.padStart(2, "0") : t.header.numberPending,
    abbreviation: agency.abbreviation,
  });
  const model: ReportModel = {
    header: {
      ...headerNames(agency),
      number,
      placeDate: placeAndDate(agency.placeName, agency.reportDate, year),
      title: t.header.title,
      summary: balanceLines(t.header.summary({ year, next }), 60),
      recipientTo: agency.recipientTo ? t.header.recipientTo({ recipient: agency.recipientTo }) : "",
    },
    blocks,
    footer: signatureFooter(agency, recipients(agency)),
    ...(lists.appendix
      ? { appendix: taskAppendix(tasks, { year, agency: who, number: number.replace(/^Số:\s*/u, ""), date: placeAndDate("", agency.reportDate, year), lists }) }
      : {}),
    draft: false,
    missing: [],
  };
  // Last: the placeholders left anywhere in what was built.
  missing.push(...placeholdersLeft(model).map((label) => at(label)));
  return { ...model, draft: missing.length > 0, missing: missing.map((m) => m.label), missingAt: missing };

  /** A "Nhận xét" block: one paragraph per line; an empty block is a line saying where to write it, and the report is a draft. */
  function narrativeBlock(key: NarrativeKey): void {
    const lines = narrative[key]
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) {
      const place = narrativeAt(input.narrativeCells?.[key]);
      missing.push(at(narrativeText.missing.block({ label: narrativeText.labels[key] }), place.sheet, place.cell));
      blocks.push(
        para(
          [
            narrativeText.emptyBlock({
              cell: input.narrativeCells?.[key] ? `${sheetRef(sheetNames.narrative)}!${input.narrativeCells[key]}` : narrativeCell(key),
            }),
          ],
          "note",
        ),
      );
      return;
    }
    for (const line of lines) blocks.push(para([line], /^[-+•]|^[a-zđ]\)|^[a-zđ]\.\s/u.test(line) ? "item" : "body"));
  }
}

/**
 * The report's Phụ lục "Tình hình thực hiện nhiệm vụ": every task of the plan by its own number
 * (taskLabels), full text, lead unit, schedule, and its result (the documents) or why it is not
 * done (status and note); the plan's sections as bold rows, as the plan's own Phụ lục has them.
 */
function taskAppendix(
  tasks: readonly PlanTask[],
  p: { year: number; agency: string; number: string; date: string; lists: TaskLists },
): NonNullable<ReportModel["appendix"]> {
  const a = t.appendix;
  const labels = taskLabels(tasks);
  const { rows, boldRows } = groupedRows(tasks, (task, i) => {
    const lead = task.units.lead.map((u) => u.name ?? u.written).join(", ") || task.units.text;
    return [[labels[i]], [taskText(task.task, p.year)], [lead], [task.timing.text], [taskResult(task, p.lists)]];
  });
  return {
    heading: a.heading,
    title: a.title({ year: p.year }),
    reference: a.reference({ number: p.number, date: p.date, agency: p.agency }),
    blocks: [
      {
        kind: "table",
        headers: [a.headers.no, a.headers.task, a.headers.lead, a.headers.timing, a.headers.result],
        spans: [1, 1, 1, 1, 1],
        rows,
        ...(boldRows.length ? { boldRows } : {}),
        repeatHeader: true,
      },
    ],
  };
}

/** A task's "Kết quả / lý do": its documents (done late said so), else its status and note. */
function taskResult(task: PlanTask, lists: TaskLists): string {
  const status = task.status.trim() || workbookText.taskStatuses.notStarted;
  const note = singleLine(task.note.trim());
  if (task.status.trim() !== workbookText.taskStatuses.done) return t.appendix.notDone({ status, note });
  const result = singleLine(task.evidence.trim()) || status;
  return lists.late.includes(task) ? t.appendix.late({ result }) : result;
}

/**
 * Ends the report's last paragraph with "./." as NĐ 30/2020 documents do (seed 001:
 * "Không./."): a final "." or ";" becomes "./.", anything else gets "./." appended.
 */
function closeWithEnd(blocks: Block[]): void {
  const i = blocks.length - 1;
  const last = blocks[i];
  if (!last || last.kind !== "paragraph" || last.style === "note") return;
  const runs = [...last.runs];
  const tail = runs[runs.length - 1];
  if (typeof tail !== "string") runs.push("./.");
  else if (!tail.trimEnd().endsWith("./.")) runs[runs.length - 1] = `${tail.trimEnd().replace(/[.;,:]+$/u, "")}./.`;
  blocks[i] = { ...last, runs };
}

/** A sum of dossier-sheet cells, e.g. handled before the deadline = early + on time + supplement (seed 001: 343 = 333 + 10). */
function sumFormula(cells: readonly string[]): FigureSource {
  return { kind: "sum", sheet: sheetNames.dossiers, addresses: cells };
}

/**
 * The report's recipients as typed; when it has "Kính gửi", the list opens with "Như trên"
 * (NĐ 30 Appendix I II.9.b). signatureFooter adds the list punctuation and the archive line.
 */
function recipients(agency: AgencyInfo): string[] {
  const asTyped = agency.recipients.map(recipientName).filter(Boolean);
  const isAsAbove = (r: string) => foldKey(r) === foldKey(t.asAbove);
  return agency.recipientTo.trim() ? [t.asAbove, ...asTyped.filter((r) => !isAsAbove(r))] : asTyped;
}
