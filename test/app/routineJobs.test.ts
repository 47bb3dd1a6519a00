import {
  agencyIntoWorkbook,
  budgetIntoWorkbook,
  contentKind,
  periodIntoWorkbook,
  dossiersIntoWorkbook,
  planHeaderFacts,
  planIntoWorkbook,
} from "../../src/app/routineJobs";
import { routineStatus } from "../../src/app/routine";
import { readXlsxGrids } from "../../src/io/xlsxWorkbook";
import { bytesSource } from "../../src/io/zip";
import { tsvToGrid } from "../../src/core/grid/tsv";
import { specToGrid } from "../../src/core/sheet/specGrid";
import type { Grid } from "../../src/core/grid/grid";
import type { WorkbookSpec } from "../../src/core/sheet/model";
import { readFileSync } from "fs";
import { samplePath, sampleText, seeds } from "../helpers";

/** A step's result as its kind, "failed" with its finding codes when it could not run. */
const kindOf = (r: { ok: true; kind: string } | { ok: false; fatal: readonly { code: string }[] }) =>
  r.ok ? r.kind : `failed: ${r.fatal.map((f) => f.code).join(", ")}`;

/** The seed 000 appendix table as its own grid (the lines with tabs). */
function seed000Table(): Grid {
  const lines = sampleText(seeds.plan2024)
    .split("\n")
    .filter((l) => l.includes("\t"));
  return tsvToGrid("Kế hoạch", lines.join("\n"));
}

/** A decree header like seed 003's (two columns merged on a line), for Sở Y tế's 2024 plan. */
const headerLines = [
  "UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc",
  "Số: 733/KH-SYT",
  "Ninh Thuận, ngày 28 tháng 02 năm 2024",
  "KẾ HOẠCH",
  "Áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của cơ quan Sở Y tế năm 2024",
  "Sở Y tế xây dựng Kế hoạch áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng năm 2024 như sau:",
  "Nơi nhận:",
  "- Sở Khoa học và Công nghệ;",
  "- Lưu: VT, VP.",
  "KT. GIÁM ĐỐC",
  "PHÓ GIÁM ĐỐC",
  "Bùi Văn Kỳ",
];

/** Applies a spec to grids the way a workbook would: same-named sheets replaced, new ones added. */
function apply(grids: readonly Grid[], spec: WorkbookSpec): Grid[] {
  const written = spec.sheets.map(specToGrid);
  return [...grids.filter((g) => !written.some((w) => w.sheet === g.sheet)), ...written];
}

/** The day the steps run (the as-of date of the sample export is its period's end, long past). */
const today = "2026-12-06";

