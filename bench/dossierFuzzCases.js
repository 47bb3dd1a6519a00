"use strict";
/**
 * Generated statistics tables for the dossier reader (issue 19): headers drawn from the caption
 * families agencies and the 2025 portals print (received and its channels, trực tuyến toàn trình /
 * một phần, phi địa giới, đúng và trước hạn, quá hạn có / chưa có thư xin lỗi, chờ / không được /
 * chậm được tiếp nhận, dừng xử lý, thanh toán, "Trong đó" parts, bare and worded "Tỷ lệ",
 * abbreviations, captions that name nothing), one- or two-row, with rows by level (Cấp tỉnh, Cấp
 * xã, Cấp huyện, a commune, "Trong đó" and bulleted sub-rows, totals) and cells as agencies and
 * newspapers write them ("1.234", "10,18 ngàn", "gần 2.000", blanks, dashes, garbage).
 * `partsCase` builds tables whose "Trong đó" columns are parts of known wholes, so a property can
 * check that no part is ever added to the counts again. Shared by bench/fuzz.js (100,000 cases)
 * and test/core/dossiers/fuzz.test.ts (a few hundred); typed by bench/dossierFuzzCases.d.ts.
 */
const fc = require("fast-check");

const CAPTIONS = [
  "Tổng số hồ sơ tiếp nhận",
  "Tiếp nhận",
  "Tổng số hồ sơ TTHC tiếp nhận",
  "HS tiếp nhận",
  "Số hồ sơ nhận giải quyết",
  "Trong đó: trực tuyến",
  "Tiếp nhận trực tuyến toàn trình",
  "Trực tuyến một phần",
  "Tiếp nhận phi địa giới",
  "Từ kỳ trước",
  "Trực tiếp",
  "Bưu chính / BCCI",
  "Tổng số hồ sơ TTHC tiếp nhận trực tuyến từ Cổng DVCQG",
  "Đã giải quyết",
  "HS ĐGQ",
  "Trước hạn",
  "Đúng hạn",
  "Đúng và trước hạn",
  "Quá hạn",
  "Quá hạn (đã có thư xin lỗi)",
  "Quá hạn (chưa có thư xin lỗi)",
  "Trong đó: quá hạn",
  "Đang giải quyết",
  "Trong hạn",
  "Chưa đến hạn",
  "Trong đó: chờ bổ sung",
  "Hồ sơ dừng xử lý",
  "Hồ sơ chờ tiếp nhận",
  "Hồ sơ không được tiếp nhận",
  "Tổng số hồ sơ chậm được tiếp nhận",
  "Hồ sơ rút",
  "Yêu cầu bổ sung",
  "Thanh toán trực tuyến",
  "Tỷ lệ",
  "Tỷ lệ (%)",
  "Tỷ lệ đúng hạn",
  "Tỷ lệ đúng và trước hạn",
  "% đúng hạn",
  "Tỷ lệ hồ sơ trực tuyến",
  "Lũy kế từ đầu năm",
  "Ghi chú",
  "HS kết thúc nhưng KQ điện tử ≠ giấy",
  "- Trực tuyến",
  "",
];
const GROUPS = ["", "", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết", "Trong đó", "Hồ sơ TT chờ tiếp nhận", "Thanh toán hồ sơ"];
const LABELS = [
  "Cấp tỉnh",
  "Cấp xã",
  "Cấp huyện",
  "Trung tâm Phục vụ hành chính công tỉnh",
  "Phường Ba Đình",
  "Trong đó: trực tuyến",
  "- Sở Y tế",
  "Tổng cộng",
  "Cả nước",
  "I",
  "1.1",
  "",
];
const CELLS = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 2_000_000 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 1000, max: 999_999 }).map((n) => n.toLocaleString("de-DE")) },
  { weight: 2, arbitrary: fc.constantFrom("10,18 ngàn", "1,2 nghìn", "1,78 triệu", "gần 2.000", "trên 7.600", "hơn 4,3 triệu", "khoảng 500 hồ sơ") },
  { weight: 2, arbitrary: fc.constantFrom("", "-", "—", "12,5", "98,5%", "abc", "0.9863", "100%") },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A table: an optional title, one or two header rows from the families above, 0–8 data rows. */
