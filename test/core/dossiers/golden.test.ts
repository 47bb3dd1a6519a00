/**
 * Golden dossier-statistics tables in the shapes agencies publish (docs/dossiers.md#form-ii06a, #rate-variants-and-their-sources),
 * typed by hand from those patterns. Every expected count and rate below was worked out by hand
 * from the table (the arithmetic is in the comments), not taken from the program's output.
 */
import { makeGrid } from "../../../src/core/grid/grid";
import { importDossiers, dossierReportJson, readRate, matchingVariants, detectDossierInput, withContextRate } from "../../../src/core/dossiers";
import { aggregateColumnKind } from "../../../src/core/dossiers/aggregateColumns";
import { isTotalLabel } from "../../../src/core/dossiers/text";
import { renderFinding } from "../../../src/core/messages/render";
import { dossierSheetGaps } from "../../../src/core/workbook/dossierSheet";

const asOf = "2024-12-31";
const lines = (r: ReturnType<typeof importDossiers>) => r.findings.map((f) => `${f.severity} ${renderFinding(f)}`);

describe("an aggregate by level (cấp tỉnh / huyện / xã) with a 'Toàn tỉnh' total row, Vietnamese numbers and printed rates", () => {
  const rows = [
    ["KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH 9 THÁNG NĂM 2024"],
    [],
    ["TT", "Cấp", "Tổng số hồ sơ tiếp nhận", "Đã giải quyết", "Trước hạn và đúng hạn", "Quá hạn", "Đang giải quyết", "Tỷ lệ giải quyết đúng hạn (%)"],
    ["1", "Cấp tỉnh", "54.575", "52.010", "51.300", "710", "2.565", "98,63%"],
    ["2", "Cấp huyện", "21.340", "20.900", "20.650", "250", "440", "98,80%"],
    ["3", "Cấp xã", "102.118", "101.500", "101.480", "20", "618", "99,98%"],
    ["", "Toàn tỉnh", "178.033", "174.410", "173.430", "980", "3.623", "99,44%"],
  ];
  const result = importDossiers(makeGrid("Cấp", rows), { asOf });

  it("has three groups, not four: the total row is checked, not counted", () => {
    expect(result.input).toBe("aggregate");
    expect(result.byField.map((f) => f.field)).toEqual(["Cấp tỉnh", "Cấp huyện", "Cấp xã"]);
    // 54 575 + 21 340 + 102 118 = 178 033; 51 300 + 20 650 + 101 480 = 173 430; 710 + 250 + 20 = 980
    expect(result.total).toMatchObject({ received: 178033, resolved: 174410, early: 0, onTime: 173430, late: 980, pending: 3623, earlyOnTimeCombined: true });
  });

  it("puts the combined column in onTime and says so once; says only that the pending split is missing", () => {
    expect(lines(result)).toEqual([
      'info Cấp!E3: cột "Trước hạn và đúng hạn" gộp trước hạn và đúng hạn; số liệu được tính vào đúng hạn (tỷ lệ đúng hạn không đổi)',
      "info Cấp: bảng không có số đang giải quyết tách trong hạn, quá hạn; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống",
    ]);
  });

  it("finds that the printed rates are variant A (B, C, D differ or are unknown without the pending split)", () => {
    // A: 51 300 / 52 010 = 98,634 %; 20 650 / 20 900 = 98,804 %; 101 480 / 101 500 = 99,980 %; total 173 430 / 174 410 = 99,438 %
    expect(result.byField.map((f) => [f.sourceRate?.text, f.sourceRate?.variant])).toEqual([
      ["98,63%", "A"],
      ["98,80%", "A"],
      ["99,98%", "A"],
    ]);
    expect(result.total.sourceRate).toMatchObject({ printed: 0.9944, text: "99,44%", cell: "H7", variant: "A", matches: ["A"] });
    expect(result.total.rates.A).toBeCloseTo(173430 / 174410, 12);
    expect(result.total.rates.B).toBeCloseTo(173430 / 178033, 12);
    expect(result.total.rates.C).toBeNull();
    expect(result.total.rates.D).toBeNull();
  });

  it("warns, when the dossier sheet is written, that its 3.623 pending dossiers have no in-time/overdue split", () => {
    expect(dossierSheetGaps(result.total).map((f) => `${f.severity} ${renderFinding(f)}`)).toEqual([
      "warning Hồ sơ TTHC: số liệu gốc có 3623 hồ sơ đang giải quyết không tách trong hạn, quá hạn; trang này chỉ ghi số đã tách: hãy nhập phần tách vào hai cột “Đang giải quyết trong hạn”, “Đang giải quyết quá hạn” trước khi tạo báo cáo (tỷ lệ C và D cần số này)",
    ]);
  });

  it("names both cells when the total row disagrees with the rows", () => {
    const changed = rows.map((r, i) => (i === 6 ? ["", "Toàn tỉnh", "178.030", "174.410", "173.430", "980", "3.623", "99,44%"] : r));
    expect(lines(importDossiers(makeGrid("Cấp", changed), { asOf }))).toEqual([
      // 174 410 + 3 623 = 178 033 ≠ 178 030
      'warning Cấp!C7: dòng "Toàn tỉnh": số tiếp nhận không bằng tổng các phần (tiếp nhận = đã giải quyết + đang giải quyết): C7 là 178030 nhưng D7 + G7 là 178033',
      'error Cấp!C7: dòng tổng "Toàn tỉnh", cột "Tổng số hồ sơ tiếp nhận": ô C7 ghi "178030" nhưng cộng các dòng C4:C6 được 178033',
      'info Cấp!E3: cột "Trước hạn và đúng hạn" gộp trước hạn và đúng hạn; số liệu được tính vào đúng hạn (tỷ lệ đúng hạn không đổi)',
      "info Cấp: bảng không có số đang giải quyết tách trong hạn, quá hạn; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống",
    ]);
  });
});