describe("the routine's steps over grids", () => {
  it("reads the agency facts of seed 003's header and signature", () => {
    const facts = planHeaderFacts(sampleText(seeds.ldtbxh2023).split("\n"));
    expect(facts.governingBody).toBe("UBND TỈNH THỪA THIÊN HUẾ");
    expect(facts.abbreviation).toBe("SLĐTBXH");
    expect(facts.placeName).toBe("Thừa Thiên Huế");
    expect(facts.signerName).toBe("Nguyễn Hữu Phước");
    expect(facts.planReference).toBe("Kế hoạch số 3885/KH-SLĐTBXH ngày 31/12/2022 của Sở Lao động - Thương binh và Xã hội");
  });

  it("step 1 on an empty workbook: every tracking sheet, the plan's year, 'Thông tin' from the header; then only the budget and dossiers are missing", () => {
    const result = planIntoWorkbook({ grids: [seed000Table()], contextTexts: headerLines }, [makeSheet1()]);
    expect(kindOf(result)).toBe("plan");
    if (!result.ok || result.kind !== "plan") return;
    expect(result.year).toBe(2024);
    expect(result.filled).toEqual(expect.arrayContaining(["year", "governingBody", "agencyName", "abbreviation", "placeName", "signerName"]));
    const grids = apply([makeSheet1()], result.spec);
    const status = routineStatus(grids);
    expect(status.year).toBe(2024);
    expect(status.tasks.total).toBe(12);
    // Read from the header, or the product's defaults: proposals until the user confirms them (the period is step 4's).
    expect(status.agencyRead?.info.proposed).toEqual(
      expect.arrayContaining(["governingBody", "agencyName", "abbreviation", "placeName", "recipientTo", "signerName", "planReference"]),
    );
    expect(status.missing.map((m) => `${m.step}:${m.label}`)).toEqual([
      `agency:${status.agencyRead!.info.proposed.filter((k) => !["periodStart", "periodEnd", "asOf"].includes(k)).length} mục đề xuất của trang “Thông tin” chưa được xác nhận`,
      "dossiers:Hồ sơ TTHC",
      "dossiers:Kỳ số liệu và ngày chốt (đề xuất, chưa xác nhận)",
      "budget:Kinh phí được cấp (đồng)",
      "budget:DỰ TOÁN KINH PHÍ NĂM 2025",
    ]);
    expect(status.agency?.signerName).toBe("Bùi Văn Kỳ");
    expect(status.agency?.agencyName).toBe("SỞ Y TẾ");
  });

  it("content that is neither a plan nor an export is a failure of either step, with the finding that names it", () => {
    const prose = tsvToGrid("Dán", "Kính gửi: Sở Khoa học và Công nghệ\nNội dung trao đổi");
    expect(kindOf(planIntoWorkbook({ grids: [prose], contextTexts: [] }, []))).toBe("failed: table_not_found");
    expect(kindOf(dossiersIntoWorkbook({ grids: [prose], contextTexts: [] }, [], { today }))).toBe("failed: dossier_table_not_found");
  });

  it("recognises an export picked in the wrong step, and reads it in step 4: 391 dossiers of the sample", async () => {
    const exportGrids = readXlsxGrids(bytesSource(new Uint8Array(readFileSync(samplePath("dossiers_sample_2024.xlsx")))))!.grids;
    expect(contentKind(exportGrids)).toBe("dossiers");
    expect(kindOf(planIntoWorkbook({ grids: exportGrids, contextTexts: [] }, []))).toBe("dossiers");
    expect(kindOf(dossiersIntoWorkbook({ grids: [seed000Table()], contextTexts: [] }, [], { today }))).toBe("plan");

    const planned = planIntoWorkbook({ grids: [seed000Table()], contextTexts: headerLines }, []);
    if (!planned.ok || planned.kind !== "plan") throw new Error(kindOf(planned));
    let grids = apply([], planned.spec);
    const dossiers = dossiersIntoWorkbook({ grids: exportGrids, contextTexts: [] }, grids, { today });
    if (!dossiers.ok || dossiers.kind !== "dossiers") throw new Error(kindOf(dossiers));
    // "Hồ sơ TTHC" whole, and the period proposed into "Thông tin" (here, a host that rebuilds the sheet).
    grids = apply(grids, { sheets: [...dossiers.spec.sheets, ...dossiers.agency!.whole().sheets] });
    expect(routineStatus(grids).agencyRead?.info.proposed).toEqual(expect.arrayContaining(["periodStart", "periodEnd", "asOf"]));
    expect(routineStatus(grids).dossiers?.received).toBe(dossiers.imported.total.received);
    expect(dossiers.imported.total.received).toBeGreaterThan(0);

    // Step 5: amounts typed in the pane; a text that is not an amount is refused by cell.
    const budgetGrid = grids.find((g) => g.sheet === "Kinh phí")!;
    expect(budgetIntoWorkbook(grids, { D3: "mười tám triệu" })).toEqual({ save: null, invalid: ["D3"] });
    const saved = budgetIntoWorkbook(grids, {
      D3: "18.000.000",
      E3: "18.000.000",
      D9: "3.000.000" /* budgetLayout(2, 1): granted rows 3–4, total 5, estimate header 8 */,
    });
    expect(saved.invalid).toEqual([]);
    grids = apply(grids, saved.save!.whole());
    const status = routineStatus(grids);
    expect(budgetGrid.rows[2][1]).not.toBe("");
    expect(status.budget).toEqual({ granted: 18_000_000, disbursed: 18_000_000, estimate: 3_000_000 });
    // What is left are the confirmations: the proposed facts (step 2) and the period (step 4).
    expect(status.missing.map((m) => m.step)).toEqual(["agency", "dossiers"]);
    const confirmed = agencyIntoWorkbook(grids, {}, "all");
    grids = apply(grids, confirmed.save!.whole());
    const period = periodIntoWorkbook(grids, dossiers.period, { today, source: null });
    if (!period.ok) throw new Error(period.fatal.map((f) => f.code).join());
    expect(period.spec.sheets).toEqual([]); // no export at hand: nothing counted again
    grids = apply(grids, period.agency.whole());
    expect(routineStatus(grids).missing).toEqual([]);
  });
});

