/**
 * Statistics tables typed from documents agencies and newspapers published (issue 19), one per
 * family of shapes: a provincial quarterly table with "Trong đó" columns, a city table with bare
 * "Tỷ lệ" columns, newspaper tables written in "ngàn" / "triệu" / "gần" / "trên" / "hơn", a
 * 2025 national figure, and a Biểu 06/VPCP/KSTT block. Each source is named above its table. The
 * figures are the published ones (an article's inconsistencies included: the reader must find
 * them); every expected count, rate and finding was worked out by hand from the table (the
 * arithmetic is in the comments) before the reader was run.
 */
import { makeGrid } from "../../../src/core/grid/grid";
import { importDossiers } from "../../../src/core/dossiers";
import { renderFinding } from "../../../src/core/messages/render";

const lines = (r: ReturnType<typeof importDossiers>) => r.findings.map((f) => `${f.severity} ${renderFinding(f)}`);

/**
 * Báo Lâm Đồng, 18/03/2020, "Trên 7.600 hồ sơ bị quá hạn trong quý I"
 * (https://baolamdong.vn/doi-song/202003/tren-7600-ho-so-bi-qua-han-trong-quy-i-2993657/), UBND tỉnh
 * Lâm Đồng's figures for quý I/2020 by level. The stored copy of the article stops in the sentence on
 * cấp xã after "đạt tỷ lệ 99,51%": cấp xã's quá hạn and đang giải quyết are the province's figure
 * minus the other two levels (7.677 − 708 − 5.685 = 1.284, which is also 261.896 − 260.612;
 * 7.172 − 2.800 − 3.405 = 967; 5.950 − 2.672 − 2.436 = 842; 1.222 − 128 − 969 = 125).
 */
