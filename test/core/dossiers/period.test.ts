import { makeGrid } from "../../../src/core/grid/grid";
import { importDossiers } from "../../../src/core/dossiers";
import { periodFindings, periodFromTitle, proposePeriod } from "../../../src/core/dossiers/period";
import { countForPeriod, countForPeriodAsync } from "../../../src/app/dossiersJob";
import { renderFinding } from "../../../src/core/messages/render";

/**
 * An export like the issue's: the title line states the period (15/12/2024 – 14/12/2025), two
 * dossiers were received before it (December 2024) and one after it. Rows 4–9 of sheet "DS".
 */
const rows = [
  ["DANH SÁCH HỒ SƠ TIẾP NHẬN"],
  ["Từ ngày 15/12/2024 đến ngày 14/12/2025"],
  [""],
  ["STT", "Lĩnh vực", "Ngày tiếp nhận", "Hạn giải quyết", "Ngày hoàn thành", "Trạng thái"],
  ["1", "Hộ tịch", "02/12/2024", "10/12/2024", "09/12/2024", "Đã trả kết quả"], // row 5: before the period
  ["2", "Hộ tịch", "10/12/2024", "20/12/2024", "19/12/2024", "Đã trả kết quả"], // row 6: before the period
  ["3", "Hộ tịch", "16/12/2024", "26/12/2024", "24/12/2024", "Đã trả kết quả"], // row 7: early
  ["4", "Chứng thực", "03/06/2025", "13/06/2025", "13/06/2025", "Đã trả kết quả"], // row 8: on time
  ["5", "Chứng thực", "01/12/2025", "05/12/2025", "", "Đang giải quyết"], // row 9: pending, overdue at 10/12/2025
  ["6", "Chứng thực", "15/12/2025", "20/12/2025", "", "Đang giải quyết"], // row 10: after the period
];
const grid = makeGrid("DS", rows);
const count = (at: { asOf: string; period?: { from: string; to: string } }) => importDossiers(grid, at);

describe("the reporting period of an export", () => {
  it("is read from the export's title line in its usual wordings", () => {
    expect(periodFromTitle(["DANH SÁCH HỒ SƠ", "Từ ngày 15/12/2024 đến ngày 14/12/2025"])).toEqual({ from: "2024-12-15", to: "2025-12-14" });
    expect(periodFromTitle(["Kỳ báo cáo: 15/12/2024 – 14/12/2025"])).toEqual({ from: "2024-12-15", to: "2025-12-14" });
    expect(periodFromTitle(["(Số liệu tính đến ngày 10/12/2025)"])).toEqual({ asOf: "2025-12-10" });
    expect(periodFromTitle(["DANH SÁCH HỒ SƠ", "Lĩnh vực: Hộ tịch"])).toBeNull();
  });

  it("is the export's stated period, else the standard period its dates fit, with an as-of date never after today", () => {
    // Title: its period; as-of = the period's end (14/12/2025) as it has come by 06/01/2026.
    expect(proposePeriod({ title: { from: "2024-12-15", to: "2025-12-14" }, year: 2025, today: "2026-01-06" })).toEqual({
      period: { from: "2024-12-15", to: "2025-12-14", asOf: "2025-12-14" },
      source: "title",
    });
    // Dates from 02/12/2024 to 12/12/2025: they start before 1 January and end by 14/12 → 15/12/2024 – 14/12/2025.
    expect(proposePeriod({ range: { first: "2024-12-02", last: "2025-12-12" }, year: 2025, today: "2025-12-13" }).period).toEqual({
      from: "2024-12-15",
      to: "2025-12-14",
      asOf: "2025-12-13", // the period's end has not come: today
    });
    // Dates inside the calendar year → 01/01 – 31/12.
    expect(proposePeriod({ range: { first: "2025-01-03", last: "2025-12-20" }, year: 2025, today: "2026-02-01" })).toEqual({
      period: { from: "2025-01-01", to: "2025-12-31", asOf: "2025-12-31" },
      source: "dates",
    });
  });

  it("refuses an as-of date after today and one outside the period", () => {
    const [future] = periodFindings({ from: "2024-12-15", to: "2025-12-14", asOf: "2025-12-31" }, "2025-12-15");
    expect(future.code).toBe("as_of_future");
    expect(renderFinding(future)).toContain("ngày chốt số liệu 31/12/2025 chưa đến (hôm nay là 15/12/2025)");
    expect(periodFindings({ from: "2024-12-15", to: "2025-12-14", asOf: "2024-12-01" }, "2025-12-15").map((f) => f.code)).toEqual(["as_of_outside_period"]);
    expect(periodFindings({ from: "2024-12-15", to: "2025-12-14", asOf: "2025-12-14" }, "2025-12-15")).toEqual([]);
  });
});

