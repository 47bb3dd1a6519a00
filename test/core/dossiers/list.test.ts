import { makeGrid } from "../../../src/core/grid/grid";
import { importDossiers, dossierReportJson } from "../../../src/core/dossiers";
import { renderFinding } from "../../../src/core/messages/render";

const header = ["STT", "Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hạn giải quyết", "Ngày hoàn thành", "Trạng thái"];
// Rows 2–18 of sheet "Hồ sơ"; comments give the expected class at as-of 31/10/2024.
const data = [
  ["Dược", "2024-01-05", "2024-01-20", "2024-01-18", "Đã trả kết quả"], // 2 early
  ["Dược", "05/02/2024", "20/02/2024", "20/02/2024", "Đã trả kết quả"], // 3 on time (result on the due date)
  ["Dược", "2024-03-01", "2024-03-10", "2024-03-12", "Đã trả kết quả"], // 4 late
  ["Dược", "2024-10-01", "2024-10-31", "", "Đang xử lý"], // 5 pending in time (due = as-of)
  ["Dược", "2024-10-01", "2024-10-30", "", "Đang xử lý"], // 6 pending overdue
  ["Mỹ phẩm", "2024-11-02", "2024-11-20", "", "Đang xử lý"], // 7 received after as-of: excluded
  ["Mỹ phẩm", "2024-06-01", "2024-06-15", "", "Yêu cầu bổ sung"], // 8 supplement
  ["Mỹ phẩm", "2024-06-01", "2024-06-15", "", "Công dân rút hồ sơ"], // 9 withdrawn
  ["Mỹ phẩm", "2024-10-20", "2024-11-05", "2024-11-03", "Đã trả kết quả"], // 10 result after as-of: pending in time
  ["Mỹ phẩm", "", "2024-06-15", "", "Đang xử lý"], // 11 no reception date: error, excluded
  ["Mỹ phẩm", "2024-05-10", "2024-05-20", "2024-05-09", "Đã trả kết quả"], // 12 result before reception: error, still early
  ["Mỹ phẩm", "2024-07-01", "2024-07-10", "", "Lưu trữ"], // 13 unknown status, no result: pending overdue
  ["Y tế", "2024-08-01", "", "2024-08-05", "Đã trả kết quả"], // 14 no due date: error, excluded
  ["Y tế", "2024-08-01", "2024-08-10", "", "Đã trả kết quả"], // 15 no result date: error, excluded
  ["Y tế", "2024-08-01", "2024-08-10", "10/08/2024 16:30", "Từ chối"], // 16 refused on the due date: on time
  ["Y tế", "31/02/2024", "2024-03-10", "", "Đang xử lý"], // 17 impossible date: error, excluded
  ["Y tế", "08:30 05/03/2024", "15-03-2024", "14/3/2024", ""], // 18 no status, has result: early
];
const grid = makeGrid("Hồ sơ", [header, ...data.map((d, i) => [String(i + 1), `H${i + 1}`, ...d])]);