describe("a provincial quarterly table with 'Trong đó' columns (Lâm Đồng, quý I/2020)", () => {
  const rows = [
    ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2020 (từ ngày 01/12/2019 đến ngày 29/02/2020)"],
    ["Cấp", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "", "", "", "Số hồ sơ đang giải quyết", "", ""],
    ["", "", "Tổng số", "Trong đó", "", "Tỷ lệ đúng và trước hạn (%)", "Tổng số", "Trong đó", ""],
    ["", "", "", "Đúng và trước hạn", "Quá hạn", "", "", "Chưa đến hạn", "Quá hạn"],
    ["Cấp tỉnh", "54.575", "51.780", "51.072", "708", "98,63", "2.800", "2.672", "128"],
    ["Cấp huyện", "340.060", "329.596", "323.911", "5.685", "98,28", "3.405", "2.436", "969"],
    ["Cấp xã", "264.610", "261.896", "260.612", "1.284", "99,51", "967", "842", "125"],
    ["Toàn tỉnh", "659.245", "643.272", "635.593", "7.677", "98,81", "7.172", "5.950", "1.222"],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 1, left: 0, bottom: 3, right: 0 },
    { top: 1, left: 1, bottom: 3, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 5 },
    { top: 1, left: 6, bottom: 1, right: 8 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 3, right: 5 },
    { top: 2, left: 6, bottom: 3, right: 6 },
    { top: 2, left: 7, bottom: 2, right: 8 },
  ];
  const result = importDossiers(makeGrid("Lâm Đồng", rows, { merges }), { asOf: "2020-02-29" });

  it("reads the 'Trong đó' columns as the split of their whole, each level once", () => {
    expect(result.byField.map((f) => f.field)).toEqual(["Cấp tỉnh", "Cấp huyện", "Cấp xã"]);
    // Sums of the levels: 54 575 + 340 060 + 264 610 = 659 245; 51 780 + 329 596 + 261 896 = 643 272;
    // 51 072 + 323 911 + 260 612 = 635 595; 708 + 5 685 + 1 284 = 7 677; 2 800 + 3 405 + 967 = 7 172.
    expect(result.total).toMatchObject({
      received: 659245,
      resolved: 643272,
      early: 0,
      onTime: 635595,
      late: 7677,
      earlyOnTimeCombined: true,
      pending: 7172,
      pendingInTime: 5950,
      pendingOverdue: 1222,
      missing: [],
    });
  });

  it("finds each printed rate is variant A, the total's too", () => {
    // 51 072 / 51 780 = 98,633 %; 323 911 / 329 596 = 98,275 %; 260 612 / 261 896 = 99,510 %; 635 595 / 643 272 = 98,807 %.
    expect(result.byField.map((f) => [f.sourceRate?.text, f.sourceRate?.variant])).toEqual([
      ["98,63", "A"],
      ["98,28", "A"],
      ["99,51", "A"],
    ]);
    expect(result.total.sourceRate).toMatchObject({ text: "98,81", variant: "A", cell: "F8" });
  });

  it("names the article's own inconsistencies and no district warning (the period is before 1/7/2025)", () => {
    expect(lines(result)).toEqual([
      // Received is more than resolved + pending (dossiers asked for documents or withdrawn are not in the table).
      'warning Lâm Đồng!B5: dòng "Cấp tỉnh": số tiếp nhận không bằng tổng các phần (tiếp nhận = đã giải quyết + đang giải quyết): B5 là 54575 nhưng C5 + G5 là 54580',
      'warning Lâm Đồng!B6: dòng "Cấp huyện": số tiếp nhận không bằng tổng các phần (tiếp nhận = đã giải quyết + đang giải quyết): B6 là 340060 nhưng C6 + G6 là 333001',
      'warning Lâm Đồng!B7: dòng "Cấp xã": số tiếp nhận không bằng tổng các phần (tiếp nhận = đã giải quyết + đang giải quyết): B7 là 264610 nhưng C7 + G7 là 262863',
      // 635 593 + 7 677 = 643 270, two less than the 643 272 resolved.
      'error Lâm Đồng!C8: dòng "Toàn tỉnh": đã giải quyết = trước và đúng hạn + quá hạn không khớp: C8 là 643272 nhưng D8 + E8 là 643270',
      'warning Lâm Đồng!B8: dòng "Toàn tỉnh": số tiếp nhận không bằng tổng các phần (tiếp nhận = đã giải quyết + đang giải quyết): B8 là 659245 nhưng C8 + G8 là 650444',
      'error Lâm Đồng!D8: dòng tổng "Toàn tỉnh", cột "Số hồ sơ đã giải quyết — Trong đó — Đúng và trước hạn": ô D8 ghi "635593" nhưng cộng các dòng D5:D7 được 635595',
      'info Lâm Đồng!D4: cột "Số hồ sơ đã giải quyết — Trong đó — Đúng và trước hạn" gộp trước hạn và đúng hạn; số liệu được tính vào đúng hạn (tỷ lệ đúng hạn không đổi)',
    ]);
  });

  it("reads the same table pasted without its merged cells", () => {
    const pasted = importDossiers(makeGrid("Lâm Đồng", rows), { asOf: "2020-02-29" });
    expect(pasted.total).toMatchObject({ received: 659245, resolved: 643272, onTime: 635595, late: 7677, pendingInTime: 5950, pendingOverdue: 1222 });
  });

  it("reads 'Trong đó' sub-rows as parts of the row above: never a level, never added again", () => {
    // The same figures with cấp tỉnh's online dossiers as a sub-row (a shape, not the article's):
    // the levels still add up to the province, and the sub-row is checked against its row.
    const withSubRow = [...rows.slice(0, 5), ["Trong đó: trực tuyến", "12.000", "11.500", "11.450", "50", "99,57", "500", "480", "20"], ...rows.slice(5)];
    const r = importDossiers(makeGrid("Lâm Đồng", withSubRow, { merges }), { asOf: "2020-02-29" });
    expect(r.byField.map((f) => f.field)).toEqual(["Cấp tỉnh", "Cấp huyện", "Cấp xã"]);
    expect(r.total.received).toBe(659245);
    expect(r.byField[0].subsets.map((s) => [s.field, s.received, s.resolved, s.onTime, s.late])).toEqual([["trực tuyến", 12000, 11500, 11450, 50]]);
    expect(r.findings.filter((f) => f.code === "dossier_total_mismatch").map((f) => f.cell)).toEqual(["D9"]);
    // A sub-row larger than its row is an error naming both cells.
    const tooBig = withSubRow.map((row, i) => (i === 5 ? ["Trong đó: trực tuyến", "60.000", "11.500", "11.450", "50", "", "500", "480", "20"] : row));
    expect(lines(importDossiers(makeGrid("Lâm Đồng", tooBig, { merges }), { asOf: "2020-02-29" }))).toContain(
      'error Lâm Đồng!B6: dòng "trực tuyến": phần "Số hồ sơ tiếp nhận" (ô B6 là 60000) lớn hơn tổng "Cấp tỉnh" (ô B5 là 54575); một phần không thể lớn hơn tổng của nó',
    );
  });
});

