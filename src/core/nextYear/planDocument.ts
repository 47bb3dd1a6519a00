/**
 * Next year's plan document, "Kế hoạch áp dụng, duy trì và cải tiến HTQLCL theo TCVN ISO
 * 9001:2015 năm N+1", drafted from the next-year data (src/core/nextYear/nextYear.ts): the same
 * document model as the year-end report (src/core/report/model.ts), so the one .docx writer
 * (src/adapters/docx/reportDocx.ts) prints both in the NĐ 30/2020 format.
 *
 * Shape (the published plans of seeds 000 and 003; docs/document-format.md#the-plan-document): header "KẾ HOẠCH" with "Số: …/KH-<abbr>";
 * the legal bases; I. MỤC ĐÍCH, YÊU CẦU; II. the tasks; III. KINH PHÍ (next year's money, from
 * this year's estimate); IV. TỔ CHỨC THỰC HIỆN; Nơi nhận and signature from "Thông tin".
 * The task table is a "Phụ lục" after the signature, with the "(Kèm theo Kế hoạch số …)" line,
 * not a table inside part II: domain.md §1.8 describes the plan's task table as attached that way,
 * seed 000 (a real Sở Y tế plan) does so ("(Theo phụ lục chi tiết đính kèm)"), and NĐ 30/2020
 * Appendix I gives the appendix its own heading, title and reference line. A five-column table
 * also reads better on its own pages than between the body's paragraphs.
 */
