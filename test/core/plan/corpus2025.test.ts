import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { htmlContent } from "../../../src/core/grid/html";
import { importPlan } from "../../../src/core/plan/importPlan";
import type { PlanImport } from "../../../src/core/plan/plan";

/**
 * The five real plan appendices of ../shared/corpus/plans-2025/ (public documents kept outside
 * the repository; see its README). Each must import as a careful reader reads it: the task
 * counts of the README, and a few rows per plan checked by hand against the published tables.
 * The folder is looked for next to the repository (`../shared`), then in $TRO_LY_ISO_SHARED,
 * then in /work/shared; when it is nowhere, the test fails and says where it looked.
 */
const repoRoot = resolve(__dirname, "..", "..", "..");
const candidates = [resolve(repoRoot, "..", "shared"), process.env.TRO_LY_ISO_SHARED, "/work/shared"].filter((p): p is string => !!p);
const corpusDir = candidates.map((dir) => resolve(dir, "corpus", "plans-2025")).find((dir) => existsSync(dir)) ?? null;

function load(file: string): PlanImport {
  if (corpusDir === null) {
    throw new Error(`the plan corpus is missing: looked for corpus/plans-2025/ in ${candidates.join(", ")} (set TRO_LY_ISO_SHARED to the shared folder)`);
  }
  const path = resolve(corpusDir, file);
  if (!existsSync(path)) throw new Error(`the plan corpus has no ${file} in ${corpusDir}`);
  const { grids, contextTexts } = htmlContent(file.replace(/\.html$/, ""), readFileSync(path, "utf8"));
  const plan = importPlan(grids, { contextTexts });
  if (!plan) throw new Error(`${file}: no task table found`);
  return plan;
}

const names = (units: readonly { name: string | null; written: string }[]) => units.map((u) => u.name ?? u.written);
const severities = (p: PlanImport, severity: string) => p.findings.filter((f) => f.severity === severity).map((f) => `${f.cell} ${f.code}`);
const timingCodes = (p: PlanImport) =>
  p.findings.filter((f) => f.code.startsWith("timing_") || f.code === "task_number_duplicate").map((f) => `${f.cell} ${f.code}`);