/**
 * Thanh Niên, 02/2019, "TP.HCM: Trong 3 năm, Q.1 chỉ có 1 hồ sơ trễ hẹn"
 * (https://thanhnien.vn/thoi-su/tphcm-trong-3-nam-q1-chi-co-1-ho-so-tre-hen-1052762.html): UBND Quận 1
 * in 2018 received 585.336 dossiers, resolved 585.116 (99,96%), on time 585.116 (99,96%), late 0 (0%),
 * 220 still in time. Typed as the city's table prints it: a bare "Tỷ lệ" after each count.
 */
describe("a city table with bare 'Tỷ lệ' columns (Quận 1, TP.HCM, 2018)", () => {
  const result = importDossiers(
    makeGrid("Quận 1", [
      ["KẾT QUẢ GIẢI QUYẾT HỒ SƠ HÀNH CHÍNH NĂM 2018"],
      ["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Tỷ lệ", "Đúng hạn", "Tỷ lệ", "Trễ hạn", "Tỷ lệ", "Đang giải quyết còn trong hạn"],
      ["UBND Quận 1", "585.336", "585.116", "99,96%", "585.116", "99,96%", "0", "0%", "220"],
    ]),
    { asOf: "2018-12-31" },
  );

  it("takes the 'Tỷ lệ' after the on-time count as the printed rate, and finds it is variant B", () => {
    // A = 585 116 / 585 116 = 100 %; B = 585 116 / 585 336 = 99,962 % → "99,96%"; C = (585 116 + 220) / 585 336 = 100 %;
    // D = 585 116 / 585 116 = 100 %. The other two "Tỷ lệ" are the shares of resolved and of late dossiers.
    expect(result.total.sourceRate).toMatchObject({ text: "99,96%", cell: "F3", variant: "B", matches: ["B"] });
    expect(result.total).toMatchObject({ received: 585336, resolved: 585116, onTime: 585116, late: 0, pendingInTime: 220, missing: [] });
    expect(lines(result)).toEqual([
      'info Quận 1!F3: tỷ lệ ghi trong bảng "99,96%" được tính theo cách B — tỷ lệ trên số tiếp nhận (NĐ 61/2018): (trước hạn + đúng hạn) / tiếp nhận; Trợ lý ISO báo cáo mặc định theo cách A, cả bốn cách đều có trong kết quả',
    ]);
  });
});

/**
 * Báo Lâm Đồng, 25/11/2019, "Lượng hồ sơ quá hạn cấp huyện, thành còn nhiều"
 * (https://baolamdong.vn/xahoi/201911/luong-ho-so-qua-han-cap-huyen-thanh-con-nhieu-2975513/), tháng
 * 10/2019: the provincial centre received 19.361 (16.041 new), resolved 15.641 — trước hạn 13.529
 * (86,5%), đúng hạn 1.958 (12,5%), quá hạn 154 (1%); the districts 21.686 (18.477 new), resolved
 * 17.651 — 13.767 (78%), 3.254 (18,4%), 634 (3,6%).
 */
