import { buildPlanDocument } from "../../../src/core/nextYear/planDocument";
import type { PlanTask } from "../../../src/core/plan/plan";
import { runsText, type Block } from "../../../src/core/report/model";
import { emptyAgencyInfo } from "../../../src/core/workbook/agencySheet";
import { emptyTrackingData, type TrackingData } from "../../../src/core/workbook/trackingWorkbook";
import { commonUnits } from "../../../src/core/units/registry";

const unit = (name: string) => ({ written: name, name });

function task(no: string, text: string, output: string, schedule: string, lead: string[], support: string[] = []): PlanTask {
  return {
    no,
    group: null,
    task: text,
    output,
    timing: { text: schedule, kind: "unknown", start: null, end: null, recurrence: null },
    units: { text: [...lead, ...support].join(", "), lead: lead.map(unit), support: support.map(unit), method: null },
    status: "",
    evidence: "",
    note: "",
    source: { sheet: "Nhiệm vụ", cell: `C${Number(no) + 1}` },
    cells: {},
  };
}

/** Sở Y tế's 2025 data as next-year makes it from seed 000's plan (schedules moved to 2025) and seed 001's estimate. */
function data2025(): TrackingData {
  const blank = emptyTrackingData(2025);
  return {
    ...blank,
    agency: {
      ...emptyAgencyInfo(2025),
      governingBody: "UBND TỈNH NINH THUẬN",
      agencyName: "SỞ Y TẾ",
      agencyShortName: "Sở Y tế",
      abbreviation: "SYT",
      placeName: "Ninh Thuận",
      recipientTo: "Sở Khoa học và Công nghệ",
      signingAuthority: "KT. GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      signerName: "Bùi Văn Kỳ",
      recipients: ["Như trên", "Lãnh đạo Sở", "Các phòng chức năng sở"],
      draftingUnit: "VP",
    },
    tasks: [
      task("1", "Xây dựng mục tiêu chất lượng năm 2025 của Sở", "Mục tiêu chất lượng năm 2025 của Sở Y tế", "Tháng 01/2025", ["Phòng Tổ chức - Hành chính"]),
      task("8", "Xây dựng kế hoạch và tiến hành đánh giá nội bộ.", "Kế hoạch, Quyết định thành lập tổ kiểm tra đánh giá nội bộ", "Tháng 9/2025", [
        "Ban Chỉ đạo ISO",
      ]),
      task(
        "12",
        "Báo cáo kết quả thực hiện, xây dựng áp dụng và duy trì Hệ thống quản lý chất lượng (năm).",
        "Báo cáo kết quả thực hiện",
        "Tháng 12/2025",
        ["Phòng Tổ chức - Hành chính"],
        ["Các đơn vị thuộc Sở"],
      ),
    ],
    budget: {
      granted: [{ item: "Duy trì", category: "maintenance", granted: 3_000_000, disbursed: 0, note: "Dự toán trong báo cáo năm 2024" }],
      estimate: blank.budget.estimate,
    },
    units: commonUnits,
  };
}

const texts = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : []));