describe("corpus: the five plan appendices of 2025–2026", () => {
  it("finds the corpus folder", () => {
    expect(corpusDir).not.toBeNull();
  });

  it("Đồng Tháp 617/KH-UBND: 11 tasks in 4 sections, 'Quí IV-2025', 'Hằng năm', agency lists kept whole", () => {
    const p = load("plan_dongthap_617_2025.html");
    expect(p.tasks).toHaveLength(11);
    expect(p.year).toBe(2025);
    expect(p.years).toBeNull();
    expect(p.groups.map((g) => g.title)[0]).toBe("I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY");
    expect(p.groups).toHaveLength(4);
    const [t1, , t3, t4, , , t7, t8] = p.tasks;
    expect(t1.task).toBe("Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức, kỹ năng số, công nghệ số cơ bản cho người dân, doanh nghiệp.");
    expect(names(t1.units.lead)).toEqual(["Sở Khoa học và Công nghệ"]);
    expect(names(t1.units.support)).toEqual(["Các sở, ban, ngành tỉnh", "UBND các xã, phường"]);
    expect(t3.timing).toMatchObject({ kind: "recurring", recurrence: "continuous" });
    expect(t4.timing).toMatchObject({ text: "Quí IV-2025", kind: "quarter", start: "2025-10-01", end: "2025-12-31" });
    expect(t7.timing).toMatchObject({ text: "Hằng năm", kind: "recurring", recurrence: "yearly" });
    expect(names(t8.units.support)).toEqual(["Ban Quản lý Khu kinh tế", "Sở Công Thương", "các doanh nghiệp viễn thông", "các cơ quan, đơn vị liên quan"]);
    expect(severities(p, "error")).toEqual([]);
    expect(timingCodes(p)).toEqual([]);
  });

  it("Đồng Tháp 552/KH-UBND: 19 tasks, numbering restarting in each of 4 sections is not a duplicate", () => {
    const p = load("plan_dongthap_552_2025.html");
    expect(p.tasks).toHaveLength(19);
    expect(p.tasks.map((t) => t.no).join(" ")).toBe("1 2 3 4 1 2 3 4 5 1 2 3 4 5 1 2 3 4 5");
    expect(p.groups.map((g) => g.title)).toEqual([
      "I. NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH",
      "II. HỖ TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ",
      "III. GIẢI PHÁP TRONG CHUYỂN ĐỔI CÔNG NGHỆ TRONG CÁC NGÀNH",
      "IV. PHÁT TRIỂN NGUỒN NHÂN LỰC",
    ]);
    expect(names(p.tasks[3].units.support)).toEqual(["Viện", "Trường", "Doanh nghiệp", "Sở, ban, ngành có liên quan"]);
    expect(p.tasks[5].timing).toMatchObject({ text: "2025 - 2035", kind: "range", start: "2025-01-01", end: "2035-12-31" });
    expect(p.tasks[5].group).toBe("II. HỖ TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ");
    expect(severities(p, "error")).toEqual([]);
    // The three tasks "2026" lie after the plan's year 2025 (the plan names no period): a real remark.
    expect(timingCodes(p)).toEqual(["E4 timing_outside_year", "E6 timing_outside_year", "E8 timing_outside_year"]);
  });

  it("Hà Nội 310/KH-UBND: 6 tasks of a plan 'đến năm 2030' issued in 2025, 'Hàng năm' recurring", () => {
    const p = load("plan_hanoi_310_2025.html");
    expect(p.tasks).toHaveLength(6);
    expect([p.year, p.years]).toEqual([2025, [2025, 2030]]);
    expect(p.tasks[0].task).toBe("Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030");
    expect(names(p.tasks[0].units.support)).toEqual(["Sở Khoa học và Công nghệ", "Sở Công Thương", "UBND các phường, xã"]);
    expect(p.tasks[1].timing).toMatchObject({ kind: "range", start: "2025-10-01", end: "2026-06-30" });
    expect(p.tasks[5].timing).toMatchObject({ text: "Hàng năm", kind: "recurring", recurrence: "yearly", start: "2025-01-01", end: "2030-12-31" });
    expect(names(p.tasks[4].units.support)).toEqual(["Ban Quản lý các khu công nghệ cao và khu công nghiệp", "Sở Khoa học và Công nghệ", "Sở Công Thương"]);
    expect(severities(p, "error")).toEqual([]);
    expect(timingCodes(p)).toEqual([]);
  });

  it("Bộ VHTTDL 6225: 10 tasks, the persons' column merged into the lead agencies", () => {
    const p = load("plan_bvhttdl_6225_2025.html");
    expect(p.tasks).toHaveLength(10);
    expect(p.year).toBe(2025);
    expect(names(p.tasks[0].units.lead)).toEqual(["Cục Di sản văn hóa", "Cục Bản quyền tác giả"]);
    expect(names(p.tasks[2].units.lead)).toEqual(["Cục Phát thanh truyền hình và Thông tin điện tử"]);
    expect(names(p.tasks[3].units.lead)).toEqual([
      "Cục Bản quyền tác giả",
      "Cục Phát thanh truyền hình và Thông tin điện tử",
      "Cục Xuất bản, In và Phát hành",
      "Cục Báo chí",
      "Cục Du lịch Quốc gia Việt Nam",
      "Vụ Kế hoạch, Tài chính",
    ]);
    expect(names(p.tasks[3].units.support)).toEqual(["Văn phòng Bộ", "Trung tâm Chuyển đổi số VHTTDL"]);
    expect(names(p.tasks[4].units.lead)).toEqual(["Trung tâm Chuyển đổi số VHTTDL", "Cục DLQGVN"]);
    expect(names(p.tasks[8].units.lead)).toEqual(["Trung tâm Chuyển đổi số VHTTDL", "các đơn vị có hệ thống thông tin, cơ sở dữ liệu"]);
    expect(p.tasks[1].output).toBe("Mô hình du lịch thông minh ứng dụng các tiện ích của Đề án 06 được ban hành và triển khai.");
    expect(p.tasks[9].timing).toMatchObject({ kind: "date", start: "2025-12-31", end: "2025-12-31" });
    expect(severities(p, "error")).toEqual([]);
    // "Theo lộ trình … Kế hoạch số 02-KH/BCĐTW" has no date of its own; two deadlines fall in 2026.
    expect(timingCodes(p)).toEqual(["G5 timing_by_reference", "G8 timing_outside_year", "G9 timing_outside_year"]);
  });

  it("Đồng Nai 179/KH-UBND: 47 tasks 1.1–9.5 of the period 2026–2030, section 'A' not a task", () => {
    const p = load("plan_dongnai_179_2026.html");
    expect(p.tasks).toHaveLength(47);
    expect([p.year, p.years]).toEqual([2026, [2026, 2030]]);
    expect(p.tasks[0].no).toBe("1.1");
    expect(p.tasks[46].no).toBe("9.5");
    expect(p.tasks.some((t) => t.no === "A")).toBe(false);
    expect(p.groups.map((g) => g.title).slice(0, 2)).toEqual(["A. PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ", "I. Hoàn thiện thể chế"]);
    expect(p.tasks[0].group).toBe("I. Hoàn thiện thể chế");
    const t26 = p.tasks.find((t) => t.no === "2.6")!;
    expect(names(t26.units.lead)).toEqual(["Sở Văn hóa, Thể thao và Du lịch"]);
    expect(names(t26.units.support)).toEqual(["Các sở, ban, ngành", "UBND các phường, xã"]);
    expect(p.tasks[0].timing).toMatchObject({ kind: "range", start: "2026-01-01", end: "2030-12-31" });
    expect(severities(p, "error")).toEqual([]);
    // Only task 4.1 ("2025", already done before the period) lies outside 2026–2030.
    expect(timingCodes(p)).toEqual(["E18 timing_outside_period"]);
  });
});