describe("total labels", () => {
  it.each(["Tổng cộng", "Cộng", "Tổng số", "Toàn tỉnh", "Toàn huyện", "Tổng", "TỔNG CỘNG", "Cộng:", "Toàn thành phố"])("%s is a total", (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });
  it.each(["Tổng cục Thuế", "Cấp tỉnh", "Công thương", "Toàn văn", "Cộng đồng dân cư"])("%s is not a total", (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });
});

describe("sections with 'Cộng' subtotals and a 'Tổng cộng' row", () => {
  const grid = makeGrid("Mục", [
    ["TT", "Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Quá hạn"],
    ["I", "Cấp tỉnh", "", "", ""],
    ["1", "Đất đai", "10", "9", "1"],
    ["2", "Xây dựng", "20", "20", "0"],
    ["", "Cộng", "30", "29", "1"],
    ["II", "Cấp huyện", "", "", ""],
    ["1", "Hộ tịch", "5", "5", "0"],
    ["", "Cộng", "5", "5", "0"],
    ["", "Tổng cộng", "35", "34", "1"],
  ]);
  const result = importDossiers(grid, { asOf });

  it("counts each field once and accepts each subtotal against its own section", () => {
    expect(result.byField.map((f) => f.field)).toEqual(["Đất đai", "Xây dựng", "Hộ tịch"]);
    expect(result.total).toMatchObject({ received: 35, onTime: 34, late: 1 });
    // The table has no "Đang giải quyết" column: read for what it has, and said.
    expect(result.findings.map((f) => [f.code, f.params])).toEqual([["dossier_quantities_missing", { missing: "số hồ sơ đang giải quyết" }]]);
  });
});

