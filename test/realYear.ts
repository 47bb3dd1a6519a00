/**
 * A real year, not the demo (issue #18, "How it is checked"): another agency (Sở Tư pháp tỉnh
 * Quảng Ninh), a 16-task plan in two sections whose numbering restarts (I.1–8, II.1–8), an
 * export whose period is 15/12/2024–14/12/2025, eight tasks done by the first report and three
 * more after it. Typed for the tests (wordings from issue #18 and seeds 000–003); every expected
 * figure is worked out by hand from the data typed here. Used by test/app/realYear.test.ts
 * (figures in the .docx) and test/e2e/realYear.libreoffice.test.ts (Excel and Word rendered).
 */
import { agencyIntoWorkbook, budgetIntoWorkbook, dossiersIntoWorkbook, planIntoWorkbook } from "../src/app/routineJobs";
import { makeGrid, type Grid } from "../src/core/grid/grid";
import { cell, type SheetSpec, type WorkbookSpec } from "../src/core/sheet/model";
import { reportFromGrids } from "../src/app/reportJob";
import { sheetNames } from "../src/core/workbook/sheetNames";
import { specToGrid } from "../src/core/sheet/specGrid";

// The plan's appendix (typed for this test; wordings from the issue and from seeds 000–003).
export const planTable = [
  ["TT", "Nội dung/Nhiệm vụ", "Hoạt động/Sản phẩm", "Tiến độ/Thời gian", "Phân công/Đơn vị thực hiện"],
  ["I", "XÂY DỰNG, BAN HÀNH VĂN BẢN CỦA HỆ THỐNG", "", "", ""],
  ["1", "Ban hành Kế hoạch áp dụng, duy trì và cải tiến HTQLCL năm 2025", "Kế hoạch", "Tháng 01/2025", "Văn phòng Sở"],
  ["2", "Xây dựng, phê duyệt mục tiêu chất lượng năm 2025", "Quyết định phê duyệt", "Tháng 02/2025", "Văn phòng Sở"],
  ["3", "Rà soát, cập nhật các quy trình nội bộ giải quyết TTHC", "Quyết định ban hành quy trình", "Quý II/2025", "Văn phòng Sở"],
  ["4", "Kiện toàn Ban chỉ đạo ISO của Sở", "Quyết định kiện toàn", "Quý I/2025", "Văn phòng Sở"],
  ["5", "Tập huấn nhận thức về TCVN ISO 9001:2015 cho công chức", "Lớp tập huấn", "Quý II/2025", "Văn phòng Sở"],
  ["6", "Công bố lại HTQLCL khi có điều chỉnh, mở rộng phạm vi áp dụng", "Quyết định công bố", "Quý III/2025", "Văn phòng Sở"],
  ["7", "Số hóa hồ sơ giải quyết thủ tục hành chính đã hoàn thành", "Hồ sơ điện tử", "Trong năm", "Văn phòng Sở"],
  ["8", "Cập nhật văn bản quy phạm pháp luật mới vào danh mục văn bản đối chiếu", "Danh mục", "Quý III/2025", "Văn phòng Sở"],
  ["II", "ÁP DỤNG, DUY TRÌ VÀ CẢI TIẾN", "", "", ""],
  ["1", "Tổ chức đánh giá nội bộ HTQLCL", "Báo cáo đánh giá nội bộ", "Tháng 9/2025", "Văn phòng Sở"],
  ["2", "Thực hiện hành động khắc phục sau đánh giá nội bộ", "Phiếu khắc phục", "Tháng 10/2025", "Văn phòng Sở"],
  ["3", "Tổ chức họp xem xét của lãnh đạo về HTQLCL", "Biên bản họp", "Tháng 10/2025", "Văn phòng Sở"],
  ["4", "Người đứng đầu xác nhận hiệu lực HTQLCL", "Văn bản xác nhận", "Tháng 11/2025", "Văn phòng Sở"],
  ["5", "Khảo sát sự hài lòng của tổ chức, công dân", "Phiếu khảo sát", "Quý III/2025", "Văn phòng Sở"],
  ["6", "Kiểm tra việc áp dụng HTQLCL tại các phòng", "Biên bản kiểm tra", "Quý IV/2025", "Văn phòng Sở"],
  ["7", "Tuyên truyền áp dụng ISO trên Cổng thông tin điện tử của Sở", "Tin bài", "Trong năm", "Văn phòng Sở"],
  ["8", "Báo cáo kết quả áp dụng, duy trì HTQLCL (năm)", "Báo cáo", "Tháng 12/2025", "Văn phòng Sở"],
];

/** Header lines of the plan (NĐ 30 layout, two columns on a line), as the pane passes them. */
export const planHeader = [
  "UBND TỈNH QUẢNG NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "SỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc",
  "Số: 45/KH-STP",
  "Quảng Ninh, ngày 20 tháng 01 năm 2025",
  "KẾ HOẠCH",
  "Áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2025",
];