describe("a table whose 'Tỷ lệ' columns are each count's share (Lâm Đồng, tháng 10/2019)", () => {
  const result = importDossiers(
    makeGrid("Tháng 10", [
      ["Đơn vị", "Tổng số hồ sơ", "Tiếp nhận mới", "Đã giải quyết", "Trước hạn", "Tỷ lệ", "Đúng hạn", "Tỷ lệ", "Quá hạn", "Tỷ lệ"],
      ["Trung tâm Phục vụ hành chính công tỉnh", "19.361", "16.041", "15.641", "13.529", "86,5%", "1.958", "12,5%", "154", "1%"],
      ["Cấp huyện (kể cả cấp xã)", "21.686", "18.477", "17.651", "13.767", "78%", "3.254", "18,4%", "634", "3,6%"],
    ]),
    { asOf: "2019-10-31" },
  );

  it("takes none of the shares as the on-time rate, computes A, and finds the districts' split off by 4", () => {
    expect(result.byField.every((f) => f.sourceRate === null)).toBe(true);
    // A = (13 529 + 1 958) / 15 641 = 99,015 %; districts (13 767 + 3 254) / 17 651 = 96,431 %.
    expect(result.byField[0].rates.A).toBeCloseTo(15487 / 15641, 12);
    expect(lines(result)).toEqual([
      // 13 767 + 3 254 + 634 = 17 655 ≠ 17 651. "Tổng số" and "Tiếp nhận mới" without "Từ kỳ trước" is not a mismatch.
      'error Tháng 10!D3: dòng "Cấp huyện (kể cả cấp xã)": đã giải quyết = trước hạn + đúng hạn + quá hạn không khớp: D3 là 17651 nhưng E3 + G3 + I3 là 17655',
      "info Tháng 10: bảng không có số hồ sơ đang giải quyết; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống",
    ]);
  });
});

/**
 * Báo Đồng Khởi (Bến Tre), 08/11/2020, "Trung tâm Phục vụ hành chính công tỉnh giải quyết trên 8,9 ngàn
 * hồ sơ các loại" (https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-tinh-giai-quyet-tren-8-9-ngan-ho-so-cac-loai-08112020-a79925.html),
 * tháng 10/2020: tiếp nhận 10,18 ngàn, trong đó trực tiếp 7,7 ngàn; giải quyết 8,98 ngàn (88,2%),
 * đúng và trước hạn 8,96 ngàn (99,8%), trễ hạn 17 (0,2%); by agency: Công an tỉnh 3,8 ngàn, Sở Công
 * Thương 1,7 ngàn, Sở Giao thông vận tải 829, Sở Tài nguyên và Môi trường 803.
 */
describe("a newspaper table in 'ngàn' (Bến Tre, tháng 10/2020)", () => {
  const result = importDossiers(
    makeGrid("Báo Đồng Khởi", [
      ["KẾT QUẢ GIẢI QUYẾT HỒ SƠ THÁNG 10/2020"],
      ["Đơn vị", "Tiếp nhận", "Trong đó: trực tiếp", "Đã giải quyết", "Tỷ lệ", "Đúng và trước hạn", "Tỷ lệ", "Trễ hạn", "Tỷ lệ"],
      ["Trung tâm Phục vụ hành chính công tỉnh", "10,18 ngàn", "7,7 ngàn", "8,98 ngàn", "88,2%", "8,96 ngàn", "99,8%", "17", "0,2%"],
    ]),
    { asOf: "2020-10-31" },
  );

  it("reads each figure with its magnitude, never 0, and keeps 'trực tiếp' as a part of received", () => {
    expect(result.total).toMatchObject({ received: 10180, resolved: 8980, onTime: 8960, late: 17, approximate: true });
    expect(result.total.breakdown).toEqual([{ of: "received", kind: "direct", label: "trực tiếp", value: 7700 }]);
  });

  it("takes the rate after 'Đúng và trước hạn' (variant A) and says the figures are rounded", () => {
    // A = 8 960 / 8 980 = 99,777 % → "99,8%"; 8 960 + 17 = 8 977 agrees with 8 980 within the rounding of "8,98 ngàn" and "8,96 ngàn".
    expect(result.total.sourceRate).toMatchObject({ text: "99,8%", variant: "A", cell: "G3" });
    expect(lines(result)).toEqual([
      "warning Báo Đồng Khởi!B3: số hồ sơ ghi theo hàng nghìn, triệu (B3 (10,18 ngàn), C3 (7,7 ngàn), D3 (8,98 ngàn), F3 (8,96 ngàn)) đã được làm tròn: đọc ra số gần đúng, các phép kiểm tra cộng và tỷ lệ chỉ gần đúng",
      'info Báo Đồng Khởi!F2: cột "Đúng và trước hạn" gộp trước hạn và đúng hạn; số liệu được tính vào đúng hạn (tỷ lệ đúng hạn không đổi)',
      "info Báo Đồng Khởi: bảng không có số hồ sơ đang giải quyết; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống",
    ]);
  });

  it("reads the agencies' received counts alone (a partial table) instead of refusing them", () => {
    const r = importDossiers(
      makeGrid("Cơ quan", [
        ["Cơ quan", "Số hồ sơ tiếp nhận"],
        ["Công an tỉnh", "3,8 ngàn"],
        ["Sở Công Thương", "1,7 ngàn"],
        ["Sở Giao thông vận tải", "829"],
        ["Sở Tài nguyên và Môi trường", "803"],
      ]),
      { asOf: "2020-10-31" },
    );
    expect(r.input).toBe("aggregate");
    // 3 800 + 1 700 + 829 + 803 = 7 132
    expect(r.byField.map((f) => [f.field, f.received])).toEqual([
      ["Công an tỉnh", 3800],
      ["Sở Công Thương", 1700],
      ["Sở Giao thông vận tải", 829],
      ["Sở Tài nguyên và Môi trường", 803],
    ]);
    expect(r.total).toMatchObject({ received: 7132, missing: ["resolved", "pending"] });
    expect(Object.values(r.total.rates)).toEqual([null, null, null, null]);
    expect(r.findings.map((f) => f.code)).toEqual(["dossier_count_rounded", "dossier_quantities_missing"]);
  });
});