describe("by unit, received in parts (kỳ trước chuyển sang + mới tiếp nhận trực tuyến / trực tiếp / bưu chính)", () => {
  const header = [
    ["STT", "Đơn vị", "Số hồ sơ tiếp nhận", "", "", "", "", "Kết quả giải quyết", "", "", "Đang giải quyết", ""],
    [
      "",
      "",
      "Tổng số",
      "Kỳ trước chuyển sang",
      "Mới tiếp nhận trực tuyến",
      "Mới tiếp nhận trực tiếp",
      "Qua bưu chính",
      "Trước hạn",
      "Đúng hạn",
      "Quá hạn",
      "Trong hạn",
      "Quá hạn",
    ],
  ];
  const data = [
    // 10 + 80 + 25 + 5 = 120 = (70 + 30 + 5) + (12 + 3)
    ["1", "Bộ phận một cửa Sở", "120", "10", "80", "25", "5", "70", "30", "5", "12", "3"],
    // 4 + 40 + 18 + 2 = 64 = (30 + 20 + 4) + (8 + 2)
    ["2", "Bộ phận một cửa cấp huyện, cấp xã", "64", "4", "40", "18", "2", "30", "20", "4", "8", "2"],
    ["", "Tổng cộng", "184", "14", "120", "43", "7", "100", "50", "9", "20", "5"],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 6 },
    { top: 0, left: 7, bottom: 0, right: 9 },
    { top: 0, left: 10, bottom: 0, right: 11 },
  ];

  it("uses the stated total, finds the parts consistent, and gives all four rates", () => {
    const result = importDossiers(makeGrid("Đơn vị", [...header, ...data], { merges }), { asOf });
    expect(result.byField.map((f) => f.field)).toEqual(["Bộ phận một cửa Sở", "Bộ phận một cửa cấp huyện, cấp xã"]);
    expect(result.total).toMatchObject({ received: 184, early: 100, onTime: 50, late: 9, pendingInTime: 20, pendingOverdue: 5 });
    expect(result.findings).toEqual([]);
    // A = 150 / 159; B = 150 / 184; C = (150 + 20) / 184; D = 150 / (159 + 5)
    const json = dossierReportJson(result);
    expect(json.total.rates).toEqual({ A: 0.9434, B: 0.8152, C: 0.9239, D: 0.9146 });
    expect(json.total.onTimeRate).toBe(json.total.rates.A);
    expect(json.total.goodRateC).toBe(json.total.rates.C);
  });

  it("reads the same from an .xlsx read as a stream (no merged cells)", () => {
    const result = importDossiers(makeGrid("Đơn vị", [...header, ...data]), { asOf });
    expect(result.total).toMatchObject({ received: 184, early: 100, onTime: 50, late: 9, pendingInTime: 20, pendingOverdue: 5 });
    expect(result.findings).toEqual([]);
  });

  it("reports a total that disagrees with its parts, naming the cells", () => {
    const bad = data.map((r, i) => (i === 1 ? ["2", "Bộ phận một cửa cấp huyện, cấp xã", "65", ...r.slice(3)] : r));
    const fixedTotal = bad.map((r, i) => (i === 2 ? ["", "Tổng cộng", "185", ...r.slice(3)] : r));
    const result = importDossiers(makeGrid("Đơn vị", [...header, ...fixedTotal], { merges }), { asOf });
    expect(result.total.received).toBe(185);
    expect(lines(result)).toEqual([
      'error Đơn vị!C4: dòng "Bộ phận một cửa cấp huyện, cấp xã": tiếp nhận = trực tuyến + trực tiếp + bưu chính + từ kỳ trước không khớp: C4 là 65 nhưng E4 + F4 + G4 + D4 là 64',
      'warning Đơn vị!C4: dòng "Bộ phận một cửa cấp huyện, cấp xã": số tiếp nhận không bằng tổng các phần (tiếp nhận = trước hạn + đúng hạn + quá hạn + đang giải quyết trong hạn + đang giải quyết quá hạn): C4 là 65 nhưng H4 + I4 + J4 + K4 + L4 là 64',
      'error Đơn vị!C5: dòng "Tổng cộng": tiếp nhận = trực tuyến + trực tiếp + bưu chính + từ kỳ trước không khớp: C5 là 185 nhưng E5 + F5 + G5 + D5 là 184',
      'warning Đơn vị!C5: dòng "Tổng cộng": số tiếp nhận không bằng tổng các phần (tiếp nhận = trước hạn + đúng hạn + quá hạn + đang giải quyết trong hạn + đang giải quyết quá hạn): C5 là 185 nhưng H5 + I5 + J5 + K5 + L5 là 184',
    ]);
  });

  it("adds the parts when the table gives no total", () => {
    const noTotal = [header[0].filter((_, c) => c !== 2), header[1].filter((_, c) => c !== 2), ...data.map((r) => r.filter((_, c) => c !== 2))];
    const result = importDossiers(makeGrid("Đơn vị", noTotal), { asOf });
    // 10 + 80 + 25 + 5 = 120; 4 + 40 + 18 + 2 = 64
    expect(result.byField.map((f) => f.received)).toEqual([120, 64]);
    expect(result.total.received).toBe(184);
    expect(result.findings).toEqual([]);
  });

  it("reads 'Từ kỳ trước' + 'Tiếp nhận mới' against 'Tổng số tiếp nhận'", () => {
    const grid = makeGrid("Kỳ", [
      ["Lĩnh vực", "Tổng số tiếp nhận", "Từ kỳ trước", "Tiếp nhận mới", "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn", "Đang giải quyết"],
      ["Tư pháp", "30", "5", "25", "20", "2", "8"], // 5 + 25 = 30 = 20 + 2 + 8
      ["Nội vụ", "12", "2", "9", "8", "0", "4"], // 2 + 9 = 11 ≠ 12 = 8 + 0 + 4
    ]);
    const result = importDossiers(grid, { asOf });
    expect(result.total).toMatchObject({ received: 42, onTime: 28, late: 2, pending: 12 });
    expect(lines(result)).toEqual([
      'error Kỳ!B3: dòng "Nội vụ": tiếp nhận = tiếp nhận mới + từ kỳ trước không khớp: B3 là 12 nhưng D3 + C3 là 11',
      "info Kỳ: bảng không có số đang giải quyết tách trong hạn, quá hạn; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống",
    ]);
  });
});