describe("importDossiers on a dossier list", () => {
  const result = importDossiers(grid, { asOf: "2024-10-31" });

  it("detects the list", () => {
    expect(result.input).toBe("list");
    expect(result.asOf).toBe("2024-10-31");
  });

  it("counts per field", () => {
    expect(result.byField.map((f) => f.field)).toEqual(["Dược", "Mỹ phẩm", "Y tế"]);
    const [duoc, myPham, yTe] = result.byField;
    expect(duoc).toMatchObject({
      received: 5,
      early: 1,
      onTime: 1,
      late: 1,
      supplement: 0,
      withdrawn: 0,
      pendingInTime: 1,
      pendingOverdue: 1,
      resolved: 3,
      pending: 2,
      handledBeforeDeadline: 2,
    });
    expect(duoc.onTimeRate).toBeCloseTo(2 / 3, 12);
    expect(duoc.goodRateC).toBeCloseTo(3 / 5, 12);
    expect(myPham).toMatchObject({
      received: 5,
      early: 1,
      onTime: 0,
      late: 0,
      supplement: 1,
      withdrawn: 1,
      pendingInTime: 1,
      pendingOverdue: 1,
      resolved: 1,
      handledBeforeDeadline: 2,
      onTimeRate: 1,
    });
    expect(myPham.goodRateC).toBeCloseTo(4 / 5, 12);
    expect(yTe).toMatchObject({ received: 2, early: 1, onTime: 1, late: 0, resolved: 2, onTimeRate: 1, goodRateC: 1 });
  });

  it("adds up the total", () => {
    expect(result.total).toMatchObject({
      field: "Tổng cộng",
      received: 12,
      early: 3,
      onTime: 2,
      late: 1,
      supplement: 1,
      withdrawn: 1,
      pendingInTime: 2,
      pendingOverdue: 2,
      resolved: 6,
      pending: 4,
      handledBeforeDeadline: 6,
    });
    expect(result.total.onTimeRate).toBeCloseTo(5 / 6, 12);
    expect(result.total.goodRateC).toBeCloseTo(9 / 12, 12);
  });

  it("names every problem with its cell", () => {
    expect(result.findings.map((f) => `${f.severity} ${renderFinding(f)}`)).toEqual([
      "error Hồ sơ!D11: hồ sơ chưa có ngày tiếp nhận; dòng này không được tính",
      'error Hồ sơ!F12: ngày trả kết quả "09/05/2024" sớm hơn ngày tiếp nhận "10/05/2024"',
      'error Hồ sơ!E14: hồ sơ ở trạng thái "Đã trả kết quả" chưa có ngày hẹn trả nên không xác định được trước hạn, đúng hạn hay quá hạn; dòng này không được tính',
      'error Hồ sơ!F15: hồ sơ ở trạng thái "Đã trả kết quả" chưa có ngày trả kết quả; dòng này không được tính',
      'error Hồ sơ!D17: không hiểu ngày "31/02/2024"',
      'info Hồ sơ!D7: đã bỏ qua 1 hồ sơ tiếp nhận sau ngày chốt số liệu "31/10/2024" (hồ sơ đầu tiên ở ô D7)',
      'info Hồ sơ!F10: có 1 hồ sơ có kết quả sau ngày chốt số liệu "31/10/2024" được tính là đang giải quyết tại ngày chốt (hồ sơ đầu tiên ở ô F10)',
      'warning Hồ sơ!G13: không nhận ra trạng thái "Lưu trữ" (1 hồ sơ); đã xếp loại theo ngày trả kết quả: có ngày là đã giải quyết, chưa có là đang giải quyết',
    ]);
  });

  it("uses real sheet coordinates when the grid does not start at A1", () => {
    const shifted = makeGrid("Hồ sơ", [header, ["1", "H1", "Dược", "31/02/2024", "2024-03-10", "", "Đang xử lý"]], { firstRowNumber: 5, firstColumnNumber: 2 });
    const f = importDossiers(shifted, { asOf: "2024-10-31" }).findings;
    expect(f.map(renderFinding)).toContain('Hồ sơ!E6: không hiểu ngày "31/02/2024"');
  });

  it("counts the same list again at the year end", () => {
    const year = importDossiers(grid, { asOf: "2024-12-31" }).total;
    // Row 7 now counts (due 20/11 < 31/12: overdue); row 10 is finished early; row 5 is overdue now.
    expect(year).toMatchObject({ received: 13, early: 4, onTime: 2, late: 1, supplement: 1, withdrawn: 1, pendingInTime: 0, pendingOverdue: 4 });
  });

  it("works without a status column", () => {
    const noStatus = makeGrid("L", [
      ["Lĩnh vực", "Ngày nhận", "Ngày hẹn trả", "Ngày trả"],
      ["A", "01/03/2024", "10/03/2024", "09/03/2024"],
      ["A", "01/03/2024", "10/03/2024", ""],
    ]);
    const r = importDossiers(noStatus, { asOf: "2024-03-10" });
    expect(r.total).toMatchObject({ received: 2, early: 1, pendingInTime: 1 });
    expect(r.findings.map((f) => f.code)).toEqual(["dossier_status_column_missing"]);
  });

  it("produces the CLI's JSON", () => {
    const json = dossierReportJson(result);
    expect(json.asOf).toBe("2024-10-31");
    expect(json.total).toEqual({
      field: "Tổng cộng",
      received: 12,
      early: 3,
      onTime: 2,
      late: 1,
      supplement: 1,
      withdrawn: 1,
      pendingInTime: 2,
      pendingOverdue: 2,
      pending: 4,
      resolved: 6,
      handledBeforeDeadline: 6,
      onTimeRate: 0.8333,
      goodRateC: 0.75,
      earlyOnTimeCombined: false,
      // B = 5 / 12; D = 5 / (6 resolved + 2 pending overdue)
      rates: { A: 0.8333, B: 0.4167, C: 0.75, D: 0.625 },
      sourceRate: { printed: null, text: null, cell: null, variant: null, matches: [] },
      // A list gives every quantity: nothing stopped, nothing outside received, no parts, nothing missing.
      stopped: 0,
      waiting: null,
      notAccepted: null,
      acceptedLate: null,
      approximate: false,
      missing: [],
      breakdown: [],
      subsets: [],
    });
    expect(json.byField).toHaveLength(3);
    expect(json.findings[4]).toEqual({
      severity: "error",
      code: "dossier_date_unreadable",
      message: 'không hiểu ngày "31/02/2024"',
      sheet: "Hồ sơ",
      cell: "D17",
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("reports a bad as-of date or a grid without dossiers instead of throwing", () => {
    expect(importDossiers(grid, { asOf: "31/10/2024" }).findings.map((f) => f.code)).toEqual(["dossier_as_of_invalid"]);
    const none = importDossiers(makeGrid("Trống", [["Nội dung"], ["abc"]]), { asOf: "2024-10-31" });
    expect(none.input).toBeNull();
    expect(none.total.received).toBe(0);
    expect(none.findings.map(renderFinding)[0]).toMatch(/^Trống: không tìm thấy số liệu hồ sơ/);
  });
});