/**
 * Báo Đồng Khởi (Bến Tre), 06/06/2021, "Trung tâm Phục vụ hành chính công giải quyết hơn 4,5 ngàn hồ sơ"
 * (https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-giai-quyet-hon-4-5-ngan-ho-so-06062021-a86932.html),
 * tháng 5/2021: 5,65 ngàn received = 1,07 ngàn from the previous period + 3,19 ngàn new direct + 1,25
 * ngàn online + 132 by post; 4.561 resolved, of which 4,52 ngàn early or on time (99,7%) and 12 late;
 * 1.089 pending, all in time.
 */
describe("a newspaper table mixing exact and rounded figures (Bến Tre, tháng 5/2021)", () => {
  const result = importDossiers(
    makeGrid("Tháng 5", [
      [
        "Đơn vị",
        "Tổng số tiếp nhận",
        "Kỳ trước chuyển sang",
        "Tiếp nhận mới trực tiếp",
        "Tiếp nhận trực tuyến",
        "Qua dịch vụ bưu chính công ích",
        "Đã giải quyết",
        "Đúng và trước hạn",
        "Trễ hạn",
        "Tỷ lệ đúng và trước hạn",
        "Đang giải quyết (trong hạn)",
      ],
      ["Trung tâm Phục vụ hành chính công tỉnh", "5,65 ngàn", "1,07 ngàn", "3,19 ngàn", "1,25 ngàn", "132", "4.561", "4,52 ngàn", "12", "99,7%", "1.089"],
    ]),
    { asOf: "2021-05-31" },
  );

  it("accepts the received parts within their rounding and finds the article's resolved split 29 short", () => {
    // 1 070 + 3 190 + 1 250 + 132 = 5 642 against 5 650: within ± 20 (four figures rounded to tens). 4 561 + 1 089 = 5 650.
    // 4 520 + 12 = 4 532 against 4 561: 29 more than the ± 5 of "4,52 ngàn".
    expect(result.total).toMatchObject({ received: 5650, resolved: 4561, onTime: 4520, late: 12, pendingInTime: 1089, pendingOverdue: 0 });
    expect(lines(result)).toEqual([
      'error Tháng 5!G2: dòng "Trung tâm Phục vụ hành chính công tỉnh": đã giải quyết = trước và đúng hạn + quá hạn không khớp: G2 là 4561 nhưng H2 + I2 là 4532',
      "warning Tháng 5!B2: số hồ sơ ghi theo hàng nghìn, triệu (B2 (5,65 ngàn), C2 (1,07 ngàn), D2 (3,19 ngàn), E2 (1,25 ngàn), H2 (4,52 ngàn)) đã được làm tròn: đọc ra số gần đúng, các phép kiểm tra cộng và tỷ lệ chỉ gần đúng",
      'info Tháng 5!H1: cột "Đúng và trước hạn" gộp trước hạn và đúng hạn; số liệu được tính vào đúng hạn (tỷ lệ đúng hạn không đổi)',
      // A = 4 520 / 4 561 = 99,10 %; B = 4 520 / 5 650 = 80 %; C = (4 520 + 1 089) / 5 650 = 99,27 %; D = 4 520 / 4 561 = 99,10 %.
      // The printed 99,7 % is (4 561 − 12) / 4 561 = 99,74 %: the article's "4,52 ngàn" is most likely 4,55 ngàn.
      'warning Tháng 5!J2: dòng "Trung tâm Phục vụ hành chính công tỉnh": tỷ lệ ghi trong bảng "99,7%" không khớp cách tính nào: A (trên số đã giải quyết) 99,1%, B (trên số tiếp nhận) 80%, C (QĐ 766) 99,27%, D (trên số hồ sơ đến hạn) 99,1%',
    ]);
    expect(result.total.breakdown.map((p) => [p.kind, p.value])).toEqual([
      ["previous", 1070],
      ["online", 1250],
      ["direct", 3190],
      ["postal", 132],
    ]);
  });
});