import { amountInWords } from "../budget/amountInWords";
import { isValidAmount } from "../budget/budgetChecks";
import { ceilingOutcomes } from "../budget/ceilings";
import { agencyClassOf } from "../legal/agencyClass";
import { basisLines, datedCitation, legalBasesOn } from "../legal/registry";
import { dedupeRecipients } from "./isoPlan";
import { formatAmount } from "../budget/formatAmount";
import { budgetText, narrativeText, planDocumentText, reportText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { requiredActivities } from "../plan/requiredActivities";
import type { Block, ParagraphStyle, ReportModel, Run } from "../report/model";
import { groupedRows } from "../report/groupedRows";
import { headerNames } from "../report/headerLines";
import { recipientName, signatureFooter } from "../report/signature";
import { balanceLines } from "../text/balanceLines";
import { placeAndDate } from "../text/docDate";
import { foldKey } from "../text/normalize";
import { matchUnit } from "../units/registry";
import type { AgencyInfo } from "../workbook/agencySheet";
import { budgetTotals } from "../workbook/budgetSheet";
import type { TrackingData } from "../workbook/trackingWorkbook";

const t = planDocumentText;

const para = (runs: Run[], style: ParagraphStyle = "body"): Block => ({ kind: "paragraph", runs, style });

/**
 * The plan for `data.agency.year` (next year's tracking data): tasks with their schedules, units
 * and products; next year's budget = the granted lines carried from this year's estimate.
 * A draft (DỰ THẢO, `missing` listed) when the signer, the agency, its abbreviation, the
 * estimate or the tasks are missing.
 * @example buildPlanDocument(nextYear(read, units).data).header.number === "Số: …/KH-SYT"
 */
export function buildPlanDocument(data: TrackingData): ReportModel {
  const agency = data.agency;
  const year = agency.year;
  const who = agency.agencyShortName.trim() || reportText.defaultAgency;
  const secretary = secretaryUnit(data);
  const missing: string[] = [];
  const blocks: Block[] = [];

  // The bases in force on the plan's date (undated: 1 January of its year, when plans are issued).
  const planDate = agency.reportDate || `${year}-01-01`;
  basisLines(planDate).forEach((line) => blocks.push(para([line], "basis")));
  blocks.push(para([t.intro({ agency: who, year })]));

  // I. Purpose and requirements.
  blocks.push(para([t.purpose.heading], "section"));
  blocks.push(para([t.purpose.aimsHeading], "subsection"));
  t.purpose.aims({ agency: who }).forEach((line) => blocks.push(para([line])));
  blocks.push(para([t.purpose.requirementsHeading], "subsection"));
  t.purpose.requirements({ agency: who }).forEach((line) => blocks.push(para([line])));

  // II. Tasks: the table is the appendix.
  blocks.push(para([t.tasks.heading], "section"));
  blocks.push(para([data.tasks.length ? t.tasks.body({ count: data.tasks.length, year }) : t.tasks.none({ year })]));
  if (!data.tasks.length) missing.push(t.missing.tasks);

  // III. Budget: next year's granted lines are this year's estimate (nextYear.ts).
  blocks.push(para([t.budget.heading], "section"));
  // The one budget total (budgetTotals): never stated from the lines that could be read.
  const granted = budgetTotals(data.budget).granted;
  const lines = data.budget.granted.filter((g) => isValidAmount(g.granted) && g.granted > 0);
  const total = granted.amount ?? 0;
  if (granted.amount === null) {
    const items = data.budget.granted
      .filter((g) => !isValidAmount(g.granted))
      .map((g) => g.item)
      .join("; ");
    blocks.push(para([t.budget.pending({ year, agency: who })]));
    blocks.push(para([t.budget.unreadable({ items })], "placeholder"));
    missing.push(t.missing.estimateUnreadable({ year, items }));
  } else if (total > 0) {
    blocks.push(para([t.budget.total({ year, amount: formatAmount(total), words: amountInWords(total), agency: who, itemized: lines.length > 1 })]));
    // One line per item when there are several: each ends ";", the last ".".
    if (lines.length > 1)
      lines.forEach((g, i) =>
        blocks.push(para([t.budget.line({ item: g.item, amount: formatAmount(g.granted), end: i === lines.length - 1 ? "." : ";" })], "item")),
      );
  } else {
    blocks.push(para([t.budget.pending({ year, agency: who })]));
    missing.push(t.missing.estimate({ year }));
  }
  // Above a TT 116/2015 ceiling — every agency's (15.000.000 đồng a year for routine maintenance),
  // or its class's for building and extending the system — a draft naming the excess, in part III
  // and in what it misses; a class that cannot be told is said rather than guessed.
  for (const o of ceilingOutcomes(
    lines,
    (g) => g.category,
    (g) => g.granted,
    agencyClassOf(agency, planDate),
  )) {
    if (o.kind === "classUnknown") {
      const unknown = { subject: budgetText.ceilingSubjects[o.category], amount: formatAmount(o.amount), reason: budgetText.classUnknown[o.reason] };
      blocks.push(para([t.budget.classUnknown(unknown)], "placeholder"));
      missing.push(t.missing.classUnknown(unknown));
      continue;
    }
    const shared = {
      amount: formatAmount(o.amount),
      ceiling: formatAmount(o.ceiling.amount),
      excess: formatAmount(o.amount - o.ceiling.amount),
      basis: o.ceiling.basis,
    };
    if (!("agencyClass" in o.ceiling)) {
      const excess = { subject: o.ceiling.subject, ...shared };
      blocks.push(para([t.budget.aboveCeiling(excess)], "placeholder"));
      missing.push(t.missing.ceiling(excess));
      continue;
    }
    const excess = { subject: budgetText.ceilingSubjects[o.ceiling.category], agencyClass: budgetText.agencyClasses[o.ceiling.agencyClass], ...shared };
    blocks.push(para([t.budget.aboveClassCeiling(excess)], "placeholder"));
    missing.push(t.missing.classCeiling(excess));
  }
  const funding = legalBasesOn(planDate, ["funding"])[0];
  blocks.push(para([funding ? t.budget.rules({ funding: datedCitation(funding) }) : t.budget.rulesUnknown]));

  // IV. Organisation.
  const o = t.organisation;
  blocks.push(para([o.heading], "section"));
  blocks.push(para([o.secretary({ unit: secretary })], "subsection"));
  const report = reportTask(data.tasks);
  const to = agency.recipientTo.trim() || o.defaultReportTo;
  const reportWhen = report ? o.reportWhen({ year, to, when: report.timing.text, no: report.no }) : o.reportWhenUnknown({ year, to });
  o.secretaryDuties({ report: reportWhen }).forEach((line) => blocks.push(para([line])));
  blocks.push(para([o.units({ agency: who })], "subsection"));
  o.unitDuties({ unit: secretary }).forEach((line) => blocks.push(para([line])));
  blocks.push(para([o.closing({ year, agency: who, unit: secretary })]));

  if (!agency.signerName.trim()) missing.push(narrativeText.missing.signer);
  if (!agency.agencyName.trim()) missing.push(narrativeText.missing.agency);
  if (!agency.abbreviation.trim()) missing.push(t.missing.abbreviation);

  const number = t.header.number({
    number: agency.documentNumber ? agency.documentNumber.padStart(2, "0") : "…",
    abbreviation: agency.abbreviation.trim() || "…",
  });
  const h = t.appendix.headers;
  const table = taskRows(data.tasks);
  return {
    header: {
      ...headerNames(agency),
      number,
      // Undated until signed; the year is the plan's (seed 000 was issued in January of its year).
      placeDate: placeAndDate(agency.placeName, agency.reportDate, year),
      title: t.header.title,
      summary: balanceLines(t.header.summary({ year }), 60),
      recipientTo: "",
    },
    blocks,
    footer: signatureFooter(agency, recipients(agency)),
    appendix: {
      heading: t.appendix.heading,
      title: t.appendix.title({ year }),
      reference: t.appendix.reference({
        number: number.replace(/^Số:\s*/u, ""),
        date: placeAndDate("", agency.reportDate, year),
        agency: who,
      }),
      blocks: [
        {
          kind: "table",
          headers: [h.no, h.task, h.output, h.timing, h.units],
          // Proportions of the 165 mm text width: 13 / 51 / 38 / 25 / 38 mm ("TT" on one line).
          spans: [1, 4, 3, 2, 3],
          rows: table.rows,
          // A group's heading row is bold and never ends a page alone.
          ...(table.boldRows.length ? { boldRows: table.boldRows, keepWithNextRows: table.boldRows } : {}),
          repeatHeader: true,
        },
      ],
    },
    draft: missing.length > 0,
    missing,
  };
}

/**
 * The appendix rows: one per task (its number, text, product, schedule, units), and before the
 * first task of each group of the plan ("I. Xây dựng …") a bold row with the group's title.
 */
function taskRows(tasks: readonly PlanTask[]): { rows: Run[][][]; boldRows: number[] } {
  return groupedRows(tasks, (task, i) => [[task.no || String(i + 1)], [task.task], [task.output], [task.timing.text], [unitsText(task)]]);
}

/** "Chủ trì: A\nPhối hợp: B, C" when the task has supporting units; else the units as listed. */
function unitsText(task: PlanTask): string {
  const names = (us: PlanTask["units"]["lead"]) => us.map((u) => u.name ?? u.written).join(", ");
  const lead = names(task.units.lead);
  const support = names(task.units.support);
  if (!support) return lead || task.units.text;
  return [lead ? t.appendix.lead({ units: lead }) : "", t.appendix.support({ units: support })].filter(Boolean).join("\n");
}

/**
 * The unit that compiles and reports: the lead of the plan's own report task (so part IV and the
 * Phụ lục name the same unit), else the drafting unit of "Thông tin" when the unit list knows it
 * ("VP" → "Văn phòng Sở"), else "Tổ Thư ký ISO" (never an unresolved abbreviation).
 */
export function secretaryUnit(data: Pick<TrackingData, "tasks" | "agency" | "units">): string {
  const lead = reportTask(data.tasks)?.units.lead.find((u) => u.name !== null)?.name;
  if (lead) return lead;
  const written = data.agency.draftingUnit.trim();
  return (written && matchUnit({ units: data.units }, written)) || t.organisation.defaultUnit;
}

/** The plan's yearly report task (the required activity "annualReport"), for its deadline. */
function reportTask(tasks: readonly PlanTask[]): PlanTask | undefined {
  const phrases = requiredActivities.find((a) => a.id === "annualReport")?.phrases ?? [];
  return tasks.find((task) => phrases.some((p) => ` ${foldKey(`${task.task} ${task.output}`)} `.includes(` ${p} `)));
}

/**
 * "Nơi nhận" of a plan: it has no "Kính gửi", so the addressee of "Thông tin" (the provincial
 * lead unit) opens the list (seed 003: "- Sở KH&CN;"), then the recipients as typed, each body once
 * by meaning; "Như trên" (the report's reference to its Kính gửi) is dropped; signatureFooter adds
 * the archive line.
 */
function recipients(agency: AgencyInfo): string[] {
  // "Như trên" refers to a Kính gửi the plan has not; "Lưu: …" is the archive line signatureFooter writes.
  const typed = [agency.recipientTo, ...agency.recipients]
    .map(recipientName)
    .filter((r) => r && foldKey(r) !== foldKey(reportText.asAbove) && !/^lưu\s*:/iu.test(r));
  // One line per body, by meaning: "UBND tỉnh (b/c)" and "Ủy ban nhân dân tỉnh Đồng Tháp" are one.
  return dedupeRecipients(typed, agency.placeName);
}