const tableCase = fc
  .record({
    title: fc.constantFrom(null, "KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III NĂM 2025", "TÌNH HÌNH GIẢI QUYẾT HỒ SƠ NĂM 2024", "Biểu số 06/VPCP/KSTT"),
    columns: fc.array(fc.record({ group: fc.constantFrom(...GROUPS), own: fc.constantFrom(...CAPTIONS) }), { minLength: 1, maxLength: 14 }),
    twoRows: fc.boolean(),
    rows: fc.array(fc.record({ label: fc.constantFrom(...LABELS), cells: fc.array(CELLS, { minLength: 0, maxLength: 14 }) }), { minLength: 0, maxLength: 8 }),
  })
  .map((t) => {
    const head = t.twoRows
      ? [
          ["Đơn vị", ...t.columns.map((c) => c.group)],
          ["", ...t.columns.map((c) => c.own)],
        ]
      : [["Đơn vị", ...t.columns.map((c) => c.own)]];
    return [...(t.title ? [[t.title]] : []), ...head, ...t.rows.map((r) => [r.label, ...r.cells])];
  });

/** "Trong đó" captions of received (and of resolved), with the part kind the breakdown must show. */
const RECEIVED_PARTS = [
  ["Trong đó: trực tuyến", "online"],
  ["Trong đó: bưu chính", "postal"],
  ["Trong đó: phi địa giới", "crossBoundary"],
  ["Trong đó: trực tiếp", "direct"],
];
/**
 * A table "Đơn vị | Tổng số hồ sơ tiếp nhận | Trong đó: … (received parts) | Đã giải quyết | Trong đó:
 * quá hạn" with parts never above their whole, distinct field labels, no total row: received and
 * resolved must be the sums of their own columns, whatever the parts hold.
 */
const partsCase = fc
  .record({
    parts: fc.uniqueArray(fc.integer({ min: 0, max: RECEIVED_PARTS.length - 1 }), { minLength: 1, maxLength: RECEIVED_PARTS.length }),
    rows: fc.array(
      fc.record({
        received: fc.integer({ min: 0, max: 100_000 }),
        share: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        resolvedShare: fc.double({ min: 0, max: 1, noNaN: true }),
        lateShare: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map((t) => {
    const header = ["Đơn vị", "Tổng số hồ sơ tiếp nhận", ...t.parts.map((i) => RECEIVED_PARTS[i][0]), "Đã giải quyết", "Trong đó: quá hạn"];
    const rows = t.rows.map((r, k) => {
      const resolved = Math.floor(r.received * r.resolvedShare);
      return [
        `Xã ${k + 1}`,
        String(r.received),
        ...t.parts.map((i, j) => String(Math.floor(r.received * r.share[j]))),
        String(resolved),
        String(Math.floor(resolved * r.lateShare)),
      ];
    });
    const sum = (col) => rows.reduce((a, row) => a + Number(row[col]), 0);
    const expected = {
      received: sum(1),
      resolved: sum(2 + t.parts.length),
      late: sum(3 + t.parts.length),
      parts: t.parts.map((i, j) => ({ kind: RECEIVED_PARTS[i][1], value: sum(2 + j) })),
    };
    return { rows: [header, ...rows], expected };
  });

/** The counts of a result that must be finite, non-negative whole numbers. */
function countsOf(c) {
  return [c.received, c.early, c.onTime, c.late, c.supplement, c.withdrawn, c.stopped, c.pendingInTime, c.pendingOverdue, c.pending, c.resolved];
}

module.exports = { fc, tableCase, partsCase, countsOf };
