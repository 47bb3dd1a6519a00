/**
 * The column families of the statistics the portals export since the 2025 reforms (issue 19):
 * trực tuyến toàn trình / một phần, phi địa giới, chờ tiếp nhận, không được / chậm được tiếp nhận,
 * dừng xử lý, quá hạn có / chưa có văn bản (thư) xin lỗi, thanh toán trực tuyến, "đúng và trước
 * hạn", the long "Tổng số hồ sơ TTHC … từ Cổng DVCQG" headers and abbreviations; rows by level
 * after 1/7/2025; partial tables; numbers as newspapers write them. The captions of the
 * "Báo cáo theo kỳ" table are those of a public Hà Nội one-stop reporting tool (public code,
 * `CanonField.full()`); the figures of the tables below are made up for the test and every
 * expected value worked out by hand in the comments.
 */
import { makeGrid } from "../../../src/core/grid/grid";
import { importDossiers, readCount } from "../../../src/core/dossiers";
import { aggregateColumnKind } from "../../../src/core/dossiers/aggregateColumns";
import { renderFinding } from "../../../src/core/messages/render";
import { dossierExtraText } from "../../../src/core/dossiers/describe";

const lines = (r: ReturnType<typeof importDossiers>) => r.findings.map((f) => `${f.severity} ${renderFinding(f)}`);

describe("2025 header families", () => {
  it.each([
    // Hà Nội "Báo cáo theo kỳ" (group, caption)
    ["Số hồ sơ tiếp nhận", "Tổng số", "received"],
    ["Số hồ sơ tiếp nhận", "Tiếp nhận trực tiếp", "receivedDirect"],
    ["Số hồ sơ tiếp nhận", "Tiếp nhận trực tuyến toàn trình", "receivedOnlineFull"],
    ["Số hồ sơ tiếp nhận", "Tiếp nhận trực tuyến một phần", "receivedOnlinePartial"],
    ["Số hồ sơ tiếp nhận", "Tiếp nhận trực tuyến hình thức khác", "receivedOnlineOther"],
    ["Số hồ sơ tiếp nhận", "Tiếp nhận phi địa giới", "receivedCrossBoundary"],
    ["Số hồ sơ tiếp nhận", "Kỳ trước chuyển qua", "receivedPrevious"],
    ["Số hồ sơ tiếp nhận", "Bưu chính / BCCI", "receivedPostal"],
    ["Số hồ sơ đã giải quyết", "Đúng và trước hạn", "earlyOrOnTime"],
    ["Số hồ sơ đã giải quyết", "Quá hạn (đã có thư xin lỗi)", "lateWithApology"],
    ["Số hồ sơ đã giải quyết", "Quá hạn (chưa có thư xin lỗi)", "lateWithoutApology"],
    ["Số hồ sơ đã giải quyết", "Quá hạn (gộp)", "late"],
    ["Số hồ sơ đang giải quyết", "Chưa đến hạn", "pendingInTime"],
    ["Số hồ sơ đang giải quyết", "Quá hạn (đã có thư xin lỗi)", "pendingOverdueWithApology"],
    ["Số hồ sơ đang giải quyết", "Quá hạn (chưa có thư xin lỗi)", "pendingOverdueWithoutApology"],
    ["Thanh toán hồ sơ", "Tổng số", "paid"],
    ["Thanh toán hồ sơ", "Trực tuyến", "paidOnline"],
    ["", "Hồ sơ dừng xử lý", "stopped"],
    ["Hồ sơ TT chờ tiếp nhận", "Tổng (nếu không tách)", "waiting"],
    ["", "Hồ sơ không được tiếp nhận", "notAccepted"],
    ["", "Hồ sơ rút", "withdrawn"],
    // Long portal captions, other wordings and abbreviations
    ["", "Tổng số hồ sơ TTHC tiếp nhận trực tuyến từ Cổng DVCQG", "receivedOnline"],
    ["", "Tổng số hồ sơ TTHC tiếp nhận", "received"],
    ["", "Tổng số hồ sơ chậm được tiếp nhận", "acceptedLate"],
    ["", "Số hồ sơ chờ tiếp nhận", "waiting"],
    ["", "Hồ sơ từ chối tiếp nhận", "notAccepted"],
    ["", "Hồ sơ dừng giải quyết", "stopped"],
    ["Đã giải quyết", "Hồ sơ quá hạn đã có văn bản xin lỗi", "lateWithApology"],
    ["Đang giải quyết", "Quá hạn chưa có văn bản xin lỗi", "pendingOverdueWithoutApology"],
    ["", "Số hồ sơ giải quyết đúng và trước hạn", "earlyOrOnTime"],
    ["", "Tiếp nhận không phụ thuộc địa giới hành chính", "receivedCrossBoundary"],
    ["", "HS ĐGQ", "resolved"],
    ["", "HS tiếp nhận", "received"],
    ["", "ĐGQ quá hạn", "late"],
    ["", "HS đang GQ", "pending"],
    ["", "Tỷ lệ đúng và trước hạn", "printedRate"],
    ["", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "printedRate"],
    ["", "% đúng hạn", "printedRate"],
    ["", "Tỷ lệ giải quyết đúng hạn", "printedRate"],
    ["", "Tỷ lệ hồ sơ trực tuyến", null],
    ["", "Tỷ lệ thanh toán trực tuyến", null],
  ])("%s — %s is %s", (group, own, kind) => {
    expect(aggregateColumnKind({ group, own })).toBe(kind);
  });
});