describe("a three-row header (Số hồ sơ tiếp nhận › Mới tiếp nhận › trực tuyến / trực tiếp / bưu chính)", () => {
  const grid = makeGrid(
    "Ba dòng",
    [
      ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "", "", "", "", "Số hồ sơ đã giải quyết", "", "", "", "Số hồ sơ đang giải quyết", "", ""],
      ["", "", "Tổng số", "Kỳ trước chuyển sang", "Mới tiếp nhận", "", "", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
      ["", "", "", "", "Trực tuyến", "Trực tiếp", "Bưu chính", "", "", "", "", "", "", ""],
      // 2 + 10 + 7 + 1 = 20 = 15 + 5; 15 = 10 + 4 + 1; 5 = 4 + 1
      ["1", "Đất đai", "20", "2", "10", "7", "1", "15", "10", "4", "1", "5", "4", "1"],
      // 0 + 6 + 3 + 0 = 9 = 8 + 1; 8 = 5 + 3 + 0; 1 = 1 + 0
      ["2", "Hộ tịch", "9", "0", "6", "3", "0", "8", "5", "3", "0", "1", "1", "0"],
    ],
    {
      merges: [
        { top: 0, left: 0, bottom: 2, right: 0 },
        { top: 0, left: 1, bottom: 2, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 6 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 1, right: 6 },
        { top: 0, left: 7, bottom: 0, right: 10 },
        { top: 1, left: 7, bottom: 2, right: 7 },
        { top: 1, left: 8, bottom: 2, right: 8 },
        { top: 1, left: 9, bottom: 2, right: 9 },
        { top: 1, left: 10, bottom: 2, right: 10 },
        { top: 0, left: 11, bottom: 0, right: 13 },
        { top: 1, left: 11, bottom: 2, right: 11 },
        { top: 1, left: 12, bottom: 2, right: 12 },
        { top: 1, left: 13, bottom: 2, right: 13 },
      ],
    },
  );

  it("reads every column, with the totals of each group, and finds it consistent", () => {
    const result = importDossiers(grid, { asOf });
    expect(result.byField.map((f) => f.field)).toEqual(["Đất đai", "Hộ tịch"]);
    expect(result.total).toMatchObject({ received: 29, resolved: 23, early: 15, onTime: 7, late: 1, pending: 6, pendingInTime: 5, pendingOverdue: 1 });
    expect(result.findings).toEqual([]);
  });

  it("reads the same without its merged cells (pasted text, a sheet read as a stream)", () => {
    const result = importDossiers(makeGrid("Ba dòng", grid.rows), { asOf });
    expect(result.byField.map((f) => f.field)).toEqual(["Đất đai", "Hộ tịch"]);
    expect(result.total).toMatchObject({ received: 29, resolved: 23, early: 15, onTime: 7, late: 1, pending: 6, pendingInTime: 5, pendingOverdue: 1 });
    expect(result.findings).toEqual([]);
  });
});