describe("next year's plan document (NĐ 30/2020, seeds 000 and 003)", () => {
  it("has the plan's header: KẾ HOẠCH, 'Số: …/KH-SYT', the undated place line and the summary", () => {
    const model = buildPlanDocument(data2025());
    expect(model.header).toEqual({
      governingBody: "UBND TỈNH NINH THUẬN",
      agencyName: "SỞ Y TẾ",
      number: "Số: …/KH-SYT",
      placeDate: "Ninh Thuận, ngày … tháng … năm 2025",
      title: "KẾ HOẠCH",
      summary: expect.any(String),
      recipientTo: "",
    });
    expect(model.header.summary.replace(/\n/g, " ")).toBe(
      "Áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2025",
    );
    expect(model.draft).toBe(false);
    expect(model.missing).toEqual([]);
  });

  it("cites the texts in force on the plan's date (undated: 1 January), ';' then '.'", () => {
    const bases = (data: TrackingData) => texts(buildPlanDocument(data).blocks.filter((b) => b.kind === "paragraph" && b.style === "basis"));
    const lines = bases(data2025());
    expect(lines.map((l) => /số (\S+)/u.exec(l)?.[1])).toEqual(["19/2014/QĐ-TTg", "26/2014/TT-BKHCN", "116/2015/TT-BTC", "61/2018/NĐ-CP"]);
    expect(lines[0]).toMatch(/^Căn cứ Quyết định số 19\/2014\/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ .*;$/u);
    expect(lines[1]).toMatch(/ngày 10 tháng 10 năm 2014 của Bộ Khoa học và Công nghệ.*;$/u);
    expect(lines[2]).toMatch(/ngày 11 tháng 8 năm 2015 của Bộ Tài chính.*;$/u);
    expect(lines[3]).toMatch(/^Căn cứ Nghị định số 61\/2018\/NĐ-CP .*Nghị định số 107\/2021\/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ\.$/u);
    // Dated after 1 July 2025 (or a later year): the one-stop basis is NĐ 118/2025.
    const july = bases({ ...data2025(), agency: { ...data2025().agency, reportDate: "2025-07-10" } });
    expect(july[3]).toMatch(/^Căn cứ Nghị định số 118\/2025\/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ .*\.$/u);
    const later = bases({ ...data2025(), agency: { ...data2025().agency, year: 2027 } });
    expect(later.join("\n")).not.toContain("61/2018");
  });

  it("has parts I–IV in order, the agency named, the budget with its amount in words", () => {
    const lines = texts(buildPlanDocument(data2025()).blocks);
    const sections = lines.filter((l) => /^[IV]+\. /u.test(l));
    expect(sections).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ ĐƠN VỊ THỰC HIỆN",
      "III. KINH PHÍ THỰC HIỆN",
      "IV. TỔ CHỨC THỰC HIỆN",
    ]);
    expect(lines).toContain(
      "1. Kinh phí thực hiện Kế hoạch năm 2025 dự kiến 3.000.000 đồng (Bằng chữ: Ba triệu đồng), bố trí trong dự toán ngân sách năm 2025 của Sở Y tế.",
    );
    expect(lines).toContain("Gồm 3 nhiệm vụ năm 2025, chi tiết tại Phụ lục kèm theo Kế hoạch này (nội dung, sản phẩm, tiến độ và đơn vị thực hiện).");
    // The compiling unit is the lead of the plan's report task (task 12: Phòng Tổ chức - Hành chính), as in the
    // Phụ lục, not the drafting unit of "Thông tin" (VP); the report deadline is that task's.
    expect(lines).toContain("1. Phòng Tổ chức - Hành chính");
    expect(lines.join("\n")).not.toContain("Văn phòng Sở");
    expect(lines.some((l) => l.includes("gửi Sở Khoa học và Công nghệ; thời gian: Tháng 12/2025 (nhiệm vụ số 12 tại Phụ lục)"))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/\.\/\.$/u);
  });

  it("puts the tasks in the Phụ lục with next year's schedules and lead/support units", () => {
    const appendix = buildPlanDocument(data2025()).appendix!;
    expect(appendix.heading).toBe("Phụ lục");
    expect(appendix.title).toBe("NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ ĐƠN VỊ THỰC HIỆN NĂM 2025");
    expect(appendix.reference).toBe("(Kèm theo Kế hoạch số …/KH-SYT ngày … tháng … năm 2025 của Sở Y tế)");
    const table = appendix.blocks[0];
    if (table.kind !== "table") throw new Error("expected the task table");
    expect(table.headers).toEqual(["TT", "Nội dung/ Nhiệm vụ", "Hoạt động/ Sản phẩm", "Tiến độ/ Thời gian", "Đơn vị thực hiện"]);
    expect(table.rows.map((row) => row.map(runsText))).toEqual([
      ["1", "Xây dựng mục tiêu chất lượng năm 2025 của Sở", "Mục tiêu chất lượng năm 2025 của Sở Y tế", "Tháng 01/2025", "Phòng Tổ chức - Hành chính"],
      ["8", "Xây dựng kế hoạch và tiến hành đánh giá nội bộ.", "Kế hoạch, Quyết định thành lập tổ kiểm tra đánh giá nội bộ", "Tháng 9/2025", "Ban Chỉ đạo ISO"],
      [
        "12",
        "Báo cáo kết quả thực hiện, xây dựng áp dụng và duy trì Hệ thống quản lý chất lượng (năm).",
        "Báo cáo kết quả thực hiện",
        "Tháng 12/2025",
        "Chủ trì: Phòng Tổ chức - Hành chính\nPhối hợp: Các đơn vị thuộc Sở",
      ],
    ]);
    expect(table.repeatHeader).toBe(true);
  });

  it("opens each group of the plan with a bold row holding its title (seed 002's sections)", () => {
    const data = data2025();
    const [first, second, third] = data.tasks;
    const model = buildPlanDocument({
      ...data,
      tasks: [
        { ...first, group: "I. Xây dựng, ban hành văn bản" },
        { ...second, group: "II. Đánh giá, cải tiến" },
        { ...third, group: "II. Đánh giá, cải tiến" },
      ],
    });
    const table = model.appendix!.blocks[0];
    if (table.kind !== "table") throw new Error("expected the task table");
    expect(table.rows.map((row) => runsText(row[0]) + " | " + runsText(row[1]).slice(0, 29))).toEqual([
      " | I. Xây dựng, ban hành văn bản",
      "1 | Xây dựng mục tiêu chất lượng ",
      " | II. Đánh giá, cải tiến",
      "8 | Xây dựng kế hoạch và tiến hàn",
      "12 | Báo cáo kết quả thực hiện, xâ",
    ]);
    expect(table.boldRows).toEqual([0, 2]);
    // Without groups there are no heading rows.
    const plain = buildPlanDocument(data2025()).appendix!.blocks[0];
    expect(plain.kind === "table" && plain.boldRows).toBeUndefined();
  });

  it("lists the addressee first under Nơi nhận (no Kính gửi, no 'Như trên') and signs as in Thông tin", () => {
    const footer = buildPlanDocument(data2025()).footer;
    expect(footer).toEqual({
      recipients: ["- Sở Khoa học và Công nghệ;", "- Lãnh đạo Sở;", "- Các phòng chức năng sở;", "- Lưu: VT, VP."],
      authority: "KT. GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      signerName: "Bùi Văn Kỳ",
    });
  });

  it("is a DỰ THẢO listing what is missing: no estimate (dots instead of an amount), no signer, no abbreviation", () => {
    const data = data2025();
    const model = buildPlanDocument({
      ...data,
      agency: { ...data.agency, signerName: "", abbreviation: "" },
      budget: { granted: [{ item: "Duy trì", category: "maintenance", granted: 0, disbursed: 0, note: "" }], estimate: [] },
    });
    expect(model.draft).toBe(true);
    expect(model.missing).toEqual(["Kinh phí: dự toán năm 2025", "Thông tin: họ tên người ký", "Thông tin: tên viết tắt của cơ quan (số ký hiệu …/KH-…)"]);
    expect(model.header.number).toBe("Số: …/KH-…");
    expect(texts(model.blocks)).toContain(
      "1. Kinh phí thực hiện Kế hoạch năm 2025: … đồng (Bằng chữ: …), bố trí trong dự toán ngân sách năm 2025 của Sở Y tế.",
    );
    expect(texts(model.blocks).join("\n")).not.toMatch(/\[|undefined|NaN/u);
  });

  it("lists each estimate line when there are several, with the total in words", () => {
    const data = data2025();
    const model = buildPlanDocument({
      ...data,
      budget: {
        granted: [
          { item: "Duy trì", category: "maintenance", granted: 3_000_000, disbursed: 0, note: "" },
          { item: "Mở rộng", category: "expansion", granted: 12_500_000, disbursed: 0, note: "" },
        ],
        estimate: [],
      },
    });
    const lines = texts(model.blocks);
    expect(lines).toContain(
      "1. Kinh phí thực hiện Kế hoạch năm 2025 dự kiến 15.500.000 đồng (Bằng chữ: Mười lăm triệu năm trăm nghìn đồng), bố trí trong dự toán ngân sách năm 2025 của Sở Y tế, gồm:",
    );
    expect(lines).toContain("- Duy trì: 3.000.000 đồng;");
    expect(lines).toContain("- Mở rộng: 12.500.000 đồng.");
  });

  it("names a known unit for part IV: the drafting unit when no report task has a known lead, never an unresolved abbreviation", () => {
    const data = data2025();
    const noReportTask = data.tasks.filter((task) => task.no !== "12");
    const part4 = (agencyDraftingUnit: string) =>
      texts(buildPlanDocument({ ...data, tasks: noReportTask, agency: { ...data.agency, draftingUnit: agencyDraftingUnit } }).blocks).find(
        (l) => /^1\. [^K]/u.test(l) && !l.startsWith("1. Mục đích") && !l.startsWith("1. Kinh phí"),
      );
    expect(part4("VP")).toBe("1. Văn phòng Sở");
    expect(part4("KT")).toBe("1. Tổ Thư ký ISO");
    expect(part4("")).toBe("1. Tổ Thư ký ISO");
  });
});