describe("a portal's period table with every 2025 column (Hà Nội tool's 'Báo cáo theo kỳ' captions)", () => {
  const header = [
    [
      "STT",
      "Đơn vị giải quyết TTHC",
      "Số hồ sơ tiếp nhận",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "Số hồ sơ đã giải quyết",
      "",
      "",
      "",
      "",
      "Số hồ sơ đang giải quyết",
      "",
      "",
      "",
      "",
      "Thanh toán hồ sơ",
      "",
      "",
      "Hồ sơ dừng xử lý",
      "Hồ sơ TT chờ tiếp nhận",
      "",
      "",
      "Hồ sơ không được tiếp nhận",
      "Hồ sơ rút",
    ],
    [
      "",
      "",
      "Tổng số",
      "Tiếp nhận trực tiếp",
      "Tiếp nhận trực tuyến toàn trình",
      "Tiếp nhận trực tuyến một phần",
      "Tiếp nhận trực tuyến hình thức khác",
      "Tiếp nhận phi địa giới",
      "Kỳ trước chuyển qua",
      "Bưu chính / BCCI",
      "Tổng số",
      "Đúng và trước hạn",
      "Quá hạn (đã có thư xin lỗi)",
      "Quá hạn (chưa có thư xin lỗi)",
      "Quá hạn (gộp)",
      "Tổng số",
      "Chưa đến hạn",
      "Quá hạn (đã có thư xin lỗi)",
      "Quá hạn (chưa có thư xin lỗi)",
      "Quá hạn (gộp)",
      "Tổng số",
      "Trực tuyến",
      "Trực tiếp",
      "",
      "Đúng hạn",
      "Quá hạn",
      "Tổng (nếu không tách)",
      "",
      "",
    ],
  ];
  // Ba Đình: 300 + 400 + 200 + 0 + 80 + 20 = 1 000 received = 900 resolved + 6 withdrawn + 4 stopped + 90 pending.
  // Hoàn Kiếm: 100 + 250 + 100 + 10 + 30 + 10 = 500 = 470 + 3 + 2 + 25.
  const rows = [
    [
      "1",
      "Phường Ba Đình",
      "1000",
      "300",
      "400",
      "200",
      "0",
      "50",
      "80",
      "20",
      "900",
      "880",
      "15",
      "5",
      "20",
      "90",
      "85",
      "3",
      "2",
      "5",
      "500",
      "450",
      "50",
      "4",
      "6",
      "1",
      "7",
      "3",
      "6",
    ],
    [
      "2",
      "Phường Hoàn Kiếm",
      "500",
      "100",
      "250",
      "100",
      "10",
      "30",
      "30",
      "10",
      "470",
      "460",
      "10",
      "0",
      "10",
      "25",
      "25",
      "0",
      "0",
      "0",
      "200",
      "190",
      "10",
      "2",
      "2",
      "0",
      "2",
      "1",
      "3",
    ],
    [
      "",
      "Tổng cộng",
      "1500",
      "400",
      "650",
      "300",
      "10",
      "80",
      "110",
      "30",
      "1370",
      "1340",
      "25",
      "5",
      "30",
      "115",
      "110",
      "3",
      "2",
      "5",
      "700",
      "640",
      "60",
      "6",
      "8",
      "1",
      "9",
      "4",
      "9",
    ],
  ];
  const result = importDossiers(makeGrid("Báo cáo theo kỳ", [...header, ...rows]), { asOf: "2025-09-30", periodStart: "2025-07-01" });

  it("places every column: stopped beside withdrawn, waiting and not accepted outside received", () => {
    expect(result.byField.map((f) => f.field)).toEqual(["Phường Ba Đình", "Phường Hoàn Kiếm"]);
    expect(result.total).toMatchObject({
      received: 1500,
      resolved: 1370,
      early: 0,
      onTime: 1340,
      late: 30,
      earlyOnTimeCombined: true,
      pending: 115,
      pendingInTime: 110,
      pendingOverdue: 5,
      supplement: 0,
      withdrawn: 9,
      stopped: 6,
      waiting: 9,
      notAccepted: 4,
      acceptedLate: null,
      missing: [],
    });
  });

  it("keeps the rates' definitions: C counts stopped like withdrawn, none counts waiting or not accepted", () => {
    // A = 1 340 / 1 370; B = 1 340 / 1 500; C = (1 340 + 0 + 9 + 6 + 110) / 1 500 = 1 465 / 1 500; D = 1 340 / (1 370 + 5).
    expect(result.total.rates.A).toBeCloseTo(1340 / 1370, 12);
    expect(result.total.rates.B).toBeCloseTo(1340 / 1500, 12);
    expect(result.total.rates.C).toBeCloseTo(1465 / 1500, 12);
    expect(result.total.rates.D).toBeCloseTo(1340 / 1375, 12);
  });

  it("keeps the parts as a breakdown, never added again", () => {
    expect(result.total.breakdown.map((p) => [p.of, p.kind, p.value])).toEqual([
      ["received", "previous", 110],
      ["received", "onlineFull", 650],
      ["received", "onlinePartial", 300],
      ["received", "onlineOther", 10],
      ["received", "direct", 400],
      ["received", "postal", 30],
      ["received", "crossBoundary", 80],
      ["received", "paid", 700],
      ["paid", "paidOnline", 640],
      ["late", "withApology", 25],
      ["late", "withoutApology", 5],
      ["pendingOverdue", "withApology", 3],
      ["pendingOverdue", "withoutApology", 2],
      ["paid", "direct", 60],
      ["waiting", "onTime", 8],
      ["waiting", "overdue", 1],
    ]);
    // Everything adds up: the only finding is the combined column.
    expect(lines(result)).toEqual([
      'info Báo cáo theo kỳ!L2: cột "Số hồ sơ đã giải quyết — Đúng và trước hạn" gộp trước hạn và đúng hạn; số liệu được tính vào đúng hạn (tỷ lệ đúng hạn không đổi)',
    ]);
  });

  it("says the breakdown and the dossiers outside received in words", () => {
    const text = dossierExtraText(result.total, (x) => (x === null ? "—" : `${Math.round(x * 10000) / 100}%`));
    expect(text).toContain("Ngoài số tiếp nhận: chờ tiếp nhận 9, không được tiếp nhận 4.");
    expect(text).toContain(
      "Trong số tiếp nhận: từ kỳ trước 110, trực tuyến toàn trình 650, trực tuyến một phần 300, trực tuyến hình thức khác 10, trực tiếp 400, bưu chính 30, phi địa giới 80, thanh toán 700.",
    );
    expect(text).toContain("Trong số quá hạn: có văn bản xin lỗi 25, chưa có văn bản xin lỗi 5.");
  });

  it("checks the apology split against overdue: a split, not an addition", () => {
    const changed = [...header, rows[0], rows[1].map((v, i) => (i === 12 ? "12" : v)), rows[2]];
    const r = importDossiers(makeGrid("Báo cáo theo kỳ", changed), { asOf: "2025-09-30" });
    // Hoàn Kiếm: 12 + 0 ≠ 10; the late count stays the stated 10 (the total row is then off by 2 too).
    expect(r.byField[1].late).toBe(10);
    expect(lines(r)).toContain(
      'error Báo cáo theo kỳ!O4: dòng "Phường Hoàn Kiếm": quá hạn = quá hạn có văn bản xin lỗi + quá hạn chưa có văn bản xin lỗi không khớp: O4 là 10 nhưng M4 + N4 là 12',
    );
  });

  it("takes the apology split as overdue when the table has no combined column", () => {
    const drop = (row: readonly string[]) => row.filter((_, i) => i !== 14 && i !== 19);
    const r = importDossiers(makeGrid("Báo cáo theo kỳ", [...header, ...rows].map(drop)), { asOf: "2025-09-30" });
    // late = 25 + 5 = 30; pending overdue = 3 + 2 = 5.
    expect(r.total).toMatchObject({ late: 30, pendingOverdue: 5, resolved: 1370 });
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("rows by level after the 2025 reform", () => {
  const table = (title: string) => [
    [title],
    ["Cấp", "Tiếp nhận", "Đã giải quyết", "Đúng và trước hạn", "Quá hạn", "Đang giải quyết"],
    ["Trung tâm Phục vụ hành chính công tỉnh", "5000", "4800", "4790", "10", "200"],
    ["Cấp huyện", "100", "100", "100", "0", "0"],
    ["Phường Hoàn Kiếm", "800", "790", "788", "2", "10"],
    ["Cấp xã", "8000", "7900", "7880", "20", "100"],
    ["Toàn tỉnh", "13900", "13590", "13558", "32", "310"],
  ];

  it("reads the province's centre, a merged commune and 'Cấp xã' as rows, and warns on 'Cấp huyện' after 30/6/2025", () => {
    const r = importDossiers(makeGrid("Quý III", table("KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III NĂM 2025")), { asOf: "2025-09-30" });
    expect(r.byField.map((f) => f.field)).toEqual(["Trung tâm Phục vụ hành chính công tỉnh", "Cấp huyện", "Phường Hoàn Kiếm", "Cấp xã"]);
    // 5 000 + 100 + 800 + 8 000 = 13 900
    expect(r.total.received).toBe(13900);
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => `${f.severity} ${renderFinding(f)}`)).toEqual([
      'warning Quý III!A4: dòng "Cấp huyện": kỳ báo cáo bắt đầu ngày 01/07/2025, khi cấp huyện đã không còn (chính quyền địa phương hai cấp từ ngày 01/7/2025); hãy kiểm tra lại số liệu của dòng này',
    ]);
  });

  it("does not warn for a period that starts before 1/7/2025, or when the period is unknown", () => {
    expect(importDossiers(makeGrid("Năm", table("KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2025")), { asOf: "2025-12-31" }).findings.map((f) => f.code)).not.toContain(
      "dossier_district_after_reform",
    );
    expect(importDossiers(makeGrid("T", table("KẾT QUẢ GIẢI QUYẾT TTHC")), { asOf: "2025-12-31" }).findings.map((f) => f.code)).not.toContain(
      "dossier_district_after_reform",
    );
    // The caller's period (the pane's or the CLI's) wins over the title.
    expect(
      importDossiers(makeGrid("T", table("KẾT QUẢ GIẢI QUYẾT TTHC")), { asOf: "2025-12-31", periodStart: "2025-10-01" }).findings.map((f) => f.code),
    ).toContain("dossier_district_after_reform");
  });
});

describe("printed rates in any wording", () => {
  const table = (rateHeader: string, rate: string) => [
    ["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", rateHeader],
    // A = (60 + 30) / 95 = 94,74 %; B = 90 / 100 = 90 %; C = (90 + 4) / 100 = 94 %; D = 90 / (95 + 1) = 93,75 %
    ["Xã A", "100", "95", "60", "30", "5", "4", "1", rate],
  ];
  it.each([
    ["Tỷ lệ", "94,74%", "A"],
    ["Tỷ lệ (%)", "90", "B"],
    // "94%" would fit A too (94,74 % cut to whole percents): a decimal tells them apart.
    ["Tỷ lệ đúng hạn", "94,0%", "C"],
    ["Tỷ lệ đúng và trước hạn", "93,75", "D"],
    ["Tỷ lệ giải quyết đúng hạn", "94,7", "A"],
    ["% đúng hạn", "0.9375", "D"],
    ["Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "90,0%", "B"],
  ])("'%s' printed %s is variant %s", (header, rate, variant) => {
    const r = importDossiers(makeGrid("T", table(header, rate)), { asOf: "2025-12-31" });
    expect(r.total.sourceRate?.variant).toBe(variant);
  });

  it("keeps a rate that fits no variant as printed and says so", () => {
    const r = importDossiers(makeGrid("T", table("Tỷ lệ đúng hạn", "97,5%")), { asOf: "2025-12-31" });
    expect(r.total.sourceRate).toMatchObject({ printed: 0.975, variant: null });
    expect(lines(r)).toEqual([
      'warning T!I2: dòng "Xã A": tỷ lệ ghi trong bảng "97,5%" không khớp cách tính nào: A (trên số đã giải quyết) 94,74%, B (trên số tiếp nhận) 90%, C (QĐ 766) 94%, D (trên số hồ sơ đến hạn) 93,75%',
    ]);
  });

  it("says a bare 'Tỷ lệ' after 'Quá hạn' that is the late share, and does not compare it", () => {
    const r = importDossiers(
      makeGrid("T", [
        ["Đơn vị", "Tiếp nhận", "Đúng hạn", "Quá hạn", "Tỷ lệ"],
        // late share 5 / 100 = 5 %; A = 95 / 100 = 95 %
        ["Xã A", "100", "95", "5", "5%"],
      ]),
      { asOf: "2025-12-31" },
    );
    expect(r.total.sourceRate).toBeNull();
    expect(lines(r)).toContain(
      'info T!E2: cột tỷ lệ ("5%") là tỷ lệ quá hạn (quá hạn / đã giải quyết), không phải tỷ lệ giải quyết đúng hạn; không dùng để so sánh',
    );
  });

  it("keeps a printed rate the table cannot check (one count and a rate) and says what is missing", () => {
    const r = importDossiers(
      makeGrid("T", [
        ["Đơn vị", "Số hồ sơ đã giải quyết", "Tỷ lệ đúng hạn"],
        ["Sở Y tế", "1.234", "99,1%"],
      ]),
      { asOf: "2025-12-31" },
    );
    expect(r.input).toBe("aggregate");
    expect(r.total).toMatchObject({ resolved: 1234, missing: ["received", "resolvedSplit", "pending"] });
    expect(r.total.sourceRate).toMatchObject({ printed: 0.991, variant: null });
    expect(lines(r)).toEqual([
      "info T: bảng không có số hồ sơ tiếp nhận; số đã giải quyết tách trước hạn, đúng hạn, quá hạn; số hồ sơ đang giải quyết; số liệu được đọc theo những gì bảng có, các tỷ lệ cần số còn thiếu để trống",
      'info T!C2: tỷ lệ ghi trong bảng "99,1%" được giữ nguyên như số liệu gốc: bảng không có số hồ sơ tiếp nhận; số đã giải quyết tách trước hạn, đúng hạn, quá hạn; số hồ sơ đang giải quyết nên không tính lại được tỷ lệ nào để so sánh',
    ]);
  });
});

describe("parts and blanks", () => {
  it("reads 'Đang giải quyết — Trong đó: chờ bổ sung' as a part of pending, not a supplement end state", () => {
    const r = importDossiers(
      makeGrid("T", [
        ["Đơn vị", "Số hồ sơ tiếp nhận", "", "Đã giải quyết", "", "Đang giải quyết", ""],
        ["", "Tổng số", "Trong đó: trực tuyến", "Tổng số", "Trong đó: quá hạn", "Tổng số", "Trong đó: chờ bổ sung"],
        // 100 = 90 + 10: the 3 waiting for documents are among the 10 pending, not a fourth end state.
        ["Sở Tư pháp", "100", "60", "90", "2", "10", "3"],
        ["Tổng cộng", "100", "60", "90", "2", "10", "3"],
      ]),
      { asOf: "2025-12-31" },
    );
    // Resolved 90 with 2 late: early or on time 88 by difference.
    expect(r.total).toMatchObject({ received: 100, resolved: 90, onTime: 88, late: 2, supplement: 0, pending: 10 });
    expect(r.total.breakdown.map((p) => [p.of, p.kind, p.value])).toEqual([
      ["received", "online", 60],
      ["pending", "supplement", 3],
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("says a 'Trong đó' column larger than its whole", () => {
    const r = importDossiers(
      makeGrid("T", [
        ["Đơn vị", "Tiếp nhận", "Trong đó: trực tuyến", "Đúng hạn", "Quá hạn", "Đang giải quyết"],
        ["Xã A", "100", "120", "80", "5", "15"],
      ]),
      { asOf: "2025-12-31" },
    );
    expect(lines(r)).toContain(
      'error T!C2: dòng "Xã A": phần "Trong đó: trực tuyến" (ô C2 là 120) lớn hơn tổng "Tiếp nhận" (ô B2 là 100); một phần không thể lớn hơn tổng của nó',
    );
  });

  it("says a blank total cell as blank, not as 0", () => {
    const r = importDossiers(
      makeGrid("T", [
        ["Đơn vị", "Tiếp nhận", "Đúng hạn", "Quá hạn"],
        ["Phường A", "100", "95", "5"],
        ["Phường B", "50", "50", ""],
        ["Tổng", "150", "145", ""],
      ]),
      { asOf: "2025-12-31" },
    );
    const texts = lines(r);
    expect(texts).toContain('info T!D4: dòng tổng "Tổng", cột "Quá hạn": ô D4 để trống; cộng các dòng D2 + D3 được 5');
    expect(texts.join("\n")).not.toMatch(/ghi "0"/);
  });

  it("reads bulleted rows that add up to the row above as its groups, and those that do not as its parts", () => {
    const head = ["Đơn vị", "Tiếp nhận", "Đúng hạn", "Quá hạn"];
    const split = importDossiers(
      makeGrid("T", [
        head,
        ["Cấp tỉnh", "300", "290", "10"],
        ["- Sở Tư pháp", "100", "95", "5"],
        ["- Sở Y tế", "200", "195", "5"],
        ["Cấp xã", "50", "50", "0"],
      ]),
      { asOf: "2025-12-31" },
    );
    // 100 + 200 = 300: "Cấp tỉnh" is their subtotal; the groups are the two sở and cấp xã: 100 + 200 + 50 = 350.
    expect(split.byField.map((f) => f.field)).toEqual(["Sở Tư pháp", "Sở Y tế", "Cấp xã"]);
    expect(split.total.received).toBe(350);
    const partial = importDossiers(makeGrid("T", [head, ["Cấp tỉnh", "300", "290", "10"], ["- Trực tuyến", "120", "118", "2"], ["Cấp xã", "50", "50", "0"]]), {
      asOf: "2025-12-31",
    });
    expect(partial.byField.map((f) => f.field)).toEqual(["Cấp tỉnh", "Cấp xã"]);
    expect(partial.total.received).toBe(350);
    expect(partial.byField[0].subsets.map((s) => [s.field, s.received])).toEqual([["Trực tuyến", 120]]);
  });

  it("names a count column it cannot place instead of counting it", () => {
    const r = importDossiers(
      makeGrid("T", [
        ["Đơn vị", "Tiếp nhận", "Đúng hạn", "Quá hạn", "HS kết thúc nhưng KQ điện tử ≠ giấy"],
        ["Xã A", "100", "95", "5", "7"],
      ]),
      { asOf: "2025-12-31" },
    );
    expect(r.total.received).toBe(100);
    expect(lines(r)).toContain(
      "info T!E1: không xếp được cột E1 “HS kết thúc nhưng KQ điện tử ≠ giấy” vào số liệu nào đã biết (tiếp nhận, đã giải quyết, đang giải quyết…); cột này không được tính",
    );
  });
});

describe("numbers as newspapers write them", () => {
  it.each([
    ["10,18 ngàn", 10180, 5, true, false],
    ["1,2 nghìn", 1200, 50, true, false],
    ["1,78 triệu", 1780000, 5000, true, false],
    ["10 ngàn", 10000, 500, true, false],
    ["gần 2.000", 2000, Infinity, false, true],
    ["trên 7.600", 7600, Infinity, false, true],
    ["hơn 4,3 triệu", 4300000, Infinity, true, true],
    ["khoảng 500 hồ sơ", 500, Infinity, false, true],
    ["1.447 hồ sơ", 1447, 0, false, false],
  ])("%s is %d (± %d)", (text, value, tolerance, rounded, approximate) => {
    expect(readCount(text)).toEqual({ kind: "count", value, tolerance, rounded, approximate });
  });

  it("still refuses what is not a count", () => {
    expect(readCount("12,5").kind).toBe("unreadable");
    expect(readCount("nhiều").kind).toBe("unreadable");
    expect(readCount("10,18 km").kind).toBe("unreadable");
  });
});