describe("a single-row table without a label column", () => {
  const title = "BÁO CÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2018 CỦA TRUNG TÂM HÀNH CHÍNH CÔNG TỈNH";
  const rows = [
    [title, "", "", "", "", ""],
    ["Đơn vị tính: hồ sơ"],
    ["Tiếp nhận", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn", "Tỷ lệ đúng hạn"],
    ["1.500", "1.456", "1.200", "247", "9", "99,4 %"],
  ];

  it("is one group named after the title, and its printed rate is variant A (Quảng Nam 2018: 1.447 / 1.456)", () => {
    const result = importDossiers(makeGrid("TTHCC", rows, { merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] }), { asOf });
    expect(result.input).toBe("aggregate");
    expect(result.byField.map((f) => f.field)).toEqual([title]);
    expect(result.total).toMatchObject({ received: 1500, resolved: 1456, early: 1200, onTime: 247, late: 9 });
    // 1 447 / 1 456 = 99,38 % → "99,4 %"; B = 1 447 / 1 500 = 96,47 %; C and D need pending counts the table lacks
    expect(result.total.sourceRate).toMatchObject({ text: "99,4 %", variant: "A", matches: ["A"], cell: "F4" });
    expect(result.total.rates).toMatchObject({ C: null, D: null });
    expect(result.findings.map((f) => [f.code, f.params])).toEqual([["dossier_quantities_missing", { missing: "số hồ sơ đang giải quyết" }]]);
  });

  it("is named after the sheet when there is no title", () => {
    const result = importDossiers(makeGrid("Sở Tư pháp", rows.slice(2)), { asOf });
    expect(result.byField.map((f) => f.field)).toEqual(["Sở Tư pháp"]);
  });

  it("keeps the label of a single labelled row", () => {
    const result = importDossiers(
      makeGrid("S", [
        ["Cơ quan", "Tiếp nhận", "Đúng hạn", "Quá hạn"],
        ["Sở Y tế", "391", "380", "11"],
      ]),
      { asOf },
    );
    expect(result.byField.map((f) => [f.field, f.received, f.onTime, f.late])).toEqual([["Sở Y tế", 391, 380, 11]]);
  });
});

describe("overdue without a result is pending, not late", () => {
  it.each(["Quá hạn chưa có kết quả", "Đang giải quyết quá hạn", "Trễ hạn chưa trả"])("'%s' right after 'Trả quá hạn' is pending overdue", (caption) => {
    const grid = makeGrid("QH", [
      ["Lĩnh vực", "Tiếp nhận", "Trả trước hạn", "Trả đúng hạn", "Trả quá hạn", caption, "Chưa đến hạn"],
      ["Hộ tịch", "50", "30", "10", "2", "3", "5"], // 30 + 10 + 2 + 3 + 5 = 50
      ["Chứng thực", "40", "35", "3", "0", "1", "1"], // 35 + 3 + 0 + 1 + 1 = 40
    ]);
    const result = importDossiers(grid, { asOf });
    expect(result.total).toMatchObject({ received: 90, early: 65, onTime: 13, late: 2, pendingOverdue: 4, pendingInTime: 6, earlyOnTimeCombined: false });
    expect(result.findings).toEqual([]);
    // A = 78 / 80; B = 78 / 90; C = (78 + 6) / 90; D = 78 / (80 + 4)
    expect(result.total.rates.A).toBeCloseTo(0.975, 12);
    expect(result.total.rates.B).toBeCloseTo(78 / 90, 12);
    expect(result.total.rates.C).toBeCloseTo(84 / 90, 12);
    expect(result.total.rates.D).toBeCloseTo(78 / 84, 12);
  });

  it("classifies the captions", () => {
    expect(aggregateColumnKind({ group: "", own: "Đã giải quyết quá hạn" })).toBe("late");
    expect(aggregateColumnKind({ group: "", own: "Trả quá hạn" })).toBe("late");
    expect(aggregateColumnKind({ group: "", own: "Quá hạn chưa có kết quả" })).toBe("pendingOverdue");
    expect(aggregateColumnKind({ group: "", own: "Trễ hạn chưa trả" })).toBe("pendingOverdue");
    expect(aggregateColumnKind({ group: "", own: "Đang giải quyết quá hạn" })).toBe("pendingOverdue");
  });

  it("knows the other captions of received parts and carried-forward counts", () => {
    expect(aggregateColumnKind({ group: "Số hồ sơ nhận giải quyết", own: "Số kỳ trước chuyển qua" })).toBe("receivedPrevious");
    expect(aggregateColumnKind({ group: "", own: "Tồn đầu kỳ" })).toBe("receivedPrevious");
    expect(aggregateColumnKind({ group: "", own: "Tồn cuối kỳ" })).toBe("pending");
    expect(aggregateColumnKind({ group: "Số hồ sơ nhận giải quyết", own: "Số mới tiếp nhận" })).toBe("receivedNew");
    expect(aggregateColumnKind({ group: "Tiếp nhận mới", own: "Tổng" })).toBe("receivedNew");
    expect(aggregateColumnKind({ group: "Tiếp nhận", own: "Tổng số" })).toBe("received");
    expect(aggregateColumnKind({ group: "", own: "Tổng số hồ sơ tiếp nhận trong kỳ" })).toBe("received");
    expect(aggregateColumnKind({ group: "", own: "Qua dịch vụ bưu chính công ích" })).toBe("receivedPostal");
    expect(aggregateColumnKind({ group: "", own: "Trực tiếp, dịch vụ bưu chính" })).toBe("receivedDirect");
    expect(aggregateColumnKind({ group: "Đúng hạn", own: "Số lượng" })).toBe("onTime");
    expect(aggregateColumnKind({ group: "Đúng hạn", own: "Tỷ lệ (%)" })).toBe("printedRate");
    expect(aggregateColumnKind({ group: "Quá hạn", own: "Tỷ lệ (%)" })).toBeNull();
    expect(aggregateColumnKind({ group: "", own: "Tỷ lệ hồ sơ trực tuyến (%)" })).toBeNull();
    expect(aggregateColumnKind({ group: "", own: "Ghi chú" })).toBeNull();
    expect(aggregateColumnKind({ group: "", own: "Số hồ sơ tiếp nhận tại Bộ phận một cửa" })).toBe("received");
    expect(aggregateColumnKind({ group: "", own: "Đơn vị" })).toBe("label");
    expect(aggregateColumnKind({ group: "", own: "Cấp giải quyết" })).toBe("label");
  });
});

