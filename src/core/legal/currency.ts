/**
 * Is a document still current for its year? The checks that apply the legal registry and the 2025
 * map to a workbook's or an imported plan's text: legal texts cited that were replaced for the
 * year, former provinces in the agency's facts, and district-level units given tasks after the
 * district level ended (01/7/2025). Each is a finding at the cell the text is in.
 */
import { finding, type Finding } from "../findings/finding";
import { reorganisationText } from "../messages/catalogue";
import type { PlanTask } from "../plan/plan";
import { narrativeKeys, type Narrative, type NarrativeKey } from "../report/narrative";
import { narrativeRow } from "../workbook/narrativeSheet";
import { shortDocDate } from "../text/docDate";
import type { AgencyInfo } from "../workbook/agencySheet";
import { agencyRow } from "../workbook/agencySheet";
import { sheetNames } from "../workbook/sheetNames";
import { formerProvinceMentions, renameProvinces, reorganisationDate } from "./provinces";
import { legalCitationFindings } from "./registry";

/** The fields of "Thông tin" that name the agency, its place or governing body. */
export const placeFields = ["governingBody", "agencyName", "agencyShortName", "placeName", "recipientTo", "recipients"] as const;
export type PlaceField = (typeof placeFields)[number];

/** The value of a place field as one text ("Nơi nhận" one line each). */
const fieldText = (agency: AgencyInfo, key: PlaceField) => (key === "recipients" ? agency.recipients.join("\n") : agency[key]);

/**
 * Warnings for the agency facts that still name a former province on `iso` (a document of that
 * date): at the field's cell in "Thông tin", with the new name and the day it took effect
 * ("Ninh Thuận → Khánh Hòa (từ 01/7/2025, Nghị quyết số 202/2025/QH15)").
 * @example provinceFindings({ ...agency, governingBody: "UBND TỈNH NINH THUẬN" }, "2026-01-01")[0].code === "province_renamed"
 */
export function provinceFindings(agency: AgencyInfo, iso: string, cells: Partial<Record<PlaceField, string>> = {}): Finding[] {
  const findings: Finding[] = [];
  for (const key of placeFields) {
    for (const line of fieldText(agency, key).split("\n")) {
      const mention = formerProvinceMentions(line).find((m) => iso >= m.former.from);
      if (!mention) continue;
      findings.push(
        finding(
          "warning",
          "province_renamed",
          { sheet: sheetNames.agency, cell: cells[key] ?? `B${agencyRow(key)}` },
          {
            written: line,
            old: mention.former.name,
            new: mention.former.into.name,
            date: shortDocDate(mention.former.from),
            basis: mention.former.from === reorganisationDate ? reorganisationText.provinceBasis : reorganisationText.hueBasis,
          },
        ),
      );
    }
  }
  return findings;
}

/** The agency facts with the former provinces renamed for `iso`, and the fields that changed. */
export function renamedAgency(agency: AgencyInfo, iso: string): { agency: AgencyInfo; changed: { key: PlaceField; from: string; to: string }[] } {
  const changed: { key: PlaceField; from: string; to: string }[] = [];
  const next: Record<string, unknown> = { ...agency };
  for (const key of placeFields) {
    if (key === "recipients") {
      const lines = agency.recipients.map((r) => renameProvinces(r, iso) ?? r);
      if (lines.some((l, i) => l !== agency.recipients[i])) {
        changed.push({ key, from: agency.recipients.join("; "), to: lines.join("; ") });
        next.recipients = lines;
      }
      continue;
    }
    const renamed = renameProvinces(agency[key], iso);
    if (renamed !== null && renamed !== agency[key]) {
      changed.push({ key, from: agency[key], to: renamed });
      next[key] = renamed;
    }
  }
  return { agency: next as AgencyInfo, changed };
}

/**
 * "UBND huyện X", "UBND cấp huyện", "Phòng Y tế huyện", "Ủy ban nhân dân quận 3", "thị xã": the
 * district level, which ended on 01/7/2025. Folded, on word boundaries.
 */
const districtPattern =
  /(?<![\p{L}\d])(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:cấp\s+)?(?:huyện|quận|thị xã)|cấp\s+huyện|Phòng\s+[^,;\n]{1,60}?\s(?:huyện|quận|thị xã)(?![\p{L}\d]))/iu;

/** The district-level unit a text names, as written, or null. */
export function districtUnit(text: string): string | null {
  const m = districtPattern.exec(text.normalize("NFC"));
  if (!m) return null;
  // "UBND huyện X": with the name that follows, up to a separator.
  const rest = /^[^,;\n()]{0,40}/u.exec(text.normalize("NFC").slice((m.index ?? 0) + m[0].length))?.[0] ?? "";
  return `${m[0]}${/^\s+\p{Lu}/u.test(rest) ? rest.replace(/\s+(?:và|chủ trì|phối hợp).*$/iu, "").trimEnd() : ""}`.trim();
}

/**
 * Findings for a plan's tasks in `year`: legal texts cited in a task or its product that were
 * replaced for the year (at that cell), and tasks given to a district-level unit when the task
 * runs on or after 01/7/2025 (at the units cell, or the task's cell when it is the task's text
 * that names it).
 */
export function taskCurrencyFindings(tasks: readonly PlanTask[], year: number): Finding[] {
  const findings: Finding[] = [];
  for (const t of tasks) {
    const at = (field: "task" | "output" | "units") => ({ sheet: t.source.sheet, cell: t.cells[field] ?? t.source.cell });
    findings.push(...legalCitationFindings(t.task, year, at("task")), ...legalCitationFindings(t.output, year, at("output")));
    // A task runs until its schedule's end; one without a readable schedule, the whole year.
    const end = t.timing.end ?? `${year}-12-31`;
    if (end < reorganisationDate) continue;
    const inUnits = districtUnit(t.units.text || "");
    const unit = inUnits ?? districtUnit(t.task);
    if (unit)
      findings.push(finding("warning", "district_level_unit", at(inUnits ? "units" : "task"), { no: t.no, unit, date: shortDocDate(reorganisationDate) }));
  }
  return findings;
}

/**
 * Legal texts the report's text blocks ("Nhận xét") cite that were replaced for `year`: at the
 * block's cell. Last year's words carried into this year's report are where old citations hide.
 */
export function narrativeCurrencyFindings(narrative: Narrative, cells: Partial<Record<NarrativeKey, string>>, year: number): Finding[] {
  return narrativeKeys.flatMap((key) =>
    legalCitationFindings(narrative[key], year, { sheet: sheetNames.narrative, cell: cells[key] ?? `B${narrativeRow(key)}` }),
  );
}
