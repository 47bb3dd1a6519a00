import { makeGrid } from "../../../src/core/grid/grid";
import { importDossiers, detectDossierInput, rateFormulaText } from "../../../src/core/dossiers";
import { renderFinding } from "../../../src/core/messages/render";

const asOf = "2024-10-31";
const lines = (r: ReturnType<typeof importDossiers>) => r.findings.map((f) => `${f.severity} ${renderFinding(f)}`);

describe("a seed-001 style aggregate (391 received, 333 early or on time, 10 supplement, 48 pending in time)", () => {
  const grid = makeGrid("Số liệu", [
    ["Lĩnh vực", "Tiếp nhận", "Trả kết quả trước và đúng hạn", "Yêu cầu bổ sung", "Đang xử lý trong hạn"],
    ["Khám bệnh, chữa bệnh", "150", "128", "4", "18"],
    ["Dược phẩm", "141", "120", "3", "18"],
    ["Mỹ phẩm", "100", "85", "3", "12"],
    ["Tổng cộng", "391", "333", "10", "48"],
  ]);
  const result = importDossiers(grid, { asOf });

  it("states 343 handled before the deadline = 333 + 10", () => {
    expect(result.input).toBe("aggregate");
    expect(result.total).toMatchObject({ received: 391, supplement: 10, pendingInTime: 48, pendingOverdue: 0, late: 0, handledBeforeDeadline: 343 });
    expect(result.total.early + result.total.onTime).toBe(333);
    expect(result.total.onTimeRate).toBe(1);
    expect(result.total.goodRateC).toBe(1);
    expect(result.byField.map((f) => [f.field, f.handledBeforeDeadline])).toEqual([
      ["Khám bệnh, chữa bệnh", 132],
      ["Dược phẩm", 123],
      ["Mỹ phẩm", 88],
    ]);
  });

  it("says only that the combined column was counted as on time", () => {
    expect(lines(result)).toEqual([
      'info Số liệu!C1: cột "Trả kết quả trước và đúng hạn" gộp trước hạn và đúng hạn; số liệu được tính vào đúng hạn (tỷ lệ đúng hạn không đổi)',
    ]);
  });
});