describe("'Lũy kế' (cumulative) columns are not counts of the period", () => {
  const grid = makeGrid("LK", [
    ["Lĩnh vực", "Tiếp nhận", "", "Đã giải quyết", "", "", "Đang giải quyết", "", ""],
    ["", "Trong kỳ", "Lũy kế từ đầu năm", "Đúng hạn", "Quá hạn", "Lũy kế", "Trong hạn", "Quá hạn", "Lũy kế"],
    ["Đất đai", "100", "900", "85", "5", "800", "7", "3", "40"], // 100 = 85 + 5 + 7 + 3
    ["Xây dựng", "60", "500", "50", "2", "450", "6", "2", "15"], // 60 = 50 + 2 + 6 + 2
  ]);
  const result = importDossiers(grid, { asOf });

  it("counts the period only and says which columns were left out", () => {
    expect(result.total).toMatchObject({ received: 160, onTime: 135, late: 7, pendingInTime: 13, pendingOverdue: 5, pending: 18 });
    expect(lines(result)).toEqual(["info LK!C2: cột lũy kế (C2, F2, I2) không phải số liệu của kỳ báo cáo nên không được tính"]);
  });

  it("reads a table of cumulative figures only (year to date) as its counts", () => {
    const ytd = importDossiers(
      makeGrid("LK", [
        ["Lĩnh vực", "Lũy kế tiếp nhận", "Lũy kế đúng hạn", "Lũy kế quá hạn"],
        ["Đất đai", "900", "880", "20"],
      ]),
      { asOf },
    );
    expect(ytd.total).toMatchObject({ received: 900, onTime: 880, late: 20 });
  });
});

describe("a combined early + on-time column goes to onTime, whatever its wording", () => {
  it.each([
    ["Đúng hạn (kể cả trước hạn)", ""],
    ["Trước hạn và đúng hạn", ""],
    ["Trong hạn", "Đã giải quyết"],
    ["Trả đúng thời hạn", ""],
  ])("'%s' (group '%s')", (own, group) => {
    const grid = makeGrid("G", [
      ["Lĩnh vực", "Tiếp nhận", group, "", "Đang giải quyết"],
      ["", "", own, "Quá hạn", ""],
      ["Tư pháp", "20", "15", "2", "3"], // 15 + 2 + 3 = 20
    ]);
    const result = importDossiers(grid, { asOf });
    expect(result.total).toMatchObject({ received: 20, early: 0, onTime: 15, late: 2, pending: 3, earlyOnTimeCombined: true });
    // A = 15 / 17
    expect(result.total.onTimeRate).toBeCloseTo(15 / 17, 12);
  });
});

