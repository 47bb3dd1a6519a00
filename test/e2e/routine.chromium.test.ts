/**
 * The yearly routine as a secretary does it, in Chromium against the production build, in the
 * standalone page AND inside (fake) Excel: from last year's Word plan (.docx, a decree header
 * like seed 003's, seed 000's appendix table) and the one-stop export
 * (samples/dossiers_sample_2024.xlsx) to the report .xlsx and .docx.
 *
 * Every user action is counted as the routine issue defines it: each click, each paste and each
 * field typed counts 1; opening the file picker and choosing the file count 1 together; the
 * budget amounts the user must type count too. The counts and the files go to out/routine.json;
 * the test fails above 10.
 *
 * The same routine on an unfilled workbook must give a draft ("Bản nháp", amber) listing what
 * is missing, never a green status. Screenshots of each step at 320 px go to docs/screenshots/.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import type { Page } from "playwright-core";
import { workbookSpecToXlsx } from "../../src/adapters/exceljs/renderWorkbook";
import { tsvToGrid } from "../../src/core/grid/tsv";
import { taskpaneText } from "../../src/core/messages/catalogue";
import { specToGrid } from "../../src/core/sheet/specGrid";
import { sheetNames } from "../../src/core/workbook/sheetNames";
import { buildTrackingWorkbook, emptyTrackingData } from "../../src/core/workbook/trackingWorkbook";
import { samplePath, sampleText, seeds } from "../helpers";
import { editedNarrativeYear, realYearWorkbook } from "../realYear";
import {
  distDir,
  ensureProductionBuild,
  externalRequests,
  launchChromium,
  officeJsUrl,
  repoRoot,
  requireChromium,
  serveDirectory,
  type BrowserSession,
  type StaticServer,
} from "./chromium";
import { download, fakeSnapshot, lastCreatedWorkbook, openPane, waitForStatus, type FakeSeed, type OpenedPane } from "./pane";
import ExcelJS from "exceljs";

const vi = taskpaneText.vi;
type Mode = "standalone" | "excel";

/** The plan as Word saves it: a decree header (two columns merged on a line, as in seed 003), seed 000's table, the signature. */
async function planDocx(): Promise<Buffer> {
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const rows = sampleText(seeds.plan2024)
    .split("\n")
    .filter((line) => line.includes("\t"));
  const grid = tsvToGrid("Phụ lục", rows.join("\n"));
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: grid.rows.map(
      (row) => new TableRow({ children: row.map((text) => new TableCell({ children: text.split("\n").map((line) => p(line.replace(/<\/?b>/g, ""))) })) }),
    ),
  });
  const doc = new Document({
    sections: [
      {
        children: [
          p("UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true),
          p("SỞ Y TẾ Độc lập - Tự do - Hạnh phúc", true),
          p("Số: 733/KH-SYT"),
          p("Ninh Thuận, ngày 28 tháng 02 năm 2024"),
          p("KẾ HOẠCH", true),
          p("Áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của cơ quan Sở Y tế năm 2024", true),
          p("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ;"),
          p("Sở Y tế xây dựng Kế hoạch áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng năm 2024 như sau (phụ lục kèm theo):"),
          table,
          p("Nơi nhận:"),
          p("- Sở Khoa học và Công nghệ;"),
          p("- Lưu: VT, VP."),
          p("KT. GIÁM ĐỐC", true),
          p("PHÓ GIÁM ĐỐC", true),
          p("Bùi Văn Kỳ", true),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * Another agency's 2025 plan, not the demo's: a Sở Tư pháp's header and signature (NĐ 30/2020
 * layout), an appendix of 19 tasks typed for this test (the usual family of a provincial
 * department's ISO plan: objectives, procedures, training, internal audit, review, the
 * report), lead units of that department.
 */
const yearTasks: readonly (readonly [string, string, string, string])[] = [
  ["Xây dựng, ban hành mục tiêu chất lượng năm 2025 của Sở", "Quyết định ban hành mục tiêu chất lượng", "Tháng 01/2025", "Văn phòng Sở"],
  ["Các phòng xây dựng mục tiêu chất lượng năm 2025", "Mục tiêu chất lượng của các phòng", "Tháng 02/2025", "Các phòng chuyên môn"],
  ["Kiện toàn Ban chỉ đạo ISO của Sở", "Quyết định kiện toàn", "Quý I/2025", "Văn phòng Sở"],
  ["Cập nhật danh mục thủ tục hành chính áp dụng ISO", "Danh mục cập nhật", "Tháng 3/2025", "Phòng Hành chính tư pháp"],
  ["Rà soát, sửa đổi quy trình giải quyết thủ tục hành chính", "Quy trình sửa đổi", "Quý II/2025", "Phòng Hành chính tư pháp"],
  ["Đào tạo nhận thức ISO 9001:2015 cho công chức mới", "Hội nghị đào tạo", "Tháng 4/2025", "Văn phòng Sở"],
  ["Đào tạo chuyên gia đánh giá nội bộ", "Chứng nhận hoàn thành khóa học", "Tháng 5/2025", "Văn phòng Sở"],
  ["Kiểm soát thông tin dạng văn bản", "Danh mục tài liệu", "Thường xuyên", "Các phòng chuyên môn"],
  ["Theo dõi, đo lường sự hài lòng của tổ chức, cá nhân", "Báo cáo khảo sát", "Quý III/2025", "Phòng Bổ trợ tư pháp"],
  ["Xây dựng kế hoạch đánh giá nội bộ năm 2025", "Kế hoạch đánh giá nội bộ", "Tháng 6/2025", "Văn phòng Sở"],
  ["Tổ chức đánh giá nội bộ", "Báo cáo đánh giá nội bộ", "Tháng 7/2025", "Đoàn đánh giá nội bộ"],
  ["Thực hiện hành động khắc phục sau đánh giá", "Phiếu hành động khắc phục", "Tháng 8/2025", "Các phòng chuyên môn"],
  ["Tổ chức họp xem xét của lãnh đạo", "Biên bản họp xem xét", "Tháng 9/2025", "Văn phòng Sở"],
  ["Cải tiến hệ thống quản lý chất lượng", "Quy trình cải tiến", "Quý IV/2025", "Các phòng chuyên môn"],
  ["Công bố lại hệ thống quản lý chất lượng", "Quyết định công bố", "Tháng 10/2025", "Văn phòng Sở"],
  ["Kiểm tra việc áp dụng ISO tại các phòng", "Báo cáo kiểm tra", "Tháng 11/2025", "Văn phòng Sở"],
  ["Cập nhật văn bản quy phạm pháp luật liên quan", "Danh mục văn bản", "Thường xuyên", "Phòng Xây dựng và Kiểm tra văn bản"],
  ["Báo cáo kết quả áp dụng ISO năm 2025", "Báo cáo gửi Sở Khoa học và Công nghệ", "Tháng 12/2025", "Văn phòng Sở"],
  ["Xây dựng kế hoạch ISO năm 2026", "Kế hoạch năm 2026", "Tháng 12/2025", "Văn phòng Sở"],
];

async function yearPlanDocx(): Promise<Buffer> {
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const cellOf = (text: string) => new TableCell({ children: [p(text)] });
  const rows = [["STT", "Nội dung công việc", "Sản phẩm", "Thời gian thực hiện", "Đơn vị chủ trì"], ...yearTasks.map((t, i) => [String(i + 1), ...t])].map(
    (r) => new TableRow({ children: r.map(cellOf) }),
  );
  const doc = new Document({
    sections: [
      {
        children: [
          p("UBND TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true),
          p("SỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc", true),
          p("Số: 45/KH-STP"),
          p("Hà Tĩnh, ngày 15 tháng 01 năm 2025"),
          p("KẾ HOẠCH", true),
          p("Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Sở Tư pháp năm 2025", true),
          p("Sở Tư pháp ban hành Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng năm 2025 như sau:"),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
          p("Nơi nhận:"),
          p("- Sở Khoa học và Công nghệ;"),
          p("- Giám đốc, các Phó Giám đốc Sở;"),
          p("- Lưu: VT, VP."),
          p("KT. GIÁM ĐỐC", true),
          p("PHÓ GIÁM ĐỐC", true),
          p("Trần Thị Lan", true),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * A one-stop export whose title states the period 15/12/2024 – 14/12/2025 and whose rows start
 * before it: 6 dossiers received in early December 2024 (outside), 42 in the period (every 8th
 * day from 16/12/2024; due 10 days later; 30 returned early, 8 late, 4 pending). Expected
 * counts worked out from the rows: received 42, returned 38 (30 early + 8 late), pending 4.
 */
async function yearExportXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DanhSach");
  ws.addRow(["DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT"]);
  ws.addRow(["Từ ngày 15/12/2024 đến ngày 14/12/2025"]);
  ws.addRow([]);
  ws.addRow(["STT", "Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hạn giải quyết", "Ngày trả kết quả", "Trạng thái"]);
  const d = (date: Date) => `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;
  const day = (y: number, m: number, dd: number) => new Date(Date.UTC(y, m - 1, dd));
  const plus = (date: Date, n: number) => new Date(date.getTime() + n * 86_400_000);
  let n = 0;
  for (let i = 0; i < 6; i++) {
    const received = day(2024, 12, 2 + i);
    ws.addRow([++n, `HS${n}`, "Hộ tịch", d(received), d(plus(received, 10)), d(plus(received, 5)), "Đã trả kết quả"]);
  }
  for (let i = 0; i < 42; i++) {
    const received = plus(day(2024, 12, 16), i * 8);
    const due = plus(received, 10);
    const field = i % 2 === 0 ? "Chứng thực" : "Lý lịch tư pháp";
    if (i >= 38) ws.addRow([++n, `HS${n}`, field, d(received), d(due), "", "Đang giải quyết"]);
    else ws.addRow([++n, `HS${n}`, field, d(received), d(due), d(plus(received, i < 30 ? 7 : 12)), "Đã trả kết quả"]);
  }
  await wb.xlsx.writeFile(path);
}

/** An unfilled tracking workbook of 2024 (what `iso-assistant init --year 2024` writes). */
function unfilledSpec() {
  return buildTrackingWorkbook(emptyTrackingData(2024));
}

/**
 * Accessibility: axe-core's rules (WCAG 2.1 A/AA) on the pane as it is, with zero violations,
 * plus what axe does not know about this pane: only the status line is live, and Vietnamese
 * findings carry lang="vi" inside the English UI.
 */
async function expectAccessible(page: Page): Promise<void> {
  // Evaluated (not a <script> tag), so the page's content security policy and request log are untouched.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(violations).toEqual([]);
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dup.length) out.push(`duplicate ids: ${dup.join(", ")}`);
    for (const el of document.querySelectorAll<HTMLElement>("button, input, textarea, select, summary")) {
      const labelledBy = el.getAttribute("aria-labelledby");
      const name =
        (el.tagName === "BUTTON" || el.tagName === "SUMMARY" ? el.textContent?.trim() : "") ||
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim() : "") ||
        (labelledBy
          ? labelledBy
              .split(" ")
              .map((id) => document.getElementById(id)?.textContent ?? "")
              .join(" ")
              .trim()
          : "") ||
        el.getAttribute("aria-label");
      if (!name) out.push(`no accessible name: ${el.outerHTML.slice(0, 80)}`);
    }
    const live = [...document.querySelectorAll("[aria-live], [role=status], [role=alert]")].filter(
      (e) => !(e as HTMLElement).hidden && e.id !== "legacy-browser",
    );
    if (live.length !== 1 || live[0].id !== "status") out.push(`live regions: ${live.map((e) => e.id || e.className).join(", ")}`);
    for (const msg of document.querySelectorAll(".finding-message")) if (msg.getAttribute("lang") !== "vi") out.push("finding without lang=vi");
    if (document.documentElement.lang !== "vi" && document.documentElement.lang !== "en") out.push(`html lang ${document.documentElement.lang}`);
    for (const h of document.querySelectorAll("h1, h2, h3")) if (!h.textContent?.trim()) out.push("empty heading");
    return out;
  });
  expect(problems).toEqual([]);
}

interface RoutineResult {
  actions: number;
  files: string[];
}

/** The realistic year (issue 17): its actions, whether the page was reloaded in the middle, what was lost by it. */
interface YearResult {
  actions: number;
  reloaded: boolean;
  lost: number;
}

describe("the yearly routine in Chromium (≤ 10 user actions)", () => {
  let server: StaticServer;
  let session: BrowserSession;
  const work = mkdtempSync(join(tmpdir(), "tro-ly-iso-routine-"));
  const results: Partial<Record<Mode, RoutineResult>> = {};
  const years: Partial<Record<Mode, YearResult>> = {};
  let docxPath = "";
  const exportPath = samplePath("dossiers_sample_2024.xlsx");

  beforeAll(async () => {
    requireChromium();
    ensureProductionBuild();
    server = await serveDirectory(distDir);
    session = await launchChromium();
    docxPath = join(work, "ke-hoach-iso-2024.docx");
    writeFileSync(docxPath, await planDocx());
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (results.standalone && results.excel) {
      // The demo's counts, and beside them each mode's realistic year when it ran.
      const out = Object.fromEntries((["standalone", "excel"] as const).map((m) => [m, { ...results[m], ...(years[m] ? { year: years[m] } : {}) }]));
      mkdirSync(join(repoRoot, "out"), { recursive: true });
      writeFileSync(join(repoRoot, "out", "routine.json"), `${JSON.stringify(out, null, 2)}\n`);
    }
  });

  async function openPage(mode: Mode, seed?: FakeSeed): Promise<OpenedPane> {
    const opened = await openPane(session, server.url, mode === "excel" ? "fake" : "offline", seed);
    await opened.page.setViewportSize({ width: 320, height: 900 });
    await opened.page.waitForFunction((text) => document.querySelector("#mode")?.textContent === text, mode === "excel" ? vi.modeExcel() : vi.modeStandalone());
    if (mode === "excel") await waitForStatus(opened.page, vi.ready());
    return opened;
  }

  /** Counts one user action around `step`. */
  function counter() {
    let actions = 0;
    return {
      act: async <T>(step: () => Promise<T>): Promise<T> => {
        actions++;
        return step();
      },
      get count() {
        return actions;
      },
    };
  }

  /** Downloads into the work folder; returns the file's name. */
  const downloadName = async (page: Page, selector: string): Promise<string> => basename(await download(page, selector, work));

  /**
   * A picture of one element. The pane redraws its whole DOM on every state change (render.ts), and
   * the browser save that follows an edit by 0.4 s is one: an element located before that redraw is
   * detached when the picture is taken. Wait until the pane is idle, and locate again if it was redrawn.
   */
  async function shoot(page: Page, selector: string, path: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await page.waitForFunction(() => document.querySelector("#panel")?.getAttribute("aria-busy") === "false");
      await page.waitForTimeout(500); // past the save's 0.4 s delay
      try {
        await page.locator(selector).screenshot({ path, timeout: 10_000 });
        return;
      } catch (error) {
        if (attempt >= 3 || !/not attached|detached/i.test(String(error))) throw error;
      }
    }
  }

  async function screenshots(page: Page, mode: Mode, suffix = "", only?: string): Promise<void> {
    const dir = join(repoRoot, "docs", "screenshots");
    mkdirSync(dir, { recursive: true });
    const steps = ["plan", "agency", "tasks", "dossiers", "budget", "report"];
    // The status line sticks to the bottom of the pane; in a picture of one step it would cover it.
    const hide = await page.addStyleTag({ content: "#status { position: static !important; }" });
    for (const [i, step] of steps.entries()) {
      if (only && step !== only) continue;
      await shoot(page, `#step-${step}`, join(dir, `routine-${mode}-${i + 1}-${step}${suffix}.png`));
    }
    await hide.evaluate((style) => (style as HTMLElement).remove());
  }

  it("paints at once and falls back to the standalone page within a few seconds when office.js hangs", async () => {
    const page = await session.context.newPage();
    await page.route(officeJsUrl, () => undefined); // never answers
    const started = Date.now();
    await page.goto(`${server.url}/taskpane.html`, { waitUntil: "domcontentloaded" });
    await page.waitForFunction((text) => document.querySelector("#status .status-text")?.textContent === text, vi.starting(), { timeout: 2000 });
    await page.waitForFunction((text) => document.querySelector("#mode")?.textContent === text, vi.modeStandalone(), { timeout: 8000 });
    expect(Date.now() - started).toBeLessThan(8000);
    await page.close();
  }, 60_000);

  it.each<Mode>(["standalone", "excel"])(
    "%s: Word plan + one-stop export → draft report .xlsx and .docx listing what a signable one needs, in ≤ 10 actions",
    async (mode) => {
      const { page, errors } = await openPage(mode);
      const user = counter();

      // Step 1: the Word plan (one pick). The header fills "Thông tin".
      const requestsBefore = server.requests.length;
      await user.act(() => page.setInputFiles("#plan-file", docxPath));
      expect(await waitForStatus(page, "Đã đọc 12 nhiệm vụ, năm kế hoạch 2024")).toBe("success");
      // The file was parsed in the Web Worker: its script was fetched, the main-thread fallback (file-kit) was not.
      const fetched = server.requests.slice(requestsBefore);
      expect(fetched).toContain("/parse-worker.js");
      expect(fetched.filter((p) => p.startsWith("/file-kit"))).toEqual([]);
      // Read from the header (or the product's defaults): proposals, confirmed in one action.
      expect(await page.locator("#step-agency").getAttribute("data-state")).toBe("attention");
      expect(await page.locator("#agency-agencyName").inputValue()).toBe("SỞ Y TẾ");
      expect(await page.locator("#agency-signerName").inputValue()).toBe("Bùi Văn Kỳ");
      await user.act(() => page.click("#agency-confirm-all"));
      expect(await waitForStatus(page, "Đã xác nhận")).toBe("success");
      expect(await page.locator("#step-agency").getAttribute("data-state")).toBe("done");
      expect(await page.locator("#report").textContent()).toBe("Tạo báo cáo năm 2024");

      // Picked in the wrong step, the export is recognised and sent to step 4 (a detour, not counted in the routine).
      if (mode === "standalone") {
        await page.setInputFiles("#plan-file", exportPath);
        expect(await waitForStatus(page, vi.wrongStepDossiers())).toBe("error");
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-plan-feedback"); // the error has focus
      }

      // Step 4: the one-stop export (one pick).
      await user.act(() => page.setInputFiles("#dossiers-file", exportPath));
      expect(await waitForStatus(page, "Đã ghi trang “Hồ sơ TTHC”")).toBe("success");
      // The period proposed from the export's dates (the sample's 2024 reception dates: the calendar year), confirmed in one action.
      expect(await page.locator("#period").getAttribute("data-confirmed")).toBe("false");
      expect(await page.locator("#period-periodStart").inputValue()).toBe("01/01/2024");
      expect(await page.locator("#period-periodEnd").inputValue()).toBe("31/12/2024");
      await user.act(() => page.click("#period-confirm"));
      expect(await waitForStatus(page, "Đã xác nhận kỳ số liệu 01/01/2024 – 31/12/2024")).toBe("success");
      expect(await page.locator("#period").getAttribute("data-confirmed")).toBe("true");
      expect({ state: await page.locator("#step-dossiers").getAttribute("data-state"), text: await page.locator("#step-dossiers").textContent() }).toEqual({
        state: "done",
        text: expect.any(String),
      });
      expect(await page.locator("#step-dossiers .mini-table tbody tr").count()).toBeGreaterThan(0);

      // Step 5: the amounts the user must type (three fields), each saved when the field is left (leaving it is part of typing it).
      await user.act(() => page.fill("#input-budget-D3", "18.000.000"));
      await user.act(() => page.fill("#input-budget-E3", "18.000.000"));
      await user.act(() => page.fill("#input-budget-D9", "3.000.000"));
      await page.keyboard.press("Tab");
      expect(await waitForStatus(page, vi.budgetSaved())).toBe("success");
      expect(await page.locator("#input-budget-D3").inputValue()).toBe("18.000.000");

      // Step 6: one button. A plan and an export alone are not a report a director signs (issue 18,
      // 'final means signable'): the plan's tasks have no documents yet, so the report is a DỰ THẢO
      // that lists exactly items I.2–I.8 (I.1, the plan itself, is the plan's number). The facts read
      // from the plan's header were confirmed in step 2 and the period with its as-of date
      // (31/12/2024) in step 4, so neither is listed (#18 listed them before the pane confirmed them).
      await user.act(() => page.click("#report"));
      expect(await waitForStatus(page, "Bản nháp báo cáo năm 2024")).toBe("draft");
      expect(await page.locator(".draft-badge").textContent()).toBe("Bản nháp");
      const missing = await page.locator("#report-missing li").allTextContents();
      expect(missing.map((m) => m.slice(0, 15))).toEqual([2, 3, 4, 5, 6, 7, 8].map((n) => `Kết quả mục I.${n}`));
      // Each can be answered in the pane (a document or "Không thực hiện vì …"), not only in "Nhận xét".
      expect(await page.locator("#report-missing input").count()).toBe(7);
      expect(missing.join("\n")).not.toContain("Hồ sơ TTHC"); // the export's figures are complete
      expect(missing.join("\n")).not.toContain("Kinh phí"); // so are the amounts typed in step 5
      expect(await page.locator('dd[data-figure="figureGranted"]').textContent()).toBe("18.000.000");
      await expectAccessible(page);
      await screenshots(page, mode);

      const files = [await user.act(() => downloadName(page, "#download-report-xlsx")), await user.act(() => downloadName(page, "#download-report-docx"))];
      expect(files).toEqual(["bao-cao-iso-2024-du-thao.xlsx", "bao-cao-iso-2024-du-thao.docx"]);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(work, files[0]));
      expect(wb.worksheets.map((w) => w.name)).toEqual(
        expect.arrayContaining([sheetNames.agency, sheetNames.tasks, sheetNames.dossiers, sheetNames.budget, sheetNames.report]),
      );
      expect(String(wb.getWorksheet(sheetNames.agency)!.getCell("B3").value)).toBe("SỞ Y TẾ");
      const documentText = (await (await JSZip.loadAsync(readFileSync(join(work, files[1])))).file("word/document.xml")!.async("string")).replace(
        /<[^>]+>/g,
        "",
      );
      expect(documentText).toContain("Bùi Văn Kỳ");
      expect(documentText).toContain("SỞ Y TẾ");
      expect(documentText).toContain("DỰ THẢO");

      if (mode === "excel") {
        // ExcelApi 1.8: the report also opens as a new workbook (not part of the routine's count).
        await page.click("#open-workbook");
        expect(await waitForStatus(page, vi.workbookOpened())).toBe("success");
        const snap = await fakeSnapshot(page);
        expect(snap.createdWorkbooks).toHaveLength(1);
        expect(snap.createdWorkbooks[0]).toBeGreaterThan(10_000);
        // The report copy Excel opens passes the rules Excel enforces, and is the report.
        const created = await JSZip.loadAsync(await lastCreatedWorkbook(page));
        expect(await created.file("xl/workbook.xml")!.async("string")).toContain('name="Báo cáo"');
      }

      results[mode] = { actions: user.count, files };
      expect(user.count).toBeLessThanOrEqual(10);

      // After the report (one more click, not part of the routine's count): next year's tracking workbook.
      const nextName = "so-theo-doi-iso-2025.xlsx";
      expect(await page.locator("#next-year").textContent()).toBe("Tạo sổ theo dõi năm 2025");
      if (mode === "standalone") {
        const path = await download(page, "#next-year", work);
        expect(basename(path)).toBe(nextName);
        expect(await waitForStatus(page, vi.nextYearDownloaded({ year: 2025, tasks: 12, name: nextName }))).toBe("success");
        const next = new ExcelJS.Workbook();
        await next.xlsx.readFile(path);
        const info = next.getWorksheet(sheetNames.agency)!;
        const yearRow = info.getSheetValues().findIndex((row) => Array.isArray(row) && row[1] === "Năm báo cáo");
        expect(info.getCell(yearRow, 2).value).toBe(2025);
        const tasks = next.getWorksheet(sheetNames.tasks)!;
        // Seed 000's 12 tasks; task 1 "Xây dựng mục tiêu chất lượng năm 2024 của Sở", due "Tháng 01/2024", moves to 2025, its status emptied.
        const texts = (tasks.getColumn(3).values as unknown[]).slice(2).filter((v) => typeof v === "string" && v !== "");
        expect(texts).toHaveLength(12);
        expect([tasks.getCell("C2").value, tasks.getCell("E2").value, tasks.getCell("K2").value]).toEqual([
          "Xây dựng mục tiêu chất lượng năm 2025 của Sở",
          "Tháng 01/2025",
          "",
        ]);
        const schedules = (tasks.getColumn(5).values as unknown[]).slice(2).map(String);
        expect(schedules.filter((text) => text.includes("2024"))).toEqual([]);
      } else {
        const before = await fakeSnapshot(page);
        await page.click("#next-year");
        expect(await waitForStatus(page, vi.nextYearOpened({ year: 2025, tasks: 12, name: nextName }))).toBe("success");
        const after = await fakeSnapshot(page);
        expect(after.runs - before.runs).toBe(1); // one Excel.run: the read
        expect(after.createdWorkbooks).toHaveLength(before.createdWorkbooks.length + 1);
        expect(after.createdWorkbooks.at(-1)).toBeGreaterThan(10_000);
        // Next year's workbook as Excel is given it passes the rules Excel enforces, and is next year's.
        const next = new ExcelJS.Workbook();
        await next.xlsx.load((await lastCreatedWorkbook(page)) as unknown as ExcelJS.Buffer);
        const info = next.getWorksheet(sheetNames.agency)!;
        const yearRow = info.getSheetValues().findIndex((row) => Array.isArray(row) && row[1] === "Năm báo cáo");
        expect(info.getCell(yearRow, 2).value).toBe(2025);
        expect(after.sheets).toEqual(before.sheets); // nothing written into the open workbook
      }
      // The plan's tasks have no status yet: all 12 are carried as unfinished, said in the section's findings.
      expect(await page.locator("#next-year-section .findings-list").textContent()).toContain("12 nhiệm vụ năm 2024 chưa hoàn thành được chuyển sang năm 2025");
      // Then the plan document drafted from the same data, downloaded in both modes (as the report's .docx).
      expect(await page.locator("#download-plan-docx").textContent()).toBe(vi.downloadPlanDocx({ year: 2025 }));
      const planPath = await download(page, "#download-plan-docx", work);
      expect(basename(planPath)).toBe("ke-hoach-iso-2025.docx");
      const planXml = (await (await JSZip.loadAsync(readFileSync(planPath))).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
      for (const text of ["KẾ HOẠCH", "Phụ lục", "Căn cứ Quyết định số 19/2014/QĐ-TTg", "Xây dựng mục tiêu chất lượng năm 2025 của Sở", "Tháng 01/2025"])
        expect([text, planXml.includes(text)]).toEqual([text, true]);
      await expectAccessible(page);
      await screenshots(page, mode, "-next-year", "report");

      expect(errors).toEqual([]);
      expect(externalRequests(session.requestedUrls)).toEqual([]);
      await page.close();
    },
    600_000,
  );

  it.each<Mode>(["standalone", "excel"])(
    "%s: a realistic year (another agency's plan, an export that starts before its period, 5 tasks updated, a reload) in ≤ 25 actions, nothing lost",
    async (mode) => {
      const planPath = join(work, "ke-hoach-iso-2025-so-tu-phap.docx");
      writeFileSync(planPath, await yearPlanDocx());
      const listPath = join(work, "danh-sach-ho-so-2025.xlsx");
      await yearExportXlsx(listPath);
      const { page, errors } = await openPage(mode);
      const user = counter();
      const shots = async (name: string, selector: string) => {
        const hide = await page.addStyleTag({ content: "#status { position: static !important; }" });
        await shoot(page, selector, join(repoRoot, "docs", "screenshots", `year-${mode}-${name}.png`));
        await hide.evaluate((style) => (style as HTMLElement).remove());
      };

      // Step 1: the Word plan. Step 2: its header's facts, proposals confirmed in one action.
      await user.act(() => page.setInputFiles("#plan-file", planPath));
      expect(await waitForStatus(page, "Đã đọc 19 nhiệm vụ, năm kế hoạch 2025")).toBe("success");
      expect(await page.locator("#agency-agencyName").inputValue()).toBe("SỞ TƯ PHÁP");
      expect(await page.locator("#agency-governingBody").inputValue()).toBe("UBND TỈNH HÀ TĨNH");
      expect(await page.locator("#agency-signerTitle").inputValue()).toBe("PHÓ GIÁM ĐỐC"); // as the plan is signed, not the default
      expect(await page.locator("#agency-signerName").inputValue()).toBe("Trần Thị Lan");
      expect(await page.locator("#step-agency .badge-proposed").count()).toBeGreaterThan(0);
      await expectAccessible(page);
      if (mode === "standalone") await shots("2-agency", "#step-agency");
      await user.act(() => page.click("#agency-confirm-all"));
      expect(await waitForStatus(page, "Đã xác nhận")).toBe("success");
      expect(await page.locator("#step-agency").getAttribute("data-state")).toBe("done");

      // Step 3: five tasks done, each with a dated document: typed, then "Hoàn thành" (two actions a task).
      // The five that answer the report's standard items (#18: a signable report has a document or a
      // reason for each): quality objectives (I.2), the procedures revised (I.3 and I.4), the internal
      // audit (I.5), the management review (I.6), the republication (I.8); I.1 is the plan's number.
      const updates = [
        [1, "Quyết định số 15/QĐ-STP ngày 20/01/2025"],
        [5, "Quyết định số 62/QĐ-STP ngày 12/05/2025"],
        [11, "Báo cáo số 98/BC-STP ngày 25/07/2025"],
        [13, "Biên bản số 02/BB-STP ngày 19/09/2025"],
        [15, "Quyết định số 140/QĐ-STP ngày 20/10/2025"],
      ] as const;
      const keyOf = (no: number) => `C${no + 1}`; // "Nhiệm vụ": header on row 1, task n on row n + 1
      for (const [no, evidence] of updates) {
        const key = keyOf(no);
        await user.act(() => page.fill(`#task-${key}-evidence`, evidence));
        await user.act(() => page.click(`#task-${key}-done`));
        await page.waitForFunction(
          (k) =>
            document.querySelector<HTMLSelectElement>(`#task-${k}-status`)?.value === "Hoàn thành" &&
            document.querySelector("#panel")?.getAttribute("aria-busy") === "false",
          key,
        );
      }
      expect(await page.locator("#tasks-progress").textContent()).toContain(
        "19 nhiệm vụ: 5 hoàn thành, 0 đang thực hiện, 14 chưa thực hiện, 0 không thực hiện.",
      );
      await expectAccessible(page);
      if (mode === "standalone") await shots("3-tasks", "#step-tasks");

      // The page closed and opened again in the middle of the year (standalone): offered back, continued, nothing lost.
      let lost = 0;
      if (mode === "standalone") {
        await page.waitForTimeout(1000); // the last change's save (0.4 s after it)
        expect(await page.locator("#storage-status").textContent()).toContain("Đã lưu trong trình duyệt lúc");
        await page.reload();
        await page.waitForFunction((text) => document.querySelector("#mode")?.textContent === text, vi.modeStandalone());
        expect(await page.locator("#restore-continue").textContent()).toMatch(/^Tiếp tục sổ theo dõi năm 2025 \(lưu lúc \d\d:\d\d hôm nay\)$/);
        await user.act(() => page.click("#restore-continue"));
        expect(await waitForStatus(page, "Đã mở lại sổ theo dõi năm 2025")).toBe("success");
        for (const [no, evidence] of updates) {
          const key = keyOf(no);
          const kept =
            (await page.locator(`#task-${key}-evidence`).inputValue()) === evidence &&
            (await page.locator(`#task-${key}-status`).inputValue()) === "Hoàn thành";
          if (!kept) lost++;
        }
        if ((await page.locator("#step-agency").getAttribute("data-state")) !== "done") lost++;
        if ((await page.locator("#agency-signerName").inputValue()) !== "Trần Thị Lan") lost++;
      }
      expect(lost).toBe(0);

      // Step 4: the export; its title's period proposed, the rows before it named; confirmed in one action.
      await user.act(() => page.setInputFiles("#dossiers-file", listPath));
      expect(await waitForStatus(page, "Đã ghi trang “Hồ sơ TTHC”")).toBe("success");
      expect([
        await page.locator("#period-periodStart").inputValue(),
        await page.locator("#period-periodEnd").inputValue(),
        await page.locator("#period-asOf").inputValue(),
      ]).toEqual(["15/12/2024", "14/12/2025", "14/12/2025"]);
      expect(await page.locator("#period-outside").textContent()).toBe("6 hồ sơ tiếp nhận trước 15/12/2024 không tính vào kỳ.");
      await expectAccessible(page);
      if (mode === "standalone") await shots("4-dossiers", "#step-dossiers");
      await user.act(() => page.click("#period-confirm"));
      expect(await waitForStatus(page, "Đã xác nhận kỳ số liệu 15/12/2024 – 14/12/2025, chốt ngày 14/12/2025")).toBe("success");
      expect(await page.locator("#dossiers-summary").textContent()).toContain("42 hồ sơ tiếp nhận");

      // Step 5: the budget, each amount saved as its field is left.
      await user.act(() => page.fill("#input-budget-D3", "25.000.000"));
      await user.act(() => page.fill("#input-budget-E3", "24.500.000"));
      await user.act(() => page.fill("#input-budget-D9", "30.000.000"));
      await page.keyboard.press("Tab");
      expect(await waitForStatus(page, vi.budgetSaved())).toBe("success");

      // Step 6: the report. No task of this plan answers item I.7 (the head confirms the system's
      // effectiveness), so the first report is a DỰ THẢO naming only that item (#18); its result is
      // typed in the pane — the republication decision the director signed — and the report, made
      // again as the field is left, is final. Then its files, next year's workbook and plan.
      await user.act(() => page.click("#report"));
      expect(await waitForStatus(page, "Bản nháp báo cáo năm 2025")).toBe("draft");
      const missing = await page.locator("#report-missing li > button").allTextContents();
      expect(missing.map((m) => m.slice(0, 15))).toEqual(["Kết quả mục I.7"]);
      await user.act(() => page.fill("#report-item-effectiveness", "Quyết định số 140/QĐ-STP ngày 20/10/2025 công bố lại HTQLCL phù hợp TCVN ISO 9001:2015"));
      await page.keyboard.press("Tab");
      expect(await waitForStatus(page, vi.reportFinal({ year: 2025 }))).toBe("success");
      expect(await page.locator("#report-missing").count()).toBe(0);
      expect(await page.locator('dd[data-figure="figureReceived"]').textContent()).toBe("42");
      expect(await page.locator('dd[data-figure="figureGranted"]').textContent()).toBe("25.000.000");
      const files = [await user.act(() => downloadName(page, "#download-report-xlsx")), await user.act(() => downloadName(page, "#download-report-docx"))];
      expect(files).toEqual(["bao-cao-iso-2025.xlsx", "bao-cao-iso-2025.docx"]);
      const text = (await (await JSZip.loadAsync(readFileSync(join(work, files[1])))).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
      for (const expected of ["SỞ TƯ PHÁP", "PHÓ GIÁM ĐỐC", "Trần Thị Lan"]) expect([expected, text.includes(expected)]).toEqual([expected, true]);
      expect(text).not.toContain("DỰ THẢO");
      await user.act(async () => {
        if (mode === "standalone") await download(page, "#next-year", work);
        else await page.click("#next-year");
      });
      expect(await waitForStatus(page, "sổ theo dõi năm 2026")).toBe("success");
      const planFile = await user.act(() => downloadName(page, "#download-plan-docx"));
      expect(planFile).toBe("ke-hoach-iso-2026.docx");
      await expectAccessible(page);

      years[mode] = { actions: user.count, reloaded: mode === "standalone", lost };
      expect(user.count).toBeLessThanOrEqual(25);
      expect(errors).toEqual([]);
      expect(externalRequests(session.requestedUrls)).toEqual([]);
      await page.close();
    },
    600_000,
  );

  it("standalone: the year's other states pass the accessibility checks (notes under fields, each tracker filter, the restore offer, a browser that keeps nothing)", async () => {
    const planPath = join(work, "ke-hoach-iso-2025-so-tu-phap-axe.docx");
    writeFileSync(planPath, await yearPlanDocx());
    const { page, errors } = await openPage("standalone");
    await page.setInputFiles("#plan-file", planPath);
    expect(await waitForStatus(page, "Đã đọc 19 nhiệm vụ, năm kế hoạch 2025")).toBe("success");

    // A field with a note: step 2's check under "Kính gửi" (the agency writing to itself) …
    await page.fill("#agency-agencyName", "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    await page.keyboard.press("Tab");
    await page.waitForFunction(() => (document.querySelector("#agency-recipientTo-notes")?.textContent ?? "").includes("Sở Khoa học và Công nghệ"));
    // … and step 3's reading of an evidence without its date, under the task's field.
    await page.fill("#task-C3-evidence", "Quyết định số 12/QĐ-STP");
    expect(await page.locator("#task-C3-evidence-notes").textContent()).toContain("chưa ghi ngày");
    await expectAccessible(page);
    await page.fill("#task-C3-evidence", "");
    await page.keyboard.press("Tab");
    await page.fill("#agency-agencyName", "SỞ TƯ PHÁP");
    await page.keyboard.press("Tab");
    await page.waitForFunction(() => !(document.querySelector("#agency-recipientTo-notes")?.textContent ?? "").includes("Sở Khoa học và Công nghệ"));

    // The tracker under each filter: the rows shown are as many as the filter's label counts.
    for (const filter of ["open", "late", "noEvidence", "all"]) {
      await page.check(`#task-filter-${filter}`);
      await page.waitForFunction((f) => document.querySelector<HTMLInputElement>(`#task-filter-${f}`)?.checked === true, filter);
      const counted = Number(/\((\d+)\)/.exec((await page.locator(`label[for=task-filter-${filter}]`).textContent()) ?? "")?.[1]);
      expect([filter, await page.locator("#task-list > li").count()]).toEqual([filter, counted]);
      await expectAccessible(page);
    }
    expect(await page.locator("#task-list > li").count()).toBe(19);

    // The page opened again: the offer to continue.
    await page.waitForTimeout(1000); // the last change's save (0.4 s after it)
    await page.reload();
    await page.waitForFunction((text) => document.querySelector("#mode")?.textContent === text, vi.modeStandalone());
    await page.waitForSelector("#restore-continue");
    expect(await page.locator("#restore-continue").textContent()).toMatch(/^Tiếp tục sổ theo dõi năm 2025 \(lưu lúc \d\d:\d\d hôm nay\)$/);
    await expectAccessible(page);

    // A browser that keeps nothing (private browsing: no IndexedDB): said in the pane, and accessible.
    await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true }));
    await page.reload();
    await page.waitForFunction((text) => document.querySelector("#storage-status")?.textContent === text, vi.storageUnavailable());
    await expectAccessible(page);
    expect(errors).toEqual([]);
    expect(externalRequests(session.requestedUrls)).toEqual([]);
    await page.close();
  }, 600_000);

  it("standalone: an edited 'Nhận xét' block whose figures changed is kept with 'Giữ nội dung đã sửa' (picture at 320 px, accessible)", async () => {
    const edited = editedNarrativeYear("2025-12-15");
    const path = join(work, "so-theo-doi-2025-da-sua.xlsx");
    writeFileSync(path, await workbookSpecToXlsx({ sheets: [...realYearWorkbook().sheets, edited.spec] }));
    const { page, errors } = await openPage("standalone");
    await page.setInputFiles("#plan-file", path);
    expect(await waitForStatus(page, vi.trackingOpened({ name: "so-theo-doi-2025-da-sua.xlsx" }))).toBe("success");
    await page.click("#report");
    await page.waitForSelector("#report-keep-obstacles");
    const item = await page.locator("#report-missing li", { has: page.locator("#report-keep-obstacles") }).textContent();
    expect(item).toContain(`“${edited.stated} chưa hoàn thành” (nay: ${edited.current} chưa hoàn thành)`);
    expect(await page.locator("#report-keep-obstacles").textContent()).toBe(vi.keepEdited());
    await expectAccessible(page);
    const hide = await page.addStyleTag({ content: "#status { position: static !important; }" });
    await shoot(page, "#report-missing", join(repoRoot, "docs", "screenshots", "routine-standalone-6-report-keep-edited.png"));
    await hide.evaluate((style) => (style as HTMLElement).remove());
    await page.click("#report-keep-obstacles");
    await page.waitForFunction(
      () => !document.querySelector("#report-keep-obstacles") && document.querySelector("#panel")?.getAttribute("aria-busy") === "false",
    );
    expect((await page.locator("#report-missing li").allTextContents()).filter((t) => t.includes("Khó khăn"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 600_000);

  it.each<Mode>(["standalone", "excel"])(
    "%s: an unfilled workbook gives a draft listing what is missing, never green",
    async (mode) => {
      const spec = unfilledSpec();
      const seed = { sheets: spec.sheets.filter((s) => s.name !== sheetNames.findings).map((s) => ({ name: s.name, rows: specToGrid(s).rows })) };
      const { page, errors } = await openPage(mode, seed);
      if (mode === "standalone") {
        const path = join(work, "so-theo-doi-chua-dien.xlsx");
        writeFileSync(path, await workbookSpecToXlsx(spec));
        await page.setInputFiles("#plan-file", path);
        expect(await waitForStatus(page, vi.trackingOpened({ name: "so-theo-doi-chua-dien.xlsx" }))).toBe("success");
      }
      expect(await page.locator("#report").textContent()).toBe("Tạo báo cáo năm 2024");
      await page.click("#report");
      expect(await waitForStatus(page, "Bản nháp báo cáo năm 2024")).toBe("draft");
      expect(await page.locator(".draft-badge").textContent()).toBe("Bản nháp");
      const missing = await page.locator("#report-missing li").allTextContents();
      // Excel names the cell (and selects it); the standalone page, which shows no sheet, names the field and its step.
      expect(missing).toEqual(
        expect.arrayContaining(
          mode === "excel"
            ? ["Cơ quan chủ quản (ô Thông tin!B2)", "Họ và tên người ký (ô Thông tin!B16)", "Hồ sơ TTHC: làm ở Bước 4"]
            : ["Cơ quan chủ quản: điền ở Bước 2", "Họ và tên người ký: điền ở Bước 2", "Hồ sơ TTHC: làm ở Bước 4"],
        ),
      );
      if (mode === "standalone") expect(missing.filter((m) => m.includes("!"))).toEqual([]);
      expect(await page.locator("#step-report-feedback .tone-success").count()).toBe(0);
      expect(await page.locator("#status").getAttribute("data-tone")).not.toBe("success");

      // Each missing item is clickable: in the standalone page it focuses the field to fill.
      if (mode === "standalone") {
        await page.locator("#report-missing li button", { hasText: "Họ và tên người ký" }).click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("agency-signerName");
      } else {
        await page.locator("#report-missing li button", { hasText: "Họ và tên người ký" }).click();
        expect(await waitForStatus(page, vi.findingSelected({ location: "Thông tin!B16" }))).toBe("success");
      }

      // An amount that is not a number: the field is marked invalid and gets the focus.
      await page.fill("#input-budget-D3", "mười tám triệu");
      await page.keyboard.press("Tab");
      expect(await waitForStatus(page, "không đọc được số tiền")).toBe("error");
      expect(await page.locator("#input-budget-D3").getAttribute("aria-invalid")).toBe("true");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("input-budget-D3");

      const xlsx = await downloadName(page, "#download-report-xlsx");
      const docx = await downloadName(page, "#download-report-docx");
      expect([xlsx, docx]).toEqual(["bao-cao-iso-2024-du-thao.xlsx", "bao-cao-iso-2024-du-thao.docx"]);
      // The document says it is a draft.
      const draftText = (await (await JSZip.loadAsync(readFileSync(join(work, docx)))).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
      expect(draftText).toContain("DỰ THẢO");
      await expectAccessible(page);
      if (mode === "excel") await screenshots(page, mode, "-draft");
      expect(errors).toEqual([]);
      await page.close();
    },
    600_000,
  );
});