describe("counting an export for its period (one job for the pane and the CLI)", () => {
  it("proposes the title's period, leaves out and names the rows received outside it", () => {
    const result = countForPeriod(count, { year: 2025, today: "2025-12-10" });
    if (!result.ok) throw new Error(result.fatal.map((f) => f.code).join());
    // The period's end (14/12/2025) has not come on 10/12/2025: as of today.
    expect(result.period).toEqual({ from: "2024-12-15", to: "2025-12-14", asOf: "2025-12-10" });
    expect(result.source).toBe("title");
    // Rows 7–9 counted: 1 early, 1 on time, 1 pending overdue (due 05/12, not done by 10/12).
    expect(result.imported.total.received).toBe(3);
    expect(result.imported.outside).toEqual({ before: 2, after: 1 });
    const said = result.imported.findings.map((f) => renderFinding(f));
    expect(said).toEqual(
      expect.arrayContaining([
        expect.stringContaining("2 hồ sơ tiếp nhận trước ngày 15/12/2024 không tính vào kỳ báo cáo (hồ sơ đầu tiên ở ô C5)"),
        expect.stringContaining("1 hồ sơ tiếp nhận sau ngày 14/12/2025 không tính vào kỳ báo cáo (hồ sơ đầu tiên ở ô C10)"),
      ]),
    );
  });

  it("counts the period given (the user's confirmed one) and refuses a future as-of date before counting", () => {
    const given = countForPeriod(count, { given: { from: "2025-01-01", to: "2025-12-31", asOf: "2025-12-10" }, year: 2025, today: "2025-12-10" });
    if (!given.ok) throw new Error(given.fatal.map((f) => f.code).join());
    expect(given.source).toBe("given");
    // Received 01/01–31/12/2025 and by the as-of date: rows 8 and 9 (row 10 was received after 10/12/2025).
    expect(given.imported.total.received).toBe(2);
    const refused = countForPeriod(
      () => {
        throw new Error("counted although the as-of date is refused");
      },
      { given: { asOf: "2025-12-31" }, year: 2025, today: "2025-12-15" },
    );
    expect(refused.ok ? "counted" : refused.fatal.map((f) => f.code)).toEqual(["as_of_future"]);
  });

  it("reads an export once when its first look already is the count: every reception date inside the period, at the same as-of date", async () => {
    // Rows 7–9 only: all received inside the title's period, so the period leaves nothing out.
    const inside = makeGrid("DS", [...rows.slice(0, 4), ...rows.slice(6, 9)]);
    const calls: { asOf: string; period?: object }[] = [];
    const counting = (at: { asOf: string; period?: { from: string; to: string } }) => {
      calls.push(at);
      return importDossiers(inside, at);
    };
    const once = countForPeriod(counting, { given: { asOf: "2025-12-10" }, year: 2025, today: "2025-12-10" });
    if (!once.ok) throw new Error(once.fatal.map((f) => f.code).join());
    expect(calls).toEqual([{ asOf: "2025-12-10" }]);
    expect(once.imported.total.received).toBe(3);
    expect(once.imported).toEqual(importDossiers(inside, { asOf: "2025-12-10", period: once.period })); // what the second count would give
    // The same through the streaming job (the CLI's large files).
    calls.length = 0;
    const streamed = await countForPeriodAsync(async (at) => counting(at), { given: { asOf: "2025-12-10" }, year: 2025, today: "2025-12-10" });
    expect(streamed?.ok && streamed.imported.total.received).toBe(3);
    expect(calls).toHaveLength(1);
    // Rows outside the period (the whole export): counted again for the period.
    calls.length = 0;
    countForPeriod((at) => (calls.push(at), count(at)), { given: { asOf: "2025-12-10" }, year: 2025, today: "2025-12-10" });
    expect(calls.map((c) => Boolean(c.period))).toEqual([false, true]);
  });
});