/**
 * Approximate figures: VietNamNet, 25/08/2025, "Gần 96% xã, phường đã bố trí đủ nhân sự tại bộ phận một
 * cửa" (https://vietnamnet.vn/gan-96-xa-phuong-da-bo-tri-du-nhan-su-tai-bo-phan-mot-cua-2435793.html):
 * from 1/7 to 19/8/2025 the country received "hơn 4,3 triệu" dossiers, "trên 3,2 triệu" of them online
 * (75,7%). Báo Sơn La, 22/05/2018, "Trung tâm Hành chính công tỉnh: Giải quyết và trả kết quả gần
 * 27.000 hồ sơ TTHC" (http://baosonla.org.vn/vi/bai-viet/trung-tam-hanh-chinh-cong-tinh-giai-quyet-va-tra-ket-qua-gan-27000-ho-so-tthc-15405):
 * 28.817 received, "gần 27.000" resolved — 22.357 early, 3.523 on time, 267 late —, 1.207 pending.
 */
describe("approximate figures ('hơn 4,3 triệu', 'trên 3,2 triệu', 'gần 27.000')", () => {
  it("reads the 2025 national figure: received and its online part, the online share not taken as an on-time rate", () => {
    const r = importDossiers(
      makeGrid("Cả nước", [
        ["Phạm vi", "Tổng số hồ sơ TTHC tiếp nhận", "Trong đó: tiếp nhận trực tuyến", "Tỷ lệ (%)"],
        ["Cả nước", "hơn 4,3 triệu", "trên 3,2 triệu", "75,7"],
      ]),
      { asOf: "2025-08-19", periodStart: "2025-07-01" },
    );
    expect(r.input).toBe("aggregate");
    expect(r.total).toMatchObject({ received: 4300000, approximate: true, missing: ["resolved", "pending"], sourceRate: null });
    expect(r.total.breakdown).toEqual([{ of: "received", kind: "online", label: "trực tuyến", value: 3200000 }]);
    expect(lines(r)).toEqual([
      "warning Cả nước!B2: số hồ sơ ghi kèm “gần”, “trên”, “hơn”, “khoảng” (B2 (hơn 4,3 triệu), C2 (trên 3,2 triệu)) chỉ là số ước lượng: được đọc theo con số ghi, không dùng để kiểm tra cộng",
      "info Cả nước: bảng không có số hồ sơ đã giải quyết; số hồ sơ đang giải quyết; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống",
    ]);
  });

  it("reads 'gần 27.000' as 27 000 and does not check an approximate total against its parts", () => {
    const r = importDossiers(
      makeGrid("Sơn La", [
        ["Đơn vị", "Tiếp nhận", "Đã giải quyết và trả kết quả", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết"],
        ["Trung tâm Hành chính công tỉnh", "28.817", "gần 27.000", "22.357", "3.523", "267", "1.207"],
      ]),
      { asOf: "2018-04-30" },
    );
    // 22 357 + 3 523 + 267 = 26 147 is not compared with "gần 27.000"; nor is 27 000 + 1 207 with 28 817.
    expect(r.total).toMatchObject({ received: 28817, resolved: 27000, early: 22357, onTime: 3523, late: 267, pending: 1207, approximate: true });
    expect(r.findings.map((f) => f.code)).toEqual(["dossier_count_approximate", "dossier_quantities_missing"]);
  });
});

/**
 * Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP, 21/10/2020), "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI
 * CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC", headers as a provincial one-stop system prints the form
 * (public code: "Số hồ sơ nhận giải quyết — Tổng số | Trong đó: Trực tuyến, Trực tiếp, dịch vụ bưu
 * chính | Từ kỳ trước", section rows "Sở ban ngành"…), filled with Báo Lâm Đồng's tháng 10/2019 figures
 * above (the carried-over count is the article's "số còn lại": 19.361 − 16.041 = 3.320 and
 * 21.686 − 18.477 = 3.209). The channels and the pending columns are left empty, as the article gives
 * none: they are not given, not 0.
 */
describe("a Biểu 06/VPCP/KSTT block with the columns the source did not fill left empty", () => {
  const header = [
    ["Biểu số 06/VPCP/KSTT", "", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"],
    ["Đơn vị tính: Số hồ sơ TTHC"],
    [
      "STT",
      "Lĩnh vực, công việc giải quyết theo cấp",
      "Số hồ sơ nhận giải quyết",
      "",
      "",
      "",
      "Số hồ sơ đã giải quyết",
      "",
      "",
      "",
      "Số lượng hồ sơ đang giải quyết",
      "",
      "",
    ],
    ["", "", "Tổng số", "Trong đó", "", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
    ["", "", "", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "", "", "", "", "", "", "", ""],
  ];
  const data = [
    ["Sở ban ngành"],
    ["1", "Trung tâm Phục vụ hành chính công tỉnh", "19.361", "", "", "3.320", "15.641", "13.529", "1.958", "154", "", "", ""],
    ["Huyện, thị xã, thành phố"],
    ["1", "Cấp huyện (kể cả cấp xã)", "21.686", "", "", "3.209", "17.651", "13.767", "3.254", "634", "", "", ""],
  ];
  const expectCounts = (r: ReturnType<typeof importDossiers>) => {
    expect(r.byField.map((f) => f.field)).toEqual(["Trung tâm Phục vụ hành chính công tỉnh", "Cấp huyện (kể cả cấp xã)"]);
    // 19 361 + 21 686 = 41 047; 15 641 + 17 651 = 33 292; 13 529 + 13 767 = 27 296; 1 958 + 3 254 = 5 212; 154 + 634 = 788.
    expect(r.total).toMatchObject({ received: 41047, resolved: 33292, early: 27296, onTime: 5212, late: 788, missing: ["pending"] });
    expect(r.total.breakdown).toEqual([{ of: "received", kind: "previous", label: "từ kỳ trước", value: 6529 }]);
  };

  it("reads the form's three-row header ('Trong đó' under the received group) and skips the section rows", () => {
    const r = importDossiers(makeGrid("Biểu 06", [...header, ...data]), { asOf: "2019-10-31" });
    expect(r.input).toBe("aggregate");
    expectCounts(r);
    expect(lines(r)).toEqual([
      'error Biểu 06!G9: dòng "Cấp huyện (kể cả cấp xã)": đã giải quyết = trước hạn + đúng hạn + quá hạn không khớp: G9 là 17651 nhưng H9 + I9 + J9 là 17655',
      "info Biểu 06: bảng không có số hồ sơ đang giải quyết; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống",
    ]);
  });

  it("reads the same by its column numbers (1)…(13) when the form's numbering row is there", () => {
    const numbered = [...header, Array.from({ length: 13 }, (_, i) => `(${i + 1})`), ...data];
    const r = importDossiers(makeGrid("Biểu 06", numbered), { asOf: "2019-10-31" });
    expect(r.input).toBe("form06a");
    expectCounts(r);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["dossier_identity_mismatch", "G10"]]);
  });
});