describe("a simple aggregate table with every part", () => {
  const grid = makeGrid(
    "Tổng hợp",
    [
      ["KẾT QUẢ GIẢI QUYẾT HỒ SƠ NĂM 2024"],
      [],
      ["Lĩnh vực", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Quá hạn", "Bổ sung", "Rút", "Đang giải quyết trong hạn", "quá hạn"],
      ["Dược", "20", "10", "4", "1", "2", "1", "1", "1"],
      ["Mỹ phẩm", "15", "6", "3", "0", "1", "", "3", "1"],
      ["Tổng cộng", "36", "16", "7", "1", "3", "1", "4", "2"],
      [],
      ["Ghi chú: số liệu từ phần mềm một cửa"],
    ],
    { merges: [{ top: 0, left: 0, bottom: 0, right: 8 }] },
  );
  const result = importDossiers(grid, { asOf });

  it("sums the field rows", () => {
    expect(result.byField.map((f) => f.field)).toEqual(["Dược", "Mỹ phẩm"]);
    expect(result.total).toMatchObject({
      received: 35,
      early: 16,
      onTime: 7,
      late: 1,
      supplement: 3,
      withdrawn: 1,
      pendingInTime: 4,
      pendingOverdue: 2,
      resolved: 24,
    });
    expect(result.total.onTimeRate).toBeCloseTo(23 / 24, 12);
    expect(result.total.goodRateC).toBeCloseTo(31 / 35, 12);
  });

  it("reports parts that do not add up and a stated total that differs from the sum", () => {
    expect(lines(result)).toEqual([
      'error Tổng hợp!B5: dòng "Mỹ phẩm": số tiếp nhận không bằng tổng các phần (tiếp nhận = trước hạn + đúng hạn + quá hạn + bổ sung + rút + đang giải quyết trong hạn + đang giải quyết quá hạn): B5 là 15 nhưng C5 + D5 + E5 + F5 + G5 + H5 + I5 là 14',
      'error Tổng hợp!B6: dòng "Tổng cộng": số tiếp nhận không bằng tổng các phần (tiếp nhận = trước hạn + đúng hạn + quá hạn + bổ sung + rút + đang giải quyết trong hạn + đang giải quyết quá hạn): B6 là 36 nhưng C6 + D6 + E6 + F6 + G6 + H6 + I6 là 34',
      'error Tổng hợp!B6: dòng tổng "Tổng cộng", cột "Tiếp nhận": ô B6 ghi "36" nhưng cộng các dòng B4 + B5 được 35',
    ]);
  });

  it("reports a count it cannot read", () => {
    const bad = makeGrid("T", [
      ["Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Quá hạn"],
      ["A", "1.250", "12,5", "3"],
    ]);
    const r = importDossiers(bad, { asOf });
    expect(r.total).toMatchObject({ received: 1250, onTime: 0, late: 3 });
    expect(lines(r)).toContain('error T!C2: không hiểu số hồ sơ "12,5"; ô này được tính là 0');
  });

  it("treats I, II… rows as subtotals when numbered rows exist, and a resolved total alone leaves the rate unknown", () => {
    const g = makeGrid("T", [
      ["TT", "Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Đang giải quyết"],
      ["I", "Cấp tỉnh", "30", "25", "5"],
      ["1", "Dược", "10", "8", "2"],
      ["2", "Mỹ phẩm", "20", "17", "3"],
    ]);
    const r = importDossiers(g, { asOf });
    expect(r.byField.map((f) => f.field)).toEqual(["Dược", "Mỹ phẩm"]);
    expect(r.total).toMatchObject({ received: 30, resolved: 25, pending: 5, onTimeRate: null, goodRateC: null });
    expect(lines(r)).toEqual([
      "info T: bảng không có số đã giải quyết tách trước hạn, đúng hạn, quá hạn; số đang giải quyết tách trong hạn, quá hạn; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống",
    ]);
  });
});

describe("a Biểu II.06a block", () => {
  const n = (...xs: number[]) => xs.map(String);
  const rows = [
    ["TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI SỞ Y TẾ"],
    ["Kỳ báo cáo: Năm 2024 (Từ ngày 01/01/2024 đến ngày 31/12/2024)"],
    ["Đơn vị tính: Số hồ sơ TTHC"],
    ["STT", "Lĩnh vực, công việc giải quyết theo cấp", "Tiếp nhận", "", "", "", "Đã giải quyết", "", "", "", "Đang giải quyết", "", ""],
    [
      "",
      "",
      "Tổng số",
      "Trực tuyến",
      "Trực tiếp, dịch vụ bưu chính",
      "Từ kỳ trước",
      "Tổng số",
      "Trước hạn",
      "Đúng hạn",
      "Quá hạn",
      "Tổng số",
      "Trong hạn",
      "Quá hạn",
    ],
    Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
    ["", "Tổng số", ...n(250, 120, 105, 20, 211, 160, 38, 12, 40, 37, 3)],
    ["1", "Dược phẩm", ...n(120, 60, 50, 10, 100, 80, 15, 5, 20, 18, 2)],
    ["2", "Mỹ phẩm", ...n(80, 40, 30, 5, 70, 50, 15, 5, 10, 9, 1)], // (3) 80 ≠ 40 + 30 + 5
    ["3", "Y tế dự phòng", ...n(50, 20, 25, 5, 41, 30, 8, 2, 10, 10, 0)], // (7) 41 ≠ 30 + 8 + 2, so (3) ≠ (7) + (11)
  ];
  const grid = makeGrid("II.06a", rows, {
    merges: [
      { top: 0, left: 0, bottom: 0, right: 12 },
      { top: 3, left: 0, bottom: 4, right: 0 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 3, right: 5 },
      { top: 3, left: 6, bottom: 3, right: 9 },
      { top: 3, left: 10, bottom: 3, right: 12 },
    ],
  });
  const result = importDossiers(grid, { asOf: "2024-12-31" });

  it("maps the numbered columns", () => {
    expect(detectDossierInput(grid)).toBe("form06a");
    expect(result.byField.map((f) => f.field)).toEqual(["Dược phẩm", "Mỹ phẩm", "Y tế dự phòng"]);
    expect(result.byField[0]).toMatchObject({
      received: 120,
      resolved: 100,
      early: 80,
      onTime: 15,
      late: 5,
      pending: 20,
      pendingInTime: 18,
      pendingOverdue: 2,
      onTimeRate: 0.95,
    });
    expect(result.total).toMatchObject({
      received: 250,
      resolved: 211,
      early: 160,
      onTime: 38,
      late: 12,
      pending: 40,
      pendingInTime: 37,
      pendingOverdue: 3,
      supplement: 0,
      withdrawn: 0,
    });
    expect(result.total.onTimeRate).toBeCloseTo(198 / 211, 12);
    expect(result.total.goodRateC).toBeCloseTo(235 / 250, 12);
  });

  it("names each failing identity with its cells", () => {
    expect(lines(result)).toEqual([
      'error II.06a!C7: dòng "Tổng số": (3) = (4) + (5) + (6) không khớp: C7 là 250 nhưng D7 + E7 + F7 là 245',
      'error II.06a!G7: dòng "Tổng số": (7) = (8) + (9) + (10) không khớp: G7 là 211 nhưng H7 + I7 + J7 là 210',
      'warning II.06a!C7: dòng "Tổng số": số tiếp nhận không bằng tổng các phần ((3) = (7) + (11)): C7 là 250 nhưng G7 + K7 là 251',
      'error II.06a!C9: dòng "Mỹ phẩm": (3) = (4) + (5) + (6) không khớp: C9 là 80 nhưng D9 + E9 + F9 là 75',
      'error II.06a!G10: dòng "Y tế dự phòng": (7) = (8) + (9) + (10) không khớp: G10 là 41 nhưng H10 + I10 + J10 là 40',
      'warning II.06a!C10: dòng "Y tế dự phòng": số tiếp nhận không bằng tổng các phần ((3) = (7) + (11)): C10 là 50 nhưng G10 + K10 là 51',
    ]);
  });

  it("finds a stated total that differs from the field rows", () => {
    const changed = rows.map((r, i) => (i === 6 ? ["", "Tổng số", ...n(250, 120, 105, 25, 211, 160, 38, 12, 40, 37, 3)] : r));
    const r = importDossiers(makeGrid("II.06a", changed), { asOf: "2024-12-31" });
    expect(lines(r)).toContain('error II.06a!F7: dòng tổng "Tổng số", cột "(6)": ô F7 ghi "25" nhưng cộng các dòng F8:F10 được 20');
  });
});

describe("rateFormulaText", () => {
  it("labels both variants; C counts a stopped dossier (dừng xử lý) as an end state, like a withdrawal", () => {
    expect(rateFormulaText("A")).toBe("(trước hạn + đúng hạn) / đã giải quyết");
    expect(rateFormulaText("C")).toBe("(trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + dừng xử lý + đang giải quyết trong hạn) / tiếp nhận");
  });
});

describe("the add-in's own dossier sheet read back (counts, formula results, rates, notes)", () => {
  const grid = makeGrid("Hồ sơ TTHC", [
    [
      "TT",
      "Lĩnh vực",
      "Tiếp nhận",
      "Trước hạn",
      "Đúng hạn",
      "Quá hạn",
      "Yêu cầu bổ sung",
      "Rút hồ sơ",
      "Đang giải quyết trong hạn",
      "Đang giải quyết quá hạn",
      "Đã giải quyết",
      "Tỷ lệ đúng hạn (A)",
      "Tỷ lệ QĐ 766 (C)",
      "Kiểm tra",
    ],
    ["1", "Dược phẩm", "70", "50", "10", "2", "3", "1", "3", "1", "62", "0.967741935483871", "0.9428571428571428", ""],
    ["2", "Mỹ phẩm", "68", "40", "20", "0", "2", "0", "6", "0", "60", "1", "1", ""],
    ["", "Tổng cộng", "138", "90", "30", "2", "5", "1", "9", "1", "122", "0.9836065573770492", "0.9710144927536232", ""],
    [],
    ["", "Tỷ lệ đúng hạn (A) = (trước hạn + đúng hạn) / đã giải quyết; đã giải quyết = trước hạn + đúng hạn + quá hạn."],
  ]);

  it("reads every count column and finds nothing wrong", () => {
    const r = importDossiers(grid, { asOf });
    expect(r.input).toBe("aggregate");
    expect(r.findings).toEqual([]);
    expect(r.byField.map((f) => f.field)).toEqual(["Dược phẩm", "Mỹ phẩm"]);
    expect(r.total).toMatchObject({
      received: 138,
      early: 90,
      onTime: 30,
      late: 2,
      supplement: 5,
      withdrawn: 1,
      pendingInTime: 9,
      pendingOverdue: 1,
      resolved: 122,
      handledBeforeDeadline: 125,
    });
    expect(r.total.onTimeRate).toBeCloseTo(120 / 122, 12);
    expect(r.total.goodRateC).toBeCloseTo(135 / 138, 12);
  });
});

describe("the tracking workbook's empty 'Hồ sơ TTHC' sheet, read with its formulas' cached zeros (as Excel and the file reader give them)", () => {
  const header = [
    "TT",
    "Lĩnh vực",
    "Tiếp nhận",
    "Trước hạn",
    "Đúng hạn",
    "Quá hạn",
    "Yêu cầu bổ sung",
    "Rút hồ sơ",
    "Đang giải quyết trong hạn",
    "Đang giải quyết quá hạn",
    "Đã giải quyết",
  ];
  const empty = ["", "", "", "", "", "", "", "", "", "", "0"];
  const total = ["", "Tổng cộng", "0", "0", "0", "0", "0", "0", "0", "0", "0"];

  it("has no figures: an error, no field named after an empty line", () => {
    const result = importDossiers(makeGrid("Hồ sơ TTHC", [header, empty, total]), { asOf });
    expect(result.byField).toEqual([]);
    expect(result.total.received).toBe(0);
    expect(result.findings.map((f) => [f.severity, f.code])).toEqual([["error", "dossier_no_rows"]]);
  });

  it("counts a filled line as before, the unlabelled empty line beside it left out", () => {
    const filled = ["1", "Dược", "10", "4", "5", "1", "", "", "", "", "10"];
    const result = importDossiers(makeGrid("Hồ sơ TTHC", [header, filled, empty, ["", "Tổng cộng", "10", "4", "5", "1", "0", "0", "0", "0", "10"]]), { asOf });
    expect(result.byField.map((f) => [f.field, f.received])).toEqual([["Dược", 10]]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
