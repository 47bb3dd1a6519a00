import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  findingMessages,
  legacyBrowserText,
  legalText,
  narrativeText,
  nextYearText,
  planDocumentText,
  planText,
  reorganisationText,
  reportText,
  taskpaneText,
  termText,
  uiText,
  workbookText,
  type FindingCode,
  type ParamsOf,
} from "../../../src/core/messages/catalogue";
import { findingText, renderFinding } from "../../../src/core/messages/render";

/**
 * Sample params for every finding code, exactly the ones its message declares (`ParamsOf`):
 * a code without a sample, a sample param the message does not declare, or a message that reads
 * a param it does not declare is a compile error; each value is its own name, so the rendered
 * text shows which params it printed.
 */
const samples: { readonly [C in FindingCode]: ParamsOf<C> } = {
  budget_amount_not_number: { amount: "‹amount›", field: "‹field›", item: "‹item›" },
  budget_amount_negative: { amount: "‹amount›", field: "‹field›", item: "‹item›" },
  budget_amount_not_integer: { amount: "‹amount›", field: "‹field›", item: "‹item›" },
  budget_amount_too_large: { amount: "‹amount›", field: "‹field›", item: "‹item›" },
  budget_disbursed_over_granted: { item: "‹item›", disbursed: "‹disbursed›", granted: "‹granted›" },
  budget_total_disbursed_over_granted: { disbursed: "‹disbursed›", granted: "‹granted›" },
  budget_total_mismatch: { field: "‹field›", stated: "‹stated›", computed: "‹computed›" },
  budget_above_ceiling: { subject: "‹subject›", year: "‹year›", items: "‹items›", amount: "‹amount›", ceiling: "‹ceiling›", basis: "‹basis›" },
  budget_above_class_ceiling: {
    subject: "‹subject›",
    year: "‹year›",
    items: "‹items›",
    amount: "‹amount›",
    agencyClass: "‹agencyClass›",
    ceiling: "‹ceiling›",
    consultancy: "‹consultancy›",
    ownWork: "‹ownWork›",
    basis: "‹basis›",
  },
  budget_ceiling_class_unknown: { subject: "‹subject›", year: "‹year›", items: "‹items›", agency: "‹agency›", reason: "‹reason›" },
  budget_decision_unreadable: { text: "‹text›" },
  dossier_as_of_invalid: { asOf: "‹asOf›" },
  dossier_table_not_found: {},
  dossier_no_rows: {},
  dossier_date_unreadable: { text: "‹text›" },
  dossier_received_missing: {},
  dossier_due_missing: { status: "‹status›" },
  dossier_result_missing: { status: "‹status›" },
  dossier_result_before_received: { result: "‹result›", received: "‹received›" },
  dossier_due_before_received: { due: "‹due›", received: "‹received›" },
  dossier_received_after_as_of: { count: "‹count›", asOf: "‹asOf›", firstCell: "‹firstCell›" },
  dossier_received_before_period: { count: "‹count›", from: "‹from›", firstCell: "‹firstCell›" },
  dossier_received_after_period: { count: "‹count›", to: "‹to›", firstCell: "‹firstCell›" },
  dossier_ended_after_as_of: { count: "‹count›", asOf: "‹asOf›", firstCell: "‹firstCell›" },
  dossier_status_unknown: { text: "‹text›", count: "‹count›" },
  dossier_status_column_missing: {},
  dossier_count_unreadable: { text: "‹text›" },
  dossier_identity_mismatch: { row: "‹row›", identity: "‹identity›", leftCells: "‹leftCells›", left: "‹left›", rightCells: "‹rightCells›", right: "‹right›" },
  dossier_parts_mismatch: { row: "‹row›", identity: "‹identity›", leftCells: "‹leftCells›", left: "‹left›", rightCells: "‹rightCells›", right: "‹right›" },
  dossier_total_mismatch: { row: "‹row›", column: "‹column›", totalCell: "‹totalCell›", stated: "‹stated›", cells: "‹cells›", sum: "‹sum›" },
  dossier_combined_early_on_time: { header: "‹header›" },
  dossier_cumulative_ignored: { cells: "‹cells›" },
  dossier_rate_unreadable: { text: "‹text›" },
  dossier_rate_no_variant: { row: "‹row›", printed: "‹printed›", A: "‹A›", B: "‹B›", C: "‹C›", D: "‹D›" },
  dossier_rate_variant: { printed: "‹printed›", variant: "‹variant›", formula: "‹formula›" },
  dossier_rate_unchecked: { printed: "‹printed›", missing: "‹missing›" },
  dossier_rate_other: { printed: "‹printed›", what: "‹what›" },
  dossier_quantities_missing: { missing: "‹missing›" },
  dossier_count_rounded: { cells: "‹cells›" },
  dossier_count_approximate: { cells: "‹cells›" },
  dossier_column_unplaced: { cells: "‹cells›" },
  dossier_total_blank: { row: "‹row›", column: "‹column›", totalCell: "‹totalCell›", cells: "‹cells›", sum: "‹sum›" },
  dossier_part_exceeds: {
    row: "‹row›",
    part: "‹part›",
    partCells: "‹partCells›",
    partValue: "‹partValue›",
    whole: "‹whole›",
    wholeCell: "‹wholeCell›",
    wholeValue: "‹wholeValue›",
  },
  dossier_district_after_reform: { row: "‹row›", period: "‹period›" },
  evidence_date_unreadable: { date: "‹date›", reference: "‹reference›" },
  evidence_date_impossible: { date: "‹date›", reference: "‹reference›" },
  evidence_type_mismatch: { reference: "‹reference›", written: "‹written›", symbol: "‹symbol›", typeName: "‹typeName›" },
  evidence_late: { no: "‹no›", reference: "‹reference›", date: "‹date›", timing: "‹timing›", end: "‹end›" },
  evidence_outside_year: { reference: "‹reference›", date: "‹date›", year: "‹year›" },
  evidence_after_report_date: { reference: "‹reference›", date: "‹date›", asOf: "‹asOf›" },
  evidence_missing: { no: "‹no›", timing: "‹timing›", end: "‹end›" },
  evidence_no_reference: { no: "‹no›", text: "‹text›" },
  file_not_found: { path: "‹path›" },
  file_unreadable: { path: "‹path›", reason: "‹reason›" },
  file_corrupt: { path: "‹path›", kind: "‹kind›" },
  file_encoding: { path: "‹path›" },
  file_type_unsupported: { extension: "‹extension›" },
  sheet_not_found: { sheet: "‹sheet›", available: "‹available›" },
  table_not_found: {},
  year_not_found: {},
  year_invalid: { value: "‹value›" },
  output_exists: { path: "‹path›" },
  agency_date_invalid: { label: "‹label›", value: "‹value›" },
  sheet_not_owned: { sheet: "‹sheet›" },
  owned_sheet_objects: { kind: "‹kind›" },
  workbook_unusable: { problem: "‹problem›", path: "‹path›", part: "‹part›" },
  output_extension_mismatch: { expected: "‹expected›", input: "‹input›", path: "‹path›" },
  output_paths_same: { path: "‹path›" },
  output_extension: { path: "‹path›", option: "‹option›", expected: "‹expected›" },
  output_is_input: { path: "‹path›" },
  file_unwritable: { reason: "‹reason›", path: "‹path›" },
  option_invalid: { option: "‹option›", reason: "‹reason›" },
  formula_text_kept: { prefix: "‹prefix›" },
  text_characters_removed: { count: "‹count›" },
  input_is_directory: { path: "‹path›" },
  path_too_long: { path: "‹path›" },
  working_folder_missing: { path: "‹path›" },
  file_empty: { path: "‹path›", extension: "‹extension›" },
  cells_out_of_range: { count: "‹count›" },
  cells_far_from_table: { count: "‹count›", rows: "‹rows›", columns: "‹columns›" },
  read_time_exceeded: { seconds: "‹seconds›", row: "‹row›" },
  row_too_long: { count: "‹count›", limit: "‹limit›" },
  plan_too_many_rows: { count: "‹count›", limit: "‹limit›" },
  text_too_large: { path: "‹path›", size: "‹size›", limit: "‹limit›" },
  task_text_missing: { no: "‹no›" },
  task_number_duplicate: { no: "‹no›", firstCell: "‹firstCell›" },
  task_number_missing: {},
  progress_not_carried: { no: "‹no›", task: "‹task›" },
  progress_match_uncertain: { no: "‹no›", task: "‹task›", row: "‹row›", newNo: "‹newNo›", newTask: "‹newTask›", newRow: "‹newRow›", percent: "‹percent›" },
  plan_other_year: { next: "‹next›", previous: "‹previous›" },
  plan_differs: { same: "‹same›", total: "‹total›", previous: "‹previous›" },
  task_timing_missing: { no: "‹no›" },
  task_units_missing: { no: "‹no›" },
  continuation_without_task: {},
  required_activity_missing: { activity: "‹activity›", basis: "‹basis›" },
  plan_has_no_tasks: {},
  timing_unreadable: { text: "‹text›" },
  timing_impossible: { text: "‹text›", reason: "‹reason›" },
  timing_outside_year: { text: "‹text›", year: "‹year›" },
  timing_reversed: { text: "‹text›" },
  timing_no_year: { text: "‹text›" },
  timing_outside_period: { text: "‹text›", from: "‹from›", to: "‹to›" },
  timing_by_reference: { text: "‹text›" },
  timing_conditional: { text: "‹text›" },
  timing_weekday_mismatch: { text: "‹text›", date: "‹date›", weekday: "‹weekday›" },
  timing_relative: { text: "‹text›" },
  unit_unknown: { suggestions: "‹suggestions›", unit: "‹unit›", count: "‹count›" },
  unit_registry_duplicate: { unit: "‹unit›" },
  dossier_sheet_resolved_unsplit: { count: "‹count›" },
  dossier_sheet_pending_unsplit: { count: "‹count›" },
  dossier_sheet_received_missing: { count: "‹count›" },
  dossier_sheet_outside: { items: "‹items›" },
  dossier_sheet_notes_kept: { fields: "‹fields›" },
  file_kind_mismatch: { path: "‹path›", extension: "‹extension›", what: "‹what›" },
  report_needs_workbook: { path: "‹path›", kind: "‹kind›" },
  file_too_large: { path: "‹path›", part: "‹part›", size: "‹size›", limit: "‹limit›" },
  legacy_encoding_converted: { cells: "‹cells›", encoding: "‹encoding›", evidence: "‹evidence›" },
  span_capped: { unit: "‹unit›", others: "‹others›", declared: "‹declared›", kept: "‹kept›" },
  cell_text_too_long: { length: "‹length›", limit: "‹limit›" },
  sheet_too_large: { path: "‹path›", sheet: "‹sheet›", rows: "‹rows›", columns: "‹columns›" },
  narrative_block_empty: { label: "‹label›" },
  narrative_sheet_missing: { sheet: "‹sheet›" },
  narrative_block_stale: { label: "‹label›", list: "‹list›" },
  narrative_block_unchecked: { label: "‹label›", list: "‹list›" },
  result_item_no_evidence: { no: "‹no›", item: "‹item›", text: "‹text›" },
  result_item_required_missing: { no: "‹no›", item: "‹item›", text: "‹text›" },
  previous_report_amount_unreadable: { item: "‹item›", text: "‹text›" },
  previous_report_read: { year: "‹year›", blocks: "‹blocks›", agency: "‹agency›", signer: "‹signer›", next: "‹next›", estimate: "‹estimate›" },
  previous_report_block_missing: { label: "‹label›" },
  next_year_unfinished: { count: "‹count›", year: "‹year›", next: "‹next›", firstCell: "‹firstCell›" },
  next_year_schedule_kept: { text: "‹text›", year: "‹year›", next: "‹next›" },
  next_year_estimate_unreadable: { item: "‹item›", text: "‹text›", next: "‹next›" },
  next_year_no_estimate: { year: "‹year›", next: "‹next›" },
  holidays_lunar_out_of_range: { year: "‹year›", first: "‹first›", last: "‹last›" },
  next_year_supplemented: { count: "‹count›", year: "‹year›", activities: "‹activities›" },
  next_year_external_dropped: { count: "‹count›", year: "‹year›", tasks: "‹tasks›", keep: "‹keep›" },
  next_year_place_proposed: { label: "‹label›", from: "‹from›", to: "‹to›", old: "‹old›", new: "‹new›", date: "‹date›" },
  year_conflict: { agencyCell: "‹agencyCell›", agencyYear: "‹agencyYear›", planCell: "‹planCell›", planYear: "‹planYear›" },
  year_option_conflict: { given: "‹given›", year: "‹year›", cell: "‹cell›", next: "‹next›" },
  year_unknown: {},
  units_not_in_registry: { count: "‹count›", names: "‹names›" },
  units_from_plan: { count: "‹count›" },
  agency_fact_proposed: { count: "‹count›", items: "‹items›" },
  agency_recipient_is_self: { recipient: "‹recipient›" },
  agency_signer_title_mismatch: { authority: "‹authority›", title: "‹title›", expected: "‹expected›" },
  agency_abbreviation_mismatch: { abbreviation: "‹abbreviation›", plan: "‹plan›" },
  period_end_before_start: { from: "‹from›", to: "‹to›" },
  as_of_future: { asOf: "‹asOf›", today: "‹today›" },
  as_of_outside_period: { asOf: "‹asOf›", from: "‹from›", to: "‹to›" },
  legal_citation_replaced: { cited: "‹cited›", replacement: "‹replacement›", date: "‹date›", year: "‹year›" },
  legal_citation_replaced_unconfirmed: { cited: "‹cited›", replacement: "‹replacement›", year: "‹year›" },
  legal_citation_expired: { cited: "‹cited›", date: "‹date›", year: "‹year›" },
  province_renamed: { written: "‹written›", old: "‹old›", new: "‹new›", date: "‹date›", basis: "‹basis›" },
  district_level_unit: { no: "‹no›", unit: "‹unit›", date: "‹date›" },
};