/**
 * The one-stop export (list shape, as the sample's): 69 dossiers received 15/12/2024–14/12/2025,
 * counted by hand: 40 returned before the due date, 12 on it, 3 after it, 5 asked for more
 * documents, 2 withdrawn, 6 still in progress before their due date and 1 after it (as of 14/12/2025).
 */
export function exportGrid(): Grid {
  const rows: string[][] = [["Số hồ sơ", "Tên thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Hạn xử lý", "Ngày trả kết quả", "Trạng thái"]];
  const fields = ["Hộ tịch", "Chứng thực", "Lý lịch tư pháp"];
  let n = 0;
  const add = (received: string, due: string, result: string, status: string) => {
    const field = fields[n % fields.length];
    rows.push([`STP-${String(++n).padStart(4, "0")}`, `Thủ tục ${field}`, field, received, due, result, status]);
  };
  // Four of the early ones received in December 2024: inside the export's period, outside the calendar year.
  for (let i = 0; i < 4; i++) add("16/12/2024", "26/12/2024", "20/12/2024", "Đã trả kết quả");
  for (let i = 0; i < 36; i++) add("03/03/2025", "13/03/2025", "10/03/2025", "Đã trả kết quả");
  for (let i = 0; i < 12; i++) add("05/05/2025", "15/05/2025", "15/05/2025", "Đã trả kết quả");
  for (let i = 0; i < 3; i++) add("02/06/2025", "12/06/2025", "18/06/2025", "Đã trả kết quả");
  for (let i = 0; i < 5; i++) add("01/12/2025", "20/12/2025", "", "Yêu cầu bổ sung");
  for (let i = 0; i < 2; i++) add("01/11/2025", "20/11/2025", "", "Công dân rút hồ sơ");
  for (let i = 0; i < 6; i++) add("08/12/2025", "22/12/2025", "", "Đang xử lý");
  add("20/11/2025", "05/12/2025", "", "Đang xử lý");
  return makeGrid("Export", rows);
}

/** The same export as tab-separated text: what a paste into step 4 or a .tsv file holds. */
export const exportText = (): string =>
  exportGrid()
    .rows.map((r) => r.join("\t"))
    .join("\n");

export const expected = {
  received: 69,
  handled: 57, // 40 + 12 + 5
  earlyOnTime: 52,
  supplement: 5,
  late: 3,
  withdrawn: 2,
  pendingInTime: 6,
  pendingOverdue: 1,
  rateA: "94,55%", // 52 / (52 + 3) = 94,5454…%
  rateC: "94,2%", // (40 + 12 + 5 + 2 + 6) / 69 = 65 / 69 = 94,2028…%
  granted: "15.000.000",
  disbursed: "12.500.000",
  estimate: "15.000.000",
};

/** Applies a spec to grids as a workbook would: same-named sheets replaced, new ones added. */
export function apply(grids: readonly Grid[], spec: WorkbookSpec): Grid[] {
  const written = spec.sheets.map(specToGrid);
  return [...grids.filter((g) => !written.some((w) => w.sheet === g.sheet)), ...written];
}

const ran = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(JSON.stringify((r as unknown as { fatal: unknown }).fatal));
  return r as Extract<T, { ok: true }>;
};

/**
 * The tracking workbook the pane's steps make before any progress: the plan imported with its
 * header, the facts typed and confirmed (period 15/12/2024–14/12/2025), the export, the budget
 * (maintenance granted 15.000.000, disbursed 12.500.000; next year's estimate 15.000.000).
 */
export function realYearWorkbook(): WorkbookSpec {
  const sheets = new Map<string, SheetSpec>();
  let grids: Grid[] = [];
  const step = (spec: WorkbookSpec) => {
    for (const s of spec.sheets) sheets.set(s.name, s);
    grids = apply(grids, spec);
  };
  const plan = ran(planIntoWorkbook({ grids: [makeGrid("Kế hoạch", planTable)], contextTexts: planHeader }, []));
  if (plan.kind !== "plan") throw new Error(plan.kind);
  step(plan.spec);
  const facts = agencyIntoWorkbook(grids, typedFacts, "all");
  if (!facts.save) throw new Error(`facts: ${facts.invalid.join(", ")}`);
  step(facts.save.whole());
  // The day after the as-of date (the report's date): the confirmed period is counted as it is.
  const dossiers = ran(dossiersIntoWorkbook({ grids: [exportGrid()], contextTexts: [] }, grids, { today: "2025-12-15" }));
  if (dossiers.kind !== "dossiers") throw new Error(dossiers.kind);
  step(dossiers.spec);
  if (dossiers.agency) step(dossiers.agency.whole());
  // Rows as budgetLayout(2, 1) lays them: "Duy trì" granted in row 4, the estimate in row 9.
  const budget = budgetIntoWorkbook(grids, { D4: "15.000.000", E4: "12.500.000", D9: "15.000.000" });
  if (!budget.save) throw new Error(`budget: ${budget.invalid.join(", ")}`);
  step(budget.save.whole());
  return { sheets: plan.spec.sheets.map((s) => sheets.get(s.name)!) };
}