function makeSheet1(): Grid {
  return { sheet: "Sheet1", rows: [], firstRowNumber: 1, firstColumnNumber: 1, merges: [] };
}

describe("routineReport (the report of the routine, a draft while anything is missing)", () => {
  it("an unfilled workbook: the model is a draft (DỰ THẢO in the sheet) listing the routine's items; the demo is final", () => {
    const { routineReport } = jest.requireActual<typeof import("../../src/app/routineJobs")>("../../src/app/routineJobs");
    const { buildTrackingWorkbook, emptyTrackingData } = jest.requireActual<typeof import("../../src/core/workbook/trackingWorkbook")>(
      "../../src/core/workbook/trackingWorkbook",
    );
    const unfilled = routineReport(routineStatus(buildTrackingWorkbook(emptyTrackingData(2024)).sheets.map(specToGrid)))!;
    expect(unfilled.model.draft).toBe(true);
    expect(unfilled.missing.map((m) => m.label)).toEqual(expect.arrayContaining(["Họ và tên người ký", "Hồ sơ TTHC", "Kinh phí được cấp (đồng)"]));
    const sheet = unfilled.sheets.sheets.find((s) => s.name === "Báo cáo")!;
    expect(sheet.cells.flat().some((c) => c.kind === "text" && c.value === "DỰ THẢO")).toBe(true);
    // The blank signer and agency name are listed once, by step 2's items (the field's own label), not again in the report's words.
    const labels = unfilled.missing.map((m) => m.label);
    expect(labels.filter((l) => /họ (?:và )?tên người ký/i.test(l))).toEqual(["Họ và tên người ký"]);
    expect(labels).not.toContain("Thông tin: tên cơ quan");
    expect(unfilled.model.missingAt?.some((m) => m.label === "Thông tin: họ tên người ký" && m.blankFact)).toBe(true);
  });
});

describe("reportWorkbookCopy (Excel mode's report .xlsx, from the open workbook)", () => {
  it("names each sheet once after the report has written 'Nhận xét' into the workbook, and keeps the report's drafts", () => {
    const { reportWorkbookCopy, routineReport } = jest.requireActual<typeof import("../../src/app/routineJobs")>("../../src/app/routineJobs");
    const { buildTrackingWorkbook, emptyTrackingData } = jest.requireActual<typeof import("../../src/core/workbook/trackingWorkbook")>(
      "../../src/core/workbook/trackingWorkbook",
    );
    const { demoDossiers, demoTrackingData } = jest.requireActual<typeof import("../../src/app/demoData")>("../../src/app/demoData");
    const { importPlan } = jest.requireActual<typeof import("../../src/core/plan/importPlan")>("../../src/core/plan/importPlan");
    const demoTasks = importPlan([tsvToGrid("Kế hoạch", sampleText(seeds.plan2024))], {})!.tasks;
    for (const data of [emptyTrackingData(2024), demoTrackingData(demoTasks, demoDossiers())]) {
      let grids = buildTrackingWorkbook(data).sheets.map(specToGrid);
      // The report step writes its sheets into the open workbook, "Nhận xét" among them.
      const report = routineReport(routineStatus(grids))!;
      expect(report.sheets.sheets.map((s) => s.name)).toContain("Nhận xét");
      grids = apply(grids, report.sheets);
      const copy = reportWorkbookCopy(routineStatus(grids), grids)!;
      const names = copy.sheets.map((s) => s.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]); // Excel refuses a name twice
      expect(names).toEqual(expect.arrayContaining(["Thông tin", "Nhiệm vụ", "Hồ sơ TTHC", "Kinh phí", "Nhận xét", "Báo cáo"]));
    }
  });
});