/** Params a message reads without printing them as given: a key it chooses a wording or looks a label up by. */
const optionalParams = new Set<string>([
  "workbook_unusable.problem",
  "owned_sheet_objects.kind",
  "workbook_unusable.part",
  "file_unwritable.reason",
  "budget_total_mismatch.field",
  "report_needs_workbook.kind",
  "legacy_encoding_converted.evidence",
  "span_capped.unit",
  "span_capped.others",
  "unit_unknown.count",
  ...["budget_amount_not_number", "budget_amount_negative", "budget_amount_not_integer", "budget_amount_too_large"].map((code) => `${code}.field`),
]);

/**
 * Sample params for a template of the nested catalogues (sheet, report, CLI texts), whose params
 * TypeScript checks at each call: the names the template reads (`p.name` in its source), each
 * its own name as value. A template that reads a param under another name renders "undefined".
 */
function paramsRead(template: unknown): Record<string, string> {
  const names = [...String(template).matchAll(/\bp\.(\w+)/g)].map((m) => m[1]);
  return Object.fromEntries(names.map((name) => [name, `‹${name}›`]));
}

describe("the message catalogue", () => {
  const entries = Object.entries(findingMessages);

  it("has finding codes in lower_snake_case", () => {
    expect(entries.length).toBeGreaterThan(40);
    for (const [code] of entries) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it.each(entries.map(([code]) => [code as FindingCode]))("%s renders non-empty NFC Vietnamese text from its declared params", (code) => {
    const params: Readonly<Record<string, unknown>> = samples[code];
    const text = findingText({ code, params } as Parameters<typeof findingText>[0]);
    expect(text.length).toBeGreaterThan(5);
    // Every declared param is printed, except the few that only choose the wording.
    for (const [name, value] of Object.entries(params)) if (!optionalParams.has(`${code}.${name}`)) expect(text).toContain(String(value));
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toMatch(/undefined|\[object|NaN|""/);
    // Messages follow a location ("Kế hoạch!D7: …"), so they start in lower case.
    expect(text[0]).toBe(text[0].toLocaleLowerCase("vi"));
  });

  it("renders a finding with its sheet and cell first", () => {
    expect(renderFinding({ severity: "error", code: "timing_unreadable", sheet: "Kế hoạch", cell: "D7", params: { text: "Tháng XIII" } })).toBe(
      'Kế hoạch!D7: không hiểu thời gian "Tháng XIII"',
    );
  });

  it("keeps every command-line text NFC", () => {
    for (const template of Object.values(uiText)) {
      const text = (template as (p: Record<string, string>) => string)(paramsRead(template));
      expect(text).toBe(text.normalize("NFC"));
    }
  });

  describe.each([
    ["workbookText", workbookText],
    ["reportText", reportText],
    ["planText", planText],
    ["planDocumentText", planDocumentText],
    ["legalText", legalText],
  ] as const)("%s", (_name, texts) => {
    it.each(leaves(texts))("%s is non-empty NFC text without placeholders left", (_path, text) => {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).toBe(text.normalize("NFC"));
      expect(text).not.toMatch(/undefined|\[object|NaN|\$\{/);
    });
  });

  it("writes the sheet and report texts with their diacritics", () => {
    expect(workbookText.sheetNames.dossiers).toBe("Hồ sơ TTHC");
    expect(workbookText.total).toBe("Tổng cộng");
    expect(workbookText.budget.grantedTitle({ year: 2024 })).toBe("A. KINH PHÍ ĐƯỢC CẤP VÀ ĐÃ GIẢI NGÂN NĂM 2024");
    expect(reportText.nation).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(reportText.nextYear.contents({ year: 2025, following: 2026 }).map((line) => line.slice(0, 3))).toEqual([
      "a) ",
      "b) ",
      "c) ",
      "d) ",
      "đ) ",
      "e) ",
      "g) ",
    ]);
  });
});

/**
 * Every text of a nested catalogue object as [path, text]: strings as they are, templates
 * rendered with sample params (a template may return a list of pieces: each piece is checked).
 */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const rendered: unknown = (value as (p: Record<string, string>) => unknown)(paramsRead(value));
    return Array.isArray(rendered) ? rendered.flatMap((piece, i) => leaves(piece, `${path}()[${i}]`)) : leaves(rendered, `${path}()`);
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [[path, String(value)]];
}

describe("the old-browser notice", () => {
  it("is NFC Vietnamese, as injected into taskpane.html", () => {
    const { legacyBrowserText } = jest.requireActual("../../../src/core/messages/catalogue");
    for (const text of [legacyBrowserText.title, legacyBrowserText.body]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).toBe(text.normalize("NFC"));
    }
  });
});

describe("quoted texts in messages", () => {
  it("a long cell is quoted by its first 300 characters and '…'; a short one whole", () => {
    const long = "Rà soát quy trình ".repeat(3000);
    const text = renderFinding({ severity: "error", code: "timing_unreadable", sheet: "Kế hoạch", cell: "D7", params: { text: long } });
    expect(text.length).toBeLessThan(400);
    expect(text).toContain(`${"Rà soát quy trình ".repeat(16)}Rà soát quy…`); // 16 × 18 + 12 = 300 characters
    expect(renderFinding({ severity: "error", code: "timing_unreadable", sheet: "Kế hoạch", cell: "D7", params: { text: "Tháng 13/2024" } })).toBe(
      'Kế hoạch!D7: không hiểu thời gian "Tháng 13/2024"',
    );
  });
});

/**
 * English words a secretary met inside Vietnamese sentences ("chưa có sheet …"): a short, targeted
 * list, matched as whole words in every rendered Vietnamese text of the catalogue. What is left out
 * first is legitimately not Vietnamese: the sample parameters' names ("‹sheet›"), addresses, file names (".xlsx", "ke-hoach.docx"), command-line
 * options ("--sheet") and the names Excel itself shows for a file type ("Excel Workbook (.xlsx)",
 * "Strict Open XML Spreadsheet"), which the user has to recognise in Excel's own dialog.
 */
const englishWords = ["sheet", "sheets", "file", "files", "cell", "cells", "workbook", "download", "upload", "click", "ok", "add-in", "button", "tab", "paste"];

function englishIn(text: string): string[] {
  const left = text
    .replace(/‹[^›]*›/g, " ") // a sample parameter's name, not text
    .replace(/\bhttps?:\/\/\S+/g, " ")
    .replace(/[\p{L}\d_.-]*\.(xlsx|xlsm|xls|xlsb|docx|doc|html|htm|csv|tsv|txt|json|pdf)\b/giu, " ")
    .replace(/--[a-z][a-z-]*/g, " ")
    .replace(/Excel Workbook|Strict Open XML Spreadsheet/g, " ");
  const words = left.toLowerCase().match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [];
  return words.filter((w) => englishWords.includes(w));
}

describe("English words inside the Vietnamese catalogue", () => {
  /** Every Vietnamese text as [where, rendered text]. */
  const texts: [string, string][] = [
    ...Object.keys(findingMessages).map((code): [string, string] => {
      const params: Readonly<Record<string, unknown>> = samples[code as FindingCode];
      return [code, findingText({ code, params } as Parameters<typeof findingText>[0])];
    }),
    ...Object.entries(taskpaneText.vi).map(([key, template]): [string, string] => [
      `taskpane.${key}`,
      (template as (p: unknown) => string)(new Proxy({}, { get: (_t, k) => (k === "names" ? ["Nhiệm vụ"] : typeof k === "string" ? `‹${k}›` : undefined) })),
    ]),
    ...(
      [
        ["uiText", uiText],
        ["workbookText", workbookText],
        ["reportText", reportText],
        ["narrativeText", narrativeText],
        ["planText", planText],
        ["planDocumentText", planDocumentText],
        ["nextYearText", nextYearText],
        ["legalText", legalText],
        ["termText", termText],
        ["reorganisationText", reorganisationText],
        ["legacyBrowserText", legacyBrowserText],
      ] as const
    ).flatMap(([name, catalogue]) => leaves(catalogue).map(([path, text]): [string, string] => [`${name}.${path}`, text])),
  ];

  it("scans the whole catalogue, and the check finds the words it is for", () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(englishIn("chưa có sheet “Nhận xét”: bấm OK rồi download file")).toEqual(["sheet", "ok", "download", "file"]);
    // What is legitimately not Vietnamese is left alone.
    expect(englishIn("tệp ke-hoach-file.docx, https://example.org/file, --sheet TÊN, ô ‹cell›, lưu dạng Excel Workbook (.xlsx)")).toEqual([]);
  });

  it("has none of them in a Vietnamese text", () => {
    const found = texts.flatMap(([where, text]) => englishIn(text).map((w) => `${where}: ${w} — ${text.slice(0, 120)}`));
    expect(found).toEqual([]);
  });
});

describe("step numbers in messages", () => {
  it("come from the one step order (core/routine/steps.ts), never typed in", () => {
    const root = join(__dirname, "..", "..", "..", "src", "core", "messages");
    const typed = ["vi", "en"].flatMap((lang) =>
      readdirSync(join(root, lang)).flatMap((file) =>
        readFileSync(join(root, lang, file), "utf8")
          .split("\n")
          .flatMap((line, i) => (!line.trim().startsWith("//") && /\b(?:Bước|Step) [1-9]\b/.test(line) ? [`${lang}/${file}:${i + 1}`] : [])),
      ),
    );
    expect(typed).toEqual([]);
  });
});