/** "Thông tin" as the secretary types it in step 2 (the header gave the rest). */
export const typedFacts = {
  agencyShortName: "Sở Tư pháp",
  periodStart: "15/12/2024",
  periodEnd: "14/12/2025",
  asOf: "14/12/2025",
  reportDate: "15/12/2025",
  signingAuthority: "KT. GIÁM ĐỐC",
  signerTitle: "PHÓ GIÁM ĐỐC",
  signerName: "Nguyễn Văn An",
  recipients: "Lãnh đạo Sở\nCác phòng thuộc Sở",
  planReference: "Kế hoạch số 45/KH-STP ngày 20/01/2025 của Sở Tư pháp",
  budgetDecision: "Quyết định số 120/QĐ-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh",
  scope: "Lĩnh vực hộ tịch; lĩnh vực chứng thực; lĩnh vực lý lịch tư pháp.",
} as const;

/** The eight tasks done by the first report, by their text, with their documents. */
export const firstDone: Readonly<Record<string, string>> = {
  "Ban hành Kế hoạch áp dụng, duy trì và cải tiến HTQLCL năm 2025": "Kế hoạch số 45/KH-STP ngày 20/01/2025",
  "Xây dựng, phê duyệt mục tiêu chất lượng năm 2025": "Quyết định số 30/QĐ-STP ngày 14/02/2025",
  "Kiện toàn Ban chỉ đạo ISO của Sở": "Quyết định số 12/QĐ-STP ngày 10/02/2025",
  "Tập huấn nhận thức về TCVN ISO 9001:2015 cho công chức": "Công văn số 210/STP-VP ngày 12/5/2025",
  "Tổ chức đánh giá nội bộ HTQLCL": "Báo cáo số 150/BC-STP ngày 25/9/2025",
  "Tổ chức họp xem xét của lãnh đạo về HTQLCL": "Biên bản số 03/BB-STP ngày 20/10/2025",
  "Khảo sát sự hài lòng của tổ chức, công dân": "Báo cáo số 130/BC-STP ngày 30/9/2025",
  "Tuyên truyền áp dụng ISO trên Cổng thông tin điện tử của Sở": "Công văn số 400/STP-VP ngày 01/12/2025",
};

/** The three tasks done after the first report: items 3–4, 8 and 7 of part I. */
export const laterDone = {
  "Rà soát, cập nhật các quy trình nội bộ giải quyết TTHC": "Quyết định số 95/QĐ-STP ngày 12/12/2025",
  "Công bố lại HTQLCL khi có điều chỉnh, mở rộng phạm vi áp dụng": "Quyết định số 96/QĐ-STP ngày 12/12/2025",
  "Người đứng đầu xác nhận hiệu lực HTQLCL": "Quyết định số 97/QĐ-STP ngày 12/12/2025",
};

/**
 * The same year with its report made once on `today`, then the block "Khó khăn,
 * tồn tại" (row 6 of "Nhận xét": the header, then dossierComment, management, oneStop,
 * advantages, obstacles) edited by the secretary to state one unfinished task fewer than the tasks say.
 */
export function editedNarrativeYear(today: string): { grids: Grid[]; spec: SheetSpec; typed: string; stated: string; current: string } {
  const grids = realYearWorkbook().sheets.map(specToGrid);
  const made = reportFromGrids(grids, { today });
  if (!made.ok) throw new Error("report");
  const drafted = made.sheets.sheets.find((s) => s.name === sheetNames.narrative)!;
  const narrative = specToGrid(drafted);
  const draft = narrative.rows[5][1];
  const m = /(\d+) nhiệm vụ của Kế hoạch năm 2025 chưa hoàn thành/.exec(draft);
  if (!m) throw new Error(`no task figure in ${draft}`);
  const current = `${m[1]} nhiệm vụ`;
  const stated = `${Number(m[1]) - 1} nhiệm vụ`;
  const typed = `${draft.replace(m[0], m[0].replace(current, stated))}\n- Đoạn do thư ký tự viết.`;
  const rows = narrative.rows.map((row, r) => (r === 5 ? [row[0], typed, ...row.slice(2)] : row));
  const spec = { ...drafted, cells: drafted.cells.map((row, r) => (r === 5 ? row.map((c, i) => (i === 1 ? cell.text(typed, c.style) : c)) : row)) };
  return { grids: [...grids, { ...narrative, rows }], spec, typed, stated, current };
}