describe("printed rates of each variant", () => {
  // Every field row: received 100 = 60 early + 20 on time + 5 late + 5 supplement + 8 pending in time + 2 pending overdue.
  // A = 80 / 85 = 94,12 %; B = 80 / 100 = 80 %; C = (80 + 5 + 8) / 100 = 93 %; D = 80 / (85 + 2) = 91,95 %.
  const counts = ["100", "60", "20", "5", "5", "0", "8", "2"];
  const grid = makeGrid("Tỷ lệ", [
    [
      "Lĩnh vực",
      "Tiếp nhận",
      "Trước hạn",
      "Đúng hạn",
      "Quá hạn",
      "Bổ sung",
      "Rút",
      "Đang giải quyết trong hạn",
      "Đang giải quyết quá hạn",
      "Tỷ lệ đúng hạn (%)",
    ],
    ["Đất đai", ...counts, "94,12%"],
    ["Xây dựng", ...counts, "80%"],
    ["Tư pháp", ...counts, "93,0 %"],
    ["Y tế", ...counts, "91,95"],
    ["Giáo dục", ...counts, "95,5%"],
    ["Tổng cộng", "500", "300", "100", "25", "25", "0", "40", "10", "0.9412"],
  ]);
  const result = importDossiers(grid, { asOf });

  it("says which variant each row used, or that none matches", () => {
    expect(result.byField.map((f) => [f.field, f.sourceRate?.variant])).toEqual([
      ["Đất đai", "A"],
      ["Xây dựng", "B"],
      ["Tư pháp", "C"],
      ["Y tế", "D"],
      ["Giáo dục", null],
    ]);
    expect(result.total.sourceRate).toMatchObject({ printed: 0.9412, variant: "A", cell: "J7" });
  });

  it("warns about the rate that matches nothing and tells once about each variant other than A", () => {
    expect(lines(result)).toEqual([
      'info Tỷ lệ!J3: tỷ lệ ghi trong bảng "80%" được tính theo cách B — tỷ lệ trên số tiếp nhận (NĐ 61/2018): (trước hạn + đúng hạn) / tiếp nhận; Trợ lý ISO báo cáo mặc định theo cách A, cả bốn cách đều có trong kết quả',
      'info Tỷ lệ!J4: tỷ lệ ghi trong bảng "93,0 %" được tính theo cách C — chỉ số QĐ 766/QĐ-TTg: (trước hạn + đúng hạn + yêu cầu bổ sung + rút hồ sơ + dừng xử lý + đang giải quyết trong hạn) / tiếp nhận; Trợ lý ISO báo cáo mặc định theo cách A, cả bốn cách đều có trong kết quả',
      'info Tỷ lệ!J5: tỷ lệ ghi trong bảng "91,95" được tính theo cách D — tỷ lệ trên số hồ sơ đến hạn: (trước hạn + đúng hạn) / (đã giải quyết + đang giải quyết quá hạn); Trợ lý ISO báo cáo mặc định theo cách A, cả bốn cách đều có trong kết quả',
      'warning Tỷ lệ!J6: dòng "Giáo dục": tỷ lệ ghi trong bảng "95,5%" không khớp cách tính nào: A (trên số đã giải quyết) 94,12%, B (trên số tiếp nhận) 80%, C (QĐ 766) 93%, D (trên số hồ sơ đến hạn) 91,95%',
    ]);
  });

  it("puts rates and sourceRate in the JSON next to today's fields", () => {
    const json = dossierReportJson(result);
    expect(json.byField[1]).toMatchObject({
      onTimeRate: 0.9412,
      goodRateC: 0.93,
      rates: { A: 0.9412, B: 0.8, C: 0.93, D: 0.9195 },
      sourceRate: { printed: 0.8, text: "80%", cell: "J3", variant: "B", matches: ["B"] },
    });
    expect(json.byField[4].sourceRate).toMatchObject({ printed: 0.955, variant: null, matches: [] });
  });

  it("reads a rate printed under the table for the whole table (variant D, Vĩnh Phúc style: 5.290 / 5.300 = 99,81 %)", () => {
    // resolved 5 295 (late 5), pending overdue 5, pending in time 300, received 5 600.
    // A = 5 290 / 5 295 = 99,91 %; B = 5 290 / 5 600 = 94,46 %; C = 5 590 / 5 600 = 99,82 %; D = 5 290 / 5 300 = 99,81 %.
    const g = makeGrid("VP", [
      ["Tiếp nhận", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn"],
      ["5.600", "4.000", "1.290", "5", "300", "5"],
      [],
      ["Tỷ lệ giải quyết đúng hạn: 99,81%"],
    ]);
    const r = importDossiers(g, { asOf });
    expect(r.total).toMatchObject({ received: 5600, early: 4000, onTime: 1290, late: 5, pendingInTime: 300, pendingOverdue: 5 });
    expect(r.total.sourceRate).toMatchObject({ text: "99,81%", variant: "D", matches: ["D"], cell: "A4" });
  });
});

describe("a rate stated in the prose around the table", () => {
  // received 100 = 60 early + 20 on time + 5 late + 15 pending in time: A = 80 / 85 = 94,12 %; B = 80 %; C = 95 %; D = 94,12 %.
  const grid = makeGrid("Bài", [
    ["Lĩnh vực", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn"],
    ["Đất đai", "100", "60", "20", "5", "15", "0"],
  ]);
  const base = importDossiers(grid, { asOf });

  it("is compared with the total when the table printed none", () => {
    const r = withContextRate(base, ["Kết quả năm 2024", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%, tăng so với năm trước."], "Bài");
    expect(r.total.sourceRate).toMatchObject({ printed: 0.95, variant: "C", matches: ["C"], cell: null });
    expect(r.findings.map((f) => f.code)).toEqual(["dossier_rate_variant"]);
  });

  it("leaves the counts alone when the prose states no on-time rate", () => {
    expect(withContextRate(base, ["Tỷ lệ hồ sơ trực tuyến đạt 60%"], "Bài")).toBe(base);
  });
});

describe("readRate and matchingVariants", () => {
  it.each([
    ["98,63%", 0.9863, 0.0001],
    ["99,6 %", 0.996, 0.001],
    ["99.4%", 0.994, 0.001],
    ["100%", 1, 0.01],
    ["98,63", 0.9863, 0.0001],
    ["0.9863", 0.9863, 0.0001],
  ])("reads %s", (text, value, step) => {
    const r = readRate(text);
    expect(r.kind).toBe("rate");
    if (r.kind === "rate") {
      expect(r.value).toBeCloseTo(value, 12);
      expect(r.step).toBeCloseTo(step, 12);
    }
  });

  it("refuses what is not a rate", () => {
    expect(readRate("abc").kind).toBe("unreadable");
    expect(readRate("150%").kind).toBe("unreadable");
    expect(readRate("").kind).toBe("empty");
  });

  it("accepts a rate rounded or cut to the printed decimals", () => {
    const rates = { A: 0.99386, B: 0.5, C: null, D: 0.99331 };
    expect(matchingVariants(0.9939, 0.0001, rates)).toEqual(["A"]); // rounded
    expect(matchingVariants(0.9938, 0.0001, rates)).toEqual(["A"]); // cut
    expect(matchingVariants(0.993, 0.001, rates)).toEqual(["A", "D"]); // both cut to 99,3 %; D rounds to 99,3 % too
    expect(matchingVariants(0.7, 0.01, rates)).toEqual([]);
  });
});

describe("Biểu II.06a is still told apart from a plain aggregate", () => {
  it("detects both", () => {
    const numbers = Array.from({ length: 13 }, (_, i) => `(${i + 1})`);
    expect(detectDossierInput(makeGrid("F", [["TT", "Lĩnh vực"], numbers, ["1", "Mỹ phẩm", ...Array(11).fill("0")]]))).toBe("form06a");
    expect(
      detectDossierInput(
        makeGrid("A", [
          ["Cấp", "Tiếp nhận", "Đã giải quyết"],
          ["Cấp xã", "5", "4"],
        ]),
      ),
    ).toBe("aggregate");
  });
});
